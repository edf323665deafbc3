"""Extraction on a Dask cluster (`kg build --scheduler`) gives the same graph as a local build,
broken files included; tested on a `distributed.LocalCluster` of worker processes on loopback."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build

distributed = pytest.importorskip("distributed")  # a test dependency; importorskip only names it
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_dask_build_equals_a_local_build(tmp_path, scheduler, broken_corpus):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "data", corpus / "sample")
    shutil.copytree(broken_corpus, corpus / "broken")
    _, local = build([corpus], tmp_path / "local", exporter_names=("nquads",))
    _, remote = build([corpus], tmp_path / "dask", exporter_names=("nquads",), scheduler=scheduler)
    assert (tmp_path / "local" / "graph.nq").read_bytes() == (tmp_path / "dask" / "graph.nq").read_bytes()
    assert [(s.path.name, s.reason) for s in local.skipped] == [(s.path.name, s.reason) for s in remote.skipped]
    assert remote.articles == local.articles >= 5 and remote.skipped


def test_cli_build_on_a_scheduler(tmp_path, scheduler):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(ROOT / "data"), "--out", str(out), "--scheduler", scheduler,
                                       "--exporter", "turtle", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").stat().st_size > 0


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "data"), "--out", str(tmp_path / "o"),
                                       "--scheduler", "tcp://127.0.0.1:9", "--quiet"])
    assert result.exit_code == 1 and "Dask scheduler" in result.output
