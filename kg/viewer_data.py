"""The built RDF graph → a plain JSON-able model for the HTML viewer (nodes, edges, claims, sources).

Read through rdflib predicate indexes only, one pass per predicate, so 10k nodes take about a second.
Edges are one per (subject, relation, object) and carry their claims, the number of independent
outlets behind them, and a conflict flag; positions come from `layout()` (pure Python, no numpy).
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.graph.vocab import NKG, PROV
from kg.normalize import ts_characters

RELATIONS = {NKG.partner: "partner", NKG.evaluated: "evaluated", NKG.rejected: "rejected"}
STATUSES = {NKG.Reported: "Reported", NKG.Confirmed: "Confirmed", NKG.Rumored: "Rumored", NKG.Denied: "Denied"}
# Most specific first: an outlet is also an organization.
TYPES = (
    (NKG.NewsOutlet, "NewsOutlet"),
    (NKG.Person, "Person"),
    (NKG.Product, "Product"),
    (NKG.AnonymousSource, "AnonymousSource"),
    (NKG.Organization, "Organization"),
)
LABEL_ORDER = ("zh-hans", "en", "zh-hant", "zh", "")  # language tags compared lower-case (RDF 1.1)
LAYOUT_MAX_NODES = 2000  # force-directed layout for at most this many nodes; the rest sit by a neighbour


def ts_table() -> dict[str, str]:
    """OpenCC's one-character Traditional → Simplified table, shared with the extractor's normalization."""
    return ts_characters()


def fold(text: str) -> str:
    """Search key: NFKC (full-width → ASCII), Traditional → Simplified, lower-case; the JS folds alike."""
    table = ts_table()
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(table.get(c, c) for c in text)


def fold_map(keys: Iterable[str]) -> dict[str, str]:
    """The part of the T→S table the browser needs: characters whose Simplified form occurs in `keys`."""
    wanted = set("".join(keys))
    return {t: s for t, s in ts_table().items() if s in wanted}


def _pick_label(labels: dict[str, str], alts: list[str], iri: str) -> str:
    """Preferred display label: zh-Hans, en, zh-Hant, untagged, an alias, else the IRI's last segment."""
    for tag in LABEL_ORDER:
        if tag in labels:
            return labels[tag]
    if labels:
        return labels[sorted(labels)[0]]
    if alts:
        return alts[0]
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def _is_web_url(url: str) -> bool:
    """Only http(s) URLs become links; javascript:, data: and the like are shown as text or dropped."""
    return url.lower().startswith(("http://", "https://"))


def _scalar(value: Any) -> Any:
    """A JSON-safe copy of a metric value (numbers stay numbers, anything else becomes text)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return value if math.isfinite(value) else None
    return str(value)


class _Reader:
    """Buckets the triples the viewer needs, one rdflib predicate lookup each."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.types: dict[URIRef, set] = defaultdict(set)
        for s, o in graph.subject_objects(RDF.type):
            self.types[s].add(o)
        self.labels: dict[Any, dict[str, str]] = defaultdict(dict)
        for s, o in graph.subject_objects(RDFS.label):
            if isinstance(o, Literal):  # several articles may name a discovered entity: keep the smallest
                tag, text = (o.language or "").lower(), str(o)
                known = self.labels[s].get(tag)
                if known is None or (len(text), text) < (len(known), known):
                    self.labels[s][tag] = text
        self.alts: dict[Any, list[str]] = defaultdict(list)
        for s, o in graph.subject_objects(SKOS.altLabel):
            self.alts[s].append(str(o))
        for values in self.alts.values():
            values.sort()

    def one(self, predicate: URIRef) -> dict[Any, Any]:
        """subject → one object (the smallest, for determinism) of `predicate`."""
        out: dict[Any, Any] = {}
        for s, o in self.graph.subject_objects(predicate):
            if s not in out or str(o) < str(out[s]):
                out[s] = o
        return out

    def many(self, predicate: URIRef) -> dict[Any, list]:
        """subject → sorted objects of `predicate`."""
        out: dict[Any, list] = defaultdict(list)
        for s, o in self.graph.subject_objects(predicate):
            out[s].append(o)
        for values in out.values():
            values.sort(key=str)
        return out

    def kind(self, node: Any) -> str:
        """The most specific viewer type of a node."""
        if node == NKG.anonymousSource:
            return "AnonymousSource"
        types = self.types.get(node, ())
        for cls, name in TYPES:
            if cls in types:
                return name
        return "Unknown"

    def label(self, node: Any) -> str:
        """Display label; the anonymous source is named even when the ontology is not loaded."""
        if node == NKG.anonymousSource and node not in self.labels:
            return "匿名消息来源 (anonymous source)"
        return _pick_label(self.labels.get(node, {}), self.alts.get(node, []), str(node))


def _claims(r: _Reader) -> list[dict[str, Any]]:
    """Every typed nkg:Claim about one of the three relations, with its article and sources."""
    subj, pred, obj = r.one(RDF.subject), r.one(RDF.predicate), r.one(RDF.object)
    article, status, conf = r.one(PROV.wasDerivedFrom), r.one(NKG.status), r.one(NKG.confidence)
    sources, evidence = r.many(NKG.reportedBy), r.many(NKG.evidence)
    claims = []
    for node in sorted(r.graph.subjects(RDF.type, NKG.Claim), key=str):
        relation = RELATIONS.get(pred.get(node))
        if relation is None or node not in subj or node not in obj:
            continue
        try:
            confidence = float(conf[node]) if node in conf else None
        except ValueError:
            confidence = None
        claims.append({
            "id": str(node),
            "relation": relation,
            "subject": str(subj[node]),
            "object": str(obj[node]),
            "evidence": [{"text": str(e), "lang": getattr(e, "language", None) or ""} for e in evidence.get(node, [])],
            "sources": [str(s) for s in sources.get(node, [])],
            "status": STATUSES.get(status.get(node), "Reported"),
            "confidence": confidence,
            "article": str(article[node]) if node in article else None,
        })
    return claims


def _articles(r: _Reader, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """Title, date, publisher and (http(s) only) URL of the articles the claims cite."""
    title, date, pub = r.one(DCTERMS.title), r.one(DCTERMS.date), r.one(DCTERMS.publisher)
    url, ident = r.one(DCTERMS.source), r.one(DCTERMS.identifier)
    out = {}
    for iri in sorted(wanted):
        node = URIRef(iri)
        link = str(url[node]) if node in url else ""
        out[iri] = {
            "id": str(ident.get(node, "")) or iri.rsplit("/", 1)[-1],
            "title": str(title.get(node, "")),
            "date": str(date[node]) if node in date else None,
            "url": link if _is_web_url(link) else None,
            "rawUrl": link or None,
            "publisher": str(pub[node]) if node in pub else None,
        }
    return out


def _origins(claim: dict[str, Any], kinds: dict[str, str], articles: dict[str, dict[str, Any]]) -> set[str]:
    """Independent outlets behind a claim: the outlets it cites, else the article's own publisher."""
    cited = {s for s in claim["sources"] if kinds.get(s) == "NewsOutlet"}
    if cited:
        return cited
    art = articles.get(claim["article"] or "")
    return {art["publisher"]} if art and art["publisher"] else set()


def _edges(r: _Reader, claims: list[dict[str, Any]], kinds: dict[str, str],
           articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per (s, relation, o): its claims, independent-outlet count, denied-only and conflict flags."""
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_key[(c["subject"], c["relation"], c["object"])].append(i)
    for p, relation in RELATIONS.items():  # entity-level triples that no claim explains still show
        for s, o in r.graph.subject_objects(p):
            by_key.setdefault((str(s), relation, str(o)), [])
    live: dict[frozenset, set[str]] = defaultdict(set)  # pair → relations with a non-denied claim
    for (s, relation, o), idx in by_key.items():
        if not idx or any(claims[i]["status"] != "Denied" for i in idx):
            live[frozenset((s, o))].add(relation)
    edges = []
    for n, ((s, relation, o), idx) in enumerate(sorted(by_key.items())):
        statuses = {claims[i]["status"] for i in idx}
        denied_only = bool(idx) and statuses == {"Denied"}
        mixed = "Denied" in statuses and len(statuses) > 1
        rels = live[frozenset((s, o))]
        clash = relation in ("partner", "rejected") and {"partner", "rejected"} <= rels
        reasons = (["partner vs rejected"] if clash else []) + (["denied vs reported"] if mixed else [])
        outlets: set[str] = set()
        for i in idx:
            outlets |= _origins(claims[i], kinds, articles)
        edges.append({
            "id": f"e{n}",
            "from": s,
            "to": o,
            "relation": relation,
            "claims": idx,
            "outlets": len(outlets),
            "deniedOnly": denied_only,
            "conflict": bool(reasons),
            "conflictReasons": reasons,
        })
    return edges


def viewer_model(graph: Graph, metrics: dict | None = None) -> dict[str, Any]:
    """Nodes, edges, claims, articles and sources of `graph` as JSON-able dicts for the viewer.

    `metrics` (node IRI → {"degree": …, "betweenness": …, "community": …}) is passed through when given.
    """
    r = _Reader(graph)
    claims = _claims(r)
    articles = _articles(r, {c["article"] for c in claims if c["article"]})
    source_iris = {s for c in claims for s in c["sources"]} | {a["publisher"] for a in articles.values() if a["publisher"]}
    kinds = {s: r.kind(URIRef(s)) for s in source_iris}
    claims.sort(key=lambda c: ((articles.get(c["article"] or "") or {}).get("date") or "", c["id"]))
    edges = _edges(r, claims, kinds, articles)
    for c in claims:
        c["outlets"] = sorted(_origins(c, kinds, articles))
        art = articles.get(c["article"] or "")
        c["date"] = art["date"] if art else None
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    nodes = []
    for iri in sorted(degree):
        node = URIRef(iri)
        names = dict(sorted(r.labels.get(node, {}).items()))
        alts = r.alts.get(node, [])
        labels = list(dict.fromkeys([*names.values(), *alts]))
        label = r.label(node)
        nodes.append({
            "id": iri,
            "label": label,
            "names": names,
            "labels": labels or [label],
            "keys": sorted({fold(x) for x in labels or [label]}),
            "type": r.kind(node),
            "degree": degree[iri],
        })
    sources = {s: {"label": r.label(URIRef(s)), "type": kinds[s]} for s in sorted(source_iris)}
    model: dict[str, Any] = {
        "nodes": nodes,
        "edges": edges,
        "claims": claims,
        "articles": articles,
        "sources": sources,
        "fold": fold_map(k for n in nodes for k in n["keys"]),
    }
    if metrics:
        ids = {n["id"] for n in nodes}
        model["metrics"] = {
            str(k): {str(m): _scalar(v) for m, v in dict(vals).items()}
            for k, vals in metrics.items() if str(k) in ids
        }
    return model


def layout(model: dict[str, Any], seed: int = 7, iterations: int = 40) -> dict[str, tuple[float, float]]:
    """Positions (pixels) for every node: grid-accelerated Fruchterman–Reingold for the top nodes by
    degree (≤ LAYOUT_MAX_NODES), the rest placed beside their best-connected laid-out neighbour."""
    rng = random.Random(seed)
    nodes = sorted(model["nodes"], key=lambda n: (-n["degree"], n["id"]))
    core = [n["id"] for n in nodes[:LAYOUT_MAX_NODES]]
    index = {iri: i for i, iri in enumerate(core)}
    links = sorted({(index[e["from"]], index[e["to"]]) for e in model["edges"]
                    if e["from"] in index and e["to"] in index and e["from"] != e["to"]})
    pos = _fruchterman_reingold(len(core), links, rng, iterations)
    k = 110.0  # ideal edge length in pixels
    out = {iri: (pos[i][0] * k, pos[i][1] * k) for i, iri in enumerate(core)}
    neighbours: dict[str, list[str]] = defaultdict(list)
    for e in model["edges"]:
        neighbours[e["from"]].append(e["to"])
        neighbours[e["to"]].append(e["from"])
    spread = math.sqrt(max(len(core), 1)) * k
    for n in nodes[LAYOUT_MAX_NODES:]:
        anchor = next((out[m] for m in neighbours[n["id"]] if m in out), None)
        angle = rng.random() * math.tau
        if anchor is None:
            out[n["id"]] = (math.cos(angle) * spread * 1.2, math.sin(angle) * spread * 1.2)
        else:
            dist = k * (0.6 + rng.random())
            out[n["id"]] = (anchor[0] + math.cos(angle) * dist, anchor[1] + math.sin(angle) * dist)
    return {iri: (round(x, 1), round(y, 1)) for iri, (x, y) in out.items()}


def _fruchterman_reingold(n: int, links: list[tuple[int, int]], rng: random.Random,
                          iterations: int) -> list[tuple[float, float]]:
    """Force-directed layout with unit ideal distance; repulsion only within neighbouring grid cells."""
    if n == 0:
        return []
    side = math.sqrt(n)
    xs = [(rng.random() - 0.5) * side for _ in range(n)]
    ys = [(rng.random() - 0.5) * side for _ in range(n)]
    temp, cell = side / 8, 2.0  # repulsion cut-off (in ideal distances)
    cut2 = cell * cell
    for _ in range(iterations):
        fx, fy = [0.0] * n, [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        for (gx, gy), members in grid.items():
            near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in grid.get((gx + dx, gy + dy), ())]
            pts = [(xs[j], ys[j]) for j in near]
            for i in members:
                xi, yi = xs[i], ys[i]
                ax = ay = 0.0
                for xj, yj in pts:
                    dx, dy = xi - xj, yi - yj
                    d2 = dx * dx + dy * dy
                    if 0.0 < d2 < cut2:
                        ax += dx / d2  # k²/d along the unit vector, k = 1
                        ay += dy / d2
                fx[i] += ax
                fy[i] += ay
        for a, b in links:
            dx, dy = xs[a] - xs[b], ys[a] - ys[b]
            d = math.sqrt(dx * dx + dy * dy)
            dx, dy = dx * d, dy * d  # d²/k along the unit vector
            fx[a] -= dx
            fy[a] -= dy
            fx[b] += dx
            fy[b] += dy
        for i in range(n):  # weak gravity keeps components together
            dx, dy = fx[i] - xs[i] * 0.05, fy[i] - ys[i] * 0.05
            d = math.sqrt(dx * dx + dy * dy)
            if d > 0:
                step = min(d, temp) / d
                xs[i] += dx * step
                ys[i] += dy * step
        temp = max(temp * 0.92, 0.02)
    return list(zip(xs, ys, strict=True))
