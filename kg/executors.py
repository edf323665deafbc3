"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.

Each executor maps `kg.process.Processor` over the files to extract and yields the results in the
order of the files, so the build is the same whichever one ran it. A new engine is a new entry in
`executors` (or a plugin in the "kg.executors" entry-point group).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import KgError
from kg.model import Skipped
from kg.process import Extracted, Settings, processor
from kg.registry import Registry

Item = Path | Skipped
Result = Extracted | Skipped


@dataclass(frozen=True, slots=True)
class Plan:
    """How to run: the pipeline settings, the local worker count, and a Dask scheduler address."""

    settings: Settings
    workers: int = 1
    scheduler: str | None = None


executors: Registry[Callable[[Plan, list[Item]], Iterator[Result]]] = Registry("kg.executors")


def choose(plan: Plan) -> str:
    """The executor a plan asks for: dask with a scheduler, processes with workers > 1, else serial."""
    if plan.scheduler:
        return "dask"
    return "processes" if plan.workers > 1 else "serial"


@executors.register("serial")
def run_serial(plan: Plan, items: list[Item]) -> Iterator[Result]:
    """In this process, one file after another."""
    if not items:
        return
    run = processor(plan.settings)
    for item in items:
        yield run(item)


def _in_worker(settings: Settings, item: Item) -> Result:
    return processor(settings)(item)


def _warm(settings: Settings) -> None:
    processor(settings)


@executors.register("processes")
def run_processes(plan: Plan, items: list[Item]) -> Iterator[Result]:
    """A pool of `plan.workers` local processes, each loading the gazetteer once."""
    if len(items) < 2 or plan.workers <= 1:
        yield from run_serial(plan, items)
        return
    chunk = max(1, min(64, len(items) // (plan.workers * 8)))
    with ProcessPoolExecutor(plan.workers, initializer=_warm, initargs=(plan.settings,)) as pool:
        yield from pool.map(_in_worker, [plan.settings] * len(items), items, chunksize=chunk)


def _dask_batch(settings: Settings, batch: list[tuple[Item, bytes | None]]) -> list[Result]:
    run = processor(settings)
    return [run(path, data) for path, data in batch]


def _read(item: Item) -> tuple[Item, bytes | None]:
    """A file and its bytes, sent to the cluster so its workers need not see this file system."""
    if isinstance(item, Skipped):
        return item, None
    try:
        return item, Path(item).read_bytes()
    except OSError:
        return item, None  # the worker reads it again and reports why it cannot


def _reachable(address: str) -> None:
    """Fail in a moment, not after the client's connect timeout, when nothing listens at a tcp:// address."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme == "tcp" and parts.hostname and parts.port:
        try:
            socket.create_connection((parts.hostname, parts.port), timeout=5).close()
        except OSError as exc:
            raise KgError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


@executors.register("dask")
def run_dask(plan: Plan, items: list[Item], batch_size: int = 200, in_flight: int = 16) -> Iterator[Result]:
    """On the Dask cluster at `plan.scheduler`: batches of files (bytes included) go to its workers,
    at most `in_flight` batches at a time, and come back in order."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise KgError("--scheduler needs Dask: pip install 'newskg[dask]'") from exc
    _reachable(plan.scheduler or "")
    try:
        client = Client(plan.scheduler, timeout="30s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {plan.scheduler}: {exc}") from exc
    try:
        batches = iter(range(0, len(items), batch_size))
        futures = []

        def submit(start: int) -> None:
            batch = [_read(i) for i in items[start:start + batch_size]]
            futures.append(client.submit(_dask_batch, plan.settings, batch, pure=False))

        for start in islice(batches, in_flight):
            submit(start)
        while futures:
            done = futures.pop(0).result()
            nxt = next(batches, None)
            if nxt is not None:
                submit(nxt)
            yield from done
    finally:
        client.close()
