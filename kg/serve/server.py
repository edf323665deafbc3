"""The HTTP side of `kg serve`: a read-only SPARQL 1.1 Protocol endpoint, the viewer and the Turtle file.

Routes: /sparql (query operation: GET ?query=, POST form, POST application/sparql-query),
/ (viewer HTML), /graph.ttl, /health. Stdlib ThreadingHTTPServer bound to loopback by default;
queries run in a QueryPool of worker processes, so a slow query never blocks other clients.
`default-graph-uri` / `named-graph-uri` are accepted and ignored: the dataset is the one graph
(rdflib's SPARQLStore sends them).
"""

from __future__ import annotations

import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.serve.endpoint import Answer, QueryPool
from kg.serve.protocol import choose, is_update

MAX_BODY = 1 << 20  # 1 MiB is plenty for any hand-written query
READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"
ALLOW = "GET, HEAD, POST, OPTIONS"
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Max-Age": "86400",
}
PLAIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newskg</title></head>
<body><h1>newskg</h1>
<ul><li><a href="/sparql">/sparql</a> — SPARQL 1.1 query endpoint (GET ?query= or POST)</li>
<li><a href="/graph.ttl">/graph.ttl</a> — the whole graph as Turtle</li></ul>
</body></html>
"""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class Handler(BaseHTTPRequestHandler):
    """One request. Reads its configuration from `self.server.app` (the owning Server)."""

    protocol_version = "HTTP/1.1"
    server_version = "newskg"
    timeout = 60  # a silent client gives up its thread after a minute

    def setup(self) -> None:
        super().setup()
        # headers and body go out as two writes; without this, Nagle + delayed ACK add ~40 ms per keep-alive reply
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    @property
    def app(self) -> Server:
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        if self.app.log:
            super().log_message(format, *args)

    # -- responses ---------------------------------------------------------------------------

    head_only = False  # set for HEAD: same headers as GET, no body

    def _send(self, answer: Answer, extra: dict[str, str] | None = None) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in {**CORS, **(extra or {})}.items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not self.head_only:
            self.wfile.write(answer.body)

    def _text(self, status: int, message: str, **headers: str) -> None:
        self._send(Answer.text(status, message), extra=headers)

    # -- methods -----------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path == "/sparql":
            return self._sparql(parse_qs(url.query, keep_blank_values=True), None)
        page = self.app.route(path)
        if page is None:
            return self._text(404, f"not found; try /, /sparql, /graph.ttl or /health ({ALLOW})")
        self._send(page)

    def do_HEAD(self) -> None:  # noqa: N802
        self.head_only = True
        try:
            self.do_GET()
        finally:
            self.head_only = False

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if (url.path.rstrip("/") or "/") != "/sparql":
            return self._text(405, "POST is only accepted at /sparql", Allow="GET, HEAD, OPTIONS")
        length = self.headers.get("Content-Length")
        try:
            size = int(length) if length is not None else 0
        except ValueError:
            size = -1
        if size < 0 or size > MAX_BODY:
            self.close_connection = True  # the body is left unread
            return self._text(413, f"request body must be at most {MAX_BODY} bytes")
        body = self.rfile.read(size) if size else b""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._text(400, "request body is not UTF-8")
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            return self._sparql(params, None)
        if ctype == "application/sparql-query":
            return self._sparql(params, text)
        if ctype == "application/sparql-update":
            return self._text(403, READ_ONLY)
        return self._text(415, "POST needs Content-Type application/x-www-form-urlencoded "
                               "or application/sparql-query")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._send(Answer(204, "text/plain; charset=utf-8", b""), extra={"Allow": ALLOW})

    def _not_allowed(self) -> None:
        self._text(405, f"method {self.command} not allowed; this endpoint is read-only", Allow=ALLOW)

    do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815

    # -- the query operation -----------------------------------------------------------------

    def _sparql(self, params: dict[str, list[str]], direct: str | None) -> None:
        if "update" in params:
            return self._text(403, READ_ONLY)
        queries = params.get("query", [])
        if direct is not None:
            if queries:
                return self._text(400, "give the query either in the body or as query=, not both")
            queries = [direct]
        if len(queries) > 1:
            return self._text(400, "more than one query= parameter")
        if not queries or not queries[0].strip():
            return self._text(400, "missing query: pass ?query=SELECT… or POST a query")
        query = queries[0]
        if is_update(query):
            return self._text(403, READ_ONLY)
        choice = choose(self.headers.get("Accept"), params.get("format"))
        if not choice.acceptable:
            return self._text(406, "no acceptable result format; SELECT/ASK: application/sparql-results+json, "
                                   "application/sparql-results+xml, text/csv, text/tab-separated-values; "
                                   "CONSTRUCT/DESCRIBE: text/turtle, application/n-triples, "
                                   "application/ld+json, application/rdf+xml")
        self._send(self.app.pool.run(query, choice), extra={"Vary": "Accept"})


class Server:
    """A running endpoint: HTTP listener plus query workers. `port=0` picks a free port."""

    def __init__(self, graph_path: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                 max_results: int = 10000, html: str | None = None, workers: int | None = None,
                 log: bool = False) -> None:
        self.graph_path = Path(graph_path)
        if not self.graph_path.exists():
            raise FileNotFoundError(f"no graph at {self.graph_path}; run `kg build` first or pass --graph")
        self.html = html
        self.log = log
        self.pool = QueryPool(self.graph_path, workers=workers, timeout=timeout, max_results=max_results)
        try:
            self.httpd = _HTTPServer((host, port), Handler)
        except OSError:
            self.pool.close()
            raise
        self.httpd.app = self  # type: ignore[attr-defined]
        self._closed = threading.Event()
        self._serving = False

    @property
    def server_address(self) -> tuple[str, int]:
        host, port = self.httpd.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.server_address
        return f"http://{host}:{port}"

    def route(self, path: str) -> Answer | None:
        """The non-SPARQL pages: viewer, Turtle file, health check."""
        if path == "/health":
            return Answer(200, "text/plain; charset=utf-8", b"ok\n")
        if path == "/graph.ttl":
            return Answer(200, "text/turtle; charset=utf-8", self.turtle())
        if path in ("/", "/index.html"):
            return Answer(200, "text/html; charset=utf-8", self.viewer().encode("utf-8"))
        return None

    def turtle(self) -> bytes:
        """The graph as Turtle: the file served, or graph.ttl beside a store folder."""
        if self.graph_path.is_file():
            return self.graph_path.read_bytes()
        beside = self.graph_path.with_name("graph.ttl")
        if beside.is_file():
            return beside.read_bytes()
        import io

        from kg.graph.store import open_for_query

        buf = io.BytesIO()
        open_for_query(self.graph_path).write_union(buf, "turtle")
        return buf.getvalue()

    def viewer(self) -> str:
        """The `html` given, else graph.html beside the graph, else a plain page of links."""
        if self.html is not None:
            return self.html
        beside = self.graph_path.with_name("graph.html")
        return beside.read_text(encoding="utf-8") if beside.is_file() else PLAIN_PAGE

    def serve_forever(self) -> None:
        self._serving = True
        try:
            self.httpd.serve_forever()
        finally:
            self._close()

    def shutdown(self) -> None:
        """Stop serve_forever (from another thread), close the socket and kill the workers."""
        if self._serving:
            self.httpd.shutdown()
        self._close()

    def _close(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self.httpd.server_close()
            self.pool.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()


def make_server(graph_path: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_results: int = 10000, html: str | None = None) -> Server:
    """A ready, not yet serving endpoint for `graph_path` (the graph is loaded before this returns)."""
    return Server(graph_path, host=host, port=port, timeout=timeout, max_results=max_results, html=html)


def serve(graph_path: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
          max_results: int = 10000, html: str | None = None) -> None:
    """Serve until Ctrl-C, printing the URL; blocks."""
    server = Server(graph_path, host=host, port=port, timeout=timeout, max_results=max_results,
                    html=html, log=True)
    print(f"newskg: {server.pool.triples} triples from {server.graph_path}", file=sys.stderr)
    print(f"serving {server.url}/  (SPARQL endpoint {server.url}/sparql) — Ctrl-C to stop", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)

