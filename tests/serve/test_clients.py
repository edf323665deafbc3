"""Clients nobody here wrote — SPARQLWrapper and rdflib's SPARQLStore — work against `kg serve`."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from kg.serve.server import Server

from . import ENT, NKG, PREFIXES, build_graph, running, write_graph

PARTNER = URIRef(NKG + "partner")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(write_graph(tmp_path_factory.mktemp("clients")), workers=2) as srv:
        yield srv


@pytest.fixture()
def sparql(server: Server) -> SPARQLWrapper:
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # SPARQLWrapper warns when the content type is not what it asked for
        yield SPARQLWrapper(f"{server.url}/sparql")


def test_sparqlwrapper_select_json(sparql):
    sparql.setQuery(PREFIXES + "SELECT ?o ?label WHERE { ent:alibaba nkg:partner ?o . ?o rdfs:label ?label }")
    sparql.setReturnFormat(JSON)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [(r["o"]["value"], r["label"]["value"], r["label"]["xml:lang"]) for r in rows] == [
        (ENT + "nvidia", "Nvidia", "en")]


def test_sparqlwrapper_select_csv_over_post(sparql):
    sparql.setQuery(PREFIXES + "SELECT ?s WHERE { ?s nkg:partner ent:nvidia }")
    sparql.setMethod(POST)
    sparql.setReturnFormat(CSV)
    assert sparql.queryAndConvert().decode().splitlines() == ["s", ENT + "alibaba"]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(sparql, fmt):
    sparql.setQuery(PREFIXES + "ASK { ent:tencent nkg:evaluated ent:nvidia }")
    sparql.setReturnFormat(fmt)
    result = sparql.queryAndConvert()
    if fmt == JSON:
        assert result["boolean"] is True
    else:
        assert result.getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("fmt", [TURTLE, XML])
def test_sparqlwrapper_construct_converts_to_an_rdflib_graph(sparql, fmt):
    query = PREFIXES + "CONSTRUCT { ?s nkg:partner ?o } WHERE { ?s nkg:partner ?o }"
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    result = sparql.queryAndConvert()
    graph = result if isinstance(result, Graph) else Graph().parse(data=result, format="turtle")
    assert set(graph) == set(build_graph().query(query).graph)


def test_rdflib_sparqlstore_query(server):
    graph = Graph(store=SPARQLStore(f"{server.url}/sparql"))
    rows = graph.query(PREFIXES + """
        SELECT ?claim ?status WHERE { ?claim a nkg:Claim ; nkg:status ?status } ORDER BY ?claim""")
    statuses = {str(row.status).rsplit("#", 1)[1] for row in rows}
    assert statuses == {"Confirmed", "Rumored", "Denied"}


def test_rdflib_sparqlstore_iterates_triples_and_asks(server):
    remote = Graph(store=SPARQLStore(f"{server.url}/sparql"))
    local = build_graph()
    assert set(remote.triples((None, PARTNER, None))) == set(local.triples((None, PARTNER, None)))
    assert len(remote) == len(local)
    assert remote.query(PREFIXES + "ASK { ent:alibaba nkg:partner ent:nvidia }").askAnswer is True
