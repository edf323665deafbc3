"""The viewer in headless Chromium, offline: it draws, searches, filters, explains and never runs data."""

from __future__ import annotations

import pytest

from kg.exporters.html import render_html
from tests.exporters import BASE, IMG_XSS, SCRIPT_XSS, sample_graph, sample_metrics

pytestmark = pytest.mark.browser

ALIBABA, APPLE, EVIL = BASE + "alibaba", BASE + "apple", BASE + "evil"


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(sample_graph(), sample_metrics())


@pytest.fixture
def viewer(open_viewer, html):
    opened = open_viewer(html)
    yield opened
    assert opened.errors == [], "console errors"
    assert opened.blocked == [], "the page tried to reach the network"
    assert opened.dialogs == [] and opened.page.evaluate("window.__xss") is False, "a payload executed"


def edge_id(page, s: str, relation: str, o: str) -> str:
    return page.evaluate(
        "([s, r, o]) => window.kgViewer.data.edges.find(e => e.from === s && e.relation === r && e.to === o).id",
        [s, relation, o])


def dom_point(page, node_ids: list[str]) -> dict:
    """Page coordinates of the mean canvas position of `node_ids` (a node, or an edge's midpoint)."""
    return page.evaluate("""ids => {
        const net = window.kgViewer.network, pos = net.getPositions(ids);
        const c = {x: 0, y: 0};
        ids.forEach(id => { c.x += pos[id].x / ids.length; c.y += pos[id].y / ids.length; });
        const p = net.canvasToDOM(c), box = document.querySelector('#kg-network canvas').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", node_ids)


def test_graph_draws_on_a_non_blank_canvas(viewer) -> None:
    inked = viewer.page.evaluate("""() => {
        const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0 && (d[i-1] < 200 || d[i-2] < 200 || d[i-3] < 200)) n++;
        return n;
    }""")
    assert inked > 500
    assert viewer.page.evaluate("[kgViewer.visibleNodeCount(), kgViewer.visibleEdgeCount()]") == [5, 6]


@pytest.mark.parametrize("query", ["Alibaba", "alibaba group", "阿里巴巴", "阿里巴巴集團", "阿里"])
def test_search_api_finds_alibaba_by_any_name(viewer, query: str) -> None:
    assert viewer.page.evaluate("q => kgViewer.search(q)[0]", query) == ALIBABA


def test_typing_in_the_search_box_focuses_and_explains_the_node(viewer) -> None:
    page = viewer.page
    page.fill("#kg-search", "Alibaba")
    assert page.locator("#kg-results li").first.inner_text().startswith("阿里巴巴")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgViewer.network.getSelectedNodes()") == [ALIBABA]
    assert "阿里巴巴集團" in page.inner_text("#kg-panel")


@pytest.mark.parametrize("act, visible_edges", [
    (lambda p: p.uncheck("#kg-f-relation input[value=partner]"), 2),            # evaluated + rejected
    (lambda p: p.uncheck("#kg-f-relation input[value=rejected]"), 5),
    (lambda p: p.uncheck("#kg-f-status input[value=Denied]"), 5),               # Baidu–DeepSeek was only denied
    (lambda p: p.select_option("#kg-f-outlet", BASE + "theinformation"), 3),    # everything article a2 says
    (lambda p: p.fill("#kg-f-from", "2025-03-01") or p.dispatch_event("#kg-f-from", "change"), 3),
], ids=["no-partner", "no-rejected", "no-denied", "outlet", "date-from"])
def test_filters_hide_edges_and_isolated_nodes(viewer, act, visible_edges: int) -> None:
    act(viewer.page)
    assert viewer.page.evaluate("kgViewer.visibleEdgeCount()") == visible_edges
    counts = viewer.page.inner_text("#kg-counts")
    assert f"{visible_edges} / 6 edges" in counts


def test_relation_filter_hides_the_partner_edge_and_its_lone_node(viewer) -> None:
    page = viewer.page
    e = edge_id(page, EVIL, "partner", ALIBABA)
    page.uncheck("#kg-f-relation input[value=partner]")
    assert page.evaluate("id => kgViewer.isEdgeVisible(id)", e) is False
    assert page.evaluate("id => kgViewer.isNodeVisible(id)", EVIL) is False
    assert page.evaluate("kgViewer.edges.length") == 6  # hidden, not deleted
    page.click("#kg-reset")
    assert page.evaluate("kgViewer.visibleEdgeCount()") == 6


def test_real_click_on_an_edge_shows_its_evidence(viewer) -> None:
    page = viewer.page
    page.mouse.click(**dom_point(page, [APPLE, ALIBABA]))
    panel = page.inner_text("#kg-panel")
    assert "据路透社报道，苹果将与阿里巴巴合作在中国推出AI功能。" in panel
    assert "Reported by 2 independent outlets" in panel and "路透社" in panel


def test_real_click_on_a_node_lists_its_claims(viewer) -> None:
    page = viewer.page
    page.mouse.click(**dom_point(page, [APPLE]))
    assert page.evaluate("kgViewer.network.getSelectedNodes()") == [APPLE]
    assert "Apple rejected Baidu over model quality." in page.inner_text("#kg-panel")


def test_conflicting_edge_is_marked_with_sources_status_and_link(viewer) -> None:
    page = viewer.page
    assert page.evaluate("id => kgViewer.select(id)", edge_id(page, APPLE, "partner", BASE + "baidu"))
    panel = page.inner_text("#kg-panel")
    assert "⚠ Conflicting reports: partner vs rejected, denied vs reported" in panel
    assert "Denied" in panel and "蘋果否認與百度合作。" in panel and "2025-04-02" in panel
    hrefs = page.eval_on_selector_all("#kg-panel a", "as => as.map(a => a.href)")
    assert hrefs == ["https://36kr.com/p/1", "https://reuters.com/a4"]


def test_hostile_text_is_shown_as_text_and_never_runs(viewer) -> None:
    page = viewer.page
    page.evaluate("id => kgViewer.select(id)", edge_id(page, EVIL, "partner", ALIBABA))
    page.mouse.move(**dom_point(page, [EVIL]))  # open the vis tooltip too
    page.wait_for_timeout(300)
    panel = page.inner_text("#kg-panel")
    assert IMG_XSS in panel and SCRIPT_XSS in panel
    assert "link not shown: javascript:alert(1)" in panel
    assert page.evaluate("document.querySelectorAll('img, #kg-panel script, a[href^=javascript]').length") == 0
    assert page.evaluate("document.scripts.length") == 3  # data block, vis-network, viewer


def test_metrics_panel_ranks_organizations(viewer) -> None:
    text = viewer.page.inner_text("#kg-metrics")
    assert "Top organizations by degree" in text and "Top organizations by betweenness" in text
    viewer.page.click("#kg-metrics button >> text=苹果")
    assert viewer.page.evaluate("kgViewer.network.getSelectedNodes()") == [APPLE]


def test_big_graph_starts_filtered_with_a_way_to_show_more(open_viewer) -> None:
    from bench.bench_viewer import synthetic_graph

    opened = open_viewer(render_html(synthetic_graph(2100, claims_per_node=1.2)))
    page = opened.page
    assert page.is_visible("#kg-notice") and "best-connected" in page.inner_text("#kg-notice")
    first = page.evaluate("kgViewer.visibleNodeCount()")
    assert 0 < first <= 1000
    page.click("#kg-more")
    assert page.evaluate("kgViewer.visibleNodeCount()") > first
    hidden = page.evaluate("kgViewer.data.nodes.find(n => !kgViewer.isNodeVisible(n.id)).id")
    page.evaluate("id => kgViewer.focus(id)", hidden)  # search reaches nodes outside the limit
    assert page.evaluate("id => kgViewer.isNodeVisible(id)", hidden)
    assert opened.errors == [] and opened.blocked == []


def test_narrow_screens_stack_the_panel_under_the_graph(open_viewer, html) -> None:
    opened = open_viewer(html, width=420, height=800)
    page = opened.page
    graph, side = page.locator("#kg-network").bounding_box(), page.locator("#kg-side").bounding_box()
    assert graph["width"] > 400 and side["y"] >= graph["y"] + graph["height"] - 1
    page.click("#kg-toggle-panel")
    assert not page.is_visible("#kg-side")
    assert opened.errors == [] and opened.blocked == []
