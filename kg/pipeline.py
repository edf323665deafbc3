"""build(): corpus → sentences → mentions → claims → graph → outputs, in one screen.

A file that cannot be read, or an article whose extraction fails, becomes a Skipped in the report;
the loop goes on. Every extractor and exporter name is resolved before any file is read.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.claims import assemble
from kg.corpus import iter_paths, load_article
from kg.entities import Annotator
from kg.entities.gazetteer import load_gazetteer
from kg.entities.resolve import EntityTable
from kg.exporters import exporters
from kg.extractors import DEFAULT_EXTRACTORS, extractors
from kg.extractors.coref import add_coreference
from kg.graph.iris import DEFAULT_BASE, Iris
from kg.graph.store import open_graph
from kg.graph.to_rdf import add_article, add_claim, add_entity, bind_prefixes
from kg.model import ANONYMOUS, Article, BuildResult, Claim, Doc, Entity, EntityKind, Skipped

DEFAULT_EXPORTERS = ("turtle", "html", "graphml", "jsonld", "report")
ANONYMOUS_ENTITY = Entity(ANONYMOUS, EntityKind.ANONYMOUS, {"en": "anonymous source", "zh-Hans": "匿名消息来源"})


def extract(annotator: Annotator, article: Article, extractor_names: Iterable[str] = DEFAULT_EXTRACTORS) -> tuple[Doc, list[Claim]]:
    """One article → its annotated Doc and assembled claims (no graph, no I/O)."""
    doc = add_coreference(annotator.annotate(article))
    findings = [f for name in extractor_names for f in extractors.get(name)(doc)]
    return doc, assemble(doc, findings)


@dataclass(slots=True)
class Extracted:
    """What one article contributes to the build: the article, its claims with their evidence
    sentences, its publisher, and the entities it saw (merged into the build's table in order)."""

    article: Article
    claims: list[Claim]
    evidence: dict[int, str]
    outlet: str | None
    table: EntityTable


def process(annotator: Annotator, path: Path | Skipped, extractor_names: tuple[str, ...]) -> Extracted | Skipped:
    """Read, annotate and extract one file. Each article starts from an empty entity table, so its
    result does not depend on which articles came before it, or on which worker ran it."""
    item = path if isinstance(path, Skipped) else load_article(path)
    if isinstance(item, Skipped):
        return item
    annotator.table = EntityTable(annotator.gazetteer)
    try:
        doc, claims = extract(annotator, item, extractor_names)
    except Exception as exc:  # one bad article never sinks the build
        return Skipped(item.path, f"extraction failed: {type(exc).__name__}: {exc}")
    table = annotator.table
    outlet = None
    if item.site:
        known = annotator.gazetteer.lookup(item.site)
        outlet = (table.see(known.id, item.site) if known
                  else table.new(item.site, EntityKind.OUTLET, "site of an article", "en"))
    evidence = {i: doc.sentences[i].text for c in claims for i in c.evidence}
    return Extracted(item, claims, evidence, outlet, table)


_WORKER: tuple[Annotator, tuple[str, ...]] | None = None


def _init_worker(gazetteers: tuple[Path, ...], extractor_names: tuple[str, ...]) -> None:
    global _WORKER
    _WORKER = (Annotator(load_gazetteer(*gazetteers)), extractor_names)


def _process_in_worker(path: Path | Skipped) -> Extracted | Skipped:
    assert _WORKER is not None
    return process(_WORKER[0], path, _WORKER[1])


def _results(paths: Iterable[Path | str], gazetteers: tuple[Path, ...], extractor_names: tuple[str, ...],
             workers: int) -> Iterator[Extracted | Skipped]:
    """Every file's result, in corpus order, extracted in this process or in a pool of `workers`."""
    files = list(iter_paths(paths))
    if workers <= 1 or len(files) < 2:
        annotator = Annotator(load_gazetteer(*gazetteers))
        yield from (process(annotator, f, extractor_names) for f in files)
        return
    chunk = max(1, min(64, len(files) // (workers * 8)))
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(gazetteers, extractor_names)) as pool:
        yield from pool.map(_process_in_worker, files, chunksize=chunk)


def build(
    paths: Iterable[Path | str],
    out_dir: Path | str | None = "output",
    *,
    extractor_names: Iterable[str] = DEFAULT_EXTRACTORS,
    exporter_names: Iterable[str] = DEFAULT_EXPORTERS,
    base: str = DEFAULT_BASE,
    gazetteers: Iterable[Path] = (),
    progress: Callable[[Article | Skipped], None] | None = None,
    workers: int = 1,
) -> tuple[Graph, BuildResult]:
    """Build the graph of every article under `paths` and write the outputs into `out_dir`.

    `workers` > 1 extracts in that many processes; the graph is the same, triple for triple.
    """
    started = time.perf_counter()
    extractor_names, exporter_names = tuple(extractor_names), tuple(exporter_names)
    for name in extractor_names:
        extractors.get(name)  # unknown names fail here, before any file is read
    for name in exporter_names:
        exporters.get(name)
    gazetteer_paths = tuple(map(Path, gazetteers))
    iris = Iris(base)
    graph = open_graph()
    bind_prefixes(graph, iris)
    table = EntityTable(load_gazetteer(*gazetteer_paths))
    result = BuildResult()
    per_relation: Counter[str] = Counter()
    any_anonymous = False
    for item in _results(paths, gazetteer_paths, extractor_names, workers):
        if isinstance(item, Skipped):
            result.skipped.append(item)
            if progress:
                progress(item)
            continue
        article = item.article
        table.merge(item.table)
        add_article(graph, article, iris, item.outlet)
        for claim in item.claims:
            add_claim(graph, claim, [item.evidence[i] for i in claim.evidence], article.lang, iris)
            per_relation[claim.relation.value] += 1
            any_anonymous = any_anonymous or ANONYMOUS in claim.sources
        result.articles += 1
        result.chars += sum(len(p) for p in article.paragraphs)
        if progress:
            progress(article)
    if any_anonymous:
        add_entity(graph, ANONYMOUS_ENTITY, iris)
    table.complete()
    for eid, entity in sorted(table.entities.items()):
        add_entity(graph, entity, iris, table.forms.get(eid, ()), table.reasons.get(eid, ()))
    result.claims = dict(sorted(per_relation.items()))
    result.entities = len(table.entities)
    result.triples = len(graph)
    result.seconds = time.perf_counter() - started
    if out_dir is not None:
        out = Path(out_dir)
        for name in exporter_names:
            result.outputs[name] = exporters.get(name)(graph, out, result)
    return graph, result
