"""Exporter tests; `sample_graph()` is the shared fixture graph (also used by the browser tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph

from kg.graph.iris import Iris
from kg.graph.to_rdf import add_article, add_claim, add_entity
from kg.model import ANONYMOUS, Article, Claim, Entity, EntityKind, Relation, Status

IMG_XSS = "<img src=x onerror=alert(1)>"
SCRIPT_XSS = "</script><script>alert(1)</script>"
JS_URL = "javascript:alert(1)"
BASE = "https://w3id.org/newskg/id/entity/"

ENTITIES = (
    Entity("alibaba", EntityKind.ORG, {"zh-Hans": "阿里巴巴", "zh-Hant": "阿里巴巴集團", "en": "Alibaba"},
           frozenset({"阿里", "Alibaba Group"})),
    Entity("apple", EntityKind.ORG, {"zh-Hans": "苹果", "en": "Apple"}, frozenset({"Apple Inc."})),
    Entity("baidu", EntityKind.ORG, {"zh-Hans": "百度", "en": "Baidu"}),
    Entity("deepseek", EntityKind.ORG, {"zh-Hans": "深度求索", "en": "DeepSeek"}),
    Entity("evil", EntityKind.ORG, {"en": IMG_XSS, "zh-Hans": SCRIPT_XSS}),
    Entity("reuters", EntityKind.OUTLET, {"en": "Reuters", "zh-Hans": "路透社"}),
    Entity("36kr", EntityKind.OUTLET, {"en": "36Kr", "zh-Hans": "36氪"}),
    Entity("theinformation", EntityKind.OUTLET, {"en": "The Information"}),
    Entity("cook", EntityKind.PERSON, {"en": "Tim Cook", "zh-Hans": "库克"}),
)

# (article id, title, date, outlet, url, lang)
ARTICLES = (
    ("a1", "苹果与阿里巴巴合作", datetime(2025, 2, 11, tzinfo=UTC), "36kr", "https://36kr.com/p/1", "zh-CN"),
    ("a2", "Apple rejected Baidu, then picked Alibaba", datetime(2025, 2, 13, tzinfo=UTC), "theinformation",
     "https://www.theinformation.com/a2", "en"),
    ("a3", IMG_XSS + SCRIPT_XSS, datetime(2025, 3, 1, tzinfo=UTC), "reuters", JS_URL, "en"),
    ("a4", "蘋果否認與百度合作", datetime(2025, 4, 2, tzinfo=UTC), "reuters", "https://reuters.com/a4", "zh-TW"),
)

# (subject, relation, object, article, evidence, sources, status)
CLAIMS = (
    ("apple", Relation.PARTNER, "alibaba", "a1", "据路透社报道，苹果将与阿里巴巴合作在中国推出AI功能。",
     {"reuters"}, Status.REPORTED),
    ("apple", Relation.PARTNER, "alibaba", "a2", "Apple has chosen Alibaba as its AI partner in China, Tim Cook said.",
     {"cook"}, Status.CONFIRMED),
    ("apple", Relation.EVALUATED, "deepseek", "a2", "Apple evaluated DeepSeek's models, people familiar said.",
     {ANONYMOUS}, Status.RUMORED),
    ("apple", Relation.REJECTED, "baidu", "a2", "Apple rejected Baidu over model quality.", {ANONYMOUS}, Status.REPORTED),
    ("apple", Relation.PARTNER, "baidu", "a1", "苹果此前与百度合作。", {"36kr"}, Status.REPORTED),
    ("apple", Relation.PARTNER, "baidu", "a4", "蘋果否認與百度合作。", {"reuters"}, Status.DENIED),
    ("baidu", Relation.PARTNER, "deepseek", "a4", "百度否認與深度求索合作。", {"reuters"}, Status.DENIED),
    ("evil", Relation.PARTNER, "alibaba", "a3", IMG_XSS + " " + SCRIPT_XSS, {"reuters"}, Status.REPORTED),
)


def sample_graph() -> Graph:
    """Apple/Alibaba/Baidu/DeepSeek with conflicting, denied and hostile (XSS) claims."""
    iris, graph = Iris(), Graph()
    for entity in ENTITIES:
        add_entity(graph, entity, iris)
    langs = {}
    for aid, title, date, outlet, url, lang in ARTICLES:
        add_article(graph, Article(aid, Path(f"{aid}.md"), title, date, outlet, url, lang, ()), iris, outlet=outlet)
        langs[aid] = lang
    for s, rel, o, aid, text, sources, status in CLAIMS:
        claim = Claim(s, rel, o, aid, (0,), "partner", 0.9, frozenset(sources), status)
        add_claim(graph, claim, [text], langs[aid], iris)
    return graph


def sample_metrics() -> dict[str, dict[str, float | int]]:
    """What the analysis step would pass in: degree, betweenness, community per node IRI."""
    return {
        BASE + "apple": {"degree": 3, "betweenness": 0.5, "community": 0},
        BASE + "alibaba": {"degree": 2, "betweenness": 0.1, "community": 0},
        BASE + "baidu": {"degree": 2, "betweenness": 0.2, "community": 1},
        BASE + "deepseek": {"degree": 2, "betweenness": 0.0, "community": 1},
    }
