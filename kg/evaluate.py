"""P/R/F1 of a built graph against gold triples, per relation, micro, and for attribution.

Reads the gold format documented in tests/data/gold/README.md (seeds.tsv + entities.tsv) and the
graph only through the public vocabulary, so it scores newskg as an outside user would. Rows marked
`optional`, and sources marked with a trailing `?`, count neither as hits nor as misses.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.errors import GoldError
from kg.graph.vocab import NKG, PROV

RELATIONS = ("partner", "evaluated", "rejected")
Key = tuple[str, str, str, str]  # article, subject, relation, object


def norm(name: str) -> str:
    """Compare names after NFKC, case folding, and dropping spaces and light punctuation."""
    return re.sub(r"[\s.\-·•_,'\"()（）]", "", unicodedata.normalize("NFKC", str(name)).casefold())


@dataclass(slots=True)
class Gold:
    required: set[Key] = field(default_factory=set)
    optional: set[Key] = field(default_factory=set)
    sources: set[tuple[str, ...]] = field(default_factory=set)
    optional_sources: set[tuple[str, ...]] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _rows(path: Path, needed: set[str]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            missing = needed - set(reader.fieldnames or ())
            if missing:
                raise GoldError(f"{path}: missing columns {sorted(missing)} (is it tab-separated with a header?)")
            return list(reader)
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror})") from exc


def load_aliases(path: Path) -> dict[str, str]:
    """Normalized alias → canonical name, from an entities.tsv."""
    alias: dict[str, str] = {}
    for row in _rows(path, {"canonical", "aliases"}):
        for a in [row["canonical"], *(row["aliases"] or "").split("|")]:
            if a.strip():
                alias.setdefault(norm(a), row["canonical"])
    return alias


def load_gold(path: Path) -> Gold:
    """Required and optional claims and sources from a seeds.tsv."""
    gold = Gold()
    for row in _rows(path, {"article", "subject", "relation", "object", "sources", "required"}):
        s, p, o = row["subject"], row["relation"], row["object"]
        if p not in RELATIONS:
            raise GoldError(f"{path}: unknown relation {p!r}; expected one of {RELATIONS}")
        if p == "partner":
            s, o = sorted((s, o))
        key = (row["article"], s, p, o)
        required = (row["required"] or "").strip() == "yes"
        (gold.required if required else gold.optional).add(key)
        for src in filter(None, (x.strip() for x in (row["sources"] or "").split("|"))):
            if src.endswith("?") or not required:
                gold.optional_sources.add((*key, src.rstrip("?")))
            else:
                gold.sources.add((*key, src))
    gold.optional -= gold.required
    gold.optional_sources -= gold.sources
    return gold


def _canon(graph: Graph, node, alias: dict[str, str]) -> str:  # noqa: ANN001 - an rdflib node
    if node == NKG.anonymousSource:
        return "anonymous"
    labels = [node] if isinstance(node, Literal) else [
        label for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for label in graph.objects(node, p)]
    votes: dict[str, int] = defaultdict(int)
    for label in labels:
        if canonical := alias.get(norm(label)):
            votes[canonical] += 1
    if votes:
        return max(sorted(votes), key=votes.__getitem__)
    return "UNK:" + (str(labels[0]) if labels else str(node))


def predictions(graph: Graph, alias: dict[str, str]) -> tuple[set[Key], set[tuple[str, ...]]]:
    """Non-denied claims and their (claim, source) pairs, in gold terms."""
    preds: set[Key] = set()
    sources: set[tuple[str, ...]] = set()
    ids = {a: str(i) for a, i in graph.subject_objects(DCTERMS.identifier)}
    for c in graph.subjects(RDF.type, NKG.Claim):
        if (c, NKG.status, NKG.Denied) in graph:
            continue
        rel = str(graph.value(c, RDF.predicate) or "").rsplit("#", 1)[-1]
        article = ids.get(graph.value(c, PROV.wasDerivedFrom))
        if rel not in RELATIONS or article is None:
            continue
        s, o = _canon(graph, graph.value(c, RDF.subject), alias), _canon(graph, graph.value(c, RDF.object), alias)
        if rel == "partner":
            s, o = sorted((s, o))
        key = (article, s, rel, o)
        preds.add(key)
        sources |= {(*key, _canon(graph, src, alias)) for src in graph.objects(c, NKG.reportedBy)}
    return preds, sources


def evaluate(graph: Graph, gold: Gold, alias: dict[str, str]) -> dict[str, Score | list]:
    """Scores per relation, micro, attribution; and the error lists (fp, fn, fp_src, fn_src)."""
    preds, sources = predictions(graph, alias)
    articles = {k[0] for k in gold.required | gold.optional}
    preds = {k for k in preds if k[0] in articles}
    out: dict[str, Score | list] = {}
    total = Score(0, 0, 0)
    fps, fns = [], []
    for rel in RELATIONS:
        p = {k for k in preds if k[2] == rel} - gold.optional
        g = {k for k in gold.required if k[2] == rel}
        score = Score(len(p & g), len(p - g), len(g - p))
        out[rel] = score
        total = Score(total.tp + score.tp, total.fp + score.fp, total.fn + score.fn)
        fps += sorted(p - g)
        fns += sorted(g - p)
    out["micro"] = total
    attributed = {s for s in sources if s[:4] in gold.required | gold.optional} - gold.optional_sources
    out["attribution"] = Score(len(attributed & gold.sources), len(attributed - gold.sources), len(gold.sources - attributed))
    out["errors"] = [("FP", *k) for k in fps] + [("FN", *k) for k in fns] + \
        [("FP-src", *k) for k in sorted(attributed - gold.sources)] + [("FN-src", *k) for k in sorted(gold.sources - attributed)]
    return out


def report(scores: dict[str, Score | list], errors: bool = False) -> str:
    """The scores as aligned text lines (and the error list if asked)."""
    lines = []
    for name in (*RELATIONS, "micro", "attribution"):
        s = scores[name]
        assert isinstance(s, Score)
        lines.append(f"{name:12s} P={s.p:.3f} R={s.r:.3f} F1={s.f1:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})")
    if errors:
        lines += ["\t".join(e) for e in scores["errors"]]  # type: ignore[union-attr]
    return "\n".join(lines) + "\n"
