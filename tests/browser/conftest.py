"""Chromium with every network request blocked, and a viewer page that records errors and dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
LOCAL = ("file:", "data:", "about:", "blob:")


@dataclass
class Opened:
    """A loaded viewer page and what it did: console errors, dialogs, blocked requests."""

    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the session; skips the browser tests with the reason it cannot start."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} not installed (run `python -m tests.browser_setup`)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.skip(f"playwright not installed: {exc}")
    manager = sync_playwright().start()
    try:
        chromium = manager.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    except Exception as exc:  # noqa: BLE001 - any launch failure means "no browser here"
        manager.stop()
        pytest.skip(f"chromium cannot launch: {str(exc).splitlines()[0]}")
    yield chromium
    chromium.close()
    manager.stop()


@pytest.fixture
def open_viewer(browser, tmp_path) -> Iterator:
    """open_viewer(html) → Opened: the page from a file:// URL, offline, ready for interaction."""
    pages = []

    def opener(html: str, width: int = 1280, height: int = 800) -> Opened:
        path = tmp_path / f"graph{len(pages)}.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": height})
        opened = Opened(page)
        pages.append(page)

        def route(r) -> None:
            if r.request.url.startswith(LOCAL):
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))

        def dialog(d) -> None:
            opened.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.add_init_script("window.__xss = false; window.alert = function () { window.__xss = true; };")
        page.goto(path.as_uri())
        page.wait_for_function("() => window.kgViewer && window.kgViewer.ready === true", timeout=20_000)
        return opened

    yield opener
    for page in pages:
        page.close()
