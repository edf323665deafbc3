"""Triples → canonical N-Triples bytes: the unit an article's named graph travels in.

Workers turn each article into N-Triples (sorted, one triple per line, no duplicates), so the bytes
are the same whatever process made them; the store, the cache and `kg push` all take those bytes.
Text from articles is untrusted: literals are escaped, and characters an IRI may not hold are
percent-encoded, so no value can end a term early or inject a triple.

>>> from rdflib import Literal, URIRef
>>> sink = TripleSink()
>>> sink.add((URIRef("https://e.org/a"), URIRef("https://e.org/p"), Literal('say "hi"\\n', lang="en")))
>>> print(sink.ntriples().decode(), end="")
<https://e.org/a> <https://e.org/p> "say \\"hi\\"\\n"@en .
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_LITERAL_UNSAFE = re.compile(r'[\\"\n\r]')


def iri(value: str) -> str:
    """`<value>`, with characters N-Triples forbids in an IRI percent-encoded.

    >>> iri("https://e.org/a b>")
    '<https://e.org/a%20b%3E>'
    """
    return "<" + _IRI_UNSAFE.sub(lambda m: f"%{ord(m.group(0)):02X}", value) + ">"


def literal(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A quoted literal with its language tag or datatype (plain strings carry neither)."""
    text = '"' + _LITERAL_UNSAFE.sub(lambda m: _ESCAPES[m.group(0)], value) + '"'
    if lang:
        return f"{text}@{lang}"
    if datatype and datatype != str(XSD.string):
        return f"{text}^^{iri(datatype)}"
    return text


class Rendered(str):
    """A term already in N-Triples syntax (what `TripleSink.literal` makes): written as it is."""

    __slots__ = ()


_IRIS: dict[str, str] = {}  # IRI → its N-Triples form; the same IRIs recur in every article


def term(node: URIRef | Literal | BNode | Rendered) -> str:
    """One rdflib term in N-Triples syntax."""
    kind = type(node)
    if kind is URIRef:
        out = _IRIS.get(node)
        if out is None:
            if len(_IRIS) >= 1 << 16:  # bounded: claim IRIs never recur, and would crowd it
                _IRIS.clear()
            out = _IRIS[node] = iri(str(node))
        return out
    if kind is Rendered:
        return node  # type: ignore[return-value]
    if isinstance(node, Literal):
        return literal(str(node), node.language, str(node.datatype) if node.datatype else None)
    if isinstance(node, BNode):
        return f"_:{node}"
    return iri(str(node))


class TripleSink:
    """Collects triples through rdflib's `graph.add((s, p, o))`, so kg.graph.to_rdf can write into it.

    `literal()` stands in for rdflib's Literal: the N-Triples text straight away, without building
    (and parsing the lexical form of) an rdflib term, which was a fifth of the cost of an article's graph.
    """

    __slots__ = ("lines",)

    def __init__(self) -> None:
        self.lines: set[str] = set()

    @staticmethod
    def literal(value: str, lang: str | None = None, datatype: URIRef | None = None) -> Rendered:
        return Rendered(literal(value, lang, str(datatype) if datatype else None))

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        self.lines.add(f"{term(s)} {term(p)} {term(o)} .\n")

    def __len__(self) -> int:
        return len(self.lines)

    def ntriples(self) -> bytes:
        """The triples as sorted N-Triples, UTF-8."""
        return "".join(sorted(self.lines)).encode("utf-8")


def to_nquads(ntriples: bytes, graph: str) -> bytes:
    """The same triples as N-Quads in the named graph `graph` (each line gains the graph name).

    >>> to_nquads(b'<a:x> <a:p> "v" .\\n', "https://e.org/g")
    b'<a:x> <a:p> "v" <https://e.org/g> .\\n'
    """
    tail = f" {iri(graph)} .\n".encode()
    return b"".join(line[:-3] + tail for line in ntriples.splitlines(keepends=True) if line.endswith(b" .\n"))
