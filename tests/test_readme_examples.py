"""The SPARQL examples in README.md run on the graph of the sample corpus and answer something."""

import re
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.query import run_query

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory):
    store, _ = build([ROOT / "data"], None)
    graph = store.union()
    return graph


def test_readme_has_three_sparql_examples():
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("sparql", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_readme_example_returns_rows(sample_graph, sparql):
    columns, rows = run_query(sample_graph, sparql)
    assert columns and rows, f"README example returned nothing:\n{sparql}"
