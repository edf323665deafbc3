"""kg.claims.assemble: findings → claims. Repeats merge, attributions give sources by scope (and, in the
cue's own sentence, by side), and a later denial sentence denies only the claims it is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.claims import assemble
from kg.model import (
    ANONYMOUS,
    Article,
    Attribution,
    Claim,
    Doc,
    Entity,
    EntityKind,
    Mention,
    Relation,
    Sentence,
    Status,
    StatusCue,
)

ARTICLE = Article("a1", Path("a1.md"), "", None, None, None, "zh-CN", ())
ORGS = {"xiaomi": "小米", "catl": "宁德时代", "tencent": "腾讯", "nio": "蔚来", "apple": "苹果", "alibaba": "阿里巴巴"}
ENTITIES = {eid: Entity(eid, EntityKind.ORG, {"zh-Hans": name}) for eid, name in ORGS.items()}
P, E, R = Relation.PARTNER, Relation.EVALUATED, Relation.REJECTED


def doc(*sentences: str) -> Doc:
    """A Doc whose sentences mention each organization of ORGS they contain (by its Chinese name)."""
    out = []
    for i, text in enumerate(sentences):
        mentions = tuple(Mention(name, text.index(name), text.index(name) + len(name), EntityKind.ORG, eid)
                         for eid, name in ORGS.items() if name in text)
        out.append(Sentence(i, 0, text, text, mentions))
    return Doc(ARTICLE, tuple(out), dict(ENTITIES))


def claim(s: str, rel: Relation, o: str, *evidence: int, conf: float = 0.5, status: Status = Status.REPORTED,
          span: tuple[int, int] = (0, 0), sources: frozenset[str] = frozenset(), extractor: str = "x") -> Claim:
    return Claim(s, rel, o, "a1", evidence or (0,), extractor, conf, sources, status, span=span)


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, claims
    return claims[0]


# ---- merging repeats --------------------------------------------------------------------------

MERGES = [
    # (confidences of the repeats, merged confidence by noisy-or, capped at 0.99)
    pytest.param((0.6, 0.5), 0.8, id="two"),
    pytest.param((0.5, 0.5, 0.2), 0.8, id="three"),
    pytest.param((0.9, 0.95), 0.99, id="capped"),
    pytest.param((0.7,), 0.7, id="single-unchanged"),
]


@pytest.mark.parametrize(("confidences", "merged"), MERGES)
def test_repeats_merge_with_noisy_or_confidence(confidences, merged):
    findings = [claim("apple", E, "alibaba", i, conf=c) for i, c in enumerate(confidences)]
    result = only(assemble(doc(*["苹果评估阿里巴巴。"] * len(confidences)), findings))
    assert result.confidence == pytest.approx(merged)
    assert result.evidence == tuple(range(len(confidences)))


def test_repeats_merge_evidence_and_sources_as_unions():
    findings = [claim("apple", P, "alibaba", 2, sources=frozenset({"reuters"})),
                claim("apple", P, "alibaba", 0, 2, sources=frozenset({ANONYMOUS})),
                claim("apple", P, "alibaba", 1)]
    result = only(assemble(doc("a", "b", "c"), findings))
    assert result.evidence == (0, 1, 2)
    assert result.sources == {"reuters", ANONYMOUS}


def test_partner_repeats_merge_whichever_side_is_first():
    result = only(assemble(doc("x", "y"), [claim("apple", P, "alibaba", 0, extractor="first"),
                                           claim("alibaba", P, "apple", 1, extractor="second")]))
    assert (result.subject, result.object, result.extractor) == ("apple", "alibaba", "first")
    assert result.evidence == (0, 1)


@pytest.mark.parametrize("rel", [E, R])
def test_directed_relations_do_not_merge_across_directions(rel):
    claims = assemble(doc("x", "y"), [claim("apple", rel, "alibaba", 0), claim("alibaba", rel, "apple", 1)])
    assert {(c.subject, c.object) for c in claims} == {("apple", "alibaba"), ("alibaba", "apple")}


def test_different_relations_of_one_pair_stay_apart():
    claims = assemble(doc("x"), [claim("apple", P, "alibaba"), claim("apple", E, "alibaba"), claim("apple", R, "alibaba")])
    assert sorted(c.relation.value for c in claims) == ["evaluated", "partner", "rejected"]


@pytest.mark.parametrize(("statuses", "merged"), [
    ((Status.RUMORED, Status.REPORTED), Status.REPORTED),
    ((Status.REPORTED, Status.CONFIRMED), Status.CONFIRMED),
    ((Status.CONFIRMED, Status.RUMORED), Status.CONFIRMED),
    ((Status.CONFIRMED, Status.DENIED), Status.DENIED),
    ((Status.DENIED, Status.RUMORED), Status.DENIED),
    ((Status.RUMORED, Status.RUMORED), Status.RUMORED),
])
def test_merged_status_is_the_strongest_and_any_denial_wins(statuses, merged):
    findings = [claim("apple", P, "alibaba", i, status=s) for i, s in enumerate(statuses)]
    assert only(assemble(doc("x", "y"), findings)).status is merged


def test_output_order_is_stable_whatever_the_finding_order():
    findings = [claim("xiaomi", P, "catl", 0), claim("apple", E, "alibaba", 1), claim("tencent", R, "nio", 2)]
    d = doc("x", "y", "z")
    assert assemble(d, findings) == assemble(d, list(reversed(findings)))


# ---- sources from attributions ----------------------------------------------------------------

# (attribution, claim evidence, claim span, covered?) — the cue at `offset` of the scope's first sentence
COVERS = [
    pytest.param(Attribution("reuters", range(0, 3)), (1,), (0, 5), True, id="later-sentence-in-scope"),
    pytest.param(Attribution("reuters", range(0, 3)), (3,), (0, 5), False, id="sentence-after-scope"),
    pytest.param(Attribution("reuters", range(1, 2)), (0,), (0, 5), False, id="sentence-before-scope"),
    pytest.param(Attribution("reuters", range(0, 1), offset=5, forward=True), (0,), (8, 20), True,
                 id="cue-sentence-forward-claim-after-cue"),
    pytest.param(Attribution("reuters", range(0, 1), offset=10, forward=True), (0,), (0, 8), False,
                 id="cue-sentence-forward-claim-before-cue"),
    pytest.param(Attribution("reuters", range(0, 1), offset=10, forward=False), (0,), (0, 8), True,
                 id="cue-sentence-backward-claim-before-cue"),
    pytest.param(Attribution("reuters", range(0, 1), offset=5, forward=False), (0,), (8, 20), False,
                 id="cue-sentence-backward-claim-after-cue"),
    pytest.param(Attribution("reuters", range(0, 1), offset=10, forward=True), (0,), (0, 0), True,
                 id="cue-sentence-claim-without-span"),
    pytest.param(Attribution("reuters", range(0, 3), offset=10, forward=True), (0, 2), (0, 8), True,
                 id="wrong-side-but-also-a-later-sentence"),
]


@pytest.mark.parametrize(("attribution", "evidence", "span", "covered"), COVERS)
def test_an_attribution_gives_its_source_to_the_claims_in_its_scope(attribution, evidence, span, covered):
    result = only(assemble(doc("s0", "s1", "s2", "s3"), [claim("apple", P, "alibaba", *evidence, span=span), attribution]))
    assert result.sources == ({"reuters"} if covered else set())


def test_sources_of_several_attributions_and_of_the_claim_itself_add_up():
    findings = [claim("apple", P, "alibaba", 1, sources=frozenset({"cook"})),
                Attribution("reuters", range(0, 2)), Attribution(ANONYMOUS, range(1, 2)), Attribution("yicai", range(2, 3))]
    assert only(assemble(doc("a", "b", "c"), findings)).sources == {"cook", "reuters", ANONYMOUS}


def test_a_cue_sentence_splits_its_claims_by_side():
    # 小米与宁德时代合作，腾讯称，腾讯与蔚来合作: a forward cue at 14 covers only the claim after it
    findings = [claim("xiaomi", P, "catl", 0, span=(0, 9)), claim("tencent", P, "nio", 0, span=(17, 25)),
                Attribution("tencent", range(0, 1), offset=14, forward=True)]
    sources = {(c.subject, c.object): c.sources for c in assemble(doc("s"), findings)}
    assert sources == {("xiaomi", "catl"): frozenset(), ("tencent", "nio"): frozenset({"tencent"})}


# ---- a later denial sentence --------------------------------------------------------------------


def statuses(d: Doc, findings: list) -> dict[tuple[str, str], Status]:
    return {(c.subject, c.object): c.status for c in assemble(d, findings)}


DENIALS = [
    pytest.param(
        ("小米与宁德时代合作。", "腾讯与蔚来合作。", "小米否认了这一报道。"), 2,
        {("xiaomi", "catl"): Status.DENIED, ("tencent", "nio"): Status.REPORTED},
        id="names-one-party-of-an-earlier-claim"),
    pytest.param(
        ("小米与宁德时代合作。", "腾讯与蔚来合作。", "蔚来否认了这一报道。"), 2,
        {("xiaomi", "catl"): Status.REPORTED, ("tencent", "nio"): Status.DENIED},
        id="names-one-party-of-the-previous-claim"),
    pytest.param(
        ("小米与宁德时代合作。", "腾讯与蔚来合作。", "对方否认了这一报道。"), 2,
        {("xiaomi", "catl"): Status.REPORTED, ("tencent", "nio"): Status.DENIED},
        id="names-no-organization-previous-sentence-only"),
    pytest.param(
        ("小米与宁德时代合作。", "腾讯与蔚来合作。", "苹果否认了这一报道。"), 2,
        {("xiaomi", "catl"): Status.REPORTED, ("tencent", "nio"): Status.REPORTED},
        id="names-an-organization-of-no-claim"),
    pytest.param(
        ("小米与宁德时代合作。", "天气很好。", "今天是周一。", "小米否认了这一报道。"), 3,
        {("xiaomi", "catl"): Status.REPORTED},
        id="more-than-two-sentences-later"),
    pytest.param(
        ("小米否认了这一报道。", "小米与宁德时代合作。"), 0,
        {("xiaomi", "catl"): Status.REPORTED},
        id="a-denial-before-the-claim"),
    pytest.param(
        ("小米与宁德时代合作，腾讯否认与蔚来合作。", "天气很好。"), 0,
        {("xiaomi", "catl"): Status.REPORTED, ("tencent", "nio"): Status.REPORTED},
        id="a-denial-in-a-claim-sentence-is-left-to-the-clause-reading"),
]


@pytest.mark.parametrize(("sentences", "denial", "expected"), DENIALS)
def test_a_later_denial_denies_only_claims_sharing_an_organization(sentences, denial, expected):
    findings: list = [StatusCue(denial, Status.DENIED)]
    for i, text in enumerate(sentences):
        if i != denial or "与" in text:
            for a, b in [("xiaomi", "catl"), ("tencent", "nio")]:
                if ORGS[a] in text and ORGS[b] in text:
                    findings.append(claim(a, P, b, i))
    assert statuses(doc(*sentences), findings) == expected


@pytest.mark.parametrize("cue", [Status.CONFIRMED, Status.RUMORED, Status.REPORTED])
def test_other_status_cues_in_a_later_sentence_change_nothing(cue):
    d = doc("小米与宁德时代合作。", "小米证实了这一报道。")
    assert statuses(d, [claim("xiaomi", P, "catl", 0), StatusCue(1, cue)]) == {("xiaomi", "catl"): Status.REPORTED}
