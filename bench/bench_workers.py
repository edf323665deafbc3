"""Does the multi-process build scale? A full build of one corpus with 1, 2, … workers, side by side.

    .venv/bin/python bench/bench_workers.py CORPUS [--workers 1,2] [--repeat 3] [--profile]

CORPUS is a folder of articles, e.g. from `bench/make_corpus.py 10000 /tmp/c10k`. For each worker
count, R times (median): `kg.pipeline.build([CORPUS], OUT, workers=W, exporter_names=(), full=True)`
into a fresh output folder (the on-disk Oxigraph store, bulk-loaded), each run in its own child
process. Prints wall seconds of `build()`, MB/s (UTF-8 bytes of the corpus files / build seconds),
the speed-up over the first worker count, peak RSS of the child and its workers together (sampled
every 50 ms with psutil), the CPU seconds (user + system) of the main process and of its workers, and
the machine's idle core-seconds during the run (from /proc/stat). With W workers the main process
collects results and loads the store (pyoxigraph's bulk loader runs on threads of its own); when the
idle core-seconds are near 0 the build is CPU-bound, and (main + workers CPU) / cores is its floor:
more overlap cannot help, only less work. On a shared VM the host takes cores away unseen: a slow
run shows wall × cores well above CPU + idle, so read the fastest runs as well as the median.

`--profile` runs one build per worker count under cProfile in the child and prints the main
process's top functions by own time instead.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_scale import run_watched  # noqa: E402  (the child runner with its process-tree RSS sampler)


def child(corpus: str, out: str, workers: int, profile: bool) -> dict:
    """One full build in this process: its wall and CPU seconds (and a profile when asked)."""
    from kg.pipeline import build

    shutil.rmtree(out, ignore_errors=True)
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    cpu0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    _, result = build([corpus], out, exporter_names=(), workers=workers, full=True)
    wall, cpu1 = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers, reaped when it shut down
    info = {"build_s": wall, "main_cpu_s": (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime),
            "workers_cpu_s": kids.ru_utime + kids.ru_stime,
            "articles": result.articles, "quads": result.quads, "skipped": len(result.skipped)}
    if prof is not None:
        import io
        import pstats

        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
        info["profile"] = buf.getvalue()
    return info


def idle_s() -> float:
    """Idle CPU seconds of the whole machine so far, summed over its cores (0 where there is no /proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    except OSError:
        return 0.0
    return (int(fields[4]) + int(fields[5])) / os.sysconf("SC_CLK_TCK")  # idle + iowait


def run_child(corpus: Path, out: Path, workers: int, profile: bool) -> tuple[dict, int]:
    """(the child's JSON with the machine's idle core-seconds added, peak RSS bytes of the child and its
    workers together)."""
    cmd = [sys.executable, __file__, "--child", str(corpus), str(out), str(workers), "1" if profile else "0"]
    idle0 = idle_s()
    stdout, _, peak = run_watched(cmd)
    info = json.loads(stdout)
    info["idle_core_s"] = idle_s() - idle0
    return info, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, nargs="?")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--child", nargs=4, metavar=("CORPUS", "OUT", "WORKERS", "PROFILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        corpus, out, workers, profile = args.child
        print(json.dumps(child(corpus, out, int(workers), profile == "1")))
        return 0

    mb = sum(f.stat().st_size for f in args.corpus.rglob("*") if f.is_file()) / 1e6
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kgworkers-") as tmp:
        for w in counts:
            runs = []
            for _ in range(1 if args.profile else args.repeat):
                info, rss = run_child(args.corpus, Path(tmp, f"out{w}"), w, args.profile)
                info["rss_mb"] = rss / 1e6
                runs.append(info)
                print(f"  workers={w}: {info['build_s']:.2f} s, {mb / info['build_s']:.3f} MB/s, "
                      f"CPU main {info['main_cpu_s']:.1f} s + workers {info['workers_cpu_s']:.1f} s, "
                      f"idle {info['idle_core_s']:.1f} core-s, peak RSS {info['rss_mb']:.0f} MB", file=sys.stderr, flush=True)
                if args.profile:
                    print(f"--- workers={w}, main process ---\n{info['profile']}")
            rows.append({"workers": w, "runs": runs})
    first = statistics.median(r["build_s"] for r in rows[0]["runs"])
    print(f"\n{args.corpus}: {rows[0]['runs'][0]['articles']:,} articles, {mb:.1f} MB; median of {len(rows[0]['runs'])}")
    print(f"{'workers':>7} {'build s':>8} {'MB/s':>6} {'best s':>7} {'speed-up':>8} {'main CPU s':>10} {'workers CPU s':>13} "
          f"{'idle core-s':>11} {'peak RSS MB':>11} {'quads':>9}")
    for row in rows:
        runs = row["runs"]
        s = statistics.median(r["build_s"] for r in runs)
        med = {k: statistics.median(r[k] for r in runs) for k in ("main_cpu_s", "workers_cpu_s", "idle_core_s", "rss_mb")}
        print(f"{row['workers']:>7} {s:>8.2f} {mb / s:>6.3f} {min(r['build_s'] for r in runs):>7.2f} {first / s:>8.2f} {med['main_cpu_s']:>10.1f} "
              f"{med['workers_cpu_s']:>13.1f} {med['idle_core_s']:>11.1f} {med['rss_mb']:>11.0f} {runs[0]['quads']:>9,}")
    print(f"CPU-bound when idle core-s ≈ 0: then build s ≥ (main + workers CPU s) / {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
