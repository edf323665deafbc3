"""kg.evaluate: the dev-set floor, exact tp/fp/fn on a hand-made graph, and gold files that are refused."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from conftest import GOLD
from rdflib import Graph

from kg.errors import GoldError
from kg.evaluate import RELATIONS, Score, evaluate, load_aliases, load_gold, norm, report
from kg.graph.iris import Iris
from kg.graph.to_rdf import add_article, add_claim, add_entity, bind_prefixes
from kg.model import ANONYMOUS, Article, Claim, Entity, EntityKind, Relation, Status

MICRO_F1_FLOOR = 0.92
ATTRIBUTION_F1_FLOOR = 0.85


# ---- the development set ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev_scores(built):
    graph, _, _ = built
    return evaluate(graph, load_gold(GOLD / "seeds.tsv"), load_aliases(GOLD / "entities.tsv"))


def test_dev_set(dev_scores):
    """The sample corpus against tests/data/gold: never below the floor."""
    micro, attribution = dev_scores["micro"], dev_scores["attribution"]
    assert micro.f1 >= MICRO_F1_FLOOR, report(dev_scores, errors=True)
    assert attribution.f1 >= ATTRIBUTION_F1_FLOOR, report(dev_scores, errors=True)


def test_dev_set_denominators_are_the_required_gold_rows(dev_scores):
    with open(GOLD / "seeds.tsv", encoding="utf-8", newline="") as f:
        required = Counter(r["relation"] for r in csv.DictReader(f, delimiter="\t") if r["required"] == "yes")
    for rel in RELATIONS:
        score = dev_scores[rel]
        assert score.tp + score.fn == required[rel], rel
    micro = dev_scores["micro"]
    assert (micro.tp, micro.fp, micro.fn) == tuple(sum(getattr(dev_scores[r], k) for r in RELATIONS)
                                                   for k in ("tp", "fp", "fn"))


def test_dev_set_error_list_matches_the_counts(dev_scores):
    kinds = Counter(e[0] for e in dev_scores["errors"])
    assert kinds["FP"] == dev_scores["micro"].fp and kinds["FN"] == dev_scores["micro"].fn
    assert kinds["FP-src"] == dev_scores["attribution"].fp and kinds["FN-src"] == dev_scores["attribution"].fn


# ---- a hand-made graph whose scores are known --------------------------------------------------

IRIS = Iris()
ENTITIES_TSV = """canonical\ttype\taliases
Apple\tOrganization\tApple|苹果
Alibaba\tOrganization\tAlibaba|阿里巴巴|阿里
Baidu\tOrganization\tBaidu|百度
Tencent\tOrganization\tTencent|腾讯
Reuters\tNewsOutlet\tReuters|路透社
anonymous\tAnonymous\tanonymous|知情人士
"""
SEEDS_TSV = """article\tsubject\trelation\tobject\tsources\trequired\tnote
a1\tAlibaba\tpartner\tApple\tReuters|anonymous\tyes\tpartner, stated in either order
a1\tApple\tevaluated\tBaidu\t\tyes\tno source in gold
a1\tApple\trejected\tTencent\tanonymous?\tyes\ta source that is acceptable, not required
a1\tApple\tevaluated\tTencent\tReuters\toptional\tborderline row
a2\tApple\tpartner\tBaidu\tReuters\tyes\tthe graph denies it
"""
# (article, subject, relation, object, status, sources) as the graph has them
GRAPH_CLAIMS = [
    ("a1", "apple", "partner", "alibaba", Status.REPORTED, {"reuters"}),     # TP (order ignored); src TP + FN anonymous
    ("a1", "apple", "evaluated", "baidu", Status.RUMORED, {"reuters"}),      # TP; src FP (gold says no source)
    ("a1", "apple", "rejected", "tencent", Status.REPORTED, {ANONYMOUS}),    # TP; src optional (`?`): not counted
    ("a1", "apple", "evaluated", "tencent", Status.REPORTED, {"reuters"}),   # optional row: not counted at all
    ("a1", "apple", "partner", "baidu", Status.CONFIRMED, {"reuters"}),      # FP; its source not counted
    ("a2", "apple", "partner", "baidu", Status.DENIED, {"reuters"}),         # denied: FN, and src FN
    ("a2", "apple", "rejected", "alibaba", Status.REPORTED, {"reuters"}),    # FP
    ("a3", "apple", "partner", "tencent", Status.REPORTED, {"reuters"}),     # article not in gold: ignored
]
EXPECTED = {  # name → (tp, fp, fn)
    "partner": (1, 1, 1),
    "evaluated": (1, 0, 0),
    "rejected": (1, 1, 0),
    "micro": (3, 2, 1),
    "attribution": (1, 1, 2),
}


def tiny_graph() -> Graph:
    g = Graph()
    bind_prefixes(g, IRIS)
    for eid, en, zh in [("apple", "Apple", "苹果"), ("alibaba", "Alibaba", "阿里巴巴"), ("baidu", "Baidu", "百度"),
                        ("tencent", "Tencent", "腾讯")]:
        add_entity(g, Entity(eid, EntityKind.ORG, {"en": en, "zh-Hans": zh}), IRIS)
    add_entity(g, Entity("reuters", EntityKind.OUTLET, {"zh-Hans": "路透社"}), IRIS)  # only its Chinese name
    add_entity(g, Entity(ANONYMOUS, EntityKind.ANONYMOUS, {"en": "anonymous source"}), IRIS)
    for aid in ("a1", "a2", "a3"):
        add_article(g, Article(aid, Path(f"{aid}.md"), aid, None, None, None, "zh-CN", ()), IRIS)
    for i, (aid, s, rel, o, status, sources) in enumerate(GRAPH_CLAIMS):
        claim = Claim(s, Relation(rel), o, aid, (i,), "hand", 0.9, frozenset(sources), status)
        add_claim(g, claim, [f"sentence {i}"], "zh-CN", IRIS)
    return g


@pytest.fixture(scope="module")
def tiny_scores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gold")
    (folder / "seeds.tsv").write_text(SEEDS_TSV, encoding="utf-8")
    (folder / "entities.tsv").write_text(ENTITIES_TSV, encoding="utf-8")
    return evaluate(tiny_graph(), load_gold(folder / "seeds.tsv"), load_aliases(folder / "entities.tsv"))


@pytest.mark.parametrize(("name", "counts"), list(EXPECTED.items()))
def test_hand_made_graph_scores_exactly(tiny_scores, name, counts):
    score = tiny_scores[name]
    assert (score.tp, score.fp, score.fn) == counts


def test_hand_made_graph_error_list(tiny_scores):
    assert sorted(tiny_scores["errors"]) == sorted([
        ("FP", "a1", "Apple", "partner", "Baidu"),
        ("FP", "a2", "Apple", "rejected", "Alibaba"),
        ("FN", "a2", "Apple", "partner", "Baidu"),
        ("FP-src", "a1", "Apple", "evaluated", "Baidu", "Reuters"),
        ("FN-src", "a1", "Alibaba", "partner", "Apple", "anonymous"),
        ("FN-src", "a2", "Apple", "partner", "Baidu", "Reuters"),
    ])


@pytest.mark.parametrize(("tp", "fp", "fn", "p", "r", "f1"), [
    (3, 2, 1, 3 / 5, 3 / 4, 2 / 3),
    (0, 0, 0, 0.0, 0.0, 0.0),
    (0, 4, 0, 0.0, 0.0, 0.0),
    (5, 0, 0, 1.0, 1.0, 1.0),
])
def test_score_arithmetic(tp, fp, fn, p, r, f1):
    s = Score(tp, fp, fn)
    assert (s.p, s.r, s.f1) == pytest.approx((p, r, f1))


@pytest.mark.parametrize(("a", "b"), [("Alibaba Group", "alibabagroup"), ("阿里巴巴（中国）", "阿里巴巴中国"),
                                      ("ＡＰＰＬＥ", "apple"), ("Zhipu·AI", "zhipuai")])
def test_names_compare_after_nfkc_casefold_and_dropping_punctuation(a, b):
    assert norm(a) == norm(b)


def test_report_has_one_line_per_score(tiny_scores):
    lines = report(tiny_scores).splitlines()
    assert [line.split()[0] for line in lines] == [*RELATIONS, "micro", "attribution"]
    assert "tp=3 fp=2 fn=1" in lines[3]


# ---- gold files that are refused ---------------------------------------------------------------

BAD_SEEDS = {
    "missing-column": "article\tsubject\trelation\tobject\tsources\nx\tApple\tpartner\tBaidu\t\n",
    "comma-separated": "article,subject,relation,object,sources,required\nx,Apple,partner,Baidu,,yes\n",
    "no-header": "x\tApple\tpartner\tBaidu\t\tyes\n",
    "unknown-relation": "article\tsubject\trelation\tobject\tsources\trequired\nx\tApple\tacquired\tBaidu\t\tyes\n",
}


@pytest.mark.parametrize("text", list(BAD_SEEDS.values()), ids=list(BAD_SEEDS))
def test_malformed_seeds_raise_gold_error_naming_the_file(tmp_path, text):
    path = tmp_path / "seeds.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert str(path) in str(err.value)


def test_entities_without_aliases_column_raise_gold_error(tmp_path):
    path = tmp_path / "entities.tsv"
    path.write_text("canonical\ttype\nApple\tOrganization\n", encoding="utf-8")
    with pytest.raises(GoldError, match="aliases") as err:
        load_aliases(path)
    assert str(path) in str(err.value)


def test_missing_gold_file_raises_gold_error(tmp_path):
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path / "nope.tsv")
    assert "nope.tsv" in str(err.value)
