"""Serialize capped query results: SELECT tables (JSON, XML, CSV, TSV), ASK booleans, CONSTRUCT graphs.

pyoxigraph can only serialize a whole result iterator; we count rows ourselves to enforce the cap,
so tables are written here from the rows we kept (graphs still go through pyoxigraph).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.serve.protocol import Format

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

Row = Sequence[object | None]  # pyoxigraph terms, None when unbound

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "n-triples": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdf-xml": ox.RdfFormat.RDF_XML,
}


def term_json(term: object) -> dict:
    """One RDF term as a SPARQL 1.1 JSON results binding."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):  # RDF-star
        return {"type": "triple", "value": {k: term_json(getattr(term, k))
                                            for k in ("subject", "predicate", "object")}}
    raise TypeError(f"not an RDF term: {term!r}")


def term_xml(term: object) -> str:
    """One RDF term as the body of a SPARQL XML results <binding>."""
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        parts = "".join(f"<{k}>{term_xml(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
        return f"<triple>{parts}</triple>"
    raise TypeError(f"not an RDF term: {term!r}")


def term_csv(term: object | None) -> str:
    """CSV cell: IRIs and literals as plain strings, blank nodes as _:id, unbound as empty."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def table(variables: Sequence[str], rows: Sequence[Row], fmt: Format) -> bytes:
    """A SELECT result in the negotiated table format."""
    if fmt.name == "json":
        bindings = [{v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None}
                    for row in rows]
        doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt.name == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        body = "".join(
            "<result>" + "".join(f"<binding name={quoteattr(v)}>{term_xml(t)}</binding>"
                                 for v, t in zip(variables, row, strict=True) if t is not None) + "</result>"
            for row in rows)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}">'
                f"<head>{head}</head><results>{body}</results></sparql>\n").encode()
    if fmt.name == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([term_csv(t) for t in row] for row in rows)
        return buf.getvalue().encode("utf-8")
    if fmt.name == "tsv":  # terms in N-Triples syntax, which already escapes tabs and newlines
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"not a table format: {fmt.name}")


def boolean(value: bool, fmt: Format) -> bytes:
    """An ASK result; CSV/TSV follow the common `_askResult` convention (the spec leaves them open)."""
    word = "true" if value else "false"
    if fmt.name == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if fmt.name == "xml":
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}">'
                f"<head/><boolean>{word}</boolean></sparql>\n").encode()
    end = "\r\n" if fmt.name == "csv" else "\n"
    return f"{'_askResult' if fmt.name == 'csv' else '?_askResult'}{end}{word}{end}".encode()


def graph(triples: Sequence[object], fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    """A CONSTRUCT / DESCRIBE result; Turtle and RDF/XML use the source file's prefixes."""
    rdf_format = RDF_FORMATS[fmt.name]
    use_prefixes = prefixes if fmt.name in ("turtle", "rdf-xml") else None
    return ox.serialize(triples, format=rdf_format, prefixes=use_prefixes) or b""
