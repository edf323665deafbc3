"""Screenshot of the viewer in headless Chromium, network blocked: `python bench/screenshot.py HTML PNG`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def screenshot(html: Path, png: Path, width: int = 1400, height: int = 860, select: str | None = None) -> list[str]:
    """Render `html` once ready and save `png`; returns the console errors seen (should be none)."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "about:")) else r.abort())
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(html.resolve().as_uri())
        page.wait_for_function("() => window.kgViewer && window.kgViewer.ready === true", timeout=60_000)
        if select:
            page.evaluate("id => window.kgViewer.select(id)", select)
        else:  # show the best-connected node's claims so the side panel is not empty
            page.evaluate("() => { const d = window.kgViewer.data; const e = d.edges.slice().sort((a, b) => b.claims.length - a.claims.length)[0]; if (e) window.kgViewer.select(e.id); }")
        page.wait_for_timeout(400)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--select", help="node IRI or edge id to show in the side panel")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"screenshot: {CHROMIUM} not found; run `python -m tests.browser_setup`", file=sys.stderr)
        return 1
    errors = screenshot(args.html, args.png, select=args.select)
    for e in errors:
        print("console error:", e, file=sys.stderr)
    print(f"wrote {args.png}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
