"""Development sets written by reviewers who had not seen the extractor (tests/data/devset2 to devset32):
articles in English, Traditional and Simplified Chinese with hand-labelled gold. Their scores must not
regress below the floors here (the measured scores are in the README)."""

from pathlib import Path

import pytest

from kg.evaluate import evaluate, load_aliases, load_gold
from kg.pipeline import build

DATA = Path(__file__).resolve().parent / "data"
# name: (articles, micro F1 floor, attribution F1 floor, precision floor per relation). From devset7 on,
# each set was scored blind (devset28 at precision 0.45 for evaluated: its floor is 0.4) (at least once, before anyone read its errors) and only then developed on; its
# README gives those blind scores and the commits they were measured at. The current scores are in the README.
DEVSETS = {
    "devset2": (10, 0.92, 0.85, 0.75),
    "devset3": (15, 0.94, 0.88, 0.75),
    "devset4": (15, 0.84, 0.76, 0.75),
    "devset5": (12, 0.87, 0.86, 0.75),
    "devset6": (12, 0.88, 0.8, 0.7),
    "devset7": (12, 0.82, 0.6, 0.6),
    "devset8": (12, 0.86, 0.85, 0.6),
    "devset9": (12, 0.82, 0.7, 0.6),
    "devset10": (12, 0.87, 0.88, 0.8),
    "devset11": (10, 0.9, 0.8, 0.75),
    "devset12": (10, 0.8, 0.74, 0.65),
    "devset13": (8, 0.72, 0.48, 0.65),
    "devset14": (8, 0.8, 0.56, 0.7),
    "devset15": (8, 0.8, 0.65, 0.8),
    "devset16": (8, 0.58, 0.66, 0.65),
    "devset17": (8, 0.9, 0.88, 0.8),
    "devset18": (8, 0.7, 0.6, 0.6),
    "devset19": (8, 0.68, 0.68, 0.6),
    "devset20": (8, 0.6, 0.56, 0.5),
    "devset21": (8, 0.76, 0.72, 0.75),
    "devset22": (8, 0.76, 0.72, 0.6),
    "devset23": (8, 0.7, 0.75, 0.6),
    "devset24": (8, 0.66, 0.42, 0.6),
    "devset25": (8, 0.76, 0.7, 0.6),
    "devset26": (8, 0.6, 0.52, 0.55),
    "devset27": (8, 0.68, 0.66, 0.75),
    "devset28": (8, 0.6, 0.45, 0.4),
    "devset29": (8, 0.62, 0.55, 0.6),
    "devset30": (8, 0.68, 0.4, 0.6),
    "devset31": (8, 0.5, 0.36, 0.35),
    "devset32": (8, 0.46, 0.48, 0.5),
}
MIN_PREDICTED = 3  # a precision from fewer predicted claims says nothing


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
    if scores[relation].tp + scores[relation].fp < MIN_PREDICTED:
        pytest.skip(f"{name} has fewer than {MIN_PREDICTED} predicted {relation} claims")
    assert scores[relation].p >= DEVSETS[name][3], scores["errors"]
