"""Assemble a synthetic news corpus of N articles from real sentences, for the scale benchmarks.

    .venv/bin/python bench/make_corpus.py N OUT_DIR [--seed 0]

Sentences are the distinct FinRE train sentences (real Sina Finance news, `../shared/benchmarks/finre`)
and the sentences of the five sample articles in data/. Each article takes 8–24 of them in 2–6
paragraphs, with front matter as scraped news has it: a title, a date between 2019 and 2025, the
outlet's site, a URL and the language. Files go in folders of 1,000 (`000/a000000.md`). The same N
and seed give the same corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FINRE = REPO.parent / "shared" / "benchmarks" / "finre" / "train.txt"
OUTLETS = ("新浪财经", "财新网", "第一财经", "21世纪经济报道", "证券时报", "中国证券报", "经济观察网", "界面新闻",
           "每日经济新闻", "澎湃新闻", "上海证券报", "华尔街见闻")
SPLIT = re.compile(r"(?<=[。！？!?])")


def sentence_pool() -> list[str]:
    """Distinct FinRE train sentences, then the sample articles' sentences, in a fixed order."""
    seen: dict[str, None] = {}
    for line in FINRE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[3].strip():
            s = parts[3].strip()
            seen.setdefault(s if s.endswith(("。", "！", "？")) else s + "。", None)
    for path in sorted((REPO / "data").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        for para in body.split("\n"):
            for s in SPLIT.split(para.strip()):
                if len(s) > 8 and not s.startswith(("#", "http")):
                    seen.setdefault(s.strip(), None)
    return list(seen)


def article(rng: random.Random, pool: list[str], i: int) -> str:
    sentences = rng.sample(pool, rng.randint(8, 24))
    cuts = sorted(rng.sample(range(1, len(sentences)), rng.randint(1, min(5, len(sentences) - 1))))
    paragraphs = ["".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)], strict=True)]
    when = dt.datetime(2019, 1, 1, 8) + dt.timedelta(days=rng.randint(0, 2500), minutes=rng.randint(0, 600))
    title = sentences[0].rstrip("。！？")[:40]
    meta = {
        "title": title,
        "date": when.strftime("%Y-%m-%d %H:%M"),
        "site": rng.choice(OUTLETS),
        "url": f"https://news.example.com/{when:%Y/%m/%d}/a{i:06d}.html",
        "lang": "zh-CN",
    }
    front = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items())
    return f"---\n{front}\n---\n\n" + "\n\n".join(paragraphs) + "\n"


def make_corpus(n: int, out: Path, seed: int = 0, progress: bool = True) -> int:
    """Write N articles under `out`; returns the bytes of article text written."""
    rng = random.Random(seed)
    pool = sentence_pool()
    total = 0
    for i in range(n):
        folder = Path(out) / f"{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
            if progress:
                print(f"\rgenerating {i:,}/{n:,}", end="", file=sys.stderr, flush=True)
        data = article(rng, pool, i).encode("utf-8")
        (folder / f"a{i:06d}.md").write_bytes(data)
        total += len(data)
    if progress:
        print(f"\rgenerated {n:,} articles, {total / 1e6:.1f} MB", file=sys.stderr)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    make_corpus(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
