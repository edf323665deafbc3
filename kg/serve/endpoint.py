"""Query execution with limits: a pyoxigraph backend, run in killable worker processes.

pyoxigraph cannot cancel a query from Python, and an ORDER BY or COUNT over a cartesian product
is computed in full before the first row arrives. So each query runs in a worker *process* from a
bounded pool: the caller stops waiting at the deadline and the worker is killed and replaced, so a
runaway query costs one worker for at most `timeout` seconds and never starves the other clients.
Lazy results are also counted (and cut at max_results + 1) and timed row by row inside the worker.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.serve import results
from kg.serve.protocol import Choice, Form

GRACE_S = 0.25  # extra wait for a worker that is already past its own row-by-row deadline check


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP-ready outcome: status, content type and body (error bodies are text/plain)."""

    status: int
    content_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


def timed_out(timeout: float) -> Answer:
    return Answer.text(503, f"query timed out after {timeout:g} s")


def too_many(limit: int, what: str = "rows") -> Answer:
    return Answer.text(413, f"result exceeds {limit} {what}; add a LIMIT or narrow the query")


class OxigraphBackend:
    """The graph in a pyoxigraph Store: a built store folder opened read-only in place (its default
    graph is the union of the article graphs), or a graph file loaded into memory."""

    def __init__(self, store: ox.Store, prefixes: dict[str, str] | None = None) -> None:
        self.store = store
        self.prefixes = prefixes or {}

    @classmethod
    def from_file(cls, path: Path) -> OxigraphBackend:
        """A store folder (read-only, no copy) or a graph file (format from its extension, in memory)."""
        if Path(path).is_dir():
            from kg.graph.store import open_for_query

            opened = open_for_query(Path(path))
            return cls(opened.store, opened.prefixes)
        store = ox.Store()
        quads = ox.parse(path=str(path))
        store.extend(quads)
        return cls(store, dict(quads.prefixes))

    def __len__(self) -> int:
        return len(self.store)

    def answer(self, query: str, choice: Choice, max_results: int, timeout: float,
               budget: float | None = None) -> Answer:
        """Run one query; the result, or a 400/406/413/503 text answer. Never raises for bad input.

        `budget` is the time left of `timeout` (the caller may have queued); it defaults to all of it.
        """
        deadline = time.monotonic() + (timeout if budget is None else budget)
        try:
            result = self.store.query(query)
        except SyntaxError as e:
            return Answer.text(400, f"malformed query: {e}")
        except (OSError, ValueError, RuntimeError) as e:
            return Answer.text(500, f"query failed: {e}")
        form = (Form.BOOLEAN if isinstance(result, ox.QueryBoolean)
                else Form.GRAPH if isinstance(result, ox.QueryTriples) else Form.SOLUTIONS)
        fmt = choice.for_form(form)
        if fmt is None:
            return Answer.text(406, f"no acceptable format for a {form.value} result")
        try:
            if form is Form.BOOLEAN:
                return Answer(200, fmt.content_type, results.boolean(bool(result), fmt))
            rows: list = []
            for i, item in enumerate(result):
                if i >= max_results:
                    return too_many(max_results, "triples" if form is Form.GRAPH else "rows")
                if time.monotonic() > deadline:
                    return timed_out(timeout)
                rows.append(item if form is Form.GRAPH else tuple(item))
            if form is Form.GRAPH:
                return Answer(200, fmt.content_type, results.graph(rows, fmt, self.prefixes))
            variables = [v.value for v in result.variables]  # type: ignore[union-attr]
            return Answer(200, fmt.content_type, results.table(variables, rows, fmt))
        except (OSError, ValueError, RuntimeError) as e:
            return Answer.text(500, f"query failed: {e}")


def worker_main(graph_path: str, fd: int) -> None:
    """Worker process: load the graph, say ready, then answer jobs until the socket closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn = Connection(fd)
    try:
        backend = OxigraphBackend.from_file(Path(graph_path))
    except Exception as e:  # noqa: BLE001 - reported to the parent as the load error
        conn.send(("error", f"cannot load {graph_path}: {e}"))
        return
    conn.send(("ready", len(backend)))
    while True:
        try:
            query, choice, max_results, timeout, budget = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(backend.answer(query, choice, max_results, timeout, budget))


class _Worker:
    """One worker process and our end of its pipe."""

    def __init__(self, graph_path: Path) -> None:
        ours, theirs = socket.socketpair()
        code = f"from kg.serve.endpoint import worker_main; worker_main({str(graph_path)!r}, {theirs.fileno()})"
        # a plain subprocess, not multiprocessing: nothing re-imports the caller's __main__
        self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[theirs.fileno()],
                                        env=_child_env(), stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())

    def wait_ready(self, timeout: float) -> int:
        """Block until the graph is loaded; returns its size, raises RuntimeError on failure."""
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError(f"worker did not load the graph within {timeout:g} s")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError) as e:
            self.kill()
            raise RuntimeError(f"worker died while loading the graph: {e}") from e
        if status != "ready":
            self.kill()
            raise RuntimeError(detail)
        return int(detail)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.conn.close()


def _child_env() -> dict[str, str]:
    """Our environment, with this copy of `kg` first on the path even when it is not installed."""
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


class QueryPool:
    """A bounded pool of worker processes, each holding the graph; enforces the per-query deadline."""

    def __init__(self, graph_path: Path, workers: int | None = None, timeout: float = 10.0,
                 max_results: int = 10000, start_timeout: float = 300.0) -> None:
        self.graph_path = Path(graph_path)
        self.timeout = timeout
        self.max_results = max_results
        self.start_timeout = start_timeout
        self.size = workers or default_workers()
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.triples = 0
        started = [self._spawn() for _ in range(self.size)]
        try:
            for worker in started:
                self.triples = worker.wait_ready(start_timeout)
                self._idle.put(worker)
        except RuntimeError:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        worker = _Worker(self.graph_path)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        """Kill a stuck or broken worker and start its replacement in the background."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        threading.Thread(target=self._replace, daemon=True, name="kg-serve-respawn").start()

    def _replace(self) -> None:
        if self._closed:
            return
        worker = self._spawn()
        try:
            worker.wait_ready(self.start_timeout)
        except RuntimeError:
            with self._lock:
                self._all.discard(worker)
            return
        if self._closed:
            worker.kill()
        else:
            self._idle.put(worker)

    def run(self, query: str, choice: Choice) -> Answer:
        """Answer one query within the deadline (time spent waiting for a free worker included)."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.text(503, f"server busy: no query worker free within {self.timeout:g} s")
        remaining = max(0.0, deadline - time.monotonic())
        try:
            worker.conn.send((query, choice, self.max_results, self.timeout, remaining))
            if worker.conn.poll(remaining + GRACE_S):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            return Answer.text(500, "query worker died; try again")
        self._retire(worker)
        return timed_out(self.timeout)

    def close(self) -> None:
        """Kill every worker; idempotent."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()


def default_workers() -> int:
    """One worker per core, at least 2 (so one slow query never blocks the rest), at most 8."""
    return max(2, min(8, os.cpu_count() or 2))
