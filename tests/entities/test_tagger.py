"""The bundled character-CRF organization tagger: loads, finds short company names in relation
contexts, tags nothing in sentences without organizations. Sentences are written here, not FinRE's."""

from __future__ import annotations

import pytest

pytest.importorskip("pycrfsuite")

from kg.entities.tagger import OrgTagger, bio_spans, default_tagger, featurize, org_spans  # noqa: E402
from kg.normalize import normalize  # noqa: E402


def names(text: str) -> list[str]:
    return [text[a:b] for a, b in org_spans(text, normalize(text))]


def test_bundled_model_loads():
    assert default_tagger().available


@pytest.mark.parametrize(
    "text, expected",
    [
        ("中铝与力拓签署合作协议", ["中铝", "力拓"]),
        ("伊利牵手苏宁达成战略合作", ["伊利", "苏宁"]),
        ("苏宁易购携手家乐福开设新门店", ["苏宁易购", "家乐福"]),
        ("阿里巴巴联手百联集团推进新零售", ["阿里巴巴", "百联集团"]),
        ("万科与华润置地联合竞得地块", ["万科", "华润置地"]),
        ("比亚迪与丰田成立合资公司", ["比亚迪", "丰田"]),
        ("腾讯入股京东，双方将在电商领域展开合作。", ["腾讯", "京东"]),  # full-width comma
        ("中國鋁業與力拓簽署合作協議", ["中國鋁業", "力拓"]),  # Traditional: spans quote the original
    ],
)
def test_finds_short_company_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["今天天气很好", "我们今天去公园散步了", "双方签署了合作协议", "该公司表示将继续推进改革"]
)
def test_tags_nothing_without_a_name(text):
    assert names(text) == []


def test_a_site_is_no_company_but_a_company_named_in_it_is() -> None:
    """廊坊亚洲一号仓 is a warehouse; 日照钢铁基地 is a site of 日照钢铁."""
    assert names("京东物流已于今年10月终止了与速仓在廊坊亚洲一号仓的试点项目") == ["京东物流"]
    assert "日照钢铁" in names("从山钢集团披露的信息看,规划中的日照钢铁基地计划或将加剧其资金需求。")


def test_norm_is_optional_and_empty_text_is_fine():
    assert org_spans("中铝与力拓签署合作协议") == [(0, 2), (3, 5)]
    assert org_spans("") == []


def test_missing_model_returns_nothing(tmp_path):
    assert OrgTagger(str(tmp_path / "absent.crfsuite")).tag("中铝与力拓签署合作协议") == []


def test_features_and_spans():
    feats = featurize(normalize("中铝与力拓<N>"))
    assert len(feats) == 8 and "BOS" in feats[0] and "EOS" in feats[-1]
    assert "k=N" in feats[5] and "cue<" in feats[3]  # <N> placeholder class; 力 follows 与
    assert bio_spans(["B", "I", "O", "B", "B", "I", "I"]) == [(0, 2), (3, 4), (4, 7)]
