"""One file → its named graph: read, annotate, extract, and write the article's triples.

This is the unit of work that runs in a worker process or on a Dask worker. It depends on nothing
but the file and the pipeline's settings (each article starts from an empty entity table), so the
result is the same whichever worker ran it and whatever else is in the corpus; the build's graph is
the union of these per-article graphs and of one shared graph, `gazetteer_graph()`, that describes
the gazetteer entities the articles name (labels, aliases, Wikidata, parent), so that a description
of Alibaba is stored once, not once per article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.claims import assemble
from kg.corpus import load_article
from kg.corpus.reader import parse_article
from kg.entities import Annotator
from kg.entities.gazetteer import load_gazetteer
from kg.entities.resolve import EntityTable
from kg.errors import LoadError
from kg.extractors import DEFAULT_EXTRACTORS, extractors
from kg.extractors.coref import add_coreference
from kg.graph.iris import DEFAULT_BASE, Iris
from kg.graph.ntriples import TripleSink
from kg.graph.summary import Fact
from kg.graph.to_rdf import RELATION, add_article, add_claim, add_entity
from kg.model import ANONYMOUS, Article, Claim, Doc, Entity, EntityKind, Skipped, Status

ANONYMOUS_ENTITY = Entity(ANONYMOUS, EntityKind.ANONYMOUS, {"en": "anonymous source", "zh-Hans": "匿名消息来源"})


def extract(annotator: Annotator, article: Article, extractor_names: Iterable[str] = DEFAULT_EXTRACTORS) -> tuple[Doc, list[Claim]]:
    """One article → its annotated Doc and assembled claims (no graph, no I/O)."""
    doc = add_coreference(annotator.annotate(article))
    findings = [f for name in extractor_names for f in extractors.get(name)(doc)]
    return doc, assemble(doc, findings)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything besides the file that decides an article's graph."""

    gazetteers: tuple[Path, ...] = ()
    extractor_names: tuple[str, ...] = DEFAULT_EXTRACTORS
    base: str = DEFAULT_BASE


@dataclass(slots=True)
class Extracted:
    """What one file contributes: its article's named graph as N-Triples, and counts for the report."""

    path: Path
    article_id: str
    graph: str  # IRI of the named graph
    ntriples: bytes
    chars: int
    claims: dict[str, int]
    triples: int
    refs: tuple[str, ...] = ()  # gazetteer entities named, described in the shared gazetteer graph
    facts: tuple[Fact, ...] = ()  # its claims, for the build's tallies (kg.graph.summary)


class Processor:
    """The loaded gazetteer and annotator for one `Settings`; call it on a path (or path and bytes)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.annotator = Annotator(load_gazetteer(*settings.gazetteers))
        self.iris = Iris(settings.base)
        self._described: dict[str, frozenset[str]] = {}

    def described(self, eid: str) -> frozenset[str]:
        """The N-Triples lines of a gazetteer entity's own description (memoized)."""
        if eid not in self._described:
            sink = TripleSink()
            add_entity(sink, self.annotator.gazetteer.entities[eid], self.iris)  # type: ignore[arg-type]
            self._described[eid] = frozenset(sink.lines)
        return self._described[eid]

    def __call__(self, path: Path | Skipped, data: bytes | None = None) -> Extracted | Skipped:
        if isinstance(path, Skipped):
            return path
        item = load_article(path) if data is None else _parse(path, data)
        if isinstance(item, Skipped):
            return item
        try:
            return self.graph_of(item)
        except Exception as exc:  # one bad article never sinks the build
            return Skipped(item.path, f"extraction failed: {type(exc).__name__}: {exc}")

    def graph_of(self, article: Article) -> Extracted:
        """The article's claims and the entities it names, as its own small graph."""
        annotator = self.annotator
        annotator.table = table = EntityTable(annotator.gazetteer)
        doc, claims = extract(annotator, article, self.settings.extractor_names)
        outlet = None
        if article.site:
            known = annotator.gazetteer.lookup(article.site)
            outlet = (table.see(known.id, article.site) if known
                      else table.new(article.site, EntityKind.OUTLET, "site of an article", "en"))
        table.complete()
        sink, iris = TripleSink(), self.iris
        add_article(sink, article, iris, outlet)  # type: ignore[arg-type]
        counts: Counter[str] = Counter()
        for claim in claims:
            add_claim(sink, claim, [doc.sentences[i].text for i in claim.evidence], article.lang, iris)  # type: ignore[arg-type]
            counts[claim.relation.value] += 1
        if any(ANONYMOUS in c.sources for c in claims):
            add_entity(sink, ANONYMOUS_ENTITY, iris)  # type: ignore[arg-type]
        known = annotator.gazetteer.entities
        refs = []
        linked = _linked(claims, table.entities.values(), outlet)
        for eid, entity in sorted(table.entities.items()):
            forms, reasons = table.forms.get(eid, ()), table.reasons.get(eid, ())
            if entity.kind is EntityKind.ORG and eid not in linked:
                continue  # an organization in no claim and no link: an isolated node, noise in a graph
            if eid not in known:
                add_entity(sink, entity, iris, forms, reasons)  # type: ignore[arg-type]
                continue
            refs.append(eid)  # what the gazetteer says is in the shared graph; only the rest goes here
            if entity == known[eid]:
                names = set(entity.labels.values()) | set(entity.aliases)
                add_entity(sink, Entity(eid, entity.kind), iris, set(forms) - names, reasons)  # type: ignore[arg-type]
            else:  # changed by the text (a person's affiliation)
                own = TripleSink()
                add_entity(own, entity, iris, forms, reasons)  # type: ignore[arg-type]
                sink.lines |= own.lines - self.described(eid)
        return Extracted(article.path, article.id, str(iris.graph(article.id)), sink.ntriples(),
                         sum(len(p) for p in article.paragraphs), dict(sorted(counts.items())), len(sink),
                         tuple(refs), tuple(_fact(c, iris) for c in claims))


def _fact(claim: Claim, iris: Iris) -> Fact:
    """What the build's tallies need of a claim, with the IRIs `add_claim` writes."""
    return Fact(str(iris.claim(claim)), str(iris.entity(claim.subject)), str(RELATION[claim.relation.value]),
                str(iris.entity(claim.object)), str(iris.article(claim.article_id)), f"{claim.confidence:.2f}",
                claim.status is Status.DENIED, tuple(sorted(str(iris.entity(s)) for s in claim.sources)))


def _linked(claims: list[Claim], entities: Iterable[Entity], outlet: str | None) -> set[str]:
    """Entities with an edge in the article's graph: claim parties and sources, the publisher, and
    both ends of every parent / affiliation link."""
    out = {x for c in claims for x in (c.subject, c.object, *c.sources)}
    if outlet:
        out.add(outlet)
    for e in entities:
        for other in (e.parent, e.affiliation):
            if other:
                out |= {e.id, other}
    return out


def gazetteer_graph(processor: Processor, refs: Iterable[str]) -> bytes:
    """The shared graph: the gazetteer's description of each entity in `refs` and of every entity
    those link to (a product's maker, a unit's parent), as N-Triples."""
    known = processor.annotator.gazetteer.entities
    pending, seen = [r for r in refs if r in known], set()
    lines: set[str] = set()
    while pending:
        eid = pending.pop()
        if eid in seen:
            continue
        seen.add(eid)
        lines |= processor.described(eid)
        pending += [x for x in (known[eid].parent, known[eid].affiliation) if x and x in known]
    return "".join(sorted(lines)).encode("utf-8")


def _parse(path: Path, data: bytes) -> Article | Skipped:
    try:
        return parse_article(path, data)
    except LoadError as exc:
        return Skipped(path, str(exc))


_CACHED: dict[Settings, Processor] = {}


def processor(settings: Settings) -> Processor:
    """The process-wide Processor for `settings` (a worker loads the gazetteer once)."""
    if settings not in _CACHED:
        _CACHED.clear()
        _CACHED[settings] = Processor(settings)
    return _CACHED[settings]
