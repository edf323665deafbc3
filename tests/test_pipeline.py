"""kg.pipeline.build: broken files are skipped with a reason, the rest is built, the same input gives
the same bytes, and a bad name fails before any file is read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BROKEN, DATA, EXTRA_GOOD, GOOD_MD, ROOT, SAMPLE_IDS, good_ids
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF

from kg.errors import RegistryError
from kg.exporters import exporters
from kg.extractors import DEFAULT_EXTRACTORS, extractors
from kg.graph.vocab import NKG
from kg.model import Skipped
from kg.pipeline import DEFAULT_EXPORTERS, build

OUTPUT_FILES = ("graph.ttl", "graph.html", "graph.graphml", "graph.jsonld", "report.md", "report.json")
RELATIONS = (NKG.partner, NKG.evaluated, NKG.rejected)


def identifiers(graph: Graph) -> set[str]:
    return {str(i) for a in graph.subjects(RDF.type, NKG.Article) for i in graph.objects(a, DCTERMS.identifier)}


def entity_triples(graph: Graph) -> set[tuple]:
    return {(s, p, o) for p in RELATIONS for s, o in graph.subject_objects(p)}


# ---- a folder with broken files ---------------------------------------------------------------


@pytest.fixture
def broken_build(broken_corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    store, result = build([broken_corpus], out)
    graph = store.union()
    return graph, result, out, broken_corpus


def test_broken_corpus_builds_and_reads_every_good_article(broken_build):
    graph, result, _, _ = broken_build
    assert result.articles == len(good_ids())
    assert identifiers(graph) == good_ids()


@pytest.mark.parametrize(("name", "cause"), [(n, c) for n, (_, c) in BROKEN.items()])
def test_each_broken_file_is_skipped_with_its_path_and_cause(broken_build, name, cause):
    _, result, _, corpus = broken_build
    reasons = {Path(s.path): s.reason for s in result.skipped}
    assert corpus / name in reasons, f"{name} not among skipped: {sorted(map(str, reasons))}"
    assert cause.lower() in reasons[corpus / name].lower()


def test_only_the_broken_files_are_skipped(broken_build):
    _, result, _, corpus = broken_build
    assert sorted(Path(s.path) for s in result.skipped) == sorted(corpus / n for n in BROKEN)
    assert all(isinstance(s, Skipped) for s in result.skipped)


@pytest.mark.parametrize("name", list(EXTRA_GOOD))
def test_bom_and_nested_articles_are_read(broken_build, name):
    graph, _, _, _ = broken_build
    assert Path(name).stem in identifiers(graph)


def test_report_lists_the_skipped_files_with_reasons(broken_build):
    _, result, out, corpus = broken_build
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {Path(s["path"]) for s in data["skipped"]} == {corpus / n for n in BROKEN}
    assert all(s["reason"] for s in data["skipped"])
    text = (out / "report.md").read_text(encoding="utf-8")
    for name in BROKEN:
        assert str(corpus / name) in text


# ---- outputs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("filename", OUTPUT_FILES)
def test_every_output_is_written_and_not_empty(built, filename):
    _, _, out = built
    assert (out / filename).is_file()
    assert (out / filename).stat().st_size > 0


def test_graph_ttl_parses_back_to_the_built_graph(built):
    graph, result, out = built
    parsed = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(parsed) == len(graph) <= result.quads
    assert identifiers(parsed) == set(SAMPLE_IDS)


def test_result_names_each_written_output(built):
    _, result, out = built
    assert set(result.outputs) == set(DEFAULT_EXPORTERS)
    assert all(Path(p).parent == out and Path(p).exists() for p in result.outputs.values())


def test_no_temporary_files_are_left_in_the_out_dir(built):
    _, _, out = built
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUT_FILES, "store"])
    assert sorted(p.name for p in (out / "store").iterdir()) == ["manifest.json", "oxigraph"]


def test_every_sample_article_is_in_the_graph(built):
    graph, result, _ = built
    assert result.articles == len(SAMPLE_IDS) == 5
    assert result.skipped == []
    assert identifiers(graph) == set(SAMPLE_IDS)


# ---- determinism ------------------------------------------------------------------------------


def test_same_input_gives_byte_identical_turtle(built, tmp_path):
    _, _, first = built
    build([DATA], tmp_path, exporter_names=["turtle"])
    assert (tmp_path / "graph.ttl").read_bytes() == (first / "graph.ttl").read_bytes()


def test_same_input_gives_byte_identical_turtle_across_processes(tmp_path):
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(DATA), "--out", str(out), "--quiet",
                               "--exporter", "turtle"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        outs.append((out / "graph.ttl").read_bytes())
    assert outs[0] == outs[1]


# ---- names are checked first ------------------------------------------------------------------


@pytest.fixture
def no_reading(monkeypatch):
    """Fail the test if the pipeline starts reading the corpus."""

    def refuse(paths):
        raise AssertionError("the corpus was read before the names were checked")

    monkeypatch.setattr("kg.pipeline.iter_files", refuse)


@pytest.mark.parametrize(("option", "registry", "known"), [
    ("extractor_names", extractors, "partner"),
    ("exporter_names", exporters, "turtle"),
])
def test_unknown_name_fails_before_any_file_is_read(no_reading, tmp_path, option, registry, known):
    out = tmp_path / "out"
    with pytest.raises(RegistryError) as err:
        build([tmp_path / "does-not-matter"], out, **{option: [known, "no-such-thing"]})
    message = str(err.value)
    assert "no-such-thing" in message
    for name in registry.names():
        assert name in message, f"{name!r} not listed in: {message}"
    assert not out.exists()


# ---- one article's failure -------------------------------------------------------------------


def test_an_article_whose_extraction_raises_is_skipped_and_the_others_land(monkeypatch, tmp_path):
    victim = SAMPLE_IDS[1]

    def explodes(doc):
        if doc.article.id == victim:
            raise ValueError("boom in the extractor")
        return []

    monkeypatch.setitem(extractors._items, "explodes", explodes)
    store, result = build([DATA], tmp_path, extractor_names=(*DEFAULT_EXTRACTORS, "explodes"),
                          exporter_names=["turtle"])
    graph = store.union()
    assert [(Path(s.path).stem, s.reason.split(":")[0]) for s in result.skipped] == [(victim, "extraction failed")]
    assert "boom in the extractor" in result.skipped[0].reason
    assert identifiers(graph) == set(SAMPLE_IDS) - {victim}
    assert result.articles == len(SAMPLE_IDS) - 1


def test_extraction_failure_via_pipeline_extract_is_skipped(monkeypatch, tmp_path):
    import kg.process

    real = kg.process.extract
    victim = SAMPLE_IDS[0]

    def flaky(annotator, article, names=DEFAULT_EXTRACTORS):
        if article.id == victim:
            raise RuntimeError("annotator crashed")
        return real(annotator, article, names)

    monkeypatch.setattr(kg.process, "extract", flaky)
    store, result = build([DATA], None)
    graph = store.union()
    assert len(result.skipped) == 1 and result.skipped[0].reason.startswith("extraction failed")
    assert identifiers(graph) == set(SAMPLE_IDS) - {victim}


# ---- denied claims ----------------------------------------------------------------------------


def test_denied_claim_is_kept_as_a_claim_but_asserts_no_entity_triple(tmp_path):
    (tmp_path / "denial.md").write_text(GOOD_MD.format(title="否认", body="小米否认与宁德时代合作。"), encoding="utf-8")
    store, result = build([tmp_path / "denial.md"], None)
    graph = store.union()
    claims = list(graph.subjects(NKG.status, NKG.Denied))
    assert len(claims) == 1
    c = claims[0]
    assert graph.value(c, RDF.predicate) == NKG.partner
    s, o = graph.value(c, RDF.subject), graph.value(c, RDF.object)
    assert (s, NKG.partner, o) not in graph
    assert (o, NKG.partner, s) not in graph
    assert entity_triples(graph) == set()


def test_entity_triples_are_exactly_those_of_claims_not_denied(built):
    graph, _, _ = built
    supported = {
        (graph.value(c, RDF.subject), graph.value(c, RDF.predicate), graph.value(c, RDF.object))
        for c in graph.subjects(RDF.type, NKG.Claim) if (c, NKG.status, NKG.Denied) not in graph
    }
    assert entity_triples(graph) == supported
    assert any((c, NKG.status, NKG.Denied) in graph for c in graph.subjects(RDF.type, NKG.Claim))


def test_article_identifier_is_the_file_stem(built):
    graph, _, _ = built
    for stem in SAMPLE_IDS:
        assert (None, DCTERMS.identifier, Literal(stem)) in graph
