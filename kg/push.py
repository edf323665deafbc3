"""`kg push`: copy a built store into any SPARQL 1.1 store over the Graph Store HTTP Protocol.

Each article's named graph is sent with one `PUT ?graph=IRI` (the server replaces that graph as a
unit); graphs whose articles were deleted get a `DELETE`. What was pushed where is remembered in
`store/pushed/<endpoint hash>.json`, so the next push sends only what changed since, and a push that
was interrupted picks up where it stopped.

Endpoints (the URL of the server's Graph Store Protocol service):

* Oxigraph: ``http://HOST:7878/store``
* Apache Jena Fuseki: ``http://HOST:3030/DATASET/data``
* GraphDB: ``http://HOST:7200/repositories/REPO/rdf-graphs/service``
* Virtuoso: ``http://HOST:8890/sparql-graph-crud-auth`` (with --user/--password)
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from kg.errors import KgError
from kg.graph.store import OXIGRAPH_DIR, OxigraphStore
from kg.io import write_text
from kg.manifest import Manifest

MANIFEST = "manifest.json"
SAVE_EVERY = 500  # remember progress this often, so an interrupted push resumes


@dataclass(slots=True)
class PushResult:
    sent: int = 0
    deleted: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (graph, reason)


class GraphStoreClient:
    """PUT and DELETE of named graphs at one Graph Store Protocol URL, a keep-alive connection per thread."""

    def __init__(self, endpoint: str, user: str | None = None, password: str | None = None, timeout: float = 60) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KgError(f"{endpoint!r}: expected an http(s) URL of a Graph Store Protocol service")
        self.parts, self.timeout = parts, timeout
        self.headers = {}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self.headers["Authorization"] = f"Basic {token}"
        self._local = threading.local()

    def _connection(self) -> http.client.HTTPConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            kind = http.client.HTTPSConnection if self.parts.scheme == "https" else http.client.HTTPConnection
            conn = kind(self.parts.hostname, self.parts.port, timeout=self.timeout)
            self._local.conn = conn
        return conn

    def _target(self, graph: str) -> str:
        sep = "&" if self.parts.query else "?"
        return f"{self.parts.path or '/'}{'?' + self.parts.query if self.parts.query else ''}{sep}graph={quote(graph, safe='')}"

    def request(self, method: str, graph: str, body: bytes | None = None) -> int:
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/n-triples"
        for attempt in (1, 2):  # a kept-alive connection the server closed gets one retry
            conn = self._connection()
            try:
                conn.request(method, self._target(graph), body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                return response.status
            except (ConnectionError, http.client.HTTPException, OSError):
                conn.close()
                self._local.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def put(self, graph: str, ntriples: bytes) -> None:
        status = self.request("PUT", graph, ntriples)
        if status not in (200, 201, 204):
            raise KgError(f"PUT {graph}: HTTP {status}")

    def delete(self, graph: str) -> None:
        status = self.request("DELETE", graph)
        if status not in (200, 204, 404):
            raise KgError(f"DELETE {graph}: HTTP {status}")


def push(home: Path, endpoint: str, *, user: str | None = None, password: str | None = None, threads: int = 4,
         full: bool = False, progress: Callable[[str], None] | None = None) -> PushResult:
    """Send the article graphs of the store in `home` (a `kg build` store folder) to `endpoint`."""
    home = Path(home)
    manifest = Manifest.load(home / MANIFEST)
    if manifest is None or not (home / OXIGRAPH_DIR).is_dir():
        raise KgError(f"{home}: no built store here; run `kg build` first (it writes OUT/store)")
    client = GraphStoreClient(endpoint, user, password)
    state_file = home / "pushed" / (hashlib.sha256(endpoint.encode()).hexdigest()[:16] + ".json")
    state: dict[str, str] = {} if full else _load_state(state_file, endpoint)
    wanted = manifest.graphs()
    send = sorted(g for g, key in wanted.items() if state.get(g) != key)
    drop = sorted(g for g in state if g not in wanted)
    result = PushResult(unchanged=len(wanted) - len(send))
    try:  # fail fast, with one clear line, when nothing answers there
        client.request("HEAD", "urn:x-newskg:probe")
    except (OSError, http.client.HTTPException) as exc:
        raise KgError(f"cannot reach {endpoint}: {exc}") from exc
    store = OxigraphStore(home / OXIGRAPH_DIR, read_only=True)
    lock = threading.Lock()

    def one(graph: str) -> None:
        import pyoxigraph as ox

        try:
            if graph in wanted:
                data = store.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
                client.put(graph, data or b"")
            else:
                client.delete(graph)
        except (KgError, OSError, http.client.HTTPException) as exc:
            with lock:
                result.failed.append((graph, str(exc)))
            return
        with lock:
            if graph in wanted:
                state[graph] = wanted[graph]
                result.sent += 1
            else:
                state.pop(graph, None)
                result.deleted += 1
            if (result.sent + result.deleted) % SAVE_EVERY == 0:
                _save_state(state_file, endpoint, state)
        if progress:
            progress(graph)

    try:
        with ThreadPoolExecutor(max(1, threads)) as pool:
            list(pool.map(one, drop + send))
    finally:
        _save_state(state_file, endpoint, state)
    return result


def _load_state(path: Path, endpoint: str) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return dict(data.get("graphs", {})) if data.get("endpoint") == endpoint else {}


def _save_state(path: Path, endpoint: str, state: dict[str, str]) -> None:
    write_text(path, json.dumps({"endpoint": endpoint, "graphs": dict(sorted(state.items()))}, ensure_ascii=False))
