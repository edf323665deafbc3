"""Scale benchmark: 1k / 10k / 100k synthetic articles, end to end, side by side in one run.

    .venv/bin/python bench/bench_scale.py [--sizes 1000,10000,100000] [--workers 2]
        [--dir /tmp/newskg-bench] [--json bench/results/scale.json] [--memory-max 10000] [--runs 30]

For each size N, with the corpus from `bench/make_corpus.py` (made once, then reused):

1. **full build** into a fresh output folder (`kg.pipeline.build(..., workers=W, exporter_names=())`,
   the on-disk Oxigraph store), then the Turtle export streamed from it: wall seconds, articles/s,
   MB/s of article text (UTF-8 bytes of the files), peak RSS of the whole process tree (sampled
   every 50 ms with psutil), store size on disk, Turtle size;
2. **named queries** on the store (opened read-only, as `kg query` and `kg serve` do): every query in
   kg/queries with its example parameters, `--runs` times each after one warm-up; p50 / p99 in ms;
3. **incremental**: one article changed, then one added, then that one deleted; wall seconds each;
4. **rdflib memory vs Oxigraph** (N ≤ --memory-max): the same corpus built with `--store memory`
   and written as Turtle, against the Oxigraph build + export; wall and peak RSS, and one aggregate
   query (claims per relation) on each engine.

Each measurement runs in its own child process. A progress line shows articles done on long runs.
Results go to the JSON file (with the machine, the command and the git commit), and a table is
printed. Cost per article relative to the smallest size shows whether growth is linear (1.00).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

AGGREGATE = """PREFIX nkg: <https://w3id.org/newskg#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c a nkg:Claim ; rdf:predicate ?p } GROUP BY ?p"""


# ---- children -----------------------------------------------------------------------------------

def child_build(corpus: str, out: str, workers: int, store: str, export: bool, full: bool) -> dict:
    from kg.pipeline import build

    total = sum(1 for _ in Path(corpus).rglob("*.md"))
    done = [0]
    step = max(1, total // 100)

    def progress(item: object) -> None:
        done[0] += 1
        if done[0] % step == 0 and sys.stderr.isatty():
            print(f"\r  {done[0]:,}/{total:,} articles", end="", file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    graphs, result = build([corpus], out if store == "oxigraph" else None, exporter_names=(), workers=workers,
                           store=store, full=full, progress=progress)
    t_build = time.perf_counter() - t0
    if sys.stderr.isatty():
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
    t_export = 0.0
    ttl = Path(out) / "graph.ttl"
    if export:
        t1 = time.perf_counter()
        graphs.dump(ttl, "turtle")
        t_export = time.perf_counter() - t1
    t2 = time.perf_counter()
    rows = list(graphs.query(AGGREGATE)) if store == "oxigraph" else list(graphs.union().query(AGGREGATE))
    t_agg = time.perf_counter() - t2
    return {"build_s": t_build, "export_s": t_export, "aggregate_query_s": t_agg, "aggregate_rows": len(rows),
            "articles": result.articles, "extracted": result.extracted, "reused": result.reused,
            "removed": result.removed, "skipped": len(result.skipped), "quads": result.quads,
            "entities": result.entities, "claims": result.claims, "chars": result.chars,
            "turtle_bytes": ttl.stat().st_size if export and ttl.exists() else 0}


def child_queries(store: str, runs: int) -> dict:
    from kg.graph.store import open_for_query
    from kg.query import bind_params, named_queries

    graphs = open_for_query(Path(store))
    per: dict[str, dict] = {}
    every: list[float] = []
    for q in named_queries().values():
        text = bind_params(q.text, {})
        list(graphs.query(text))  # warm-up
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            n = len(list(graphs.query(text)))
            times.append((time.perf_counter() - t) * 1000)
        every += times
        per[q.name] = {"p50_ms": _pct(times, 50), "p99_ms": _pct(times, 99), "rows": n}
    return {"p50_ms": _pct(every, 50), "p99_ms": _pct(every, 99), "per_query": per}


def _pct(values: list[float], q: int) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))], 2)


# ---- parent -------------------------------------------------------------------------------------

def run_watched(cmd: list[str]) -> tuple[bytes, float, int]:
    """Run `cmd` from the repository root: (its stdout, wall seconds, peak RSS bytes of it and its
    workers together, sampled every 50 ms). Exits if it fails."""
    import psutil

    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=str(REPO))
    peak = [0]

    def rss_of(p) -> int:
        try:
            return p.memory_info().rss
        except psutil.Error:  # a worker that has just exited (a zombie until it is reaped) counts 0
            return 0

    def watch() -> None:
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                kids = ps.children(recursive=True)
            except psutil.Error:
                kids = []
            # per process, so one exited worker does not void the sample (it hid a 4.7 GB peak once)
            peak[0] = max(peak[0], rss_of(ps) + sum(rss_of(c) for c in kids))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t
    watcher.join()
    if proc.returncode:
        raise SystemExit(f"child {cmd[2:]} failed with status {proc.returncode}")
    return out, wall, peak[0]


def run_child(args: list[str]) -> tuple[dict, float, int]:
    """(its JSON, wall seconds, peak RSS bytes of the child and its workers)."""
    out, wall, peak = run_watched([sys.executable, __file__, "--child", *args])
    return json.loads(out), wall, peak


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def corpus_bytes(corpus: Path) -> int:
    return sum(f.stat().st_size for f in corpus.rglob("*.md"))


def bench_size(n: int, root: Path, workers: int, runs: int, memory_max: int) -> dict:
    from make_corpus import make_corpus

    corpus, out = root / f"corpus-{n}", root / f"out-{n}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        print(f"[{n:,}] generating the corpus", file=sys.stderr)
        make_corpus(n, corpus)
        (corpus / ".complete").write_text("ok")
    shutil.rmtree(out, ignore_errors=True)
    size = corpus_bytes(corpus)
    row: dict = {"articles": n, "corpus_mb": round(size / 1e6, 1)}

    print(f"[{n:,}] full build, {workers} workers", file=sys.stderr)
    info, wall, rss = run_child(["build", str(corpus), str(out), str(workers), "oxigraph", "1", "1"])
    row["full"] = {"wall_s": round(wall, 2), "build_s": round(info["build_s"], 2), "export_turtle_s": round(info["export_s"], 2),
                   "articles_per_s": round(n / wall, 1), "mb_per_s": round(size / 1e6 / wall, 2),
                   "peak_rss_mb": round(rss / 1e6), "store_mb": round(du(out / "store") / 1e6, 1),
                   "turtle_mb": round(info["turtle_bytes"] / 1e6, 1), "quads": info["quads"],
                   "entities": info["entities"], "claims": info["claims"], "skipped": info["skipped"],
                   "aggregate_query_ms": round(info["aggregate_query_s"] * 1000, 1)}

    print(f"[{n:,}] named queries", file=sys.stderr)
    q, _, _ = run_child(["queries", str(out / "store"), str(runs)])
    row["queries"] = q

    print(f"[{n:,}] incremental: change, add, delete one article", file=sys.stderr)
    victim = sorted((corpus / "000").glob("*.md"))[1]
    original = victim.read_bytes()
    extra = corpus / "000" / "zz-added.md"
    inc = {}
    try:
        victim.write_bytes(original + "\n另据知情人士透露，腾讯也已与百度洽谈合作。\n".encode())
        for step in ("changed", "added", "deleted"):
            if step == "added":
                extra.write_text("---\ntitle: 小米与宁德时代合作\nsite: 新浪财经\n---\n\n小米与宁德时代签署战略合作协议。\n",
                                 encoding="utf-8")
            if step == "deleted":
                extra.unlink()
            info, wall, rss = run_child(["build", str(corpus), str(out), str(workers), "oxigraph", "0", "0"])
            inc[step] = {"wall_s": round(wall, 2), "build_s": round(info["build_s"], 2), "extracted": info["extracted"],
                         "reused": info["reused"], "removed": info["removed"], "peak_rss_mb": round(rss / 1e6)}
    finally:
        victim.write_bytes(original)
        extra.unlink(missing_ok=True)
    row["incremental"] = inc

    if n <= memory_max:
        print(f"[{n:,}] rdflib memory store + Turtle, same corpus", file=sys.stderr)
        mem_out = root / f"mem-{n}"
        shutil.rmtree(mem_out, ignore_errors=True)
        mem_out.mkdir(parents=True)
        info, wall, rss = run_child(["build", str(corpus), str(mem_out), str(workers), "memory", "0", "1"])
        row["rdflib_memory"] = {"wall_s": round(wall, 2), "build_s": round(info["build_s"], 2),
                                "peak_rss_mb": round(rss / 1e6),
                                "aggregate_query_ms": round(info["aggregate_query_s"] * 1000, 1)}
        shutil.rmtree(mem_out, ignore_errors=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/newskg-bench"))
    ap.add_argument("--json", type=Path, default=REPO / "bench" / "results" / "scale.json")
    ap.add_argument("--memory-max", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--child", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "build":
            corpus, out, workers, store, export, full = rest
            print(json.dumps(child_build(corpus, out, int(workers), store, export == "1", full == "1")))
        else:
            store, runs = rest
            print(json.dumps(child_queries(store, int(runs))))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO).stdout.strip()
    rows: list[dict] = []
    for n in sizes:  # the JSON is rewritten after each size, so a long run that is stopped keeps what it measured
        rows.append(bench_size(n, args.dir, args.workers, args.runs, args.memory_max))
        base = rows[0]["full"]["wall_s"] / rows[0]["articles"]
        for r in rows:
            r["full"]["cost_per_article_vs_smallest"] = round(r["full"]["wall_s"] / r["articles"] / base, 2)
        report = {"command": "python " + " ".join(sys.argv), "commit": commit, "cpus": os.cpu_count(),
                  "machine": platform.platform(), "python": platform.python_version(), "workers": args.workers,
                  "results": rows}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(table(rows))
    print(f"wrote {args.json}")


def table(rows: list[dict]) -> str:
    lines = [f"{'articles':>9} {'MB':>6} {'wall s':>7} {'art/s':>7} {'MB/s':>5} {'RSS MB':>7} {'store MB':>8} "
             f"{'ttl s':>6} {'q p50':>6} {'q p99':>6} {'chg s':>6} {'add s':>6} {'del s':>6} {'x lin':>5} "
             f"{'rdflib s':>8} {'rdflib MB':>9}"]
    for r in rows:
        f, q, inc, mem = r["full"], r["queries"], r["incremental"], r.get("rdflib_memory", {})
        lines.append(f"{r['articles']:>9,} {r['corpus_mb']:>6} {f['wall_s']:>7} {f['articles_per_s']:>7} {f['mb_per_s']:>5} "
                     f"{f['peak_rss_mb']:>7} {f['store_mb']:>8} {f['export_turtle_s']:>6} {q['p50_ms']:>6} {q['p99_ms']:>6} "
                     f"{inc['changed']['wall_s']:>6} {inc['added']['wall_s']:>6} {inc['deleted']['wall_s']:>6} "
                     f"{f['cost_per_article_vs_smallest']:>5} {mem.get('wall_s', '-'):>8} {mem.get('peak_rss_mb', '-'):>9}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
