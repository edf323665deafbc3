"""Network analysis of the built graph: who sits at the centre, and which groups do business together.

The RDF graph is read once into a networkx `MultiDiGraph` of claims (`claim_graph`); every other
function works on that or on its undirected simple projection, where an edge joins two
organizations that share at least one claim and its `weight` is the number of such claims.

Results are deterministic: nodes and edges are added in IRI order, betweenness sampling and
Louvain use a fixed seed, and every list is sorted on a total order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from kg.graph.vocab import NKG, PROV

__all__ = ["claim_graph", "communities", "node_metrics", "rank_organizations", "summarize"]

SEED = 42
"""Seed for Louvain and for sampled betweenness, so reruns give the same answer."""

EXACT_BETWEENNESS_MAX_NODES = 2_000
"""Above this many nodes betweenness is estimated from a seeded sample of source nodes."""

BETWEENNESS_WORK = 3_000_000
"""Sampling budget: sources × (nodes + edges) stays near this (≈3 s in pure Python)."""

BETWEENNESS_MIN_SAMPLES = 32

NODE_TYPES = (NKG.NewsOutlet, NKG.Organization, NKG.Product, NKG.Person, NKG.AnonymousSource)
"""Entity classes, most specific first: a node typed both NewsOutlet and Organization is an outlet."""

LABEL_LANGS = ("en", "zh-hans")
"""Preferred label languages, in order (compared lower-cased); any other label comes after."""


def claim_graph(graph: Graph) -> nx.MultiDiGraph:
    """Read the claims of `graph` into a MultiDiGraph: one edge per claim that is not denied.

    Nodes are keyed by IRI string: every `nkg:Organization`, plus any other entity (an outlet, a
    product) that is the subject or object of a claim. Node attributes: `label` (preferring @en,
    then @zh-Hans, then any label, else the IRI) and `type` (the local name of its class, e.g.
    ``"Organization"``). Edges run subject → object, are keyed by the claim IRI and carry
    `relation`, `claim`, `article`, `status`, `confidence` (float), `sources` (sorted IRI strings)
    and `evidence` (sorted sentences). `G.graph` counts all claims read, and the denied ones.

    Reads the graph one predicate at a time (one index scan each), so 100k claims take seconds.

    >>> from rdflib import Graph
    >>> from kg.graph.iris import Iris
    >>> from kg.graph.to_rdf import add_claim, add_entity
    >>> from kg.model import Claim, Entity, EntityKind, Relation, Status
    >>> g, iris = Graph(), Iris()
    >>> for slug, name in [("apple", "Apple"), ("alibaba", "Alibaba"), ("baidu", "Baidu")]:
    ...     _ = add_entity(g, Entity(slug, EntityKind.ORG, {"en": name}), iris)
    >>> _ = add_claim(g, Claim("apple", Relation.PARTNER, "alibaba", "a1", (0,), "demo"), ["苹果与阿里合作"], "zh-CN", iris)
    >>> _ = add_claim(g, Claim("apple", Relation.PARTNER, "baidu", "a1", (1,), "demo", status=Status.DENIED), [], "zh-CN", iris)
    >>> G = claim_graph(g)
    >>> G.number_of_nodes(), G.number_of_edges(), G.graph
    (3, 1, {'claims': 2, 'denied': 1})
    >>> [(G.nodes[u]["label"], d["relation"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)]
    [('Apple', 'partner', 'Alibaba')]
    """
    claims = sorted(set(graph.subjects(RDF.type, NKG.Claim)))
    subject = _single(graph, RDF.subject)
    predicate = _single(graph, RDF.predicate)
    obj = _single(graph, RDF.object)
    article = _single(graph, PROV.wasDerivedFrom)
    status = _single(graph, NKG.status)
    confidence = _single(graph, NKG.confidence)
    sources = _multi(graph, NKG.reportedBy)
    evidence = _multi(graph, NKG.evidence)

    kept = [
        c for c in claims
        if c in subject and c in obj and c in predicate and status.get(c) != NKG.Denied
    ]
    nodes = set(graph.subjects(RDF.type, NKG.Organization))
    nodes.update(subject[c] for c in kept)
    nodes.update(obj[c] for c in kept)

    G = nx.MultiDiGraph(claims=len(claims), denied=sum(1 for c in claims if status.get(c) == NKG.Denied))
    for node in sorted(nodes):
        G.add_node(str(node), label=_label(graph, node), type=_type(graph, node))
    for c in kept:
        G.add_edge(
            str(subject[c]),
            str(obj[c]),
            key=str(c),
            relation=_local(predicate[c]),
            claim=str(c),
            article=str(article.get(c, "")),
            status=_local(status[c]) if c in status else "",
            confidence=_float(confidence.get(c)),
            sources=sorted(str(s) for s in sources.get(c, ())),
            evidence=sorted(str(e) for e in evidence.get(c, ())),
        )
    return G


def rank_organizations(G: nx.MultiDiGraph, top: int | None = 10) -> list[dict[str, Any]]:
    """The `top` most connected nodes of a claim graph (all of them when `top` is None).

    Each row: `iri`, `label`, `type`, `degree` (distinct neighbours), `weighted_degree` (claims
    it takes part in) and `betweenness` (normalized, on the undirected simple projection; sampled
    with a fixed seed above 2,000 nodes). Sorted by degree, then betweenness (both descending),
    then label and IRI.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("apple", "alibaba"), ("apple", "baidu"), ("baidu", "apple")])
    >>> [(r["iri"], r["degree"], r["weighted_degree"], r["betweenness"]) for r in rank_organizations(G, top=2)]
    [('apple', 2, 3, 1.0), ('alibaba', 1, 1, 0.0)]
    """
    H = _projection(G)
    betweenness = _betweenness(H)
    claims = _claim_counts(G)
    rows = [
        {
            "iri": n,
            "label": G.nodes[n].get("label", n),
            "type": G.nodes[n].get("type", ""),
            "degree": H.degree(n),
            "weighted_degree": claims[n],
            "betweenness": round(betweenness[n], 6),
        }
        for n in H
    ]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"], r["iri"]))
    return rows if top is None else rows[:top]


def communities(G: nx.MultiDiGraph) -> list[set[str]]:
    """Louvain communities (seed 42) of the undirected projection weighted by claim count.

    Sorted largest first, ties broken by smallest member; a node with no claims is its own
    community.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")])
    >>> [sorted(c) for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    H = _projection(G)
    found = nx.community.louvain_communities(H, weight="weight", seed=SEED) if len(H) else []
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def summarize(graph: Graph, top: int = 10) -> dict[str, Any]:
    """A JSON-serializable overview for the build report and the viewer.

    Keys: `counts` (organizations, claims, denied, edges, pairs, isolated, communities of two or
    more), `claims_by_relation` and `claims_by_status` (claims that are not denied),
    `top_organizations` (`rank_organizations` rows) and `communities`: the `top` largest
    communities of two or more, each a list of labels, most connected first.

    >>> from rdflib import Graph
    >>> from kg.graph.iris import Iris
    >>> from kg.graph.to_rdf import add_claim, add_entity
    >>> from kg.model import Claim, Entity, EntityKind, Relation
    >>> g, iris = Graph(), Iris()
    >>> for slug in ["apple", "alibaba", "baidu"]:
    ...     _ = add_entity(g, Entity(slug, EntityKind.ORG, {"en": slug.title()}), iris)
    >>> for obj in ["alibaba", "baidu"]:
    ...     _ = add_claim(g, Claim("apple", Relation.PARTNER, obj, "a1", (0,), "demo"), [], "en", iris)
    >>> s = summarize(g)
    >>> s["counts"]["claims"], s["top_organizations"][0]["label"], s["communities"]
    (2, 'Apple', [['Apple', 'Alibaba', 'Baidu']])
    """
    G = claim_graph(graph)
    H = _projection(G)
    ranked = rank_organizations(G, top=None)
    order = {row["iri"]: i for i, row in enumerate(ranked)}
    groups = [c for c in communities(G) if len(c) > 1]
    return {
        "counts": {
            "organizations": G.number_of_nodes(),
            "claims": G.graph.get("claims", G.number_of_edges()),
            "denied": G.graph.get("denied", 0),
            "edges": G.number_of_edges(),
            "pairs": H.number_of_edges(),
            "isolated": sum(1 for n in H if H.degree(n) == 0),
            "communities": len(groups),
        },
        "claims_by_relation": _count(d.get("relation", "") for _, _, d in G.edges(data=True)),
        "claims_by_status": _count(d.get("status", "") for _, _, d in G.edges(data=True)),
        "top_organizations": ranked[:top],
        "communities": [
            [G.nodes[n].get("label", n) for n in sorted(c, key=order.__getitem__)] for c in groups[:top]
        ],
    }


def node_metrics(graph: Graph) -> dict[str, dict[str, Any]]:
    """Per node of the claim graph: `degree`, `betweenness` and `community` (index into `communities`).

    >>> from rdflib import Graph
    >>> from kg.graph.iris import Iris
    >>> from kg.graph.to_rdf import add_claim, add_entity
    >>> from kg.model import Claim, Entity, EntityKind, Relation
    >>> g, iris = Graph(), Iris()
    >>> for slug in ["apple", "alibaba", "baidu"]:
    ...     _ = add_entity(g, Entity(slug, EntityKind.ORG, {"en": slug.title()}), iris)
    >>> for obj in ["alibaba", "baidu"]:
    ...     _ = add_claim(g, Claim("apple", Relation.PARTNER, obj, "a1", (0,), "demo"), [], "en", iris)
    >>> node_metrics(g)[str(iris.entity("apple"))]
    {'degree': 2, 'betweenness': 1.0, 'community': 0}
    """
    G = claim_graph(graph)
    H = _projection(G)
    betweenness = _betweenness(H)
    community = {n: i for i, c in enumerate(communities(G)) for n in c}
    return {
        n: {"degree": H.degree(n), "betweenness": round(betweenness[n], 6), "community": community[n]}
        for n in H
    }


# ---- helpers ---------------------------------------------------------------------------------


def _single(graph: Graph, predicate: URIRef) -> dict[Node, Node]:
    """subject → its smallest object for `predicate` (one value expected; min keeps it stable)."""
    found: dict[Node, Node] = {}
    for s, o in graph.subject_objects(predicate):
        if s not in found or o < found[s]:
            found[s] = o
    return found


def _multi(graph: Graph, predicate: URIRef) -> dict[Node, list[Node]]:
    found: dict[Node, list[Node]] = {}
    for s, o in graph.subject_objects(predicate):
        found.setdefault(s, []).append(o)
    return found


def _label(graph: Graph, node: Node) -> str:
    labels = sorted(
        (o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)),
        key=lambda o: (_lang_rank(o.language), o.language or "", str(o)),
    )
    return str(labels[0]) if labels else _local(node)


def _lang_rank(lang: str | None) -> int:
    low = (lang or "").lower()
    return LABEL_LANGS.index(low) if low in LABEL_LANGS else len(LABEL_LANGS)


def _type(graph: Graph, node: Node) -> str:
    types = set(graph.objects(node, RDF.type))
    return next((_local(t) for t in NODE_TYPES if t in types), "")


def _local(iri: Node) -> str:
    """The local name of an IRI: after the last '#' or '/'."""
    text = str(iri)
    return text[max(text.rfind("#"), text.rfind("/")) + 1:] or text


def _float(value: Node | None) -> float:
    try:
        return float(str(value)) if value is not None else 0.0
    except ValueError:
        return 0.0


def _projection(G: nx.Graph) -> nx.Graph:
    """Undirected simple graph on the same nodes (in sorted order); weight = claims per pair."""
    weights: Counter[tuple[str, str]] = Counter()
    for u, v in G.edges():
        if u != v:
            weights[(u, v) if u < v else (v, u)] += 1
    H = nx.Graph()
    H.add_nodes_from(sorted(G))
    H.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return H


def _betweenness(H: nx.Graph) -> dict[str, float]:
    n = len(H)
    if n <= EXACT_BETWEENNESS_MAX_NODES:
        return nx.betweenness_centrality(H)
    k = min(n, max(BETWEENNESS_MIN_SAMPLES, BETWEENNESS_WORK // (n + H.number_of_edges())))
    return nx.betweenness_centrality(H, k=k, seed=SEED)


def _claim_counts(G: nx.Graph) -> Counter[str]:
    counts: Counter[str] = Counter({n: 0 for n in G})
    for u, v in G.edges():
        counts[u] += 1
        if v != u:
            counts[v] += 1
    return counts


def _count(values: Iterable[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))
