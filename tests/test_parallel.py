"""Extraction in a process pool gives the same graph, byte for byte, as extraction in one process."""

import shutil
from pathlib import Path

from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


def test_two_workers_build_the_same_turtle_as_one(tmp_path, broken_corpus):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "data", corpus / "sample")
    shutil.copytree(ROOT / "tests" / "data" / "devset2" / "corpus", corpus / "devset2")
    shutil.copytree(broken_corpus, corpus / "broken")
    _, one = build([corpus], tmp_path / "one", exporter_names=("turtle",), workers=1)
    _, two = build([corpus], tmp_path / "two", exporter_names=("turtle",), workers=2)
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
    assert [(s.path.name, s.reason) for s in one.skipped] == [(s.path.name, s.reason) for s in two.skipped]
    assert one.articles == two.articles >= 15 and one.skipped


def test_an_article_result_does_not_depend_on_the_articles_before_it(tmp_path):
    files = sorted((ROOT / "data").glob("*.txt"))
    _, forward = build(files, tmp_path / "f", exporter_names=("turtle",))
    _, backward = build(list(reversed(files)), tmp_path / "b", exporter_names=("turtle",))
    assert (tmp_path / "f" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
