"""The jsonld exporter: registered, atomic, compact, deterministic, and it round-trips."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kg.exporters import exporters
from kg.exporters.jsonld import CONTEXT, export_jsonld, to_jsonld
from kg.graph.store import MemoryStore
from kg.model import BuildResult

from . import sample_graph
from .test_turtle import small_graph


def test_registered_as_jsonld():
    assert exporters.get("jsonld") is export_jsonld


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("make", [small_graph, sample_graph], ids=["small", "shared-sample"])
def test_round_trips_to_the_same_triples(tmp_path, make):
    g = make()
    path = export_jsonld(MemoryStore.of(g), tmp_path, BuildResult())
    back = Graph().parse(path, format="json-ld")
    assert len(back) == len(g)
    assert set(back) == set(g)


def test_context_is_the_compact_prefix_table():
    doc = json.loads(to_jsonld(small_graph()))
    assert doc["@context"] == CONTEXT
    assert sorted(CONTEXT) == ["dcterms", "nkg", "owl", "prov", "rdf", "rdfs", "skos", "xsd"]
    article = next(n for n in doc["@graph"] if n.get("@type") == "nkg:Article")
    assert article["dcterms:title"] == {"@language": "zh-Hans", "@value": "苹果与阿里合作"}


def test_same_text_whatever_the_insertion_order():
    assert to_jsonld(small_graph()) == to_jsonld(small_graph(1)) == to_jsonld(small_graph(2))


def test_nodes_sorted_by_id():
    ids = [n["@id"] for n in json.loads(to_jsonld(small_graph(3)))["@graph"]]
    assert ids == sorted(ids)


def test_single_node_and_empty_graphs_keep_the_graph_shape():
    assert json.loads(to_jsonld(Graph()))["@graph"] == []
    one = Graph().parse(format="turtle", data="<urn:x:a> <urn:x:p> 'v' .")
    assert json.loads(to_jsonld(one))["@graph"] == [{"@id": "urn:x:a", "urn:x:p": "v"}]


def test_write_is_atomic_and_replaces_the_old_file(tmp_path):
    (tmp_path / "graph.jsonld").write_text("stale")
    export_jsonld(MemoryStore.of(small_graph()), tmp_path, BuildResult())
    assert [p.name for p in tmp_path.iterdir()] == ["graph.jsonld"]
    assert (tmp_path / "graph.jsonld").read_text() == to_jsonld(small_graph()) + "\n"
