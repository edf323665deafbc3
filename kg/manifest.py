"""What a store holds: for each source file, the hash of its bytes, its named graph and its counts.

`kg build` reads the manifest beside the store to re-extract only added or changed files and to drop
the graphs of deleted ones. A manifest made by another version of newskg, other gazetteers,
extractors or base IRI (another `fingerprint`) means a full rebuild.

>>> m = Manifest("f")
>>> m.entries["/a.md"] = Entry("k", "https://e.org/graph/a", "a", 10, {"partner": 1}, 12)
>>> Manifest.from_json(m.to_json()) == m
True
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.io import write_text

VERSION = 2  # 2: entries as rows (lists), half the JSON time of objects over 100k entries


@dataclass(slots=True)
class Entry:
    """One source file in the store."""

    key: str  # sha256 of the file's bytes
    graph: str  # IRI of its named graph
    article_id: str
    chars: int
    claims: dict[str, int]
    triples: int
    refs: list[str] = field(default_factory=list)  # gazetteer entities it names
    size: int = 0  # bytes, and modification time, when `key` was taken: an unchanged stat skips the hash
    mtime_ns: int = 0


@dataclass(slots=True)
class Manifest:
    fingerprint: str
    entries: dict[str, Entry] = field(default_factory=dict)  # resolved path → entry
    prefixes: dict[str, str] = field(default_factory=dict)  # for Turtle written from the store later
    shared: str = ""  # hash of the shared gazetteer graph's content, to rewrite it only when it changes
    shared_triples: int = 0
    shared_graph: str = ""  # its IRI
    scanned_ns: int = 0  # when the files were last looked at (see kg.pipeline._same_stat)
    summary: dict[str, list] = field(default_factory=dict)  # tally graph IRI → [content hash, triples]

    def owner(self) -> dict[str, str]:
        """Named graph → the path that fills it."""
        return {e.graph: path for path, e in self.entries.items()}

    def graphs(self) -> dict[str, str]:
        """Every named graph in the store → the hash that changes when its content does."""
        found = {e.graph: e.key for e in self.entries.values()}
        if self.shared_graph and self.shared_triples:
            found[self.shared_graph] = self.shared
        found.update((name, key) for name, (key, _) in self.summary.items())
        return found

    def refs(self) -> set[str]:
        """Every gazetteer entity some article names."""
        return {r for e in self.entries.values() for r in e.refs}

    def totals(self) -> tuple[int, int, dict[str, int], int]:
        """(articles, characters, claims per relation, quads: triples summed over the article graphs,
        the shared gazetteer graph and the tally graphs)."""
        claims: Counter[str] = Counter()
        for e in self.entries.values():
            claims.update(e.claims)
        return (len(self.entries), sum(e.chars for e in self.entries.values()), dict(sorted(claims.items())),
                sum(e.triples for e in self.entries.values()) + self.shared_triples
                + sum(n for _, n in self.summary.values()))

    def to_json(self) -> str:
        return json.dumps({"version": VERSION, "fingerprint": self.fingerprint, "prefixes": self.prefixes,
                           "shared": self.shared, "shared_triples": self.shared_triples,
                           "shared_graph": self.shared_graph, "scanned_ns": self.scanned_ns, "summary": self.summary,
                           "entries": {p: _row(e) for p, e in sorted(self.entries.items())}},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if data.get("version") != VERSION:
            raise ValueError(f"manifest version {data.get('version')!r}, expected {VERSION}")
        return cls(data["fingerprint"], {p: Entry(*row) for p, row in data["entries"].items()},
                   dict(data.get("prefixes", {})), data.get("shared", ""), int(data.get("shared_triples", 0)),
                   data.get("shared_graph", ""), int(data.get("scanned_ns", 0)), dict(data.get("summary", {})))

    @classmethod
    def load(cls, path: Path) -> Manifest | None:
        """The manifest at `path`, or None when it is missing or unreadable (then: full rebuild)."""
        try:
            return cls.from_json(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, path: Path) -> Path:
        return write_text(Path(path), self.to_json())


def _row(e: Entry) -> list:
    """An entry as a JSON row, in Entry's field order."""
    return [e.key, e.graph, e.article_id, e.chars, e.claims, e.triples, e.refs, e.size, e.mtime_ns]


def file_key(data: bytes) -> str:
    """The content hash that decides whether a file changed."""
    return hashlib.sha256(data).hexdigest()


def fingerprint(gazetteers: Iterable[Path], extractor_names: Iterable[str], base: str) -> str:
    """A hash of everything besides the file that decides its graph: newskg's code and data, the
    extra gazetteers, the extractors and the base IRI."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for f in sorted(package.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".tsv", ".crfsuite"):
            digest.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
    for g in gazetteers:
        digest.update(Path(g).read_bytes())
    digest.update("\0".join(extractor_names).encode() + b"\0" + base.encode())
    return digest.hexdigest()
