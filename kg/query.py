"""SPARQL over a built graph: run a query, look up a shipped named query, format the rows.

Parameters of named queries are bound as RDF literals (never pasted into the query text), so a
value taken from an article or a user cannot change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import QueryError
from kg.graph.store import open_for_query, sparql_store


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A .rq file shipped in kg/queries: its name, one-line description, parameters and text."""

    name: str
    description: str
    params: tuple[str, ...]
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query by name."""
    out = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
            params = next((c.split(":", 1)[1] for c in comments if c.startswith("params:")), "")
            names = tuple(p.strip() for p in params.split("(")[0].split(",") if p.strip())
            out[entry.name[:-3]] = NamedQuery(entry.name[:-3], comments[0] if comments else "", names, text)
    return out


def get_named(name: str) -> NamedQuery:
    """A shipped query; unknown names list the available ones."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}. Available: {', '.join(queries)}")
    return queries[name]


def run_query(source: Graph | Path | str, sparql: str, params: dict[str, str] | None = None
              ) -> tuple[list[str], list[list[str]]]:
    """(column names, rows of strings) for a SELECT or ASK; CONSTRUCT/DESCRIBE rows are triples.

    `source` is a store folder made by `kg build` (read in place; the default graph is the union of
    the article graphs), a graph file, or an rdflib Graph; the query runs on Oxigraph.
    """
    import pyoxigraph

    sparql = bind_params(sparql, params or {})
    try:
        if isinstance(source, pyoxigraph.Store):
            result = source.query(sparql)
        elif isinstance(source, Graph):
            result = sparql_store(source).query(sparql)
        else:
            result = open_for_query(Path(source)).query(sparql)
    except (SyntaxError, ValueError, OSError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"query failed: {first}") from exc
    if isinstance(result, pyoxigraph.QueryBoolean):
        return ["ask"], [[str(bool(result)).lower()]]
    if isinstance(result, pyoxigraph.QueryTriples):
        return ["subject", "predicate", "object"], [[_text(t.subject), _text(t.predicate), _text(t.object)] for t in result]
    columns = [v.value for v in result.variables]
    rows = [[_text(row[i]) if row[i] is not None else "" for i in range(len(columns))] for row in result]
    return columns, rows


NAME_TAGS = (None, "en", "zh-hans", "zh-hant", "zh")


def name_variants(value: str) -> list:
    """The literals a name may be stored as: as given, lower-, upper- and title-case, each plain and with
    each label language tag. Matching a name by exact terms uses the store's indexes (a lookup), where
    `FILTER(LCASE(?label) = …)` would scan every label.

    >>> [str(v) for v in name_variants("Alibaba")][:3]
    ['"Alibaba"', '"Alibaba"@en', '"Alibaba"@zh-hans']
    """
    import pyoxigraph

    forms = dict.fromkeys([value, value.lower(), value.upper(), value.title()])
    return [pyoxigraph.Literal(f, language=tag) if tag else pyoxigraph.Literal(f) for f in forms for tag in NAME_TAGS]


def bind_params(sparql: str, params: dict[str, str]) -> str:
    """Replace each `VALUES ?name { … }` line of a named query with the given value, as an escaped literal.
    A line marked `# name` gets every stored form of the value (see `name_variants`), example included.

    >>> print(bind_params('SELECT * WHERE { VALUES ?entity { "Alibaba" } }', {"entity": 'x" } ?y'}))
    SELECT * WHERE { VALUES ?entity { "x\\" } ?y" } }
    """
    import pyoxigraph

    pattern = re.compile(r"VALUES\s+\?(\w+)\s*\{([^}]*)\}( *# name)?")
    present = {m.group(1) for m in pattern.finditer(sparql)}
    for name in params:
        if name not in present:
            raise QueryError(f"the query has no parameter {name!r} (no `VALUES ?{name} {{ … }}` line)")

    def bind(m: re.Match[str]) -> str:  # one pass: a bound value is never rewritten again
        name = m.group(1)
        if m.group(3):
            value = params[name] if name in params else _example(m.group(2))
            return f"VALUES ?{name} {{ {' '.join(map(str, name_variants(value)))} }}"
        return f"VALUES ?{name} {{ {pyoxigraph.Literal(params[name])} }}" if name in params else m.group(0)

    return pattern.sub(bind, sparql)


def _example(values: str) -> str:
    """The example value written in a named query's VALUES line."""
    m = re.search(r'"((?:[^"\\]|\\.)*)"', values)
    return m.group(1) if m else ""


def _text(term) -> str:  # noqa: ANN001 - a pyoxigraph term
    return term.value


def format_rows(columns: list[str], rows: list[list[str]], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=False)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buf.getvalue()
    widths = [min(60, max([_width(c)] + [_width(r[i]) for r in rows])) for i, c in enumerate(columns)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(columns, widths, strict=False))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(_pad(_cut(v, w), w) for v, w in zip(r, widths, strict=False)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _width(s: str) -> int:
    return sum(2 if c >= "\u1100" and (c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" or "\uff00" <= c <= "\uffef") else 1 for c in s)


def _cut(s: str, w: int) -> str:
    s = s.replace("\n", " ")
    while _width(s) > w:
        s = s[:-2] + "…"
    return s


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def read_query_file(path: Path) -> str:
    """The text of a .rq file, with a clear error when it is missing."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path}: cannot read query file ({exc.strerror})") from exc
