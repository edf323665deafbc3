"""kg.analysis: the claim graph, who is central, and which organizations cluster together."""

from __future__ import annotations

import json
import random

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kg import analysis
from kg.analysis import claim_graph, communities, node_metrics, rank_organizations, summarize
from kg.graph.iris import Iris
from kg.graph.to_rdf import add_claim, add_entity
from kg.model import Claim, Entity, EntityKind, Relation, Status

IRIS = Iris()
R, S = Relation, Status

NAMES = {
    "apple": "Apple", "alibaba": "Alibaba", "baidu": "Baidu", "deepseek": "DeepSeek",
    "tencent": "Tencent", "bytedance": "ByteDance", "huawei": "Huawei", "xiaomi": "Xiaomi",
}


def iri(slug: str) -> str:
    return str(IRIS.entity(slug))


def build(claims: list[tuple], entities: dict[str, EntityKind] | None = None, seed: int | None = None) -> Graph:
    """An RDF graph of `claims` (subject, relation, object[, status]); every slug is an org unless
    `entities` says otherwise. With `seed`, the triples are added in a shuffled order."""
    g = Graph()
    kinds = dict.fromkeys({c[0] for c in claims} | {c[2] for c in claims}, EntityKind.ORG)
    kinds.update(entities or {})
    for slug, kind in kinds.items():
        add_entity(g, Entity(slug, kind, {"en": NAMES.get(slug, slug)}), IRIS)
    for i, (s, rel, o, *status) in enumerate(claims):
        claim = Claim(s, rel, o, f"art{i}", (0,), "test", confidence=0.8,
                      sources=frozenset({"reuters"}), status=status[0] if status else S.REPORTED)
        add_claim(g, claim, [f"{s} {rel} {o}"], "en", IRIS)
    if seed is None:
        return g
    triples = list(g)
    random.Random(seed).shuffle(triples)
    shuffled = Graph()
    for t in triples:
        shuffled.add(t)
    return shuffled


STAR = [("apple", R.PARTNER, "alibaba"), ("apple", R.EVALUATED, "baidu"), ("apple", R.REJECTED, "deepseek")]
TWO_TRIANGLES = [
    ("apple", R.PARTNER, "alibaba"), ("alibaba", R.PARTNER, "baidu"), ("baidu", R.PARTNER, "apple"),
    ("tencent", R.PARTNER, "bytedance"), ("bytedance", R.PARTNER, "huawei"), ("huawei", R.PARTNER, "tencent"),
    ("baidu", R.EVALUATED, "tencent"),
]


# ---- claim_graph -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("case", "claims", "entities", "nodes", "edges"),
    [
        ("a star: one edge per claim, subject → object", STAR, None,
         {"apple", "alibaba", "baidu", "deepseek"},
         {("apple", "partner", "alibaba"), ("apple", "evaluated", "baidu"), ("apple", "rejected", "deepseek")}),
        ("a denied claim adds no edge, its organizations stay",
         [("apple", R.PARTNER, "alibaba"), ("apple", R.PARTNER, "baidu", S.DENIED)], None,
         {"apple", "alibaba", "baidu"}, {("apple", "partner", "alibaba")}),
        ("rumoured and confirmed claims are kept",
         [("apple", R.PARTNER, "alibaba", S.RUMORED), ("apple", R.PARTNER, "baidu", S.CONFIRMED)], None,
         {"apple", "alibaba", "baidu"}, {("apple", "partner", "alibaba"), ("apple", "partner", "baidu")}),
        ("an outlet that takes part in a claim is a node",
         [("reuters", R.PARTNER, "apple")], {"reuters": EntityKind.OUTLET},
         {"reuters", "apple"}, {("reuters", "partner", "apple")}),
        ("two claims about one pair are two edges",
         [("apple", R.PARTNER, "alibaba"), ("alibaba", R.PARTNER, "apple")], None,
         {"apple", "alibaba"}, {("apple", "partner", "alibaba"), ("alibaba", "partner", "apple")}),
    ],
)
def test_claim_graph_nodes_and_edges(case, claims, entities, nodes, edges):
    G = claim_graph(build(claims, entities))
    assert set(G) == {iri(n) for n in nodes}, case
    assert {(u, d["relation"], v) for u, v, d in G.edges(data=True)} == {(iri(s), r, iri(o)) for s, r, o in edges}


def test_claim_graph_outlets_and_persons_outside_claims_are_not_nodes():
    g = build(STAR)
    add_entity(g, Entity("reuters", EntityKind.OUTLET, {"en": "Reuters"}), IRIS)
    add_entity(g, Entity("cook", EntityKind.PERSON, {"en": "Tim Cook"}), IRIS)
    assert iri("reuters") not in claim_graph(g) and iri("cook") not in claim_graph(g)


def test_claim_graph_edge_carries_the_claim_metadata():
    G = claim_graph(build([("apple", R.PARTNER, "alibaba", S.RUMORED)]))
    (u, v, key, d), = G.edges(keys=True, data=True)
    assert key == d["claim"] and d["claim"].startswith(IRIS.base + "claim/")
    assert d == {
        "relation": "partner", "claim": key, "article": IRIS.base + "article/art0", "status": "Rumored",
        "confidence": 0.8, "sources": [iri("reuters")], "evidence": ["apple partner alibaba"],
    }
    assert G.nodes[u] == {"label": "Apple", "type": "Organization"}


def test_claim_graph_counts_claims_and_denials():
    G = claim_graph(build([("apple", R.PARTNER, "alibaba"), ("apple", R.PARTNER, "baidu", S.DENIED)]))
    assert G.graph == {"claims": 2, "denied": 1}


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ({"zh-Hans": "苹果", "en": "Apple", "de": "Apfel"}, "Apple"),
        ({"zh-Hans": "苹果", "zh-Hant": "蘋果", "de": "Apfel"}, "苹果"),
        ({"zh-Hant": "蘋果", "de": "Apfel"}, "Apfel"),
        ({}, "apple"),
    ],
)
def test_claim_graph_label_prefers_english_then_simplified_chinese(labels, expected):
    g = build(STAR)
    node = IRIS.entity("apple")
    g.remove((node, RDFS.label, None))
    for lang, text in labels.items():
        g.add((node, RDFS.label, Literal(text, lang=lang)))
    assert claim_graph(g).nodes[str(node)]["label"] == expected


def test_claim_graph_does_not_depend_on_insertion_order():
    a, b = claim_graph(build(TWO_TRIANGLES, seed=1)), claim_graph(build(TWO_TRIANGLES, seed=2))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


# ---- rank_organizations ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("case", "edges", "top", "expected"),
    [
        ("the hub of a star first, leaves by label",
         [("apple", "alibaba"), ("apple", "deepseek"), ("apple", "baidu")], 10,
         [("apple", 3, 3, 1.0), ("alibaba", 1, 1, 0.0), ("baidu", 1, 1, 0.0), ("deepseek", 1, 1, 0.0)]),
        ("top cuts the list", [("apple", "alibaba"), ("apple", "deepseek"), ("apple", "baidu")], 1,
         [("apple", 3, 3, 1.0)]),
        ("degree counts neighbours, weighted degree counts claims",
         [("apple", "alibaba"), ("apple", "alibaba"), ("alibaba", "apple"), ("apple", "baidu")], None,
         [("apple", 2, 4, 1.0), ("alibaba", 1, 3, 0.0), ("baidu", 1, 1, 0.0)]),
        # a - zeta - c - alpha, c - omega - alpha: zeta, alpha, omega all have degree 2; zeta is a bridge
        ("equal degree: higher betweenness first, then label",
         [("a", "zeta"), ("zeta", "c"), ("c", "alpha"), ("c", "omega"), ("alpha", "omega")], None,
         [("c", 3, 3, 0.666667), ("zeta", 2, 2, 0.5), ("alpha", 2, 2, 0.0), ("omega", 2, 2, 0.0), ("a", 1, 1, 0.0)]),
    ],
)
def test_rank_organizations(case, edges, top, expected):
    import networkx as nx

    rows = rank_organizations(nx.MultiDiGraph(edges), top=top)
    assert [(r["iri"], r["degree"], r["weighted_degree"], r["betweenness"]) for r in rows] == expected, case


def test_rank_organizations_rows_carry_label_and_type():
    row = rank_organizations(claim_graph(build(STAR)), top=1)[0]
    assert row == {"iri": iri("apple"), "label": "Apple", "type": "Organization",
                   "degree": 3, "weighted_degree": 3, "betweenness": 1.0}


def test_rank_organizations_samples_large_graphs_with_a_fixed_seed(monkeypatch):
    import networkx as nx

    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS_MAX_NODES", 5)
    monkeypatch.setattr(analysis, "BETWEENNESS_MIN_SAMPLES", 3)
    G = nx.MultiDiGraph(nx.barabasi_albert_graph(60, 2, seed=1).edges())
    assert rank_organizations(G, top=None) == rank_organizations(G, top=None)


# ---- communities -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("case", "claims", "expected"),
    [
        ("two triangles joined by one claim separate", TWO_TRIANGLES,
         [{"alibaba", "apple", "baidu"}, {"bytedance", "huawei", "tencent"}]),
        ("larger community first",
         [("apple", R.PARTNER, o) for o in ("alibaba", "baidu", "deepseek")]
         + [("alibaba", R.PARTNER, "baidu"), ("baidu", R.PARTNER, "deepseek"), ("alibaba", R.PARTNER, "deepseek"),
            ("xiaomi", R.PARTNER, "huawei")],
         [{"apple", "alibaba", "baidu", "deepseek"}, {"huawei", "xiaomi"}]),
        ("an organization whose only claim is denied is alone",
         [("apple", R.PARTNER, "alibaba"), ("baidu", R.PARTNER, "apple", S.DENIED)],
         [{"alibaba", "apple"}, {"baidu"}]),
    ],
)
def test_communities(case, claims, expected):
    assert communities(claim_graph(build(claims))) == [{iri(n) for n in c} for c in expected], case


def test_communities_of_an_empty_graph():
    assert communities(claim_graph(Graph())) == []


# ---- summarize and node_metrics --------------------------------------------------------------

def test_summarize_is_json_ready_and_counts():
    claims = [*TWO_TRIANGLES, ("apple", R.PARTNER, "xiaomi", S.DENIED)]
    summary = json.loads(json.dumps(summarize(build(claims), top=2)))
    assert summary["counts"] == {"organizations": 7, "claims": 8, "denied": 1, "edges": 7, "pairs": 7,
                                 "isolated": 1, "communities": 2}
    assert summary["claims_by_relation"] == {"evaluated": 1, "partner": 6}
    assert summary["claims_by_status"] == {"Reported": 7}
    assert [r["label"] for r in summary["top_organizations"]] == ["Baidu", "Tencent"]
    assert summary["communities"] == [["Baidu", "Alibaba", "Apple"], ["Tencent", "ByteDance", "Huawei"]]


def test_summarize_of_an_empty_graph():
    summary = summarize(Graph())
    assert summary["counts"]["organizations"] == 0 and summary["top_organizations"] == [] == summary["communities"]


def test_node_metrics_agree_with_rank_and_communities():
    g = build(TWO_TRIANGLES)
    metrics = node_metrics(g)
    G = claim_graph(g)
    ranked = {r["iri"]: r for r in rank_organizations(G, top=None)}
    groups = communities(G)
    assert set(metrics) == set(G)
    for node, m in metrics.items():
        assert m["degree"] == ranked[node]["degree"] and m["betweenness"] == ranked[node]["betweenness"]
        assert node in groups[m["community"]]
    assert metrics[iri("baidu")] == {"degree": 3, "betweenness": 0.6, "community": 0}
