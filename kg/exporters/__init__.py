"""Output formats as a registry: a new format is a new module that registers itself here.

An exporter writes one artefact for the built graph under `out_dir`, atomically, and returns its
path. Built-ins register on import below; third-party exporters join through the "kg.exporters"
entry-point group.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kg.graph.store import GraphStore
from kg.model import BuildResult
from kg.registry import Registry


class Exporter(Protocol):
    """Writes one artefact for the built store under `out_dir`, atomically; returns its path."""

    def __call__(self, store: GraphStore, out_dir: Path, result: BuildResult, /) -> Path: ...


exporters: Registry[Exporter] = Registry("kg.exporters")

from kg.exporters import graphml, html, jsonld, report, turtle  # noqa: E402,F401
