"""GraphML exporter: `graph.graphml`, the claim graph of `kg.analysis.claim_graph` for Gephi.

GraphML stores only str/int/float/bool attribute values, so lists are joined with " | " and an
edge keeps only its first evidence sentence. Nodes carry `label` and `type`; edges (keyed by
claim IRI) carry `relation`, `status`, `confidence`, `article`, `claim`, `sources`, `evidence`.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.analysis import claim_graph
from kg.exporters import exporters
from kg.graph.store import GraphStore
from kg.io import write_bytes
from kg.model import BuildResult

FILENAME = "graph.graphml"
JOIN = " | "


def graphml_graph(graph: Graph) -> nx.MultiDiGraph:
    """The claim graph with every attribute value flattened to str, int or float.

    >>> from rdflib import Graph
    >>> from kg.graph.iris import Iris
    >>> from kg.graph.to_rdf import add_claim, add_entity
    >>> from kg.model import Claim, Entity, EntityKind, Relation
    >>> g, iris = Graph(), Iris()
    >>> for slug in ["apple", "alibaba"]:
    ...     _ = add_entity(g, Entity(slug, EntityKind.ORG, {"en": slug.title()}), iris)
    >>> claim = Claim("apple", Relation.PARTNER, "alibaba", "a1", (0,), "demo", sources=frozenset({"reuters", "anonymousSource"}))
    >>> _ = add_claim(g, claim, ["苹果与阿里合作"], "zh-CN", iris)
    >>> [(d["relation"], d["evidence"], d["sources"]) for _, _, d in graphml_graph(g).edges(data=True)]
    [('partner', '苹果与阿里合作', 'https://w3id.org/newskg#anonymousSource | https://w3id.org/newskg/id/entity/reuters')]
    """
    G = claim_graph(graph)
    flat = nx.MultiDiGraph(**{k: _flat(v) for k, v in G.graph.items()})
    flat.add_nodes_from((n, {k: _flat(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    for u, v, key, d in G.edges(keys=True, data=True):
        attrs = {k: _flat(v) for k, v in d.items() if k != "evidence"}
        attrs["evidence"] = d["evidence"][0] if d.get("evidence") else ""
        flat.add_edge(u, v, key=key, **attrs)
    return flat


def to_graphml(graph: Graph) -> bytes:
    """The claim graph as GraphML bytes (UTF-8); reads back with `nx.read_graphml`.

    >>> from rdflib import Graph
    >>> to_graphml(Graph()).startswith(b"<?xml")
    True
    """
    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


@exporters.register("graphml")
def export_graphml(store: GraphStore, out_dir: Path, result: BuildResult) -> Path:
    """Write `out_dir/graph.graphml` atomically; returns its path.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.graph.store import open_store
    >>> from kg.model import BuildResult
    >>> export_graphml(open_store("memory"), Path(tempfile.mkdtemp()), BuildResult()).name
    'graph.graphml'
    """
    return write_bytes(Path(out_dir) / FILENAME, to_graphml(store.union()))


def _flat(value: Any) -> str | int | float:
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return JOIN.join(sorted(str(v) for v in value))
    return "" if value is None else str(value)
