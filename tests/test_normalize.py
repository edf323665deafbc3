"""normalize: a same-length copy of the text for matching, in one script and one register."""

import doctest

import kg.normalize
from kg.normalize import fold, normalize


def test_doctests() -> None:
    assert doctest.testmod(kg.normalize).failed == 0


def test_length_is_kept_so_offsets_match() -> None:
    text = "集團已決定唔再同foodpanda續約，「我哋計過數」。ＡＢＣ"
    assert len(normalize(text)) == len(text)


def test_cantonese_function_words_read_as_mandarin() -> None:
    assert normalize("集團已決定唔再同foodpanda續約") == "集团已决定不再同foodpanda续约"
    assert normalize("我哋從來冇同佢傾過") == "我们从来没同他倾过"


def test_fold_ignores_case_width_and_script() -> None:
    assert fold("阿里巴巴集團") == fold("阿里巴巴集团")
