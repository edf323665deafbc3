"""Incremental builds: a re-run over the same output folder re-extracts only added or changed files,
drops the named graphs of deleted ones, and ends with the same quads as a full rebuild."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.process
from kg.cli import main
from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


def quads(out: Path) -> list[bytes]:
    """The store's dataset, one sorted N-Quads line per quad."""
    return sorted((out / "graph.nq").read_bytes().splitlines())


def run(corpus: Path, out: Path, **kw):
    _, result = build([corpus], out, exporter_names=("nquads", "turtle"), **kw)
    return result


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(ROOT / "data", root)
    shutil.copytree(ROOT / "tests" / "data" / "devset2" / "corpus", root / "more")
    return root


def edit(corpus: Path) -> None:
    """Change one article, delete one, add one."""
    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n另据知情人士透露，腾讯也已与百度洽谈合作。\n", encoding="utf-8")
    sorted((corpus / "more").glob("*.md"))[0].unlink()
    (corpus / "new.md").write_text("---\ntitle: new\n---\n\n小米与宁德时代签署战略合作协议。\n", encoding="utf-8")


def test_one_changed_added_and_deleted_article_update_equals_a_full_rebuild(tmp_path, corpus):
    first = run(corpus, tmp_path / "out")
    assert (first.articles, first.extracted, first.reused) == (15, 15, 0)
    edit(corpus)
    second = run(corpus, tmp_path / "out")
    full = run(corpus, tmp_path / "full")
    assert (second.extracted, second.reused, second.removed, second.articles) == (2, 13, 1, 15)
    assert quads(tmp_path / "out") == quads(tmp_path / "full")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()
    assert second.claims == full.claims and second.entities == full.entities and second.quads == full.quads


def test_the_claims_of_a_changed_article_are_replaced_not_added(tmp_path, corpus):
    run(corpus, tmp_path / "out")
    article = sorted(corpus.glob("*.txt"))[0]
    article.write_text("---\ntitle: rewritten\n---\n\n小米与宁德时代签署战略合作协议。\n", encoding="utf-8")
    run(corpus, tmp_path / "out")
    graph = f"<https://w3id.org/newskg/id/graph/{article.stem}>".encode()
    mine = [q for q in quads(tmp_path / "out") if q.endswith(graph + b" .")]
    assert mine and not any("苹果".encode() in q for q in mine)
    assert any(b"rewritten" in q for q in mine)


def test_a_file_that_breaks_loses_its_graph_and_is_reported(tmp_path, corpus):
    run(corpus, tmp_path / "out")
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_bytes(b"\x00\x01binary")
    result = run(corpus, tmp_path / "out")
    assert [s.path.name for s in result.skipped] == [victim.name]
    assert result.articles == 14
    assert not any(f"/graph/{victim.stem}>".encode() in q for q in quads(tmp_path / "out"))


def test_workers_update_the_store_the_same_way(tmp_path, corpus):
    run(corpus, tmp_path / "out", workers=2)
    edit(corpus)
    result = run(corpus, tmp_path / "out", workers=2)
    run(corpus, tmp_path / "full")
    assert result.extracted == 2 and quads(tmp_path / "out") == quads(tmp_path / "full")


def test_other_extractors_mean_a_full_rebuild(tmp_path, corpus):
    run(corpus, tmp_path / "out")
    result = run(corpus, tmp_path / "out", extractor_names=("partner", "attribution", "status"))
    assert result.reused == 0 and result.extracted == 15
    assert "evaluated" not in result.claims


def test_a_build_that_dies_halfway_leaves_the_last_good_store(tmp_path, corpus, monkeypatch):
    run(corpus, tmp_path / "out")
    before = quads(tmp_path / "out")
    edit(corpus)
    real = kg.process.extract

    def crash(annotator, article, names):
        if article.id == "new":
            raise KeyboardInterrupt  # not an Exception: the build itself stops
        return real(annotator, article, names)

    monkeypatch.setattr(kg.process, "extract", crash)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, tmp_path / "out")
    monkeypatch.undo()
    recovered = run(corpus, tmp_path / "out")
    run(corpus, tmp_path / "full")
    assert before and quads(tmp_path / "out") == quads(tmp_path / "full")
    assert recovered.articles == 15


def test_two_files_with_one_article_id_keep_the_first_and_report_the_second(tmp_path, corpus):
    twin = corpus / "more" / sorted(corpus.glob("*.txt"))[0].name
    shutil.copy(sorted(corpus.glob("*.txt"))[1], twin)
    result = run(corpus, tmp_path / "out")
    assert [(s.path.name, "already taken" in s.reason) for s in result.skipped] == [(twin.name, True)]


def test_full_rebuilds_from_scratch(tmp_path, corpus):
    run(corpus, tmp_path / "out")
    result = run(corpus, tmp_path / "out", full=True)
    assert result.reused == 0 and result.extracted == 15


def test_cli_says_how_many_files_were_unchanged(tmp_path):
    args = ["build", str(ROOT / "data"), "--out", str(tmp_path / "out"), "--exporter", "turtle", "--quiet"]
    assert CliRunner().invoke(main, args).exit_code == 0
    again = CliRunner().invoke(main, args[:-1])
    assert again.exit_code == 0 and "0 extracted, 5 unchanged, 0 removed" in again.output


def _age(path: Path, seconds: int = 3600) -> None:
    """Set the file's modification time `seconds` into the past (older than any scan's racy window)."""
    import os
    import time

    past = time.time_ns() - seconds * 1_000_000_000
    os.utime(path, ns=(past, past))


def test_a_file_with_its_old_size_and_time_is_not_read_again(tmp_path, corpus, monkeypatch):
    for f in corpus.rglob("*.*"):
        _age(f)
    run(corpus, tmp_path / "out")
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    again = run(corpus, tmp_path / "out")
    assert (again.extracted, again.reused) == (0, 15)
    assert [p for p in reads if corpus in p.parents] == []  # the stat said unchanged: no article opened


def test_a_touched_file_is_hashed_and_kept_when_its_bytes_are_the_same(tmp_path, corpus):
    run(corpus, tmp_path / "out")
    article = sorted(corpus.glob("*.txt"))[0]
    article.write_bytes(article.read_bytes())  # new mtime, same bytes
    again = run(corpus, tmp_path / "out")
    assert (again.extracted, again.reused) == (0, 15)


def test_a_same_size_edit_right_after_a_scan_is_still_seen(tmp_path, corpus):
    """Racy files: written so close to the last scan that an edit may leave size and mtime unchanged."""
    import os
    import time

    article = sorted(corpus.glob("*.txt"))[0]
    now = time.time_ns()
    os.utime(article, ns=(now, now))
    run(corpus, tmp_path / "out")
    text = article.read_text(encoding="utf-8")
    assert "苹果" in text
    article.write_text(text.replace("苹果", "华为", 1), encoding="utf-8")  # same length in bytes
    os.utime(article, ns=(now, now))  # and the same mtime as when it was scanned
    again = run(corpus, tmp_path / "out")
    assert again.extracted == 1


def test_a_new_store_is_loaded_in_batches_while_extraction_goes_on(tmp_path, corpus, monkeypatch):
    """Memory stays bounded: the builder hands the store a batch whenever it holds enough triples."""
    import kg.pipeline
    from kg.graph.store import OxigraphStore

    batches = []
    real_put = OxigraphStore.put
    monkeypatch.setattr(kg.pipeline, "BATCH_TRIPLES", 200)
    monkeypatch.setattr(OxigraphStore, "put", lambda self, graphs: batches.append(list(graphs)) or real_put(self, graphs))
    result = run(corpus, tmp_path / "out")
    article_batches = [b for b in batches if not any("/shared/" in name for name, _ in b)]
    assert len(article_batches) >= 3
    assert sum(len(b) for b in article_batches) == result.articles
    monkeypatch.setattr(kg.pipeline, "BATCH_TRIPLES", 10**9)
    run(corpus, tmp_path / "one-batch")
    assert quads(tmp_path / "out") == quads(tmp_path / "one-batch")
