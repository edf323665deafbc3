"""Second development set (tests/data/devset2): ten articles in English, Traditional and Simplified
Chinese written by a reviewer who had not seen the extractor. Its score must not regress."""

from pathlib import Path

import pytest

from kg.evaluate import evaluate, load_aliases, load_gold
from kg.pipeline import build

DEVSET = Path(__file__).resolve().parent / "data" / "devset2"


@pytest.fixture(scope="module")
def scores():
    store, result = build([DEVSET / "corpus"], None)
    graph = store.union()
    assert result.articles == 10 and not result.skipped
    return evaluate(graph, load_gold(DEVSET / "seeds.tsv"), load_aliases(DEVSET / "entities.tsv"))


def test_devset2_micro_f1_floor(scores):
    assert scores["micro"].f1 >= 0.80, scores["errors"]


def test_devset2_attribution_f1_floor(scores):
    assert scores["attribution"].f1 >= 0.70, scores["errors"]


@pytest.mark.parametrize("relation", ["partner", "evaluated", "rejected"])
def test_devset2_precision_floor_per_relation(scores, relation):
    assert scores[relation].p >= 0.75, scores["errors"]
