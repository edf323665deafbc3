"""The HTML viewer page: self-contained, inert data, every claim's facts present, written atomically."""

from __future__ import annotations

import json
import re

import pytest

from kg.exporters import exporters
from kg.exporters.html import export_html, render_html, script_json
from kg.graph.store import MemoryStore
from kg.model import BuildResult
from kg.viewer_data import fold, layout, viewer_model
from tests.exporters import BASE, IMG_XSS, JS_URL, SCRIPT_XSS, sample_graph, sample_metrics

DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_graph(), sample_metrics())


@pytest.fixture(scope="module")
def model() -> dict:
    return viewer_model(sample_graph(), sample_metrics())


def data_of(page: str) -> dict:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def edge(model: dict, s: str, relation: str, o: str) -> dict:
    return next(e for e in model["edges"] if (e["from"], e["relation"], e["to"]) == (BASE + s, relation, BASE + o))


# ---- the page is one offline file -----------------------------------------------------------

@pytest.mark.parametrize("pattern", [
    r"<script[^>]+src\s*=",           # no external scripts at all
    r"<link[^>]+href\s*=",            # no external stylesheets
    r"@import",                        # no CSS imports
    r"url\(\s*['\"]?https?:",          # no remote fonts or images in CSS
    r"<img[^>]+src\s*=\s*['\"]?https?:",
])
def test_page_loads_nothing_from_the_network(page: str, pattern: str) -> None:
    outside_data = DATA_BLOCK.sub("", page)
    assert not re.search(pattern, outside_data, re.I)


def test_csp_forbids_network_and_foreign_scripts(page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_page_inlines_vis_network_and_the_viewer(page: str) -> None:
    assert "vis-network" in page and "window.kgViewer" in page
    assert '"Noto Sans CJK SC"' in page and '"Microsoft YaHei"' in page


# ---- untrusted text stays data ----------------------------------------------------------------

@pytest.mark.parametrize("raw", ["</script", "<script", "<img", "<!--", "\u2028", "\u2029"])
def test_data_block_never_contains_markup(page: str, raw: str) -> None:
    assert raw not in DATA_BLOCK.search(page).group(1)


def test_hostile_strings_survive_as_exact_text(page: str) -> None:
    data = data_of(page)
    evil = next(n for n in data["nodes"] if n["id"] == BASE + "evil")
    assert {IMG_XSS, SCRIPT_XSS} <= set(evil["labels"])
    assert any(ev["text"] == IMG_XSS + " " + SCRIPT_XSS for c in data["claims"] for ev in c["evidence"])
    assert any(a["title"] == IMG_XSS + SCRIPT_XSS for a in data["articles"].values())


@pytest.mark.parametrize("text, escaped", [
    ("</script>", "\\u003c/script\\u003e"),
    ("a & b", "a \\u0026 b"),
    ("line\u2028sep", "line\\u2028sep"),
    ("阿里巴巴", "阿里巴巴"),
])
def test_script_json_escapes(text: str, escaped: str) -> None:
    assert script_json(text) == f'"{escaped}"'
    assert json.loads(script_json(text)) == text


@pytest.mark.parametrize("article, url", [
    ("a3", None),  # javascript:alert(1) never becomes a link
    ("a1", "https://36kr.com/p/1"),
])
def test_only_http_urls_become_links(model: dict, article: str, url: str | None) -> None:
    assert model["articles"]["https://w3id.org/newskg/id/article/" + article]["url"] == url


def test_javascript_url_is_kept_only_as_text(model: dict) -> None:
    assert model["articles"]["https://w3id.org/newskg/id/article/a3"]["rawUrl"] == JS_URL


# ---- the viewer model ---------------------------------------------------------------------------

@pytest.mark.parametrize("s, relation, o, claims, outlets, conflict, denied_only", [
    # two articles; Reuters (cited by 36Kr) and The Information (Cook speaking) are independent
    ("apple", "partner", "alibaba", 2, 2, False, False),
    # partner in one article, denied in another, rejected in a third: conflicting
    ("apple", "partner", "baidu", 2, 2, True, False),
    ("apple", "rejected", "baidu", 1, 1, True, False),
    ("apple", "evaluated", "deepseek", 1, 1, False, False),
    ("baidu", "partner", "deepseek", 1, 1, False, True),
])
def test_edges(model: dict, s: str, relation: str, o: str, claims: int, outlets: int, conflict: bool,
               denied_only: bool) -> None:
    e = edge(model, s, relation, o)
    assert (len(e["claims"]), e["outlets"], e["conflict"], e["deniedOnly"]) == (claims, outlets, conflict, denied_only)


def test_conflict_reasons_are_named(model: dict) -> None:
    assert edge(model, "apple", "partner", "baidu")["conflictReasons"] == ["partner vs rejected", "denied vs reported"]


def test_claim_carries_evidence_sources_status_and_article(model: dict) -> None:
    e = edge(model, "apple", "partner", "alibaba")
    c = model["claims"][e["claims"][0]]
    assert c["evidence"] == [{"text": "据路透社报道，苹果将与阿里巴巴合作在中国推出AI功能。", "lang": "zh-Hans"}]
    assert c["sources"] == [BASE + "reuters"] and c["status"] == "Reported" and c["confidence"] == 0.9
    assert c["date"].startswith("2025-02-11")
    assert model["articles"][c["article"]]["publisher"] == BASE + "36kr"


@pytest.mark.parametrize("iri, label, kind", [
    (BASE + "reuters", "路透社", "NewsOutlet"),
    (BASE + "cook", "库克", "Person"),
    ("https://w3id.org/newskg#anonymousSource", "匿名消息来源 (anonymous source)", "AnonymousSource"),
])
def test_sources_are_labelled_and_typed(model: dict, iri: str, label: str, kind: str) -> None:
    assert model["sources"][iri] == {"label": label, "type": kind}


@pytest.mark.parametrize("query", ["Alibaba", "alibaba group", "阿里巴巴", "阿里巴巴集團", "阿里", "ＡＬＩＢＡＢＡ"])
def test_every_name_of_a_node_is_a_search_key(model: dict, query: str) -> None:
    alibaba = next(n for n in model["nodes"] if n["id"] == BASE + "alibaba")
    assert any(fold(query) in key for key in alibaba["keys"])


def test_fold_map_ships_only_the_traditional_characters_needed(model: dict) -> None:
    assert model["fold"]["團"] == "团" and model["fold"]["蘋"] == "苹"
    assert len(model["fold"]) < 50


def test_nodes_are_the_relation_endpoints_with_types_and_degrees(model: dict) -> None:
    degrees = {n["id"].removeprefix(BASE): (n["type"], n["degree"]) for n in model["nodes"]}
    assert degrees == {"alibaba": ("Organization", 2), "apple": ("Organization", 4), "baidu": ("Organization", 3),
                       "deepseek": ("Organization", 2), "evil": ("Organization", 1)}


def test_metrics_pass_through_for_known_nodes_only(model: dict) -> None:
    assert model["metrics"][BASE + "apple"] == {"degree": 3, "betweenness": 0.5, "community": 0}
    assert viewer_model(sample_graph(), {"urn:x:not-in-graph": {"degree": 1}})["metrics"] == {}
    assert "metrics" not in viewer_model(sample_graph())


def test_layout_places_every_node_deterministically(model: dict) -> None:
    positions = layout(model)
    assert set(positions) == {n["id"] for n in model["nodes"]}
    assert positions == layout(model)
    assert len(set(positions.values())) == len(positions)


def test_render_is_deterministic() -> None:
    assert render_html(sample_graph()) == render_html(sample_graph())


# ---- the exporter -------------------------------------------------------------------------------

def test_exporter_is_registered() -> None:
    assert exporters.get("html") is export_html


def test_export_writes_graph_html_atomically(tmp_path) -> None:
    path = export_html(MemoryStore.of(sample_graph()), tmp_path, BuildResult())
    assert path == tmp_path / "graph.html"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]  # no temp file left behind
    assert data_of(path.read_text(encoding="utf-8"))["nodes"]


def test_export_of_an_empty_graph_still_renders(tmp_path) -> None:
    from rdflib import Graph

    data = data_of(export_html(MemoryStore.of(Graph()), tmp_path, BuildResult()).read_text(encoding="utf-8"))
    assert (data["nodes"], data["edges"], data["claims"]) == ([], [], [])
