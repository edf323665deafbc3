"""Article graphs travel as canonical N-Triples: sorted, deduplicated, and safe for untrusted text."""

from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.ntriples import TripleSink, iri, to_nquads

S, P = URIRef("https://e.org/s"), URIRef("https://e.org/p")


def parsed(sink: TripleSink) -> Graph:
    g = Graph()
    g.parse(data=sink.ntriples(), format="nt")
    return g


@given(st.text())
def test_any_text_round_trips_as_one_literal_and_injects_nothing(text):
    sink = TripleSink()
    sink.add((S, P, Literal(text, lang="zh-Hant")))
    g = parsed(sink)
    assert len(g) == 1 and str(next(iter(g.objects(S, P)))) == text


def test_an_iri_from_front_matter_cannot_break_out_of_its_brackets():
    sink = TripleSink()
    sink.add((S, P, URIRef('https://e.org/x> <https://e.org/evil> "1" .\n<https://e.org/y')))
    g = parsed(sink)
    assert len(g) == 1 and (None, URIRef("https://e.org/evil"), None) not in g
    assert iri("a b") == "<a%20b>"


def test_lines_are_sorted_and_unique_whatever_the_order_added():
    triples = [(S, P, Literal("b")), (S, P, Literal("a")), (S, P, Literal("1.50", datatype=XSD.decimal)), (S, P, Literal("a"))]
    one, two = TripleSink(), TripleSink()
    for t in triples:
        one.add(t)
    for t in reversed(triples):
        two.add(t)
    assert one.ntriples() == two.ntriples() and len(one) == 3
    assert one.ntriples().splitlines() == sorted(one.ntriples().splitlines())


def test_nquads_name_the_graph_on_every_line():
    sink = TripleSink()
    sink.add((S, P, Literal("v")))
    sink.add((S, P, Literal("w")))
    lines = to_nquads(sink.ntriples(), "https://e.org/g").splitlines()
    assert len(lines) == 2 and all(line.endswith(b" <https://e.org/g> .") for line in lines)
