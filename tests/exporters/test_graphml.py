"""The graphml exporter: the claim graph, flattened for Gephi, re-reads with networkx."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis import claim_graph
from kg.exporters import exporters
from kg.exporters.graphml import export_graphml, graphml_graph, to_graphml
from kg.graph.iris import Iris
from kg.graph.store import MemoryStore
from kg.model import BuildResult

from . import sample_graph
from .test_turtle import small_graph

IRIS = Iris()
APPLE, ALIBABA, BAIDU = (str(IRIS.entity(s)) for s in ("apple", "alibaba", "baidu"))


def test_registered_as_graphml():
    assert exporters.get("graphml") is export_graphml


def test_every_value_is_a_graphml_scalar():
    G = graphml_graph(small_graph())
    values = [*G.graph.values()]
    values += [v for _, d in G.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in G.edges(data=True) for v in d.values()]
    assert values and all(isinstance(v, str | int | float) for v in values)


@pytest.fixture(scope="module")
def reread(tmp_path_factory) -> nx.MultiDiGraph:
    out = tmp_path_factory.mktemp("out")
    return nx.read_graphml(export_graphml(MemoryStore.of(small_graph()), out, BuildResult()), force_multigraph=True)


@pytest.mark.parametrize(
    ("node", "attrs"),
    [
        (APPLE, {"label": "Apple", "type": "Organization"}),
        (ALIBABA, {"label": "Alibaba", "type": "Organization"}),
        (BAIDU, {"label": "Baidu", "type": "Organization"}),  # its only claim is denied: a node, no edge
    ],
)
def test_nodes_reread_with_label_and_type(reread, node, attrs):
    assert reread.nodes[node] == attrs


def test_the_edge_rereads_with_flattened_claim_metadata(reread):
    assert reread.is_directed() and reread.is_multigraph()
    (u, v, key, d), = reread.edges(keys=True, data=True)
    assert (u, v) == (APPLE, ALIBABA)
    assert d == {
        "relation": "partner",
        "claim": key,
        "article": IRIS.base + "article/a1",
        "status": "Confirmed",
        "confidence": 0.9,
        "sources": "https://w3id.org/newskg#anonymousSource | " + str(IRIS.entity("reuters")),
        "evidence": "更多证据 0",
    }


def test_reread_graph_matches_the_claim_graph(reread):
    G = claim_graph(small_graph())
    assert set(reread) == set(G) and reread.number_of_edges() == G.number_of_edges()
    assert {k: reread.graph[k] for k in ("claims", "denied")} == {"claims": 2, "denied": 1}


def test_shared_sample_rereads_with_every_claim_that_is_not_denied(tmp_path):
    G = nx.read_graphml(export_graphml(MemoryStore.of(sample_graph()), tmp_path, BuildResult()), force_multigraph=True)
    assert G.number_of_edges() == 6
    assert {d["status"] for _, _, d in G.edges(data=True)} == {"Reported", "Confirmed", "Rumored"}
    assert G.nodes[str(IRIS.entity("evil"))]["label"] == "<img src=x onerror=alert(1)>"


def test_same_bytes_whatever_the_insertion_order():
    assert to_graphml(small_graph()) == to_graphml(small_graph(1)) == to_graphml(small_graph(2))


def test_write_is_atomic_and_replaces_the_old_file(tmp_path):
    (tmp_path / "graph.graphml").write_text("stale")
    export_graphml(MemoryStore.of(small_graph()), tmp_path, BuildResult())
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]
    assert (tmp_path / "graph.graphml").read_bytes() == to_graphml(small_graph())
