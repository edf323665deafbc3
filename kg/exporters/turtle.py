"""Turtle exporter: `graph.ttl`, byte-stable so a rebuild of the same graph diffs clean.

rdflib's Turtle serializer sorts prefixes, subjects, predicates and objects, so a graph without
blank nodes gives the same bytes whatever order its triples were added in and whatever the
process's hash seed; `tests/exporters/test_turtle.py` holds it to that.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.exporters import exporters
from kg.graph.store import GraphStore
from kg.model import BuildResult

FILENAME = "graph.ttl"


def to_turtle(graph: Graph) -> bytes:
    """The graph as UTF-8 Turtle, with the prefixes bound on the graph.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import RDFS
    >>> g = Graph()
    >>> g.bind("ex", "https://example.org/")
    >>> _ = g.add((URIRef("https://example.org/apple"), RDFS.label, Literal("Apple", lang="en")))
    >>> print(to_turtle(g).decode().strip())
    @prefix ex: <https://example.org/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    ex:apple rdfs:label "Apple"@en .
    """
    return graph.serialize(format="turtle", encoding="utf-8")


@exporters.register("turtle")
def export_turtle(store: GraphStore, out_dir: Path, result: BuildResult) -> Path:
    """Write `out_dir/graph.ttl` (the union of the article graphs) atomically, streamed from the store.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.graph.store import open_store
    >>> from kg.model import BuildResult
    >>> export_turtle(open_store("memory"), Path(tempfile.mkdtemp()), BuildResult()).name
    'graph.ttl'
    """
    return store.dump(Path(out_dir) / FILENAME, "turtle")


@exporters.register("trig")
def export_trig(store: GraphStore, out_dir: Path, result: BuildResult) -> Path:
    """Write `out_dir/graph.trig`: every article's named graph, streamed from the store."""
    return store.dump(Path(out_dir) / "graph.trig", "trig")


@exporters.register("nquads")
def export_nquads(store: GraphStore, out_dir: Path, result: BuildResult) -> Path:
    """Write `out_dir/graph.nq`: every article's named graph as N-Quads, streamed from the store."""
    return store.dump(Path(out_dir) / "graph.nq", "nquads")
