"""Shared helpers for the `kg serve` tests: a small known graph and a server running on a free port."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph

from kg.graph.iris import Iris
from kg.graph.to_rdf import add_article, add_claim, add_entity, bind_prefixes
from kg.model import ANONYMOUS, Article, Claim, Entity, EntityKind, Relation, Status
from kg.serve.server import Server

BASE = Iris().base
ENT = BASE + "entity/"
NKG = "https://w3id.org/newskg#"
PREFIXES = (f"PREFIX nkg: <{NKG}>\nPREFIX ent: <{ENT}>\n"
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")

ENTITIES = (
    Entity("alibaba", EntityKind.ORG, {"en": "Alibaba", "zh-Hans": "阿里巴巴"}),
    Entity("nvidia", EntityKind.ORG, {"en": "Nvidia"}),
    Entity("tencent", EntityKind.ORG, {"en": "Tencent", "zh-Hans": "腾讯"}),
    Entity("reuters", EntityKind.OUTLET, {"en": "Reuters"}),
    Entity(ANONYMOUS, EntityKind.ANONYMOUS, {"en": "anonymous source"}),
)
ARTICLES = (
    Article("a1", Path("a1.md"), "Alibaba and Nvidia team up", datetime(2024, 5, 1, tzinfo=UTC),
            "Reuters", "https://example.com/a1", "en", ("Alibaba partners with Nvidia.",)),
    Article("a2", Path("a2.md"), "腾讯评估英伟达", datetime(2024, 6, 2, tzinfo=UTC),
            None, None, "zh-CN", ("据知情人士透露，腾讯正在评估英伟达芯片。",)),
)
CLAIMS = (
    (Claim("alibaba", Relation.PARTNER, "nvidia", "a1", (0,), "test", 0.9,
           frozenset({"reuters"}), Status.CONFIRMED), "Alibaba partners with Nvidia.", "en"),
    (Claim("tencent", Relation.EVALUATED, "nvidia", "a2", (0,), "test", 0.6,
           frozenset({ANONYMOUS}), Status.RUMORED, hedged=True), "腾讯正在评估英伟达芯片。", "zh-CN"),
    (Claim("alibaba", Relation.REJECTED, "tencent", "a2", (0,), "test", 0.4,
           frozenset(), Status.DENIED), "阿里巴巴否认拒绝腾讯。", "zh-CN"),
)


def build_graph() -> Graph:
    """Five entities, two articles, three claims (one denied) under the real mapping."""
    iris = Iris()
    graph = Graph()
    bind_prefixes(graph, iris)
    for entity in ENTITIES:
        add_entity(graph, entity, iris)
    for article in ARTICLES:
        add_article(graph, article, iris, outlet="reuters" if article.site else None)
    for claim, evidence, lang in CLAIMS:
        add_claim(graph, claim, [evidence], lang, iris)
    return graph


def write_graph(directory: Path) -> Path:
    """The test graph as Turtle in `directory`; returns the path."""
    path = directory / "graph.ttl"
    build_graph().serialize(path, format="turtle")
    return path


@contextmanager
def running(graph_path: Path, **options: object) -> Iterator[Server]:
    """A Server on 127.0.0.1 with a free port, serving from a thread until the block ends."""
    server = Server(graph_path, host="127.0.0.1", port=0, **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        thread.join(timeout=5)


@dataclass(frozen=True)
class Reply:
    """What came back from one HTTP request, errors included."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def request(url: str, method: str = "GET", data: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 30) -> Reply:
    """One request with urllib; HTTP errors are returned, not raised."""
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read())
    except urllib.error.HTTPError as e:
        return Reply(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read())
