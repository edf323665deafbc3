"""FinRE partner benchmark: the official prepare → build → score flow, throughput, errors and calibration.

    .venv/bin/python bench/bench_finre.py [--split valid|test|train] [--errors N] [--out DIR] [--repeat R]

1. ``python ../shared/tools/finre.py prepare SPLIT CORPUS`` (one article per distinct sentence);
2. ``kg.pipeline.build([CORPUS], OUT, exporter_names=("turtle",))``, timed, plus the same build with
   ``out_dir=None`` (extraction + graph, no export) and a bare ``extract()`` loop, R times each (median);
3. ``python ../shared/tools/finre.py score SPLIT OUT/graph.ttl --errors`` — its P/R/F1 line is printed
   verbatim, then the first N errors grouped FP/FN, each with a diagnosed cause (entity not found,
   boundary, no frame, other relation, denied, ...) from re-annotating that one sentence;
4. calibration: precision of the predicted partner claims per nkg:confidence bucket, judged against the
   FinRE labels with the scorer's own ``read``/``norm`` (labelled 合作 → correct, labelled otherwise →
   wrong, unlabelled pair → ignored, denied claims left out — as the scorer does).

Reads ../shared directly (benchmarks may; tests may not). Exits 0 whatever the score.
"""

from __future__ import annotations

import argparse
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FINRE_TOOL = SHARED / "tools" / "finre.py"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(FINRE_TOOL.parent))

import finre  # noqa: E402  (the official scorer: read, norm)
from rdflib import Graph, Namespace  # noqa: E402
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS  # noqa: E402

from kg.corpus import load_corpus  # noqa: E402
from kg.entities import Annotator  # noqa: E402
from kg.entities.gazetteer import load_gazetteer  # noqa: E402
from kg.extractors.frames import org_id  # noqa: E402
from kg.model import Article, Relation, Status  # noqa: E402
from kg.pipeline import build, extract  # noqa: E402

NKG = Namespace("https://w3id.org/newskg#")
PROV = Namespace("http://www.w3.org/ns/prov#")
BUCKETS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.0001))
PARTNER_CUE = "合作|联手|携手|牵手|联合|结盟|联盟|合资|签署|签订|签约|协议|伙伴|共同|战略"


def run(cmd: list[str]) -> str:
    print("$", " ".join(shlex.quote(c) for c in cmd), flush=True)
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if done.returncode:
        print(done.stderr, file=sys.stderr)
    return done.stdout


COLD: dict[str, float] = {}


def timed(fn, repeat: int, name: str = "") -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    COLD[name] = times[0]
    return statistics.median(times), out


def throughput(corpus: Path, out: Path, repeat: int) -> None:
    articles = [a for a in load_corpus([corpus]) if isinstance(a, Article)]
    nbytes = sum(len(p.encode("utf-8")) for a in articles for p in a.paragraphs)
    mb = nbytes / 1e6
    t_full, (_, res) = timed(lambda: build([corpus], out, exporter_names=("turtle",), full=True), repeat, "full")
    t_noexp, _ = timed(lambda: build([corpus], None, exporter_names=("turtle",)), repeat)

    def loop() -> None:
        ann = Annotator()
        for a in articles:
            extract(ann, a)

    t_ann, _ = timed(Annotator, repeat)
    t_loop, _ = timed(loop, repeat)
    t_extract = max(t_loop - t_ann, 1e-9)
    print(
        f"\narticles={res.articles} skipped={len(res.skipped)} chars={res.chars} utf8_bytes={nbytes} "
        f"claims={res.claims} entities={res.entities} quads={res.quads}   (median of {repeat}, 1 process = 1 core)"
    )
    print(
        f"first (cold) build + turtle export: {COLD['full']:.3f} s (imports done; includes gazetteer/matcher/regex warm-up)"
    )
    print(f"{'stage':<44}{'wall s':>8}{'MB/s':>8}{'art/s':>9}")
    for name, t in (
        ("build + turtle export", t_full),
        ("build, out_dir=None (no export)", t_noexp),
        ("extract() loop incl. Annotator() load", t_loop),
        ("extract() loop, Annotator load excluded", t_extract),
        ("Annotator() (gazetteer load), once", t_ann),
    ):
        rate = f"{mb / t:8.3f}{len(articles) / t:9.0f}" if "once" not in name else f"{'':8}{'':9}"
        print(f"{name:<44}{t:8.3f}{rate}")


def entity_labels(g: Graph, node) -> set[str]:
    return {
        finre.norm(lit) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for lit in g.objects(node, p)
    }


def calibration(split: Path, graph_file: Path) -> None:
    _, pairs = finre.read(str(split))
    by_sid: dict[str, list[tuple[frozenset[str], set[str]]]] = defaultdict(list)
    for (sid, pair), rels in pairs.items():
        if len(pair) == 2:
            by_sid[sid].append((pair, rels))
    g = Graph()
    g.parse(graph_file)
    q = """SELECT ?c ?s ?o ?id ?conf WHERE { ?c a nkg:Claim ; rdf:subject ?s ; rdf:predicate nkg:partner ;
           rdf:object ?o ; prov:wasDerivedFrom ?a . ?a dcterms:identifier ?id . OPTIONAL { ?c nkg:confidence ?conf }
           FILTER NOT EXISTS { ?c nkg:status nkg:Denied } }"""
    rows = g.query(q, initNs={"nkg": NKG, "rdf": RDF, "prov": PROV, "dcterms": DCTERMS})
    stats = {b: Counter() for b in BUCKETS}
    for _c, s, o, aid, conf in rows:
        c = float(conf) if conf is not None else 0.0
        bucket = next(b for b in BUCKETS if b[0] <= c < b[1])
        L1, L2 = entity_labels(g, s), entity_labels(g, o)
        matched = [
            rels
            for pair, rels in by_sid.get(str(aid), ())
            if (lambda a, b: (a in L1 and b in L2) or (b in L1 and a in L2))(*tuple(pair))
        ]
        if not matched:
            stats[bucket]["unlabelled"] += 1
        elif any("合作" in rels for rels in matched):
            stats[bucket]["correct"] += 1
        else:
            stats[bucket]["wrong"] += 1
    print("\ncalibration: precision of predicted (non-denied) partner claims by nkg:confidence")
    print(f"{'confidence':<13}{'claims':>7}{'labelled':>9}{'correct':>8}{'wrong':>6}{'precision':>10}")
    tot = Counter()
    for (lo, hi), st in stats.items():
        tot.update(st)
        lab = st["correct"] + st["wrong"]
        name = f"[{lo:.2f},{min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"
        prec = f"{st['correct'] / lab:.2f}" if lab else "-"
        print(f"{name:<13}{sum(st.values()):>7}{lab:>9}{st['correct']:>8}{st['wrong']:>6}{prec:>10}")
    lab = tot["correct"] + tot["wrong"]
    print(
        f"{'all':<13}{sum(tot.values()):>7}{lab:>9}{tot['correct']:>8}{tot['wrong']:>6}"
        f"{(tot['correct'] / lab if lab else 0):>10.2f}"
    )


def diagnose(ann: Annotator, corpus: Path, kind: str, sid: str, a: str, b: str, rels: str) -> str:
    """Why the pipeline missed (FN) or produced (FP) this pair, from re-annotating the one sentence."""
    article = next(x for x in load_corpus([corpus / f"{sid}.md"]) if isinstance(x, Article))
    doc, claims = extract(ann, article)
    text = finre.norm("".join(article.paragraphs))
    ents: dict[str, list[tuple[str, str, str | None]]] = {}  # gold name → [(surface, kind, org id)]
    for name in (a, b):
        hits = []
        for s in doc.sentences:
            for m in s.mentions:
                e = doc.entities.get(m.entity_id or "")
                forms = {finre.norm(m.text)} | (
                    {finre.norm(x) for x in (*e.labels.values(), *e.aliases)} if e else set()
                )
                if name in forms or (name in finre.norm(m.text) or finre.norm(m.text) in name):
                    hits.append((m.text, m.kind.value, org_id(doc, m), name in forms))
        ents[name] = hits
    if kind == "FP":
        pair = [c for c in claims if c.relation is Relation.PARTNER]
        how = ", ".join(f"{c.extractor}@{c.confidence}" for c in pair[:2])
        return f"gold={rels}; predicted by {how or '?'}"
    missing = []
    for name in (a, b):
        exact = [h for h in ents[name] if h[3]]
        if not ents[name]:
            missing.append(f"{name}: not found" + ("" if name in text else " (not verbatim in text)"))
        elif not exact:
            missing.append(f"{name}: boundary ({'/'.join(h[0] for h in ents[name])})")
        elif not any(h[2] for h in exact):
            missing.append(f"{name}: found as {exact[0][1]}, not an org")
    if missing:
        made = [c for c in claims if c.relation is Relation.PARTNER]

        def names(eid):
            return (
                (
                    doc.entities[eid].labels.get("zh-Hans")
                    or next(iter(doc.entities[eid].labels.values()), eid)
                )
                if eid in doc.entities
                else eid
            )

        also = (
            f" [claims made: {', '.join(f'{names(c.subject)}–{names(c.object)}' for c in made)}]"
            if made
            else ""
        )
        return "ENTITY " + "; ".join(missing) + also
    ida = {h[2] for h in ents[a] if h[2]}
    idb = {h[2] for h in ents[b] if h[2]}
    between = [c for c in claims if {c.subject, c.object} & ida and {c.subject, c.object} & idb]
    if any(c.relation is Relation.PARTNER and c.status is Status.DENIED for c in between):
        return "DENIED partner claim"
    if between:
        return "OTHER relation: " + ",".join(sorted({c.relation.value for c in between}))
    if ida & idb:
        return "SAME entity (merged)"
    cue = re.search(PARTNER_CUE, text)
    return f"NO FRAME (cue {cue.group()!r} present)" if cue else "NO FRAME (no cooperation cue: label noise?)"


def oracle(split: Path, corpus: Path, root: Path, py: str) -> None:
    """Upper bound for the frames: every head/tail name of the split given to build() as an extra gazetteer.

    Only a diagnostic (it reads the answers' entity names, never their labels): FNs that this recovers
    are entity-recognition misses; FNs that remain are frame misses (or label noise).
    """
    with open(split, encoding="utf-8") as f:
        names = sorted(
            {p for line in f if len(parts := line.split("\t")) >= 4 for p in parts[:2] if p.strip()}
        )
    tsv = root / "oracle_gazetteer.tsv"
    with open(tsv, "w", encoding="utf-8") as f:
        f.write("id\tkind\tzh_hans\tzh_hant\ten\taliases\twikidata\tparent\taffiliation\n")
        for i, name in enumerate(names):
            f.write(f"finre{i}\tOrganization\t{name}\t\t\t\t\t\t\n")
    out = root / "out-oracle"
    print(f"\noracle entities (diagnostic upper bound, {len(names)} FinRE names as an extra gazetteer):")
    print(
        f'$ {py} -c \'from kg.pipeline import build; build(["{corpus}"], "{out}", exporter_names=("turtle",), '
        f'gazetteers=["{tsv}"])\''
    )
    build([corpus], out, exporter_names=("turtle",), gazetteers=[tsv])
    lines = run([py, str(FINRE_TOOL), "score", str(split), str(out / "graph.ttl"), "--errors"]).splitlines()
    print(next((ln for ln in lines if ln.startswith("finre-partner")), "(no score line)"))
    ann = Annotator(load_gazetteer(tsv))
    for kind in ("FP", "FN"):
        rows = [ln.split("\t") for ln in lines if ln.startswith(kind + "\t")]
        print(f"  oracle {kind} ({len(rows)}):")
        for _, sid, a, b, rels, text in rows:
            print(
                f"    {sid}  {a} | {b}  [{rels}]  -> {diagnose(ann, corpus, kind, sid, a, b, rels)}\n        {text}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="valid", choices=("valid", "test", "train"))
    ap.add_argument("--errors", type=int, default=30, help="errors to print (0: none)")
    ap.add_argument("--out", type=Path, help="keep corpus/ and out/ here (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats (median)")
    ap.add_argument(
        "--no-oracle",
        dest="oracle",
        action="store_false",
        help="skip the oracle-entity diagnostic (every FinRE name added as an extra gazetteer)",
    )
    args = ap.parse_args()
    split = SHARED / "benchmarks" / "finre" / f"{args.split}.txt"
    tmp = tempfile.TemporaryDirectory(prefix="finre-") if args.out is None else None
    root = Path(tmp.name) if tmp else args.out.resolve()
    corpus, out = root / "corpus", root / "out"
    py = sys.executable

    print(run([py, str(FINRE_TOOL), "prepare", str(split), str(corpus)]).strip())
    print(
        f'$ {py} -c \'from kg.pipeline import build; build(["{corpus}"], "{out}", exporter_names=("turtle",))\''
    )
    throughput(corpus, out, args.repeat)
    print()
    scored = run([py, str(FINRE_TOOL), "score", str(split), str(out / "graph.ttl"), "--errors"]).splitlines()
    score_line = next((ln for ln in scored if ln.startswith("finre-partner")), "(no score line)")
    print(score_line)

    errs = [ln.split("\t") for ln in scored if ln.startswith(("FP\t", "FN\t"))]
    if args.errors and errs:
        ann = Annotator()
        causes = Counter()
        rows = []
        for kind, sid, a, b, rels, text in errs:
            cause = diagnose(ann, corpus, kind, sid, a, b, rels)
            causes[(kind, cause.split(" ", 1)[0].split(":")[0])] += 1
            rows.append((kind, sid, a, b, rels, text, cause))
        print(
            "\nerror causes (all errors):", ", ".join(f"{k}/{c}={n}" for (k, c), n in sorted(causes.items()))
        )
        for kind in ("FP", "FN"):
            shown = [r for r in rows if r[0] == kind][: args.errors]
            print(f"\n{kind} ({len(shown)} of {sum(r[0] == kind for r in rows)})")
            for _, sid, a, b, rels, text, cause in shown:
                print(f"  {sid}  {a} | {b}  [{rels}]  -> {cause}\n      {text}")
    calibration(split, out / "graph.ttl")
    if args.oracle:
        oracle(split, corpus, root, py)
    if tmp:
        tmp.cleanup()
    else:
        print(f"\nkept: {corpus} {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
