"""Load-to-interactive time of the HTML viewer for synthetic graphs of 100, 2,000 and 10,000 nodes.

Builds each graph with kg.graph.to_rdf, renders it, opens it in headless Chromium (network blocked)
and times navigation start → `window.kgViewer.ready === true`; prints the median of 3 as a table.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import Graph  # noqa: E402

from kg.graph.iris import Iris  # noqa: E402
from kg.graph.to_rdf import add_article, add_claim, add_entity  # noqa: E402
from kg.model import Article, Claim, Entity, EntityKind, Relation, Status  # noqa: E402

SIZES = (100, 2000, 10000)
RUNS = 3
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def synthetic_graph(n_nodes: int, seed: int = 1, claims_per_node: float = 1.5) -> Graph:
    """A scale-free-ish org graph: n organizations, ~1.5 claims each, 20 outlets, 1 article per claim."""
    rng = random.Random(seed)
    iris, graph = Iris(), Graph()
    outlets = [Entity(f"outlet-{i}", EntityKind.OUTLET, {"en": f"Outlet {i}", "zh-Hans": f"媒体{i}"}) for i in range(20)]
    for o in outlets:
        add_entity(graph, o, iris)
    for i in range(n_nodes):
        add_entity(graph, Entity(f"org-{i}", EntityKind.ORG, {"en": f"Org {i}", "zh-Hans": f"公司{i}"}), iris)
    relations, statuses = list(Relation), list(Status)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    targets = [0]
    for c in range(int(n_nodes * claims_per_node)):
        s = c % n_nodes
        o = rng.choice(targets) if rng.random() < 0.7 else rng.randrange(n_nodes)
        if o == s:
            o = (s + 1) % n_nodes
        targets.append(o)
        art = Article(f"a{c}", Path(f"a{c}.md"), f"Article {c}", start + timedelta(days=c % 365),
                      outlets[c % 20].id, f"https://example.com/{c}", "en", ("p",))
        add_article(graph, art, iris, outlet=art.site)
        claim = Claim(f"org-{s}", rng.choice(relations), f"org-{o}", art.id, (0,), "partner", 0.8,
                      frozenset({outlets[rng.randrange(20)].id}), rng.choice(statuses))
        add_claim(graph, claim, [f"Org {s} and Org {o} sentence {c}."], "en", iris)
    return graph


def time_load(page, url: str) -> float:
    """Seconds from navigation start until the viewer says it is ready."""
    page.goto(url, wait_until="commit")
    page.wait_for_function("() => window.kgViewer && window.kgViewer.ready === true", timeout=120_000)
    return page.evaluate("performance.now()") / 1000


def main() -> int:
    from playwright.sync_api import sync_playwright

    from kg.exporters.html import render_html

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in SIZES:
            t0 = time.perf_counter()
            graph = synthetic_graph(n)
            t1 = time.perf_counter()
            html = render_html(graph)
            t2 = time.perf_counter()
            path = Path(tmp) / f"g{n}.html"
            path.write_text(html, encoding="utf-8")
            times = []
            for _ in range(RUNS):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:", "about:")) else route.abort())
                times.append(time_load(page, path.as_uri()))
                shown = page.evaluate("[window.kgViewer.visibleNodeCount(), window.kgViewer.visibleEdgeCount()]")
                page.close()
            rows.append((n, len(graph), t1 - t0, t2 - t1, len(html) / 1e6, statistics.median(times), shown))
        browser.close()
    print(f"{'nodes':>7} {'triples':>8} {'build s':>8} {'render s':>9} {'HTML MB':>8} {'load→ready s':>13} {'shown n/e':>12}")
    for n, triples, build, render, mb, ready, shown in rows:
        print(f"{n:>7} {triples:>8} {build:>8.2f} {render:>9.2f} {mb:>8.2f} {ready:>13.2f} {shown[0]:>5}/{shown[1]:<6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
