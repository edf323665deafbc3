"""Sentence splitting: Chinese (full-width and ASCII terminators, quotes, ……) and English (abbreviations)."""

import doctest

import pytest

import kg.corpus.sentences
from kg.corpus.sentences import split_sentences

CAI = "“苹果一直非常挑剔，他们与中国的多家公司进行了交谈。最终，他们选择与我们做生意。”蔡崇信直言，“我们非常幸运。”"


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # full-width terminators end a sentence and stay with it
        (
            "苹果携手阿里巴巴！据报道，双方将合作。为什么是阿里？",
            ["苹果携手阿里巴巴！", "据报道，双方将合作。", "为什么是阿里？"],
        ),
        ("一是模型；二是生态；", ["一是模型；", "二是生态；"]),
        ("真的吗？！是的。", ["真的吗？！", "是的。"]),
        # ellipses
        # a Latin legal ending inside a Chinese sentence is no full stop
        ("明澈玻璃婉拒了欧文斯伊利诺伊公司（O-I Glass, Inc.）提出的收购要约。好。",
         ["明澈玻璃婉拒了欧文斯伊利诺伊公司（O-I Glass, Inc.）提出的收购要约。", "好。"]),
        ("他停顿了……然后说。", ["他停顿了……", "然后说。"]),
        ("等等…好吧", ["等等…", "好吧"]),
        # closing quotes and brackets stay with the sentence they close
        ("他说：“我们很荣幸。”随后离开。", ["他说：“我们很荣幸。”随后离开。"]),
        ("他说：“我们很荣幸。” 随后离开。", ["他说：“我们很荣幸。”", "随后离开。"]),
        ("（完。）下一段。", ["（完。）", "下一段。"]),
        ("「好的。」『再見。』", ["「好的。」", "『再見。』"]),
        # split inside a quotation, keep the closing quote, and keep a quote running into its attribution
        (
            CAI,
            [
                "“苹果一直非常挑剔，他们与中国的多家公司进行了交谈。",
                "最终，他们选择与我们做生意。”蔡崇信直言，“我们非常幸运。”",
            ],
        ),
        ("“我们走吧。”“好。”", ["“我们走吧。”", "“好。”"]),
        # scraped Chinese uses ASCII punctuation
        ("真的吗?是的!好;那么.开始吧", ["真的吗?", "是的!", "好;", "那么.", "开始吧"]),
        ('他说:"我们走吧!"然后离开', ['他说:"我们走吧!"然后离开']),
        ("访问 https://x.com/a?b=1&c=2 查看。结束", ["访问 https://x.com/a?b=1&c=2 查看。", "结束"]),
        # decimals, tickers and English names inside Chinese text do not split
        (
            "股价上涨8.48%，报116.7港元。阿里巴巴（09988.HK）回应。",
            ["股价上涨8.48%，报116.7港元。", "阿里巴巴（09988.HK）回应。"],
        ),
        (
            "外媒 The information 独家报道苹果和阿里巴巴达成了合作。随后蔡崇信确认。",
            ["外媒 The information 独家报道苹果和阿里巴巴达成了合作。", "随后蔡崇信确认。"],
        ),
        (
            "蔡崇信说 We are lucky. It is great. 然后离开",
            ["蔡崇信说 We are lucky.", "It is great.", "然后离开"],
        ),
        ("在U.S.市场", ["在U.S.市场"]),
        # whitespace and empties
        ("  你好。  \n ", ["你好。"]),
        ("", []),
        ("。", ["。"]),
    ],
)
def test_chinese(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph, "zh-CN") == sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Apple chose Alibaba. Baidu lost out! Why? Nobody knows.",
            ["Apple chose Alibaba.", "Baidu lost out!", "Why?", "Nobody knows."],
        ),
        # abbreviations
        ("Mr. Tsai and Dr. Cook met. They talked.", ["Mr. Tsai and Dr. Cook met.", "They talked."]),
        (
            "Apple Inc. and Alibaba Group Holding Ltd. agreed.",
            ["Apple Inc. and Alibaba Group Holding Ltd. agreed."],
        ),
        ("Shares rose in the U.S. and U.K. markets.", ["Shares rose in the U.S. and U.K. markets."]),
        ("Lumen Pay Pte. Ltd. and Maxis Sdn. Bhd. agreed.", ["Lumen Pay Pte. Ltd. and Maxis Sdn. Bhd. agreed."]),
        (
            "Big firms, e.g. Apple, i.e. Cupertino, vs. Baidu.",
            ["Big firms, e.g. Apple, i.e. Cupertino, vs. Baidu."],
        ),
        ("It was on Jan. 3 and Feb. 13 this year.", ["It was on Jan. 3 and Feb. 13 this year."]),
        ("He ranked No. 1 again. No. He did not.", ["He ranked No. 1 again.", "No.", "He did not."]),
        (
            "Alibaba Co. Ltd. Corp. Jr. Sr. St. Mrs. Ms. Sept. Oct. Nov. Dec. all stay.",
            ["Alibaba Co. Ltd. Corp. Jr. Sr. St. Mrs. Ms. Sept. Oct. Nov. Dec. all stay."],
        ),
        ("It signed with Warner Bros. Discovery today.", ["It signed with Warner Bros. Discovery today."]),
        # initials and decimals
        ("J. P. Morgan upgraded it. Analysts agreed.", ["J. P. Morgan upgraded it.", "Analysts agreed."]),
        (
            "Shares rose 3.5 percent to $116.7. Then they fell.",
            ["Shares rose 3.5 percent to $116.7.", "Then they fell."],
        ),
        # only before a capital, a digit or a quote
        ("It rose. and then fell.", ["It rose. and then fell."]),
        ("Sales fell. 2025 was hard.", ["Sales fell.", "2025 was hard."]),
        ('He said "we are lucky." Then he left.', ['He said "we are lucky."', "Then he left."]),
        ('It is done. "Next," he said.', ["It is done.", '"Next," he said.']),
        ("He paused... Then spoke.", ["He paused...", "Then spoke."]),
        ("Visit apple.com/cn?a=1 now; it works. OK.", ["Visit apple.com/cn?a=1 now; it works.", "OK."]),
        ("(It rose.) Then it fell.", ["(It rose.)", "Then it fell."]),
        ("", []),
    ],
)
def test_english(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph, "en") == sentences


@pytest.mark.parametrize(
    ("paragraph", "lang", "sentences"),
    [
        # Chinese rules for a Chinese paragraph in an English article, and for mixed text
        ("阿里巴巴与苹果合作。蔡崇信确认。", "en", ["阿里巴巴与苹果合作。", "蔡崇信确认。"]),
        ("苹果表示?将与阿里合作", "en", ["苹果表示?", "将与阿里合作"]),
        # English rules for an English quote in a Chinese article
        ("Apple Inc. chose Alibaba. It is final.", "zh-CN", ["Apple Inc. chose Alibaba.", "It is final."]),
        ("這個國家的電話。好嗎？", "zh-TW", ["這個國家的電話。", "好嗎？"]),
    ],
)
def test_rules_follow_the_text(paragraph: str, lang: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph, lang) == sentences


def test_fast_enough() -> None:
    """At least ~5 MB/s on Chinese news text (a generous bound so slow CI machines pass)."""
    import time

    paragraph = CAI * 2000 + "股价上涨8.48%，报116.7港元。" * 2000
    began = time.perf_counter()
    sentences = split_sentences(paragraph, "zh-CN")
    seconds = time.perf_counter() - began
    assert len(sentences) > 4000
    assert len(paragraph.encode()) / seconds > 2e6


def test_doctests() -> None:
    assert doctest.testmod(kg.corpus.sentences).failed == 0
