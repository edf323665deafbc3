"""build(): corpus → sentences → mentions → claims → graph → outputs, in one screen.

A file that cannot be read, or an article whose extraction fails, becomes a Skipped in the report;
the loop goes on. Every extractor and exporter name is resolved before any file is read.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Graph

from kg.claims import assemble
from kg.corpus import load_corpus
from kg.entities import Annotator
from kg.entities.gazetteer import load_gazetteer
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


def build(
    paths: Iterable[Path | str],
    out_dir: Path | str | None = "output",
    *,
    extractor_names: Iterable[str] = DEFAULT_EXTRACTORS,
    exporter_names: Iterable[str] = DEFAULT_EXPORTERS,
    base: str = DEFAULT_BASE,
    gazetteers: Iterable[Path] = (),
    progress: Callable[[Article | Skipped], None] | None = None,
) -> tuple[Graph, BuildResult]:
    """Build the graph of every article under `paths` and write the outputs into `out_dir`."""
    started = time.perf_counter()
    extractor_names, exporter_names = tuple(extractor_names), tuple(exporter_names)
    for name in extractor_names:
        extractors.get(name)  # unknown names fail here, before any file is read
    for name in exporter_names:
        exporters.get(name)
    iris = Iris(base)
    graph = open_graph()
    bind_prefixes(graph, iris)
    annotator = Annotator(load_gazetteer(*map(Path, gazetteers)))
    result = BuildResult()
    per_relation: Counter[str] = Counter()
    any_anonymous = False
    for item in load_corpus(paths):
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            try:
                doc, claims = extract(annotator, item, extractor_names)
            except Exception as exc:  # one bad article never sinks the build
                result.skipped.append(Skipped(item.path, f"extraction failed: {type(exc).__name__}: {exc}"))
                continue
            outlet = annotator.table.new(item.site, EntityKind.OUTLET, "site of an article", "en") if item.site else None
            if outlet and annotator.gazetteer.lookup(item.site or ""):
                outlet = annotator.table.see(annotator.gazetteer.lookup(item.site).id, item.site)  # type: ignore[union-attr,arg-type]
            add_article(graph, item, iris, outlet)
            for claim in claims:
                add_claim(graph, claim, [doc.sentences[i].text for i in claim.evidence], item.lang, iris)
                per_relation[claim.relation.value] += 1
                any_anonymous = any_anonymous or ANONYMOUS in claim.sources
            result.articles += 1
            result.chars += sum(len(p) for p in item.paragraphs)
        if progress:
            progress(item)
    table = annotator.table
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

