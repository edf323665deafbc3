"""report: what a build read, skipped (with reasons), and found — as report.md and report.json."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from kg.exporters import exporters
from kg.graph.store import GraphStore
from kg.io import write_text
from kg.model import BuildResult


def report_data(graph: Graph, result: BuildResult) -> dict:
    """The report as JSON-ready data, with the network analysis of the claim graph."""
    from kg.analysis import summarize

    return {
        "articles": result.articles,
        "skipped": [{"path": str(s.path), "reason": s.reason} for s in result.skipped],
        "claims": result.claims,
        "entities": result.entities,
        "quads": result.quads,
        "seconds": round(result.seconds, 3),
        "characters": result.chars,
        "reused_from_cache": result.reused,
        "analysis": summarize(graph),
    }


def report_text(data: dict) -> str:
    """The report as short Markdown for a terminal or a README."""
    lines = [
        f"articles read: {data['articles']}",
        f"skipped: {len(data['skipped'])}",
        *[f"  - {s['path']}: {s['reason']}" for s in data["skipped"]],
        "claims: " + (", ".join(f"{k} {v}" for k, v in data["claims"].items()) or "none"),
        f"entities: {data['entities']}",
        f"quads (triples over all named graphs): {data['quads']}",
        f"time: {data['seconds']:.2f} s" + (f" ({data['reused_from_cache']} articles unchanged, from the cache)"
                                             if data.get("reused_from_cache") else ""),
    ]
    top = data["analysis"].get("top_organizations", [])[:5]
    if top:
        lines.append("top organizations (degree, betweenness): " + "; ".join(
            f"{r['label']} ({r['degree']}, {r['betweenness']:.2f})" for r in top))
    return "\n".join(lines) + "\n"


@exporters.register("report")
def export_report(store: GraphStore, out_dir: Path, result: BuildResult) -> Path:
    """Writes report.json and report.md; returns the Markdown path."""
    data = report_data(store.union(), result)
    write_text(Path(out_dir) / "report.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return write_text(Path(out_dir) / "report.md", report_text(data))
