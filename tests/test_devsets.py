"""Development sets written by reviewers who had not seen the extractor (tests/data/devset2 to devset7):
articles in English, Traditional and Simplified Chinese with hand-labelled gold. Their scores must not
regress below the floors here (the measured scores are in the README)."""

from pathlib import Path

import pytest

from kg.evaluate import evaluate, load_aliases, load_gold
from kg.pipeline import build

DATA = Path(__file__).resolve().parent / "data"
# name: (articles, micro F1 floor, attribution F1 floor, precision floor per relation); measured at f25b21d:
# devset2 0.992 / 0.900, devset3 0.959 / 0.847, devset4 0.845 / 0.776, devset5 0.825 / 0.740 (all four used for
# development), devset6 0.500 / 0.324 (blind: its errors were not read, its floors only catch a collapse)
DEVSETS = {
    "devset2": (10, 0.92, 0.82, 0.75),
    "devset3": (15, 0.90, 0.75, 0.75),
    "devset4": (15, 0.78, 0.70, 0.75),
    "devset5": (12, 0.75, 0.65, 0.75),
    "devset6": (12, 0.40, 0.25, 0.40),
    "devset7": (12, 0.45, 0.35, 0.50),  # blind: 0.558 / 0.449 at 7d283cd, errors not read
}


@pytest.fixture(scope="module", params=sorted(DEVSETS))
def scored(request):
    name = request.param
    store, result = build([DATA / name / "corpus"], None)
    assert result.articles == DEVSETS[name][0] and not result.skipped
    graph = store.union()
    return name, evaluate(graph, load_gold(DATA / name / "seeds.tsv"), load_aliases(DATA / name / "entities.tsv"))


def test_micro_f1_floor(scored):
    name, scores = scored
    assert scores["micro"].f1 >= DEVSETS[name][1], scores["errors"]


def test_attribution_f1_floor(scored):
    name, scores = scored
    assert scores["attribution"].f1 >= DEVSETS[name][2], scores["errors"]


@pytest.mark.parametrize("relation", ["partner", "evaluated", "rejected"])
def test_precision_floor_per_relation(scored, relation):
    name, scores = scored
    assert scores[relation].p >= DEVSETS[name][3], scores["errors"]
