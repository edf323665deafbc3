"""The `kg` command, run in-process with click's CliRunner: help, build, query and eval as a user types them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import BROKEN, GOLD, good_ids

from kg.cli import main
from kg.query import named_queries

SCORE_LINES = ("partner", "evaluated", "rejected", "micro", "attribution")
COUNT_CLAIMS = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a <https://w3id.org/newskg#Claim> }"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def graph_ttl(built) -> str:
    return str(built[2] / "graph.ttl")


def run(runner: CliRunner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def no_traceback(result) -> bool:
    return "Traceback" not in result.output and "Traceback" not in result.stderr


# ---- help -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], *[[name] for name in sorted(main.commands)]],
                         ids=lambda c: " ".join(["kg", *c]))
def test_help_exits_0_and_shows_an_example(runner, command):
    result = run(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_every_documented_command_exists():
    assert {"build", "query", "eval", "serve"} <= set(main.commands)


# ---- build ------------------------------------------------------------------------------------


def test_build_of_a_broken_corpus_exits_0_prints_the_report_and_lists_skipped_files(runner, broken_corpus, tmp_path):
    out = tmp_path / "out"
    result = run(runner, "build", str(broken_corpus), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"articles read: {len(good_ids())}" in result.stdout
    assert f"skipped: {len(BROKEN)}" in result.stdout
    skipped_lines = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped_lines) == len(BROKEN)
    for name in BROKEN:
        assert any(str(broken_corpus / name) in line for line in skipped_lines), f"{name} not on stderr"
    assert (out / "graph.ttl").exists()


def test_build_strict_exits_2_when_files_were_skipped(runner, broken_corpus, tmp_path):
    result = runner.invoke(main, ["build", str(broken_corpus), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 2
    assert (tmp_path / "out" / "graph.ttl").exists()  # strict still writes what it could build


def test_build_strict_exits_0_when_nothing_was_skipped(runner, tmp_path):
    src = tmp_path / "one.md"
    src.write_text("---\ntitle: t\n---\n\n小米与宁德时代签署了合作协议。\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--strict", "--quiet"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_build_with_an_unknown_exporter_is_a_one_line_error(runner, broken_corpus, tmp_path):
    result = runner.invoke(main, ["build", str(broken_corpus), "--out", str(tmp_path / "out"), "--exporter", "pdf"])
    assert result.exit_code == 1
    assert "pdf" in result.stderr and "turtle" in result.stderr
    assert no_traceback(result)
    assert not (tmp_path / "out").exists()


# ---- query ------------------------------------------------------------------------------------


def test_query_list_names_every_named_query_with_its_params(runner):
    result = run(runner, "query", "--list")
    assert result.exit_code == 0
    for name, q in named_queries().items():
        line = next(line for line in result.stdout.splitlines() if line.startswith(name))
        for param in q.params:
            assert param in line


def test_partners_of_alibaba_in_chinese_finds_apple(runner, graph_ttl):
    result = run(runner, "query", "--name", "partners_of", "--param", "entity=阿里巴巴", "--graph", graph_ttl)
    assert result.exit_code == 0
    assert "Apple" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_machine_formats_parse(runner, graph_ttl, fmt):
    result = run(runner, "query", "--name", "partners_of", "--param", "entity=Alibaba", "--graph", graph_ttl,
                 "--format", fmt)
    assert result.exit_code == 0
    rows = json.loads(result.stdout) if fmt == "json" else list(csv.DictReader(io.StringIO(result.stdout)))
    assert "Apple" in {r["partner"] for r in rows}
    assert set(rows[0]) == {"partner", "articles", "sources", "confidence"}


def test_sparql_text_argument(runner, graph_ttl):
    result = run(runner, "query", COUNT_CLAIMS, "--graph", graph_ttl, "--format", "json")
    assert result.exit_code == 0
    assert int(json.loads(result.stdout)[0]["n"]) > 0


def test_sparql_from_file(runner, graph_ttl, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text(COUNT_CLAIMS, encoding="utf-8")
    text = run(runner, "query", COUNT_CLAIMS, "--graph", graph_ttl, "--format", "csv").stdout
    result = run(runner, "query", "--file", str(rq), "--graph", graph_ttl, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout == text


@pytest.mark.parametrize("args", [
    pytest.param(["SELECT * WHERE { ?s ?p }"], id="malformed-sparql"),
    pytest.param(["SELECT * WHERE { ?s ?p abc }"], id="bare-word-instead-of-prefixed-name", ),
    pytest.param(["--name", "no_such_query"], id="unknown-named-query"),
    pytest.param(["--name", "partners_of", "--param", "nosuch=1"], id="unknown-param"),
    pytest.param(["--file", "missing.rq"], id="missing-query-file"),
])
def test_bad_query_exits_1_with_a_one_line_message(runner, graph_ttl, args):
    result = runner.invoke(main, ["query", *args, "--graph", graph_ttl])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert len(errors) == 1 and errors[0].startswith("Error: "), result.stderr
    assert no_traceback(result)


def test_query_needs_exactly_one_of_sparql_file_name(runner, graph_ttl):
    result = runner.invoke(main, ["query", COUNT_CLAIMS, "--name", "conflicts", "--graph", graph_ttl])
    assert result.exit_code == 2
    assert "exactly one" in result.stderr


def test_query_on_a_missing_graph_says_to_build_first(runner, tmp_path):
    missing = tmp_path / "nope.ttl"
    result = runner.invoke(main, ["query", COUNT_CLAIMS, "--graph", str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.stderr and "kg build" in result.stderr
    assert no_traceback(result)


# ---- eval -------------------------------------------------------------------------------------


def eval_args(graph: str, *extra: str) -> list[str]:
    return ["eval", "--gold", str(GOLD / "seeds.tsv"), "--entities", str(GOLD / "entities.tsv"), graph, *extra]


def test_eval_prints_the_five_score_lines(runner, graph_ttl):
    result = run(runner, *eval_args(graph_ttl))
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines] == list(SCORE_LINES)
    for line in lines:
        assert all(k in line for k in ("P=", "R=", "F1=", "tp=", "fp=", "fn="))


def test_eval_json_parses(runner, graph_ttl):
    result = run(runner, *eval_args(graph_ttl, "--json"))
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert set(scores) == set(SCORE_LINES)
    for score in scores.values():
        assert set(score) == {"p", "r", "f1", "tp", "fp", "fn"}
        assert 0.0 <= score["f1"] <= 1.0


def test_eval_on_a_missing_graph_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, eval_args(str(tmp_path / "nope.ttl")))
    assert result.exit_code == 1
    assert "no such graph" in result.stderr
    assert no_traceback(result)


def test_eval_with_malformed_gold_names_the_file(runner, graph_ttl, tmp_path):
    bad = tmp_path / "seeds.csv"
    bad.write_text("article,subject,relation,object,sources,required\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", "--gold", str(bad), "--entities", str(GOLD / "entities.tsv"), graph_ttl])
    assert result.exit_code == 1
    assert str(bad) in result.stderr
    assert no_traceback(result)


def test_serve_on_a_missing_graph_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["serve", "--graph", str(Path(tmp_path) / "nope.ttl")])
    assert result.exit_code == 1
    assert "kg build" in result.stderr
