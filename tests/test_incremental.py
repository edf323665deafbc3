"""Incremental builds: a re-run re-extracts only added or changed articles, and its graph equals a full
rebuild, triple for triple."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


def _turtle(corpus: Path, out: Path, cache: Path | None = None, workers: int = 1):
    _, result = build([corpus], out, exporter_names=("turtle",), cache_dir=cache, workers=workers)
    return (out / "graph.ttl").read_bytes(), result


def test_one_changed_added_and_deleted_article_rebuild_equals_a_full_build(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "data", corpus)
    shutil.copytree(ROOT / "tests" / "data" / "devset2" / "corpus", corpus / "more")
    cache = tmp_path / "cache"
    _, first = _turtle(corpus, tmp_path / "a", cache)
    assert first.reused == 0 and first.articles == 15

    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n另据知情人士透露，腾讯也已与百度洽谈合作。\n", encoding="utf-8")
    sorted((corpus / "more").glob("*.md"))[0].unlink()
    (corpus / "new.md").write_text("---\ntitle: new\n---\n\n小米与宁德时代签署战略合作协议。\n", encoding="utf-8")

    incremental, second = _turtle(corpus, tmp_path / "b", cache)
    full, _ = _turtle(corpus, tmp_path / "c")
    assert incremental == full
    assert second.articles == 15 and second.reused == 13  # 15 now: 13 unchanged, 1 changed, 1 new


def test_the_cache_works_with_workers_too(tmp_path):
    cache = tmp_path / "cache"
    cold, _ = _turtle(ROOT / "data", tmp_path / "a", cache, workers=2)
    warm, result = _turtle(ROOT / "data", tmp_path / "b", cache, workers=2)
    assert cold == warm and result.reused == 5


def test_cli_build_with_cache_says_how_many_articles_were_reused(tmp_path):
    args = ["build", str(ROOT / "data"), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
            "--exporter", "turtle", "--exporter", "report"]
    assert CliRunner().invoke(main, args).exit_code == 0
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "5 articles unchanged" in again.output
