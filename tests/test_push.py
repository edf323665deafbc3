"""`kg push` against a real Oxigraph server (the `oxigraph` PyPI package) started on 127.0.0.1:
one named graph per article, the server's dataset equals the local store's, re-pushes send only
what changed, and deleted articles lose their graph on the server too."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.manifest import Manifest
from kg.pipeline import build
from kg.push import push

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path):
    """A fresh `oxigraph serve` on a free loopback port; yields its base URL."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert binary, "the `oxigraph` package (a test dependency) provides the server binary"
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/query?query=" + quote("ASK {}"), timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("the oxigraph server did not start")
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


def remote_quads(url: str) -> list[bytes]:
    req = urllib.request.Request(url + "/store", headers={"Accept": "application/n-quads"})
    return sorted(urllib.request.urlopen(req, timeout=10).read().splitlines())


def local_quads(out: Path) -> list[bytes]:
    return sorted((out / "graph.nq").read_bytes().splitlines())


def remote_graphs(url: str) -> int:
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    req = urllib.request.Request(url + "/query?query=" + quote(q), headers={"Accept": "application/sparql-results+json"})
    return int(json.load(urllib.request.urlopen(req, timeout=10))["results"]["bindings"][0]["n"]["value"])


def test_push_loads_one_graph_per_article_and_then_only_what_changed(tmp_path, server):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "data", corpus)
    out = tmp_path / "out"
    build([corpus], out, exporter_names=("nquads",))
    tallies = len(Manifest.load(out / "store" / "manifest.json").summary)
    first = push(out / "store", server + "/store")
    assert tallies >= 1
    # 5 articles, the shared gazetteer graph and the tally graphs
    assert (first.sent, first.deleted, first.failed) == (6 + tallies, 0, [])
    assert remote_graphs(server) == 6 + tallies
    assert remote_quads(server) == local_quads(out)

    files = sorted(corpus.glob("*.txt"))
    files[0].unlink()
    files[1].write_text("---\ntitle: changed\n---\n\n小米与宁德时代签署战略合作协议。\n", encoding="utf-8")
    build([corpus], out, exporter_names=("nquads",))
    now = len(Manifest.load(out / "store" / "manifest.json").summary)
    second = push(out / "store", server + "/store")
    # the changed article, the shared graph if the entities named changed, and the tally graphs whose
    # counts moved; 3 articles and the other tally graphs untouched
    assert second.sent >= 1 and second.sent + second.unchanged == 5 + now
    assert second.unchanged >= 3 and second.deleted >= 1
    assert remote_graphs(server) == 5 + now
    assert remote_quads(server) == local_quads(out)

    third = push(out / "store", server + "/store")
    assert (third.sent, third.deleted, third.unchanged) == (0, 0, 5 + now)


def test_cli_push_reports_counts_and_an_unreachable_endpoint_is_one_clear_line(tmp_path, server):
    out = tmp_path / "out"
    build([ROOT / "data"], out, exporter_names=("turtle",))
    ok = CliRunner().invoke(main, ["push", "--endpoint", server + "/store", "--store", str(out / "store")])
    graphs = 6 + len(Manifest.load(out / "store" / "manifest.json").summary)  # articles, gazetteer, tallies
    assert ok.exit_code == 0 and f"pushed {graphs} graphs" in ok.output
    dead = f"http://127.0.0.1:{_free_port()}/store"
    bad = CliRunner().invoke(main, ["push", "--endpoint", dead, "--store", str(out / "store")])
    assert bad.exit_code == 1 and "cannot reach" in bad.output


def test_push_without_a_build_says_so(tmp_path):
    result = CliRunner().invoke(main, ["push", "--endpoint", "http://127.0.0.1:9/store", "--store", str(tmp_path)])
    assert result.exit_code == 1 and "no built store" in result.output
