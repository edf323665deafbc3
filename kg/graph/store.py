"""The only module that knows which RDF backend holds the graph.

`open_graph()` gives an in-memory rdflib Graph; `load_graph(path)` parses a built graph file.
A later backend (an on-disk Oxigraph store, a remote SPARQL store) is a new branch of STORES.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

STORES: dict[str, Callable[[], Graph]] = {
    "memory": lambda: Graph(store="Memory"),
}


def open_graph(store: str = "memory") -> Graph:
    """A new, empty graph on the named backend."""
    return STORES[store]()


def load_graph(path: Path, store: str = "memory") -> Graph:
    """Parse a built graph file (format from its extension: .ttl, .nt, .jsonld …)."""
    graph = open_graph(store)
    graph.parse(str(path))
    return graph


def sparql_store(source: Graph | Path | str):  # -> pyoxigraph.Store
    """An in-memory Oxigraph store of a built graph, for fast SPARQL (10–2,000x rdflib's engine).

    `source` is a graph file (Turtle, N-Triples…) or an rdflib Graph.
    """
    import pyoxigraph

    store = pyoxigraph.Store()
    if isinstance(source, Graph):
        data = source.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
    else:
        path = Path(source)
        fmt = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip(".")) or pyoxigraph.RdfFormat.TURTLE
        store.bulk_load(path=str(path), format=fmt)
    return store
