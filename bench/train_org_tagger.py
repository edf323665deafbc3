"""Train the character CRF organization tagger (kg/entities/tagger.py) on FinRE.

Data: FinRE train (head<TAB>tail<TAB>relation<TAB>sentence). Each unique sentence is labelled with
every entity string any of its lines names (heads and tails), BIO over every occurrence, longest
first, no overlaps. Labels are incomplete (only entities in labelled pairs), so some names in the
training text are tagged O; precision measured the same way is a lower bound.

c1/c2 are picked on FinRE valid (entity-level exact span P/R/F1); test is never read.
The best model is written to kg/entities/data/org_tagger.crfsuite.

    .venv/bin/python bench/train_org_tagger.py                 # grid, keep the best
    .venv/bin/python bench/train_org_tagger.py --c1 0.1 --c2 0.01  # one setting
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.entities.tagger import OrgTagger, featurize  # noqa: E402
from kg.normalize import normalize  # noqa: E402

FINRE = ROOT.parent / "shared" / "benchmarks" / "finre"
MODEL_OUT = ROOT / "kg" / "entities" / "data" / "org_tagger.crfsuite"
GRID = [(0.1, 0.05), (0.3, 0.01), (1.0, 0.01)]  # valid F1 0.735 / 0.740 / 0.749 at 200 iterations


def load(path: Path) -> list[tuple[str, set[str]]]:
    """Unique sentences of a FinRE file, each with the (normalized) entity strings labelled for it."""
    ents: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        head, tail, _rel, sent = parts[0], parts[1], parts[2], "\t".join(parts[3:])
        for e in (head, tail):
            e = e.strip()
            if e:
                ents[sent].add(normalize(e))
    return [(s, es) for s, es in ents.items()]


def gold_spans(norm: str, entities: set[str]) -> list[tuple[int, int]]:
    """Every occurrence of each entity string, longest first, skipping overlaps."""
    taken = [False] * len(norm)
    spans: list[tuple[int, int]] = []
    for e in sorted(entities, key=lambda x: (-len(x), x)):
        start = norm.find(e)
        while start >= 0:
            end = start + len(e)
            if not any(taken[start:end]):
                spans.append((start, end))
                for k in range(start, end):
                    taken[k] = True
            start = norm.find(e, start + 1)
    return sorted(spans)


def bio(n: int, spans: list[tuple[int, int]]) -> list[str]:
    labels = ["O"] * n
    for a, b in spans:
        labels[a] = "B"
        for k in range(a + 1, b):
            labels[k] = "I"
    return labels


def train(args: tuple[float, float, int, str]) -> tuple[float, float, str, float]:
    import pycrfsuite

    c1, c2, iters, model_path = args
    t0 = time.time()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for sent, entities in load(FINRE / "train.txt"):
        norm = normalize(sent)
        if not norm:
            continue
        trainer.append(featurize(norm), bio(len(norm), gold_spans(norm, entities)))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    trainer.train(model_path)
    return c1, c2, model_path, time.time() - t0


def evaluate(model_path: str, data: list[tuple[str, set[str]]]) -> dict[str, float]:
    """Exact-span entity P/R/F1 (spans after OrgTagger's filters) and the same over distinct strings."""
    tagger = OrgTagger(model_path)
    tp = fp = fn = 0
    stp = sfp = sfn = 0
    chars = 0
    t0 = time.perf_counter()
    preds = []
    for sent, _ in data:
        preds.append(tagger.tag(sent, normalize(sent)))
        chars += len(sent)
    dt = time.perf_counter() - t0
    for (sent, entities), pred in zip(data, preds, strict=True):
        norm = normalize(sent)
        gold = set(gold_spans(norm, entities))
        ps = set(pred)
        tp += len(ps & gold)
        fp += len(ps - gold)
        fn += len(gold - ps)
        pstr = {norm[a:b] for a, b in ps}
        gstr = {norm[a:b] for a, b in gold}
        stp += len(pstr & gstr)
        sfp += len(pstr - gstr)
        sfn += len(gstr - pstr)

    def prf(t, f_p, f_n):
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = prf(tp, fp, fn)
    sp, sr, sf = prf(stp, sfp, sfn)
    return {"P": p, "R": r, "F1": f, "strP": sp, "strR": sr, "strF1": sf, "chars_per_s": chars / dt}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--c1", type=float)
    ap.add_argument("--c2", type=float)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=MODEL_OUT)
    args = ap.parse_args()
    grid = [(args.c1, args.c2)] if args.c1 is not None else GRID
    valid = load(FINRE / "valid.txt")
    tmp = Path(tempfile.mkdtemp(prefix="org_tagger_"))
    jobs = [(c1, c2, args.iters, str(tmp / f"c1={c1}_c2={c2}.crfsuite")) for c1, c2 in grid]
    results = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for c1, c2, path, secs in pool.map(train, jobs):
            m = evaluate(path, valid)
            size = Path(path).stat().st_size / 1e6
            print(
                f"c1={c1} c2={c2} iters={args.iters}: valid P={m['P']:.3f} R={m['R']:.3f} F1={m['F1']:.3f}"
                f" (distinct strings P={m['strP']:.3f} R={m['strR']:.3f} F1={m['strF1']:.3f});"
                f" {size:.1f} MB; trained in {secs:.0f}s; tags {m['chars_per_s'] / 1e3:.0f}k chars/s",
                flush=True,
            )
            results.append((m["F1"], c1, c2, path))
    best = max(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(best[3], args.out)
    print(f"best c1={best[1]} c2={best[2]} (valid F1 {best[0]:.3f}) -> {args.out}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
