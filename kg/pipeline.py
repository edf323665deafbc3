"""build(): corpus → per-article graphs → store → outputs, in one screen.

Each file becomes one named graph (kg.process); the store holds them, and the graph users query is
their union. With an on-disk store (the default when there is an output folder) a manifest beside it
records each file's content hash, so a re-run extracts only added or changed files, drops the graphs
of deleted ones, and ends with the same triples as a full rebuild.

A file that cannot be read, or an article whose extraction fails, becomes a Skipped in the report;
the loop goes on. Every extractor and exporter name is resolved before any file is read.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from kg.corpus import iter_files
from kg.executors import Plan, choose, executors
from kg.exporters import exporters
from kg.extractors import DEFAULT_EXTRACTORS, extractors
from kg.graph.iris import DEFAULT_BASE, Iris
from kg.graph.store import OXIGRAPH_DIR, GraphStore, OxigraphStore, open_store, swap_in
from kg.graph.summary import Keys, Tallies, facts_in, refresh
from kg.graph.to_rdf import prefixes
from kg.manifest import Entry, Manifest, file_key, fingerprint
from kg.model import BuildResult, Skipped
from kg.process import Extracted, Settings, extract, gazetteer_graph, processor  # noqa: F401  (extract: public API)

DEFAULT_EXPORTERS = ("turtle", "html", "graphml", "jsonld", "report")
STORE_DIR = "store"
MANIFEST = "manifest.json"
RECOUNT = "tallies.dirty"  # exists while an update runs: if the build dies, the next one recounts all tallies
SHARED_GRAPH = "shared/gazetteer"  # <base/shared/gazetteer>: the gazetteer's description of the entities named
BATCH_TRIPLES = 100_000  # load the store in batches of about this many triples, while extraction goes on


def build(
    paths: Iterable[Path | str],
    out_dir: Path | str | None = "output",
    *,
    extractor_names: Iterable[str] = DEFAULT_EXTRACTORS,
    exporter_names: Iterable[str] = DEFAULT_EXPORTERS,
    base: str = DEFAULT_BASE,
    gazetteers: Iterable[Path] = (),
    progress: Callable[[Extracted | Skipped], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    store: str | None = None,
    full: bool = False,
) -> tuple[GraphStore, BuildResult]:
    """Build the graph of every article under `paths` and write the outputs into `out_dir`.

    `store` is "oxigraph" (on disk in `out_dir/store`, the default when `out_dir` is given; re-runs
    are incremental unless `full`) or "memory" (the default without `out_dir`). `workers` > 1
    extracts in that many local processes, `scheduler` on a Dask cluster. Whatever the choice, the
    graph is the same, triple for triple.
    """
    started = time.perf_counter()
    settings = Settings(tuple(map(Path, gazetteers)), tuple(extractor_names), base)
    exporter_names = tuple(exporter_names)
    for name in settings.extractor_names:
        extractors.get(name)  # unknown names fail here, before any file is read
    for name in exporter_names:
        exporters.get(name)
    plan = Plan(settings, workers, scheduler)
    run = executors.get(choose(plan))
    iris = Iris(base)
    names = prefixes(iris)
    kind = store or ("oxigraph" if out_dir is not None else "memory")
    print_ = fingerprint(settings.gazetteers, settings.extractor_names, base)

    fresh_dir = None
    if kind == "oxigraph" and out_dir is not None:
        home = Path(out_dir) / STORE_DIR
        manifest = None if full else Manifest.load(home / MANIFEST)
        if manifest is not None and manifest.fingerprint == print_ and (home / OXIGRAPH_DIR).is_dir():
            graphs: GraphStore = OxigraphStore(home / OXIGRAPH_DIR, names)
        else:
            manifest = Manifest(print_)
            home.mkdir(parents=True, exist_ok=True)
            for stale in home.glob(f"{OXIGRAPH_DIR}.new-*"):  # left by a build that was killed
                shutil.rmtree(stale, ignore_errors=True)
            fresh_dir = home / f"{OXIGRAPH_DIR}.new-{os.getpid()}"
            graphs = OxigraphStore(fresh_dir, names)
            graphs.bulk = True
    else:
        home, manifest, graphs = None, Manifest(print_), open_store(kind, None, names)
    recount = False
    if home is not None and fresh_dir is None:  # an update in place: mark it until the manifest is saved
        recount = (home / RECOUNT).exists()
        (home / RECOUNT).touch()

    result = BuildResult()
    keys: dict[str, tuple[str, int, int]] = {}  # manifest key → (content hash, size, mtime_ns)
    todo: list[Path | Skipped] = []
    current: set[str] = set()
    scanned_ns = time.time_ns()
    for f in iter_files(paths):
        if isinstance(f, Skipped):
            todo.append(f)
            continue
        where = _where(f)
        current.add(where)
        known = manifest.entries.get(where)
        try:
            st = os.stat(where)
            if known is not None and _same_stat(known, st, manifest.scanned_ns):
                result.reused += 1  # same size and modification time as when it was hashed: as git does
                continue
            with open(where, "rb") as fh:
                keys[where] = (file_key(fh.read()), st.st_size, st.st_mtime_ns)
        except OSError:
            todo.append(Path(f))  # the extractor reads it again and reports why it cannot
            continue
        if known is not None and known.key == keys[where][0]:
            result.reused += 1  # touched, not changed
            known.size, known.mtime_ns = st.st_size, st.st_mtime_ns
        else:
            todo.append(Path(f))
    manifest.scanned_ns = scanned_ns

    gone = [p for p in manifest.entries if p not in current]
    # Tallies: counted as the claims stream past when every graph is new; otherwise recounted at the
    # end for the keys that the old and new versions of the changed graphs touch.
    tallies = Tallies(iris.base) if not manifest.entries else None
    touched = Keys()
    if tallies is None and not recount:
        for p in gone + [_where(t) for t in todo if isinstance(t, Path) and _where(t) in manifest.entries]:
            touched |= Keys.of(facts_in(graphs, manifest.entries[p].graph))
    graphs.remove(manifest.entries.pop(p).graph for p in gone)
    owner = manifest.owner()
    batch: list[tuple[str, bytes]] = []
    size = 0
    loader = _Loader(graphs)
    for item in run(plan, todo):
        if isinstance(item, Extracted):
            where = _where(item.path)
            if owner.get(item.graph, where) != where:
                item = Skipped(item.path, f"article id {item.article_id!r} is already taken by {owner[item.graph]}; rename one file")
            else:
                owner[item.graph] = where
                batch.append((item.graph, item.ntriples))
                if tallies is not None:
                    tallies.add(item.facts)
                else:
                    touched |= Keys.of(item.facts)
                size += item.triples
                key, nbytes, mtime_ns = keys.get(where, ("", 0, 0))
                manifest.entries[where] = Entry(key, item.graph, item.article_id, item.chars, item.claims,
                                                item.triples, list(item.refs), nbytes, mtime_ns)
        if isinstance(item, Skipped):
            result.skipped.append(item)
            stale = manifest.entries.pop(_where(item.path), None)
            if stale is not None:  # it was fine last time; a full rebuild would not have it now
                loader.wait()  # one writer at a time: the union's bookkeeping assumes it
                graphs.remove([stale.graph])
        if size >= BATCH_TRIPLES:
            loader.put(batch)
            batch, size = [], 0
        if progress:
            progress(item)
    loader.put(batch)
    loader.close()
    _update_shared(graphs, manifest, settings, iris)
    if recount:  # the last update died: count every claim in the store again
        tallies = Tallies(iris.base)
        tallies.add(facts_in(graphs))
    _update_summary(graphs, manifest, tallies, touched, iris)

    result.articles, result.chars, result.claims, result.quads = manifest.totals()
    result.extracted = len(todo)
    result.removed = len(gone)
    result.entities = count_entities(graphs)
    if home is not None:
        graphs.close()
        if fresh_dir is not None:
            swap_in(fresh_dir, home / OXIGRAPH_DIR)
        manifest.prefixes = names
        manifest.save(home / MANIFEST)
        (home / RECOUNT).unlink(missing_ok=True)
        graphs = OxigraphStore(home / OXIGRAPH_DIR, names, read_only=True)
        result.store = home
    result.seconds = time.perf_counter() - started
    if out_dir is not None:
        out = Path(out_dir)
        for name in exporter_names:
            result.outputs[name] = exporters.get(name)(graphs, out, result)
    return graphs, result


RACY_NS = 2_000_000_000  # a file modified this close to the last scan is hashed again, whatever its stat says


def _same_stat(known: Entry, st: os.stat_result, scanned_ns: int) -> bool:
    """Is the file as it was when its hash was taken? Same size and mtime, and not modified so near
    that scan that a later write could have kept the same mtime (git's "racy" files)."""
    return (known.size == st.st_size and known.mtime_ns == st.st_mtime_ns
            and st.st_mtime_ns < scanned_ns - RACY_NS)


def _where(path: str | Path) -> str:
    """The manifest's key for a file: its absolute path (os.path.abspath; resolve() costs a stat per
    path component, seconds over 100k files)."""
    return os.path.abspath(path)


class _Loader:
    """Puts batches into the store on a background thread, one at a time, so that loading (which
    pyoxigraph does without holding the GIL) overlaps extraction instead of following it."""

    def __init__(self, graphs: GraphStore) -> None:
        self.graphs = graphs
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load")
        self.pending: Future | None = None

    def put(self, batch: list[tuple[str, bytes]]) -> None:
        self.wait()  # at most one batch in flight: memory stays bounded
        if batch:
            self.pending = self.pool.submit(self.graphs.put, batch)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()  # re-raises a failed load here

    def close(self) -> None:
        """Wait for the last batch, and end the thread."""
        try:
            self.wait()
        finally:
            self.pool.shutdown()


def _update_shared(graphs: GraphStore, manifest: Manifest, settings: Settings, iris: Iris) -> None:
    """Rewrite the shared gazetteer graph when the set of gazetteer entities named has changed."""
    refs = sorted(manifest.refs())
    digest = file_key("\n".join(refs).encode())
    if digest == manifest.shared:
        return
    name = iris.base + SHARED_GRAPH
    data = gazetteer_graph(processor(settings), refs) if refs else b""
    if data:
        graphs.put([(name, data)])
    else:
        graphs.remove([name])
    manifest.shared, manifest.shared_triples, manifest.shared_graph = digest, data.count(b"\n"), name


def _update_summary(graphs: GraphStore, manifest: Manifest, tallies: Tallies | None, touched: Keys, iris: Iris) -> None:
    """Write every tally graph (a new store), or rewrite those holding a touched key (an update)."""
    if tallies is not None:
        changed = tallies.graphs()
        changed.update((name, b"") for name in manifest.summary if name not in changed)
    elif touched:
        changed = refresh(graphs, iris.base, touched)
    else:
        return
    graphs.put([(name, data) for name, data in changed.items() if data])
    graphs.remove([name for name, data in changed.items() if not data])
    for name, data in changed.items():
        if data:
            manifest.summary[name] = [file_key(data), data.count(b"\n")]
        else:
            manifest.summary.pop(name, None)


ENTITY_COUNT = """PREFIX nkg: <https://w3id.org/newskg#>
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?type { nkg:Organization nkg:NewsOutlet nkg:Person nkg:Product nkg:AnonymousSource }
  ?e a ?type }"""


def count_entities(graphs: GraphStore) -> int:
    """Distinct entities across all article graphs."""
    for row in graphs.query(ENTITY_COUNT):
        return int(row[0].value)
    return 0
