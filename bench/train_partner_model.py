"""Train the learned partner scorer (kg/extractors/pair_model.py) on FinRE train; choose its threshold on valid.

    .venv/bin/pip install scikit-learn   # training only; newskg itself reads the TSV it writes
    .venv/bin/python bench/train_partner_model.py [--C 0.3] [--prune 0.05] [--min-precision 0.7]

Examples are FinRE's labelled (sentence, entity pair) rows, deduplicated over both orders: positive
when the pair's labels include 合作. Features come from kg.extractors.pair_model.features on the
normalized sentence, with each name at its occurrence closest to the other. The threshold is the
one with the best F1 on valid among those with precision ≥ --min-precision (precision first: the
model runs on real articles, where every pair it claims is judged). Writes
kg/extractors/data/partner_zh.tsv and prints P/R/F1 per threshold on valid and test (gold pairs
given, so an upper bound for the end-to-end score of bench/bench_finre.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FINRE = REPO.parent / "shared" / "benchmarks" / "finre"
sys.path.insert(0, str(REPO))

from kg.extractors.pair_model import PairModel, features  # noqa: E402
from kg.normalize import normalize  # noqa: E402

OUT = REPO / "kg" / "extractors" / "data" / "partner_zh.tsv"
THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 19)]


def examples(split: str) -> list[tuple[list[str], bool]]:
    """(features, is 合作) per distinct labelled pair and sentence."""
    labels: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    for line in (FINRE / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[0] != parts[1]:
            labels[("\t".join(parts[3:]), frozenset(parts[:2]))].add(parts[2])
    out = []
    for (text, pair), rels in labels.items():
        norm = normalize(text)
        a, b = (normalize(x) for x in sorted(pair))
        spans = _closest(norm, a, b)
        if spans:
            out.append((features(norm, *spans), "合作" in rels))
    return out


def _closest(norm: str, a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    pa = [i for i in range(len(norm)) if norm.startswith(a, i)]
    pb = [i for i in range(len(norm)) if norm.startswith(b, i)]
    if not pa or not pb:
        return None
    _, x, y = min((abs(x - y), x, y) for x in pa for y in pb)
    return (x, x + len(a)), (y, y + len(b))


def fmt(p: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.2f}" for x in p)


def prf(scores: list[float], gold: list[bool], th: float) -> tuple[float, float, float]:
    tp = sum(s >= th and g for s, g in zip(scores, gold, strict=True))
    pred, pos = sum(s >= th for s in scores), sum(gold)
    p, r = tp / pred if pred else 0.0, tp / pos if pos else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--prune", type=float, default=0.05, help="drop weights smaller than this in magnitude")
    ap.add_argument("--min-precision", type=float, default=0.7)
    ap.add_argument("--balanced", action="store_true", help="class_weight='balanced' (probabilities then skew high)")
    args = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train, valid, test = examples("train"), examples("valid"), examples("test")
    print(f"pairs: train {len(train)} ({sum(y for _, y in train)} 合作), valid {len(valid)}, test {len(test)}")
    vec = DictVectorizer()
    x = vec.fit_transform({f: 1 for f in feats} for feats, _ in train)
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")
    clf = LogisticRegression(C=args.C, max_iter=5000, class_weight="balanced" if args.balanced else None,
                             fit_intercept=False)  # the "bias" feature is the intercept
    clf.fit(x, [y for _, y in train])
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= args.prune or name == "bias"}
    model = PairModel(weights, 0.5)

    def scores(data):
        return [model.probability(f) for f, _ in data], [y for _, y in data]

    sv, gv = scores(valid)
    ok = [(prf(sv, gv, th)[2], th) for th in THRESHOLDS if prf(sv, gv, th)[0] >= args.min_precision]
    threshold = max(ok)[1] if ok else 0.5
    model = PairModel(weights, threshold)
    st, gt = scores(test)
    print(f"{len(weights)} weights kept of {len(vec.get_feature_names_out())}; threshold {threshold} (valid)")
    print("threshold   valid P/R/F1          test P/R/F1   (gold entity pairs given)")
    for th in THRESHOLDS:
        mark = " <" if th == threshold else ""
        print(f"{th:9.2f}   {fmt(prf(sv, gv, th)):18}  {fmt(prf(st, gt, th))}{mark}")
    OUT.write_text(model.dumps(), encoding="utf-8")
    print("wrote", OUT.relative_to(REPO), f"({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
