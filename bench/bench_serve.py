"""Load-test `kg serve` on loopback: 50 concurrent clients x 20 queries; latency percentiles, throughput, errors.

    .venv/bin/python bench/bench_serve.py [--graph output/graph.ttl] [--clients 50] [--queries 20]

Uses output/graph.ttl when present, else a synthetic graph built with kg.graph.to_rdf. Bounded:
every request has a 30 s socket timeout and the run makes exactly clients x queries requests.
Exits non-zero if any request fails.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import Graph  # noqa: E402

from kg.graph.iris import Iris  # noqa: E402
from kg.graph.to_rdf import add_article, add_claim, add_entity, bind_prefixes  # noqa: E402
from kg.model import ANONYMOUS, Article, Claim, Entity, EntityKind, Relation, Status  # noqa: E402
from kg.serve.server import Server  # noqa: E402

PREFIXES = """PREFIX nkg: <https://w3id.org/newskg#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
CLAIMS_ABOUT = PREFIXES + """SELECT ?claim ?p ?o ?status ?source ?article ?date WHERE {
  ?claim rdf:subject <%s> ; rdf:predicate ?p ; rdf:object ?o ; nkg:status ?status ;
         prov:wasDerivedFrom ?article .
  OPTIONAL { ?claim nkg:reportedBy ?source }
  OPTIONAL { ?article dcterms:date ?date }
} ORDER BY DESC(?date) LIMIT 200"""
PARTNERS_OF = PREFIXES + """SELECT DISTINCT ?org ?label WHERE {
  { <%s> nkg:partner ?org } UNION { ?org nkg:partner <%s> }
  OPTIONAL { ?org rdfs:label ?label }
} LIMIT 200"""
COUNTS = PREFIXES + """SELECT ?relation ?status (COUNT(?claim) AS ?n) WHERE {
  ?claim a nkg:Claim ; rdf:predicate ?relation ; nkg:status ?status .
} GROUP BY ?relation ?status ORDER BY DESC(?n)"""
SUBJECTS = PREFIXES + "SELECT DISTINCT ?s WHERE { ?c a nkg:Claim ; rdf:subject ?s } LIMIT 500"


def synthetic_graph(path: Path, orgs: int = 400, articles: int = 3000, seed: int = 7) -> Path:
    """A plausible graph: `orgs` organizations, `articles` articles with 2 claims each, mixed statuses."""
    rng = random.Random(seed)
    iris, graph = Iris(), Graph()
    bind_prefixes(graph, iris)
    ids = [f"org-{i}" for i in range(orgs)]
    for i, oid in enumerate(ids):
        add_entity(graph, Entity(oid, EntityKind.ORG, {"en": f"Org {i}", "zh-Hans": f"公司{i}"}), iris)
    outlets = [f"outlet-{i}" for i in range(20)]
    for oid in outlets:
        add_entity(graph, Entity(oid, EntityKind.OUTLET, {"en": oid}), iris)
    add_entity(graph, Entity(ANONYMOUS, EntityKind.ANONYMOUS, {"en": "anonymous source"}), iris)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    for a in range(articles):
        outlet = rng.choice(outlets)
        art = Article(f"art-{a}", Path(f"art-{a}.md"), f"Article {a}", start + timedelta(hours=a),
                      outlet, f"https://example.com/{a}", "en", ("text",))
        add_article(graph, art, iris, outlet=outlet)
        for _ in range(2):
            s, o = rng.sample(ids[: orgs // 4] if rng.random() < 0.5 else ids, 2)  # a few hubs
            claim = Claim(s, rng.choice(list(Relation)), o, art.id, (0,), "bench", round(rng.random(), 2),
                          frozenset({rng.choice([outlet, ANONYMOUS])}), rng.choice(list(Status)))
            add_claim(graph, claim, [f"{s} and {o} in article {a}."], "en", iris)
    graph.serialize(path, format="turtle")
    return path


def fetch(conn: http.client.HTTPConnection, query: str) -> tuple[int, bytes]:
    conn.request("GET", "/sparql?" + urlencode({"query": query}),
                 headers={"Accept": "application/sparql-results+json"})
    resp = conn.getresponse()
    return resp.status, resp.read()


def run(server: Server, clients: int, queries: int) -> dict:
    """`clients` threads, each with its own keep-alive connection, `queries` requests each."""
    host, port = server.server_address
    probe = http.client.HTTPConnection(host, port, timeout=30)
    status, body = fetch(probe, SUBJECTS)
    probe.close()
    subjects = [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]] if status == 200 else []
    if not subjects:
        raise SystemExit("the graph has no claims to query")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)

    def client(n: int) -> None:
        rng = random.Random(n)
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine, bad = [], []
        barrier.wait()
        for i in range(queries):
            entity = rng.choice(subjects)
            query = (CLAIMS_ABOUT % entity, PARTNERS_OF % (entity, entity), COUNTS)[(n + i) % 3]
            t0 = time.perf_counter()
            try:
                status, body = fetch(conn, query)
                if status != 200:
                    bad.append(f"{status}: {body[:120]!r}")
            except (OSError, http.client.HTTPException) as e:
                bad.append(repr(e))
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join(timeout=600)
    wall = time.perf_counter() - t0
    cuts = statistics.quantiles(latencies, n=100)
    return {"clients": clients, "queries_each": queries, "requests": len(latencies), "errors": len(errors),
            "wall_s": round(wall, 3), "throughput_qps": round(len(latencies) / wall, 1),
            "p50_ms": round(cuts[49] * 1000, 2), "p90_ms": round(cuts[89] * 1000, 2),
            "p99_ms": round(cuts[98] * 1000, 2), "max_ms": round(max(latencies) * 1000, 2),
            "workers": server.pool.size, "triples": server.pool.triples, "first_errors": errors[:5]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, default=None, help="graph.ttl (default output/graph.ttl, else synthetic)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--workers", type=int, default=None, help="query worker processes (default per core)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph or (Path("output/graph.ttl") if Path("output/graph.ttl").is_file() else None)
        if graph is None:
            t0 = time.perf_counter()
            graph = synthetic_graph(Path(tmp) / "graph.ttl")
            print(f"synthetic graph built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        t0 = time.perf_counter()
        server = Server(graph, host="127.0.0.1", port=0, workers=args.workers)
        started = time.perf_counter() - t0
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            report = {"graph": str(graph), "startup_s": round(started, 3), **run(server, args.clients, args.queries)}
        finally:
            server.shutdown()
    print(json.dumps(report, indent=2))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
