"""Turtle exporter: `graph.ttl`, byte-stable so a rebuild of the same graph diffs clean.

rdflib's Turtle serializer sorts prefixes, subjects, predicates and objects, so a graph without
blank nodes gives the same bytes whatever order its triples were added in and whatever the
process's hash seed; `tests/exporters/test_turtle.py` holds it to that.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.exporters import exporters
from kg.io import write_bytes
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
def export_turtle(graph: Graph, out_dir: Path, result: BuildResult) -> Path:
    """Write `out_dir/graph.ttl` atomically; returns its path.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from rdflib import Graph
    >>> from kg.model import BuildResult
    >>> export_turtle(Graph(), Path(tempfile.mkdtemp()), BuildResult()).name
    'graph.ttl'
    """
    return write_bytes(Path(out_dir) / FILENAME, to_turtle(graph))
