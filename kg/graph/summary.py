"""Relationship and source tallies: aggregates over the claims, kept in the graph beside them.

The named queries read a company's tallies, one node per partner, instead of every claim about it:
Oxigraph pays an index seek (~4 µs) per triple pattern and claim, so `partners_of` for a company
with 3,400 claims read some 20k triples (240 ms in a 100k-article store); its tallies, a few hundred.

A tally is a pure function of the claims that share its key, so an incremental build recomputes
only the keys that its changed articles touch, and ends with the same triples as a full rebuild.

* One ``nkg:Relationship`` per subject, relation and object (partner is symmetric: its two ends
  are sorted). Counts of articles and sources, and the highest confidence, are over the claims not
  denied; ``nkg:deniedCount`` is written only when some claim is denied::

    <…/relationship/H> a nkg:Relationship ; nkg:relation nkg:partner ;
        nkg:subjectEntity <A> ; nkg:objectEntity <B> ; nkg:party <A>, <B> ; nkg:claimCount 3 ; nkg:articleCount 2 ;
        nkg:sourceCount 2 ; nkg:maxConfidence 0.90 ; nkg:deniedCount 1 ; nkg:supportedBy <claim>… .

* One ``nkg:SourceTally`` per source and relation: how many claims it is cited for::

    <…/tally/H> a nkg:SourceTally ; nkg:source <S> ; nkg:relation nkg:partner ; nkg:claimCount 7 .

They live in at most 256 graphs ``<…/shared/summary-XX>`` (XX: the first byte of the key's hash),
so an update rewrites a few small graphs and `kg push` sends a bounded number of them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib.namespace import RDF, XSD

from kg.graph.ntriples import iri, literal
from kg.graph.store import GraphStore
from kg.graph.vocab import NKG

SUMMARY_GRAPH = "shared/summary-"  # + two hex digits, under the base IRI
SYMMETRIC = {str(NKG.partner)}
_DENIED = str(NKG.Denied)
_RDF_TYPE = iri(str(RDF.type))
_FACTS = """PREFIX nkg: <https://w3id.org/newskg#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?c ?s ?p ?o ?a ?conf ?st ?src WHERE { %s {
  ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?a .
  OPTIONAL { ?c nkg:confidence ?conf } OPTIONAL { ?c nkg:status ?st } OPTIONAL { ?c nkg:reportedBy ?src } } }"""
_TALLIES = """PREFIX nkg: <https://w3id.org/newskg#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?src ?p (COUNT(DISTINCT ?c) AS ?n) WHERE { %s ?c nkg:reportedBy ?src ; rdf:predicate ?p } GROUP BY ?src ?p"""

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Fact:
    """What a tally needs of one claim, as IRIs (the worker makes these beside the article's triples)."""

    claim: str
    subject: str
    relation: str
    object: str
    article: str
    confidence: str  # two decimals, as nkg:confidence writes it; "" when there is none
    denied: bool
    sources: tuple[str, ...] = ()

    @property
    def key(self) -> Triple:
        return relationship_key(self.subject, self.relation, self.object)


@dataclass
class Keys:
    """What some claims are counted under: relationship keys and (source, relation) keys."""

    relationships: set[Triple] = field(default_factory=set)
    sources: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def of(cls, facts: Iterable[Fact]) -> Keys:
        keys = cls()
        for f in facts:
            keys.relationships.add(f.key)
            keys.sources.update((src, f.relation) for src in f.sources)
        return keys

    def __ior__(self, other: Keys) -> Keys:
        self.relationships |= other.relationships
        self.sources |= other.sources
        return self

    def __bool__(self) -> bool:
        return bool(self.relationships or self.sources)


def relationship_key(s: str, p: str, o: str) -> Triple:
    """(subject, relation, object), its ends sorted for a symmetric relation.

    >>> relationship_key("b", "https://w3id.org/newskg#partner", "a")
    ('a', 'https://w3id.org/newskg#partner', 'b')
    """
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


class Tallies:
    """Counts claims as they stream past (a full build), then writes every summary graph.

    >>> t = Tallies("https://e.org/")
    >>> t.add([Fact("https://e.org/c1", "https://e.org/b", str(NKG.partner), "https://e.org/a", "https://e.org/a1", "0.80", False)])
    >>> data = b"".join(t.graphs().values()).decode()
    >>> '<https://w3id.org/newskg#articleCount> "1"^^' in data, '#maxConfidence> "0.80"' in data
    (True, True)
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.claims: dict[Triple, list[Fact]] = defaultdict(list)
        self.cited: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, facts: Iterable[Fact]) -> None:
        for f in facts:
            self.claims[f.key].append(f)
            for src in f.sources:
                self.cited[src, f.relation].add(f.claim)

    def nodes(self, sources: bool = True) -> dict[str, tuple[str, list[str]]]:
        """Node IRI → (its summary graph, its N-Triples lines); source tallies too unless told not."""
        out = {}
        for key, facts in self.claims.items():
            node, graph = self.place(key)
            out[node] = (graph, _relationship(node, key, facts))
        for (src, p), claims in self.cited.items() if sources else ():
            node, graph = self.place((src, p, "source"))
            out[node] = (graph, _tally(node, src, p, len(claims)))
        return out

    def graphs(self) -> dict[str, bytes]:
        """Summary graph IRI → its N-Triples, sorted."""
        grouped: dict[str, list[str]] = defaultdict(list)
        for graph, lines in self.nodes().values():
            grouped[graph] += lines
        return {g: "".join(sorted(lines)).encode("utf-8") for g, lines in sorted(grouped.items())}

    def place(self, key: tuple[str, ...]) -> tuple[str, str]:
        """(node IRI, summary graph IRI) of a relationship key, or of (source, relation, "source")."""
        digest = hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()[:16]
        kind = "tally/" if key[-1] == "source" else "relationship/"
        return self.base + kind + digest, self.base + SUMMARY_GRAPH + digest[:2]


def facts_in(graphs: GraphStore, name: str | None = None) -> list[Fact]:
    """The facts of the claims in one named graph (read before it is replaced or removed), or in
    the whole store when `name` is None (a recount after a build that died: ~35 µs a claim)."""
    return _facts(graphs, f"GRAPH {iri(name)}" if name is not None else "")


def refresh(graphs: GraphStore, base: str, keys: Keys) -> dict[str, bytes]:
    """The new content of each summary graph that holds one of `keys`, counted again from the store,
    the other nodes in it kept as they are (b"" when nothing is left). The caller puts them."""
    tallies = Tallies(base)
    pairs = {k for s, p, o in keys.relationships for k in ((s, p, o), (o, p, s))}
    for block in _values(pairs, "?s ?p ?o"):
        tallies.add(f for f in _facts(graphs, block) if f.key in keys.relationships)
    nodes = tallies.nodes(sources=False)  # these facts are not all the claims of their sources
    for src, p in keys.sources:
        node, graph = tallies.place((src, p, "source"))
        nodes[node] = (graph, [])
    for block in _values(keys.sources, "?src ?p"):
        for src, p, n in graphs.query(_TALLIES % block):
            node, graph = tallies.place((src.value, p.value, "source"))
            nodes[node] = (graph, _tally(node, src.value, p.value, int(n.value)))
    for key in keys.relationships:
        node, graph = tallies.place(key)
        nodes.setdefault(node, (graph, []))
    out: dict[str, list[str]] = {}
    for graph in sorted({g for g, _ in nodes.values()}):
        lines = graphs.ntriples(graph).decode("utf-8").splitlines(keepends=True)
        out[graph] = [line for line in lines if line.split(" ", 1)[0][1:-1] not in nodes]
    for graph, lines in nodes.values():
        out[graph] += lines
    return {name: "".join(sorted(lines)).encode("utf-8") for name, lines in out.items()}


def _facts(graphs: GraphStore, scope: str) -> list[Fact]:
    rows: dict[str, list] = {}
    for c, s, p, o, a, conf, st, src in graphs.query(_FACTS % scope):
        row = rows.get(c.value)
        if row is None:
            confidence = f"{float(conf.value):.2f}" if conf is not None else ""
            row = rows[c.value] = [s.value, p.value, o.value, a.value, confidence,
                                   st is not None and st.value == _DENIED, set()]
        if src is not None:
            row[6].add(src.value)
    return [Fact(c, s, p, o, a, conf, denied, tuple(sorted(srcs)))
            for c, (s, p, o, a, conf, denied, srcs) in rows.items()]


def _values(keys: Iterable[tuple[str, ...]], names: str) -> Iterable[str]:
    """VALUES blocks of at most 500 rows over the given keys."""
    rows = sorted(keys)
    for start in range(0, len(rows), 500):
        body = " ".join("(" + " ".join(iri(v) for v in row) + ")" for row in rows[start : start + 500])
        yield f"VALUES ({names}) {{ {body} }}"


def _relationship(node: str, key: Triple, facts: list[Fact]) -> list[str]:
    s, p, o = key
    me = iri(node)
    asserted = [f for f in facts if not f.denied]
    lines = [f"{me} {_RDF_TYPE} {iri(NKG.Relationship)} .\n",
             f"{me} {iri(NKG.relation)} {iri(p)} .\n",
             f"{me} {iri(NKG.subjectEntity)} {iri(s)} .\n",
             f"{me} {iri(NKG.objectEntity)} {iri(o)} .\n",
             f"{me} {iri(NKG.party)} {iri(s)} .\n",
             f"{me} {iri(NKG.party)} {iri(o)} .\n",
             f"{me} {iri(NKG.claimCount)} {_integer(len({f.claim for f in facts}))} .\n",
             f"{me} {iri(NKG.articleCount)} {_integer(len({f.article for f in asserted}))} .\n",
             f"{me} {iri(NKG.sourceCount)} {_integer(len({x for f in asserted for x in f.sources}))} .\n"]
    lines += sorted({f"{me} {iri(NKG.supportedBy)} {iri(f.claim)} .\n" for f in facts})
    confidences = [f.confidence for f in asserted if f.confidence]
    if confidences:
        lines.append(f"{me} {iri(NKG.maxConfidence)} {literal(max(confidences, key=float), datatype=str(XSD.decimal))} .\n")
    if len(asserted) < len(facts):
        lines.append(f"{me} {iri(NKG.deniedCount)} {_integer(len({f.claim for f in facts if f.denied}))} .\n")
    return lines


def _tally(node: str, src: str, p: str, n: int) -> list[str]:
    me = iri(node)
    return [f"{me} {_RDF_TYPE} {iri(NKG.SourceTally)} .\n", f"{me} {iri(NKG.source)} {iri(src)} .\n",
            f"{me} {iri(NKG.relation)} {iri(p)} .\n", f"{me} {iri(NKG.claimCount)} {_integer(n)} .\n"]


def _integer(n: int) -> str:
    return literal(str(n), datatype=str(XSD.integer))
