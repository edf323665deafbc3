"""partner-model: the learned partner scorer fills gaps the rule frames leave, and only those.

It scores pairs of organizations in a Chinese sentence with a word of cooperation, claims those above
the shipped threshold, and yields to the rules wherever they said anything about the same pair.
"""

from __future__ import annotations

import pytest

from kg.extractors.pair_model import A_MARK, B_MARK, PairModel, features, load_model
from kg.model import Relation

from .conftest import article, extracted


def claims(text: str, lang: str = "zh-CN") -> list[tuple[str, str, str]]:
    """(relation, extractor, status) of each claim, in order."""
    _, found = extracted(article(text, lang))
    return [(c.relation.value, c.extractor, c.status.value) for c in found]


def test_features_do_not_depend_on_which_name_comes_first():
    norm = "康佳集团与东芝公司在华建立战略联盟"
    assert features(norm, (0, 4), (5, 9)) == features(norm, (5, 9), (0, 4))


def test_features_mask_the_names_so_the_model_learns_contexts_not_companies():
    norm = "康佳集团与东芝公司在华建立战略联盟"
    feats = features(norm, (0, 4), (5, 9))
    assert not any("康佳" in f or "东芝" in f for f in feats)
    assert f"S:{A_MARK}与" in feats and f"S:与{B_MARK}" in feats


def test_a_model_survives_a_round_trip_through_its_tsv_form():
    model = PairModel({"bias": -1.5, "M:与": 2.25, "S:\tx": 0.5}, 0.35)
    assert PairModel.loads(model.dumps()) == model


def test_the_shipped_chinese_model_separates_cooperation_from_mere_co_mention():
    model = load_model("zh")
    assert model is not None and 0.0 < model.threshold < 1.0
    together = features("康佳集团与东芝公司在华建立战略联盟", (0, 4), (5, 9))
    apart = features("康佳集团的股价昨日涨幅高于东芝公司", (0, 4), (13, 17))
    assert model.probability(together) >= model.threshold > model.probability(apart)


def test_languages_without_a_model_get_none():
    assert load_model("xx") is None


def test_it_claims_a_partnership_the_frames_miss():
    assert claims("远航科技进入海外市场，靠的是星河集团的合作。") == [("partner", "partner-model", "Reported")]


def test_traditional_chinese_is_scored_on_its_normalized_form():
    assert claims("遠航科技進入海外市場，靠的是星河集團的合作。", "zh-TW") == [("partner", "partner-model", "Reported")]


def test_it_yields_to_a_rule_claim_about_the_same_pair():
    assert claims("苹果曾评估百度作为合作伙伴。") == [("evaluated", "evaluated", "Reported")]
    assert claims("远航科技早在去年就与星河集团解除了合作关系。") == [("rejected", "rejected", "Reported")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("远航科技、星河集团与东芝公司的合作都在加强。", id="three-names-a-list-not-a-pair"),
        pytest.param("远航科技与星河集团有望合作吗?", id="a-question"),
        pytest.param("远航科技正与星河集团洽谈合作。", id="talks-are-not-a-partnership"),
        pytest.param("远航科技的股价高于星河集团,公司战略不同。", id="co-mention-without-cooperation"),
    ],
)
def test_it_stays_silent_where_a_pair_claim_would_be_wrong(text):
    assert all(ext != "partner-model" for _, ext, _ in claims(text))


def test_a_denied_model_claim_keeps_its_evidence_with_status_denied():
    _, found = extracted(article("远航科技否认了与星河集团建立战略联盟的传闻。"))
    assert [(c.relation, c.extractor, c.status.value) for c in found] == [(Relation.PARTNER, "partner-model", "Denied")]


def test_english_text_gets_no_model_claims():
    assert all(ext != "partner-model" for _, ext, _ in claims("Through its work with Acme Corp, Globex entered Asia.", "en"))
