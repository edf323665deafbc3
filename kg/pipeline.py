"""build(): corpus → sentences → mentions → claims → graph → outputs, in one screen.

A file that cannot be read, or an article whose extraction fails, becomes a Skipped in the report;
the loop goes on. Every extractor and exporter name is resolved before any file is read.
"""

from __future__ import annotations

import hashlib
import pickle
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
from kg.io import write_bytes
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
             workers: int, cache: ResultCache | None = None) -> Iterator[Extracted | Skipped]:
    """Every file's result, in corpus order: from the cache when the file is unchanged, else extracted
    in this process or in a pool of `workers`."""
    files = list(iter_paths(paths))
    keys = [cache.key(f) if cache and not isinstance(f, Skipped) else None for f in files]
    done: dict[int, Extracted | Skipped] = {}
    for i, key in enumerate(keys):
        if key and (hit := cache.get(key)) is not None:  # type: ignore[union-attr]
            done[i] = hit
    todo = [i for i in range(len(files)) if i not in done]
    if workers <= 1 or len(todo) < 2:
        annotator = Annotator(load_gazetteer(*gazetteers)) if todo else None
        fresh: Iterable[Extracted | Skipped] = (process(annotator, files[i], extractor_names) for i in todo)  # type: ignore[arg-type]
        pool = None
    else:
        chunk = max(1, min(64, len(todo) // (workers * 8)))
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(gazetteers, extractor_names))
        fresh = pool.map(_process_in_worker, [files[i] for i in todo], chunksize=chunk)
    try:
        pending = iter(zip(todo, fresh, strict=True))
        for i in range(len(files)):
            if i not in done:
                j, item = next(pending)
                if cache and keys[j] and isinstance(item, Extracted):
                    cache.put(keys[j], item)
                done[i] = item
            yield done.pop(i)
    finally:
        if pool is not None:
            pool.shutdown()


class ResultCache:
    """Per-article results on disk, keyed by the file's path and bytes and by a fingerprint of the
    pipeline (newskg's code and data, the gazetteers and the extractors), so a re-run re-extracts only
    the articles that were added or changed. Written and read by newskg only (pickle)."""

    def __init__(self, folder: Path, gazetteers: tuple[Path, ...], extractor_names: tuple[str, ...]) -> None:
        self.folder = Path(folder)
        digest = hashlib.sha256()
        package = Path(__file__).resolve().parent
        for f in sorted(package.rglob("*")):
            if f.is_file() and f.suffix in (".py", ".tsv", ".crfsuite"):
                digest.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
        for g in gazetteers:
            digest.update(Path(g).read_bytes())
        digest.update("\0".join(extractor_names).encode())
        self.fingerprint = digest.hexdigest()
        self.hits = 0

    def key(self, path: Path) -> str | None:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        return hashlib.sha256(f"{self.fingerprint}\0{Path(path).resolve()}\0".encode() + data).hexdigest()

    def get(self, key: str) -> Extracted | None:
        file = self.folder / key[:2] / f"{key}.pickle"
        try:
            with open(file, "rb") as f:
                item = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        self.hits += 1
        return item

    def put(self, key: str, item: Extracted) -> None:
        write_bytes(self.folder / key[:2] / f"{key}.pickle", pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))


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
    cache_dir: Path | str | None = None,
) -> tuple[Graph, BuildResult]:
    """Build the graph of every article under `paths` and write the outputs into `out_dir`.

    `workers` > 1 extracts in that many processes; with `cache_dir`, articles unchanged since the last
    build are taken from the cache. Either way the graph is the same, triple for triple.
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
    cache = ResultCache(Path(cache_dir), gazetteer_paths, extractor_names) if cache_dir is not None else None
    for item in _results(paths, gazetteer_paths, extractor_names, workers, cache):
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
    result.reused = cache.hits if cache else 0
    result.seconds = time.perf_counter() - started
    if out_dir is not None:
        out = Path(out_dir)
        for name in exporter_names:
            result.outputs[name] = exporters.get(name)(graph, out, result)
    return graph, result
