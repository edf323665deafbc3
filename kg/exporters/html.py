"""`graph.html`: one self-contained, offline page to explore the graph (vis-network inlined).

Data travels as inert JSON in `<script type="application/json">` with `<`, `>`, `&`, U+2028/2029
escaped, and the page renders every string with textContent; a CSP with script hashes forbids any
other script and every network fetch, so untrusted news text can never execute or phone home.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.exporters import exporters
from kg.graph.store import GraphStore
from kg.io import write_text
from kg.model import BuildResult
from kg.viewer_data import layout, viewer_model

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_SLOT = re.compile(r"\{\{([A-Z]+)\}\}")


@cache
def asset(name: str) -> str:
    """Text of a bundled file under kg/exporters/assets/."""
    return (resources.files("kg.exporters") / "assets" / name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, `<!--`, `&` or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _sha256(source: str) -> str:
    """CSP source expression allowing exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def _inline_js(source: str) -> str:
    """A bundled script, refused if it could end its own <script> element early."""
    if re.search(r"</script|<!--", source, re.IGNORECASE):
        raise ValueError("bundled script contains </script or <!--")
    return source


def render_html(graph: Graph, metrics: dict | None = None) -> str:
    """The viewer page for `graph`; `metrics` maps node IRI → {"degree", "betweenness", "community"…}."""
    model = viewer_model(graph, metrics)
    positions = layout(model)
    for node in model["nodes"]:
        node["x"], node["y"] = positions[node["id"]]
    vis_js, app_js = _inline_js(asset("vis-network.min.js")), _inline_js(asset("viewer.js"))
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    parts = {"CSP": csp, "CSS": asset("viewer.css").replace("</", "<\\/"), "VIS": vis_js, "APP": app_js,
             "DATA": script_json(model)}
    # One pass over the template only: substituted text is never scanned for further slots.
    return _SLOT.sub(lambda m: parts[m.group(1)], asset("template.html"))


@exporters.register("html")
def export_html(store: GraphStore, out_dir: Path, result: BuildResult | None = None) -> Path:
    """Write `out_dir/graph.html` atomically, with the network analysis panel when kg.analysis exists."""
    graph = store.union()
    try:
        from kg.analysis import node_metrics
    except ImportError:  # the analysis stage is optional for the viewer
        metrics = None
    else:
        metrics = node_metrics(graph)
    return write_text(Path(out_dir) / "graph.html", render_html(graph, metrics))
