"""SPARQL 1.1 Protocol plumbing with no I/O: result formats, content negotiation, update detection.

Pure functions, so every negotiation rule is testable without a server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Form(StrEnum):
    """What a query returns: a table (SELECT), a boolean (ASK) or a graph (CONSTRUCT / DESCRIBE)."""

    SOLUTIONS = "solutions"
    BOOLEAN = "boolean"
    GRAPH = "graph"


@dataclass(frozen=True, slots=True)
class Format:
    """One response serialization: its short name, canonical media type and accepted aliases."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"


# First entry of each tuple is the default for that query form.
TABLE_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json",
           ("application/json", "text/javascript", "application/javascript")),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3")),
    Format("n-triples", "application/n-triples", ("text/plain",)),
    Format("json-ld", "application/ld+json", ("application/json", "application/x-json+ld")),
    Format("rdf-xml", "application/rdf+xml", ("application/xml", "text/xml")),
)
FORMATS: dict[Form, tuple[Format, ...]] = {
    Form.SOLUTIONS: TABLE_FORMATS,
    Form.BOOLEAN: TABLE_FORMATS,
    Form.GRAPH: GRAPH_FORMATS,
}

# `format=` values (as SPARQLWrapper and browsers send them) → format name per kind of result.
_SHORT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "json-ld"),
    "xml": ("xml", "rdf-xml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "nt": (None, "n-triples"),
    "ntriples": (None, "n-triples"),
    "n-triples": (None, "n-triples"),
    "json-ld": (None, "json-ld"),
    "jsonld": (None, "json-ld"),
    "rdf": (None, "rdf-xml"),
    "rdfxml": (None, "rdf-xml"),
    "rdf+xml": (None, "rdf-xml"),
    "rdf-xml": (None, "rdf-xml"),
}


@dataclass(frozen=True, slots=True)
class Choice:
    """The negotiated format for each kind of result; None where the client accepts none of ours."""

    table: Format | None
    graph: Format | None

    def for_form(self, form: Form) -> Format | None:
        return self.graph if form is Form.GRAPH else self.table

    @property
    def acceptable(self) -> bool:
        return self.table is not None or self.graph is not None


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """`Accept` → [(media range, q)] in header order; malformed q-values count as 1."""
    ranges: list[tuple[str, float]] = []
    for part in (header or "").split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 1.0
        ranges.append((media.lower(), q))
    return ranges


def _specificity(media_range: str, media_type: str) -> int:
    """3 for an exact match, 2 for type/*, 1 for */*, 0 for no match."""
    if media_range == media_type:
        return 3
    if media_range == "*/*" or media_range == "*":
        return 1
    main, _, sub = media_range.partition("/")
    return 2 if sub == "*" and media_type.split("/")[0] == main else 0


def negotiate(accept: str | None, formats: tuple[Format, ...]) -> Format | None:
    """The best of `formats` for an Accept header (q-values, most specific range wins); None if none fit."""
    ranges = parse_accept(accept)
    if not ranges:
        return formats[0]
    best: tuple[float, int, int] | None = None
    chosen: Format | None = None
    for order, fmt in enumerate(formats):
        match: tuple[int, float, int] | None = None  # (specificity, q, position in header)
        for position, (media_range, q) in enumerate(ranges):
            spec = 3 if media_range in fmt.aliases else _specificity(media_range, fmt.media_type)
            if spec and (match is None or spec > match[0]):
                match = (spec, q, position)
        if match is None or match[1] <= 0:
            continue
        score = (match[1], -match[2], -order)
        if best is None or score > best:
            best, chosen = score, fmt
    return chosen


def _by_name(name: str | None, formats: tuple[Format, ...]) -> Format | None:
    return next((f for f in formats if f.name == name), None)


def _from_format_param(value: str) -> Choice | None:
    """A `format=` value (short name or media type) → Choice; None if it names no format we know."""
    value = value.strip().lower()
    if value in _SHORT_NAMES:
        table, graph = _SHORT_NAMES[value]
        return Choice(_by_name(table, TABLE_FORMATS), _by_name(graph, GRAPH_FORMATS))
    if "/" in value:
        choice = Choice(negotiate(value, TABLE_FORMATS), negotiate(value, GRAPH_FORMATS))
        return choice if choice.acceptable else None
    return None


def choose(accept: str | None, format_params: list[str] | None = None) -> Choice:
    """Negotiate both result kinds at once; the first recognised `format=` value overrides Accept."""
    for value in format_params or ():
        if value.strip():
            choice = _from_format_param(value)
            if choice is not None:
                return choice
    if format_params and any(v.strip() for v in format_params):
        return Choice(None, None)
    return Choice(negotiate(accept, TABLE_FORMATS), negotiate(accept, GRAPH_FORMATS))


UPDATE_KEYWORDS = frozenset(
    {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}
)
_PROLOGUE = re.compile(
    r"""(?:\s+|\#[^\n]*\n?                                    # whitespace, comments
        |BASE\s*<[^>]*>                                     # BASE <iri>
        |PREFIX\s*[^\s:]*:\s*<[^>]*>                        # PREFIX p: <iri>
        )*""",
    re.IGNORECASE | re.VERBOSE,
)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def is_update(text: str) -> bool:
    """True if the request is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE …)."""
    prologue = _PROLOGUE.match(text)
    rest = text[prologue.end():] if prologue else text
    word = _FIRST_WORD.match(rest)
    return bool(word) and word.group(0).lower() in UPDATE_KEYWORDS
