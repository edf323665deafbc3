"""The turtle exporter: registered, atomic, and byte-stable whatever the insertion order or process."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Graph

from kg.exporters import exporters
from kg.exporters.turtle import export_turtle, to_turtle
from kg.graph.iris import Iris
from kg.graph.store import MemoryStore
from kg.graph.to_rdf import add_article, add_claim, add_entity, bind_prefixes
from kg.model import Article, BuildResult, Claim, Entity, EntityKind, Relation, Status

from . import sample_graph

IRIS = Iris()


def small_graph(seed: int | None = None) -> Graph:
    """Entities, an article and claims of every status; with `seed`, triples added shuffled."""
    g = Graph()
    bind_prefixes(g, IRIS)
    for slug, name, zh in [("apple", "Apple", "苹果"), ("alibaba", "Alibaba", "阿里巴巴"), ("baidu", "Baidu", "百度")]:
        add_entity(g, Entity(slug, EntityKind.ORG, {"en": name, "zh-Hans": zh}), IRIS, surface_forms=[zh[:2]])
    add_entity(g, Entity("reuters", EntityKind.OUTLET, {"en": "Reuters"}), IRIS)
    add_article(g, Article("a1", Path("a1.md"), "苹果与阿里合作", datetime(2025, 2, 11, tzinfo=UTC),
                           "reuters", "https://example.org/a1", "zh-CN", ()), IRIS, outlet="reuters")
    for i, (o, status) in enumerate([("alibaba", Status.CONFIRMED), ("baidu", Status.DENIED)]):
        claim = Claim("apple", Relation.PARTNER, o, "a1", (i,), "pattern", confidence=0.9,
                      sources=frozenset({"reuters", "anonymousSource"}), status=status)
        add_claim(g, claim, [f"证据 {i}", f"更多证据 {i}"], "zh-CN", IRIS)
    if seed is None:
        return g
    triples = list(g)
    random.Random(seed).shuffle(triples)
    shuffled = Graph()
    for prefix, ns in reversed(list(g.namespaces())):
        shuffled.bind(prefix, ns)
    for t in triples:
        shuffled.add(t)
    return shuffled


def test_registered_as_turtle():
    assert exporters.get("turtle") is export_turtle


@pytest.mark.parametrize("seeds", [(None, 1), (2, 3)])
def test_same_graph_any_insertion_order_same_bytes(seeds):
    first, second = (to_turtle(small_graph(seed)) for seed in seeds)
    assert first == second


def test_same_bytes_across_processes_with_different_hash_seeds():
    script = (
        "import hashlib; from tests.exporters.test_turtle import small_graph;"
        "from kg.exporters.turtle import to_turtle; print(hashlib.sha1(to_turtle(small_graph(7))).hexdigest())"
    )
    root = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run([sys.executable, "-c", script], cwd=root, check=True, capture_output=True, text=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_uses_the_prefixes_bound_on_the_graph():
    text = to_turtle(small_graph()).decode()
    for prefix in ("nkg:", "prov:", "dcterms:", "skos:", "ent:", "art:", "claim:"):
        assert f"@prefix {prefix} " in text


@pytest.mark.parametrize("make", [small_graph, sample_graph], ids=["small", "shared-sample"])
def test_writes_graph_ttl_that_parses_back(tmp_path, make):
    g = make()
    path = export_turtle(MemoryStore.of(g), tmp_path, BuildResult())
    assert path == tmp_path / "graph.ttl"
    assert set(Graph().parse(path, format="turtle")) == set(g)


def test_write_is_atomic_and_replaces_the_old_file(tmp_path):
    (tmp_path / "graph.ttl").write_text("stale")
    export_turtle(MemoryStore.of(small_graph()), tmp_path, BuildResult())
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_bytes() == to_turtle(small_graph())
