"""Build throughput and memory on synthetic corpora made from the five sample articles in data/.

    .venv/bin/python bench/bench_build.py [--sizes 100,1000,5000] [--repeat 3]

For each size N: a temp corpus with the five samples copied N/5 times under distinct names (in
subfolders of 500), plus, per copy round of 100 articles, one each of four broken files (bad YAML,
GBK bytes, empty, binary) that the build must skip. Each size runs in its own subprocess so peak RSS
does not mix; inside it, R times each (median):

* ``build([corpus], out, exporter_names=("turtle", "report"))`` — wall seconds;
* the extraction-only pass: ``load_corpus`` + ``extract()`` per article, no graph, no export.

Prints a table of medians: wall times, articles/s, MB/s of article text (UTF-8 bytes of the
paragraphs), peak RSS (ru_maxrss of the child), triples, output file sizes, skipped, and the ratio
of time per article to the smallest size (1.00 = linear). Exits 1 if skipped != broken files.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BROKEN = {
    "broken_yaml.md": '---\ntitle: "unterminated\n  bad: [indent\n\tkey: tab\n---\n\n正文。\n'.encode(),
    "broken_gbk.txt": "---\ntitle: 测试\n---\n\n阿里巴巴与苹果公司合作。\n".encode("gbk"),
    "broken_empty.md": b"",
    "broken_binary.txt": bytes(range(256)) * 8,
}
BROKEN_EVERY = 100  # one set of broken files per this many articles


def make_corpus(root: Path, n: int) -> tuple[int, int]:
    """N articles from data/*.txt (+ broken files); returns (articles, broken files)."""
    samples = sorted((REPO / "data").glob("*.txt"))
    broken = 0
    for i in range(n):
        src = samples[i % len(samples)]
        folder = root / f"part{i // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, folder / f"{i:06d}_{src.name}")
        if i % BROKEN_EVERY == 0:
            for name, data in BROKEN.items():
                (folder / f"{i:06d}_{name}").write_bytes(data)
                broken += 1
    return n, broken


def child(corpus: Path, out: Path, repeat: int) -> dict:
    """Runs inside the per-size subprocess: the timings, counts and peak RSS as JSON."""
    from kg.corpus import load_corpus
    from kg.entities import Annotator
    from kg.model import Article
    from kg.pipeline import build, extract

    builds, extracts, res = [], [], None
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        _, res = build([corpus], out, exporter_names=("turtle", "report"), full=True)
        builds.append(time.perf_counter() - t)
    nbytes = 0
    for _ in range(repeat):
        t = time.perf_counter()
        ann, nbytes = Annotator(), 0
        for item in load_corpus([corpus]):
            if isinstance(item, Article):
                nbytes += sum(len(p.encode("utf-8")) for p in item.paragraphs)
                extract(ann, item)
        extracts.append(time.perf_counter() - t)
    assert res is not None
    return {
        "articles": res.articles,
        "skipped": len(res.skipped),
        "reasons": sorted({f"{Path(x.path).name.split('_', 1)[1]}: {x.reason}" for x in res.skipped}),
        "quads": res.quads,
        "bytes": nbytes,
        "build_s": statistics.median(builds),
        "build_cold_s": builds[0],
        "extract_s": statistics.median(extracts),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "outputs": {name: Path(p).stat().st_size for name, p in res.outputs.items()},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,5000", help="comma-separated article counts")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", nargs=3, metavar=("CORPUS", "OUT", "REPEAT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows, ok = [], True
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"kgbench{n}-") as tmp:
            corpus, out = Path(tmp, "corpus"), Path(tmp, "out")
            articles, broken = make_corpus(corpus, n)
            cmd = [sys.executable, __file__, "--child", str(corpus), str(out), str(args.repeat)]
            print(f"$ {' '.join(cmd)}   # {articles} articles + {broken} broken files", flush=True)
            t = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
            if done.returncode:
                print(done.stderr, file=sys.stderr)
                return 1
            r = json.loads(done.stdout.strip().splitlines()[-1])
            r.update(n=n, broken=broken, total_s=time.perf_counter() - t)
            if r["skipped"] != broken or r["articles"] != articles:
                print(
                    f"  !! skipped={r['skipped']} (expected {broken}), articles={r['articles']}",
                    file=sys.stderr,
                )
                ok = False
            rows.append(r)
            print(f"  done in {r['total_s']:.1f} s", flush=True)

    base = rows[0]
    print(f"\nmedian of {args.repeat}; one process per size (1 core); MB = 10^6 UTF-8 bytes of article text")
    head = (
        f"{'articles':>8} {'skipped':>7} {'build s':>8} {'cold s':>7} {'art/s':>6} {'MB/s':>6} {'extract s':>9} "
        f"{'MB/s':>6} {'ms/art':>7} {'ratio':>6} {'RSS MB':>7} {'quads':>8} {'graph.ttl':>10} {'report':>8}"
    )
    print(head)
    for r in rows:
        mb = r["bytes"] / 1e6
        per = r["build_s"] / r["articles"]
        ratio = per / (base["build_s"] / base["articles"])
        outs = r["outputs"]
        report = next((v for k, v in outs.items() if k == "report"), 0)
        print(
            f"{r['articles']:>8} {r['skipped']:>7} {r['build_s']:>8.2f} {r['build_cold_s']:>7.2f} "
            f"{r['articles'] / r['build_s']:>6.0f} {mb / r['build_s']:>6.3f} {r['extract_s']:>9.2f} "
            f"{mb / r['extract_s']:>6.3f} {per * 1000:>7.2f} {ratio:>6.2f} {r['peak_rss_mb']:>7.0f} "
            f"{r['quads']:>8} {outs.get('turtle', 0) / 1e6:>9.2f}M {report / 1e3:>7.1f}K"
        )
    print("ratio = build time per article relative to the first size (1.00 = linear)")
    print("skipped == broken files:", "yes" if ok else "NO")
    for reason in sorted({x for r in rows for x in r["reasons"]}):
        print("  skip reason:", reason)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
