"""Where the built graph lives: one named graph per article, behind one small interface.

Two backends, registered in `stores`:

* ``oxigraph`` (default of `kg build`): an on-disk pyoxigraph store. Queries run on its indexes,
  exports stream from it, and an article's graph is replaced in one transaction.
* ``memory``: an rdflib Dataset, for small jobs and tests.

Both take an article's graph as canonical N-Triples bytes (see kg.graph.ntriples) and answer
SPARQL with the default graph as the union of the article graphs, each triple once (set semantics):
the Oxigraph store keeps that union as a real default graph, updated in the same transaction as the
article graph, so queries join on plain indexes instead of a per-query union over 100k graphs.

>>> store = open_store("memory")
>>> store.put([("https://e.org/graph/a", b'<https://e.org/x> <https://e.org/p> "v" .\\n')])
>>> len(store.union()), store.names()
(1, {'https://e.org/graph/a'})
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from rdflib import Dataset, Graph, URIRef

from kg.errors import KgError
from kg.graph.ntriples import iri, to_nquads
from kg.io import atomic_write, write_bytes
from kg.registry import Registry

FORMATS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "ntriples": "nt"}
OXIGRAPH_DIR = "oxigraph"


class GraphStore(Protocol):
    """A dataset of named graphs, one per article, queried as their union."""

    prefixes: dict[str, str]

    def put(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        """Replace each named graph with the given N-Triples, each graph in one step."""

    def remove(self, names: Iterable[str]) -> None:
        """Drop these named graphs (unknown names are ignored)."""

    def names(self) -> set[str]:
        """The named graphs held."""

    def ntriples(self, name: str) -> bytes:
        """One named graph as N-Triples, one triple per line (b"" when it is not held)."""

    def query(self, sparql: str):  # -> pyoxigraph query result
        """Run SPARQL on Oxigraph, the default graph being the union of the named graphs."""

    def union(self) -> Graph:
        """The union of all graphs as an rdflib Graph (for exporters of small graphs)."""

    def dump(self, path: Path, fmt: str) -> Path:
        """Write the union (turtle, ntriples) or the dataset (trig, nquads) to `path` atomically."""

    def close(self) -> None:
        """Flush and release the store."""


stores: Registry[Callable[..., GraphStore]] = Registry("kg.stores")


def open_store(kind: str = "memory", path: Path | None = None, prefixes: dict[str, str] | None = None) -> GraphStore:
    """A store of the named backend (`path` for backends that live on disk)."""
    return stores.get(kind)(path=path, prefixes=prefixes or {})


@stores.register("memory")
class MemoryStore:
    """An rdflib Dataset in memory: slow past ~1M triples, but pure Python and easy to inspect."""

    def __init__(self, path: Path | None = None, prefixes: dict[str, str] | None = None) -> None:
        self.dataset = Dataset()
        self.prefixes = dict(prefixes or {})
        self._union: Graph | None = None

    @classmethod
    def of(cls, graph: Graph, name: str = "urn:x-newskg:graph") -> MemoryStore:
        """A store holding `graph` as one named graph (for code that already has an rdflib Graph)."""
        store = cls(prefixes={prefix: str(ns) for prefix, ns in graph.namespaces()})
        target = store.dataset.graph(URIRef(name))
        for triple in graph:
            target.add(triple)
        store._union = graph
        return store

    def put(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        for name, data in graphs:
            self.dataset.remove_graph(URIRef(name))
            self.dataset.graph(URIRef(name)).parse(data=data, format="nt")
        self._union = None

    def remove(self, names: Iterable[str]) -> None:
        for name in names:
            self.dataset.remove_graph(URIRef(name))
        self._union = None

    def names(self) -> set[str]:
        return {str(g.identifier) for g in self.dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)}

    def ntriples(self, name: str) -> bytes:
        graph = self.dataset.graph(URIRef(name))
        return graph.serialize(format="nt", encoding="utf-8") if len(graph) else b""

    def union(self) -> Graph:
        if self._union is None:
            graph = Graph()
            for prefix, ns in self.prefixes.items():
                graph.bind(prefix, ns)
            for g in self.dataset.graphs():
                for triple in g:
                    graph.add(triple)
            self._union = graph
        return self._union

    def query(self, sparql: str):
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(self._nquads() + self.union().serialize(format="nt", encoding="utf-8"),
                        format=ox.RdfFormat.N_QUADS)
        return store.query(sparql)

    def _nquads(self) -> bytes:
        return b"".join(to_nquads(g.serialize(format="nt", encoding="utf-8"), str(g.identifier))
                        for g in sorted(self.dataset.graphs(), key=lambda g: str(g.identifier))
                        if isinstance(g.identifier, URIRef) and len(g))

    def dump(self, path: Path, fmt: str) -> Path:
        _check_format(fmt)
        if fmt in ("turtle", "ntriples"):
            data = self.union().serialize(format="turtle" if fmt == "turtle" else "nt", encoding="utf-8")
        else:
            data = self._nquads()
            if fmt == "trig":
                ds = Dataset()
                ds.parse(data=data, format="nquads")
                for prefix, ns in self.prefixes.items():
                    ds.bind(prefix, ns)
                data = ds.serialize(format="trig", encoding="utf-8")
        return write_bytes(Path(path), data)

    def close(self) -> None:
        pass


@stores.register("oxigraph")
class OxigraphStore:
    """A pyoxigraph store in `path` (a folder; in memory when None).

    The default graph holds the union of the named graphs. A brand-new store is filled with
    `bulk_load` (fast, not transactional: a crash leaves a folder that `kg build` throws away); an
    existing one has each article graph replaced in one SPARQL update transaction that also adds its
    new triples to the union and takes out of it the old ones no other graph holds, so readers never
    see half an article.
    """

    def __init__(self, path: Path | None = None, prefixes: dict[str, str] | None = None, read_only: bool = False) -> None:
        import pyoxigraph as ox

        self.path = Path(path) if path is not None else None
        self.prefixes = dict(prefixes or {})
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise KgError(f"{self.path}: cannot open the graph store ({exc})") from exc
        self.bulk = False  # set by the builder while it fills a new, empty store
        self._union: Graph | None = None

    def put(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        import pyoxigraph as ox

        self._union = None
        if self.bulk:
            graphs = list(graphs)
            data = b"".join(to_nquads(nt, name) for name, nt in graphs) + b"".join(nt for _, nt in graphs)
            if data:
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            return
        for name, nt in graphs:
            new = {q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
            self.store.update(f"DROP SILENT GRAPH {iri(name)} ;\n"
                              f"INSERT DATA {{ GRAPH {iri(name)} {{\n{nt.decode('utf-8')}}} }} ;\n"
                              f"INSERT DATA {{\n{nt.decode('utf-8')}}}"
                              + self._unshare(self._triples(name) - new))

    def remove(self, names: Iterable[str]) -> None:
        import pyoxigraph as ox

        self._union = None
        for name in names:
            if self.store.contains_named_graph(ox.NamedNode(name)):
                self.store.update(f"DROP SILENT GRAPH {iri(name)}" + self._unshare(self._triples(name)))

    def _triples(self, name: str) -> set:
        import pyoxigraph as ox

        return {q.triple for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(name))}

    @staticmethod
    def _unshare(triples: set) -> str:
        """Update operations that take each triple out of the union unless some named graph still has it."""
        return "".join(f" ;\nDELETE {{ {t} }} WHERE {{ FILTER NOT EXISTS {{ GRAPH ?g {{ {t} }} }} }}" for t in triples)

    def names(self) -> set[str]:
        return {g.value for g in self.store.named_graphs()}

    def ntriples(self, name: str) -> bytes:
        import pyoxigraph as ox

        return "".join(f"{q.subject} {q.predicate} {q.object} .\n"
                       for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(name))).encode("utf-8")

    def query(self, sparql: str):
        return self.store.query(sparql)

    def union(self) -> Graph:
        if self._union is None:
            graph = Graph()
            for prefix, ns in self.prefixes.items():
                graph.bind(prefix, ns)
            buf = io.BytesIO()
            self.write_union(buf, "ntriples")
            graph.parse(data=buf.getvalue(), format="nt")
            self._union = graph
        return self._union

    def write_union(self, out, fmt: str) -> None:
        """Stream the union to a binary file as Turtle or N-Triples."""
        import pyoxigraph as ox

        if fmt == "turtle":
            self.store.dump(out, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=self.prefixes)
        else:
            self.store.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())

    def dump(self, path: Path, fmt: str) -> Path:
        import pyoxigraph as ox

        _check_format(fmt)
        path = Path(path)
        with atomic_write(path, "wb") as f:
            if fmt in ("turtle", "ntriples"):
                self.write_union(f, fmt)
            else:
                rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
                kwargs = {"prefixes": self.prefixes} if fmt == "trig" else {}
                quads = (q for g in sorted(self.store.named_graphs(), key=lambda g: g.value)
                         for q in self.store.quads_for_pattern(None, None, None, g))
                ox.serialize(quads, f, format=rdf_format, **kwargs)
        return path

    def close(self) -> None:
        if self.path is not None:
            if self.bulk:  # many bulk-loaded batches leave many small files: compact them once
                self.store.optimize()  # ~1 s per 10k articles; the named queries then run ~2x faster
            self.store.flush()
        self.store = None  # type: ignore[assignment]  # releases the folder's lock


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def swap_in(new: Path, final: Path) -> None:
    """Replace the folder `final` by `new` (two renames; the old one is deleted after)."""
    old = final.with_name(final.name + f".old-{os.getpid()}")
    if final.exists():
        final.rename(old)
    new.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def open_for_query(path: Path) -> OxigraphStore:
    """A built graph for SPARQL: a store folder (opened read-only, in place) or a graph file (loaded)."""
    import pyoxigraph as ox

    path = Path(path)
    if (path / OXIGRAPH_DIR).is_dir():
        return OxigraphStore(path / OXIGRAPH_DIR, _saved_prefixes(path), read_only=True)
    if path.is_dir():
        return OxigraphStore(path, read_only=True)
    if not path.is_file():
        raise KgError(f"{path}: no such graph or store; run `kg build` first or pass --graph")
    store = OxigraphStore()
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    try:
        store.store.bulk_load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as exc:
        raise KgError(f"{path}: cannot load graph ({exc})") from exc
    return store


def _saved_prefixes(home: Path) -> dict[str, str]:
    """The prefixes `kg build` recorded in the manifest beside the store (none if unreadable)."""
    import json

    try:
        return dict(json.loads((home / "manifest.json").read_text(encoding="utf-8")).get("prefixes", {}))
    except (OSError, ValueError, AttributeError):
        return {}


def load_graph(path: Path) -> Graph:
    """A built graph as an rdflib Graph: a graph file (format from its extension) or a store folder."""
    path = Path(path)
    if path.is_dir():
        return open_for_query(path).union()
    graph = Graph()
    graph.parse(str(path))
    return graph


def sparql_store(source: Graph | Path | str):  # -> pyoxigraph.Store
    """An in-memory Oxigraph store of a built graph, for fast SPARQL (10–2,000x rdflib's engine).

    `source` is a graph file (Turtle, N-Triples…) or an rdflib Graph.
    """
    import pyoxigraph

    if not isinstance(source, Graph):
        return open_for_query(Path(source)).store
    store = pyoxigraph.Store()
    store.bulk_load(source.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store
