"""The `kg` command: a thin shell over the library (build, query, eval, serve).

Each command parses its options, calls one function and prints; a KgError becomes a one-line
message and exit status 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError

DEFAULT_GRAPH = Path("output/store")  # a built store folder, or any graph file (graph.ttl, .nt, .nq …)
GRAPH_HELP = "A store folder made by `kg build` (read in place) or a graph file such as output/graph.ttl."


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """newskg: build a knowledge graph of who does business with whom, and who says so, from news.

    \b
    Example:
      kg build data --out output
      kg query --name partners_of --param entity=Alibaba
      kg serve --graph output/graph.ttl
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl, graph.html, graph.graphml, graph.jsonld and report.md.")
@click.option("--base", default=None, help="Base IRI for entities, articles and claims.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra gazetteer TSV (same columns as kg/entities/data/gazetteer.tsv). Repeatable.")
@click.option("--exporter", "exporter_names", multiple=True, help="Only these outputs (repeatable): turtle, html, graphml, jsonld, report.")
@click.option("--extractor", "extractor_names", multiple=True, help="Only these extractors (repeatable).")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Extract in this many processes (the graph is identical whatever the count).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Extract on this Dask cluster (tcp://host:8786); needs `pip install 'newskg[dask]'`.")
@click.option("--store", "store", type=click.Choice(["oxigraph", "memory"]), default="oxigraph", show_default=True,
              help="oxigraph: on disk in OUT/store, re-runs are incremental; memory: rdflib, nothing kept.")
@click.option("--full", is_flag=True, help="Rebuild the store from scratch instead of updating it.")
@click.option("--strict", is_flag=True, help="Exit with status 2 if any file was skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no report on stdout.")
def build(paths: tuple[Path, ...], out_dir: Path, base: str | None, gazetteers: tuple[Path, ...],
          exporter_names: tuple[str, ...], extractor_names: tuple[str, ...], workers: int,
          scheduler: str | None, store: str, full: bool, strict: bool, quiet: bool) -> None:
    """Read articles (.md, .markdown, .txt; folders recursively) and build the graph.

    Broken files (bad YAML, not UTF-8, empty, binary) are listed with their reason and skipped;
    everything else is built. Default PATH: data/.

    \b
    Example:
      kg build data --out output
      kg build ~/news/2025 --out out --gazetteer my_companies.tsv --workers 2
      kg build ~/news --out out --scheduler tcp://10.0.0.5:8786 --exporter turtle
    """
    from kg.corpus import count_files
    from kg.extractors import DEFAULT_EXTRACTORS
    from kg.graph.iris import DEFAULT_BASE
    from kg.pipeline import DEFAULT_EXPORTERS
    from kg.pipeline import build as run_build

    inputs = paths or (Path("data"),)
    show_bar = not quiet and sys.stderr.isatty()
    bar = click.progressbar(length=count_files(inputs), label="reading", file=sys.stderr) if show_bar else None

    def progress(item: object) -> None:
        if bar is not None:
            bar.update(1)

    try:
        if bar is not None:
            bar.__enter__()
        _, result = run_build(
            inputs, out_dir, base=base or DEFAULT_BASE, gazetteers=gazetteers,
            exporter_names=exporter_names or DEFAULT_EXPORTERS, extractor_names=extractor_names or DEFAULT_EXTRACTORS,
            progress=progress, workers=workers, scheduler=scheduler, store=store, full=full,
        )
    except KgError as exc:
        raise _fail(exc) from exc
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if not quiet:
        report = result.outputs.get("report")
        text = report.read_text(encoding="utf-8") if report else _short_report(result)
        click.echo(text, nl=False)
        click.echo("wrote: " + ", ".join(str(p) for p in result.outputs.values()))
    for skipped in result.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if strict and result.skipped:
        sys.exit(2)


def _short_report(result) -> str:  # noqa: ANN001 - BuildResult
    return (f"articles: {result.articles} ({result.extracted} extracted, {result.reused} unchanged, "
            f"{result.removed} removed)\nskipped: {len(result.skipped)}\n"
            f"claims: {json.dumps(result.claims)}\nentities: {result.entities}\n")


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--name", help="Run a shipped named query (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Value for a named query's parameter.")
@click.option("--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path),
              help=GRAPH_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
def query(sparql: str | None, query_file: Path | None, name: str | None, params: tuple[str, ...],
          graph_path: Path, fmt: str, list_queries: bool) -> None:
    """Run a SPARQL query over a built graph (SPARQL text, --file Q.rq, or --name NAME).

    \b
    Example:
      kg query --name who_reported --param subject=苹果 --param relation=rejected --param object=DeepSeek
      kg query --name partners_of --param entity=Alibaba --format json
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/newskg#Claim> }'
    """
    from kg.query import format_rows, get_named, named_queries, read_query_file, run_query

    if list_queries:
        for q in named_queries().values():
            click.echo(f"{q.name:18s} {q.description}" + (f"  [params: {', '.join(q.params)}]" if q.params else ""))
        return
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, --file or --name")
    try:
        bindings = dict(_param(p) for p in params)
        if name:
            named = get_named(name)
            missing = [p for p in named.params if p not in bindings]
            if missing:
                click.echo(f"note: using the example value for {', '.join(missing)}", err=True)
            text = named.text
        else:
            text = read_query_file(query_file) if query_file else str(sparql)
        if not graph_path.exists():
            raise KgError(f"{graph_path}: no such graph; run `kg build` first or pass --graph")
        columns, rows = run_query(graph_path, text, bindings)
    except KgError as exc:
        raise _fail(exc) from exc
    click.echo(format_rows(columns, rows, fmt), nl=False)


def _param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise click.BadParameter(f"{text!r}: expected KEY=VALUE", param_hint="--param")
    key, value = text.split("=", 1)
    return key.strip(), value


@main.command("eval")
@click.argument("graph_path", default=DEFAULT_GRAPH, type=click.Path(path_type=Path))  # store folder or file
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, path_type=Path), help="seeds.tsv")
@click.option("--entities", "entities_path", required=True, type=click.Path(exists=True, path_type=Path), help="entities.tsv")
@click.option("--errors", is_flag=True, help="Also list false positives and misses.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_(graph_path: Path, gold_path: Path, entities_path: Path, errors: bool, as_json: bool) -> None:
    """P/R/F1 per relation, micro, and for attribution, against a gold TSV.

    \b
    Example:
      kg eval --gold tests/data/gold/seeds.tsv --entities tests/data/gold/entities.tsv output/graph.ttl
    """
    from kg.evaluate import Score, evaluate, load_aliases, load_gold, report
    from kg.graph.store import load_graph

    try:
        if not graph_path.exists():
            raise KgError(f"{graph_path}: no such graph; run `kg build` first")
        scores = evaluate(load_graph(graph_path), load_gold(gold_path), load_aliases(entities_path))
    except KgError as exc:
        raise _fail(exc) from exc
    if as_json:
        click.echo(json.dumps({k: {"p": round(v.p, 3), "r": round(v.r, 3), "f1": round(v.f1, 3), "tp": v.tp, "fp": v.fp, "fn": v.fn}
                               for k, v in scores.items() if isinstance(v, Score)}))
    else:
        click.echo(report(scores, errors), nl=False)


@main.command()
@click.option("--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path),
              help=GRAPH_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Per-query time limit, seconds.")
@click.option("--max-results", default=10000, show_default=True, type=int, help="Result-size cap (rows or triples).")
def serve(graph_path: Path, host: str, port: int, timeout: float, max_results: int) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql, the viewer at / and the graph at /graph.ttl.

    \b
    Example:
      kg serve --graph output/graph.ttl --port 8000
      curl 'http://127.0.0.1:8000/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from kg.exporters.html import render_html
    from kg.graph.store import load_graph
    from kg.serve import serve as run_serve

    if not graph_path.exists():
        raise click.ClickException(f"{graph_path}: no such graph; run `kg build` first or pass --graph")
    try:
        beside = graph_path.with_name("graph.html")
        html = None if beside.is_file() else render_html(load_graph(graph_path))
        run_serve(graph_path, host=host, port=port, timeout=timeout, max_results=max_results, html=html)
    except (OSError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph), http://HOST:3030/ds/data (Fuseki).")
@click.option("--store", "home", default=Path("output/store"), show_default=True, type=click.Path(path_type=Path),
              help="The store folder `kg build` wrote.")
@click.option("--user", default=None, help="HTTP Basic user.")
@click.option("--password", default=None, envvar="KG_PUSH_PASSWORD", help="HTTP Basic password (or $KG_PUSH_PASSWORD).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(min=1), help="Parallel requests.")
@click.option("--full", is_flag=True, help="Send every graph, not only those changed since the last push.")
def push(endpoint: str, home: Path, user: str | None, password: str | None, threads: int, full: bool) -> None:
    """Load the built graph into a SPARQL 1.1 store: one PUT per article graph, DELETE for removed ones.

    \b
    Example:
      kg build data --out output && kg push --endpoint http://127.0.0.1:7878/store
    """
    from kg.push import push as run_push

    try:
        result = run_push(home, endpoint, user=user, password=password, threads=threads, full=full)
    except KgError as exc:
        raise _fail(exc) from exc
    click.echo(f"pushed {result.sent} graphs, deleted {result.deleted}, {result.unchanged} unchanged, "
               f"{len(result.failed)} failed")
    for graph, reason in result.failed[:20]:
        click.echo(f"failed {graph}: {reason}", err=True)
    if result.failed:
        sys.exit(1)
