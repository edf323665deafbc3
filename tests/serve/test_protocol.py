"""`kg serve` speaks the SPARQL 1.1 Protocol query operation, read-only, with limits — over real HTTP."""

from __future__ import annotations

import http.client
import io
import json
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from rdflib import Graph
from rdflib.query import Result

from kg.serve import make_server
from kg.serve.endpoint import OxigraphBackend
from kg.serve.protocol import GRAPH_FORMATS, TABLE_FORMATS, choose, is_update, negotiate
from kg.serve.server import Server

from . import ENT, NKG, PREFIXES, build_graph, request, running, write_graph

PARTNERS = PREFIXES + "SELECT ?o WHERE { ent:alibaba nkg:partner ?o }"
CLAIMS_WITH_SOURCES = PREFIXES + """
SELECT ?claim ?s ?o ?source WHERE {
  ?claim a nkg:Claim ; rdf:subject ?s ; rdf:object ?o ; nkg:reportedBy ?source .
} ORDER BY ?claim"""
CONSTRUCT_PARTNERS = PREFIXES + "CONSTRUCT { ?s nkg:partner ?o } WHERE { ?s nkg:partner ?o }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_graph(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def server(graph_path: Path) -> Iterator[Server]:
    with running(graph_path, workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def strict(graph_path: Path) -> Iterator[Server]:
    """A server with a tiny time limit and result cap."""
    with running(graph_path, workers=2, timeout=0.5, max_results=3) as srv:
        yield srv


def get(server: Server, query: str, accept: str | None = None, **params: str) -> object:
    headers = {"Accept": accept} if accept else {}
    return request(f"{server.url}/sparql?{urlencode({'query': query, **params})}", headers=headers)


def form(server: Server, **fields: str) -> object:
    return request(f"{server.url}/sparql", "POST", urlencode(fields).encode(),
                   {"Content-Type": "application/x-www-form-urlencoded"})


def direct(server: Server, body: str, content_type: str = "application/sparql-query", **headers: str):
    return request(f"{server.url}/sparql", "POST", body.encode(), {"Content-Type": content_type, **headers})


def values(reply, var: str) -> set[str]:
    return {b[var]["value"] for b in json.loads(reply.body)["results"]["bindings"]}


# -- the three ways to send a query --------------------------------------------------------------

def test_get_with_query_parameter_returns_json_results_by_default(server):
    reply = get(server, PARTNERS)
    assert reply.status == 200
    assert reply.content_type == "application/sparql-results+json; charset=utf-8"
    assert values(reply, "o") == {ENT + "nvidia"}


def test_post_form_encoded_query(server):
    reply = form(server, query=PARTNERS)
    assert reply.status == 200 and values(reply, "o") == {ENT + "nvidia"}


def test_post_query_directly_in_the_body(server):
    reply = direct(server, PARTNERS)
    assert reply.status == 200 and values(reply, "o") == {ENT + "nvidia"}


def test_claims_carry_their_sources(server):
    reply = get(server, CLAIMS_WITH_SOURCES)
    assert values(reply, "source") == {ENT + "reuters", NKG + "anonymousSource"}


def test_default_graph_uri_is_accepted_and_ignored(server):
    reply = get(server, PARTNERS, **{"default-graph-uri": "http://example.com/g"})
    assert reply.status == 200 and values(reply, "o") == {ENT + "nvidia"}


# -- content negotiation -------------------------------------------------------------------------

@pytest.mark.parametrize(("accept", "media_type", "rdflib_format"), [
    ("application/sparql-results+json", "application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "application/sparql-results+xml", "xml"),
    ("text/csv", "text/csv", "csv"),
    ("text/tab-separated-values", "text/tab-separated-values", "tsv"),
])
def test_select_results_in_every_table_format_parse_with_rdflib(server, accept, media_type, rdflib_format):
    reply = get(server, CLAIMS_WITH_SOURCES, accept)
    assert reply.status == 200
    assert reply.content_type == f"{media_type}; charset=utf-8"
    result = Result.parse(io.BytesIO(reply.body), format=rdflib_format)
    assert len(list(result)) == 2
    assert [str(v) for v in result.vars] == ["claim", "s", "o", "source"]


@pytest.mark.parametrize(("accept", "media_type", "rdflib_format"), [
    (None, "text/turtle", "turtle"),
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_construct_results_in_every_graph_format_parse_with_rdflib(server, accept, media_type, rdflib_format):
    reply = get(server, CONSTRUCT_PARTNERS, accept)
    assert reply.status == 200
    assert reply.content_type == f"{media_type}; charset=utf-8"
    graph = Graph().parse(data=reply.body, format=rdflib_format)
    expected = build_graph().query(CONSTRUCT_PARTNERS).graph
    assert set(graph) == set(expected) and len(graph) == 1


def test_describe_returns_a_graph(server):
    reply = get(server, PREFIXES + "DESCRIBE ent:alibaba")
    assert reply.status == 200 and reply.content_type.startswith("text/turtle")
    assert len(Graph().parse(data=reply.body, format="turtle")) > 0


def test_accept_q_values_pick_the_preferred_format(server):
    reply = get(server, PARTNERS, "application/sparql-results+json;q=0.4, text/csv;q=0.9, */*;q=0.1")
    assert reply.content_type.startswith("text/csv")


def test_format_parameter_overrides_accept(server):
    reply = get(server, PARTNERS, "application/sparql-results+json", format="tsv")
    assert reply.content_type.startswith("text/tab-separated-values")
    reply = get(server, CONSTRUCT_PARTNERS, format="json")
    assert reply.content_type.startswith("application/ld+json")


def test_unsupported_accept_is_406(server):
    assert get(server, PARTNERS, "image/png").status == 406
    assert get(server, PARTNERS, accept="text/turtle").status == 406  # a graph format for a table
    assert get(server, PARTNERS, format="pdf").status == 406


def test_ask_answers_true_and_false_in_json_and_xml(server):
    yes = get(server, PREFIXES + "ASK { ent:alibaba nkg:partner ent:nvidia }")
    no = get(server, PREFIXES + "ASK { ent:alibaba nkg:rejected ent:tencent }")  # denied: not asserted
    assert json.loads(yes.body)["boolean"] is True and json.loads(no.body)["boolean"] is False
    xml = get(server, PREFIXES + "ASK { ?s ?p ?o }", "application/sparql-results+xml")
    root = ET.fromstring(xml.body)
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_negotiation_rules():
    assert negotiate(None, TABLE_FORMATS).name == "json"
    assert negotiate("*/*", GRAPH_FORMATS).name == "turtle"
    assert negotiate("text/*", TABLE_FORMATS).name == "csv"
    assert negotiate("text/csv;q=0, */*", TABLE_FORMATS).name == "json"
    assert negotiate("application/sparql-results+xml, application/rdf+xml", GRAPH_FORMATS).name == "rdf-xml"
    assert negotiate("image/png", TABLE_FORMATS) is None
    both = choose("application/json")
    assert (both.table.name, both.graph.name) == ("json", "json-ld")
    assert choose(None, ["text/tab-separated-values"]).table.name == "tsv"


# -- bad requests --------------------------------------------------------------------------------

def test_missing_query_is_400_plain_text(server):
    for reply in (request(f"{server.url}/sparql"), form(server), direct(server, "  ")):
        assert reply.status == 400
        assert reply.content_type.startswith("text/plain") and "missing query" in reply.text


def test_malformed_query_is_400_with_the_parser_message(server):
    reply = get(server, "SELECT ?x WHERE { ?x <p> ")
    assert reply.status == 400 and reply.content_type.startswith("text/plain")
    assert reply.text.startswith("malformed query:") and "error at" in reply.text


def test_error_bodies_are_plain_text_never_html(server):
    reply = get(server, "<script>alert(1)</script>", "text/html")
    assert reply.status in (400, 406)
    assert reply.content_type.startswith("text/plain") and reply.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("attempt", [
    lambda s: get(s, "INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
    lambda s: get(s, "PREFIX x: <urn:x#>\n# a comment\nDELETE WHERE { ?s ?p ?o }"),
    lambda s: form(s, query="DROP ALL"),
    lambda s: form(s, update="CLEAR DEFAULT"),
    lambda s: direct(s, "LOAD <http://example.com/x.ttl>"),
    lambda s: direct(s, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
], ids=["insert-get", "delete-with-prologue", "drop-form", "update-param", "load-direct", "sparql-update-body"])
def test_updates_are_refused_as_read_only(server, attempt):
    reply = attempt(server)
    assert reply.status == 403 and "this endpoint is read-only" in reply.text
    assert json.loads(get(server, "ASK { <urn:a> ?p ?o }").body)["boolean"] is False
    assert get(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").status == 200


def test_update_detection_ignores_the_prologue_but_not_the_query():
    assert is_update("BASE <http://x/> PREFIX a: <http://a/> insert data { }")
    assert not is_update("PREFIX insert: <http://a/> SELECT ?delete WHERE { ?delete ?p ?o }")
    assert not is_update("# DROP ALL\nASK {}")


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_write_methods_are_405(server, method):
    reply = request(f"{server.url}/sparql", method, b"x", {"Content-Type": "text/turtle"})
    assert reply.status == 405 and "POST" in reply.headers["allow"]


# -- CORS and the other routes -------------------------------------------------------------------

def test_cors_on_every_response_and_preflight(server):
    assert get(server, PARTNERS).headers["access-control-allow-origin"] == "*"
    assert get(server, "nonsense").headers["access-control-allow-origin"] == "*"
    reply = request(f"{server.url}/sparql", "OPTIONS", headers={
        "Origin": "http://example.com", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert reply.status == 204
    assert reply.headers["access-control-allow-origin"] == "*"
    assert set(reply.headers["access-control-allow-methods"].split(", ")) == {"GET", "POST", "OPTIONS"}
    assert {"Content-Type", "Accept"} <= set(reply.headers["access-control-allow-headers"].split(", "))


def test_graph_ttl_health_and_404(server, graph_path):
    ttl = request(f"{server.url}/graph.ttl")
    assert ttl.status == 200 and ttl.content_type == "text/turtle; charset=utf-8"
    assert ttl.body == graph_path.read_bytes()
    health = request(f"{server.url}/health")
    assert (health.status, health.text) == (200, "ok\n")
    assert request(f"{server.url}/nope").status == 404


def test_root_without_viewer_links_the_endpoint(server):
    reply = request(f"{server.url}/")
    assert reply.status == 200 and reply.content_type == "text/html; charset=utf-8"
    assert 'href="/sparql"' in reply.text and 'href="/graph.ttl"' in reply.text


def test_root_serves_the_given_html_else_graph_html_beside_the_graph(tmp_path):
    path = write_graph(tmp_path)
    with running(path, workers=1, html="<p>given</p>") as srv:
        assert request(f"{srv.url}/").text == "<p>given</p>"
    (tmp_path / "graph.html").write_text("<p>beside</p>", encoding="utf-8")
    with running(path, workers=1) as srv:
        assert request(f"{srv.url}/").text == "<p>beside</p>"


def test_make_server_binds_loopback_and_picks_a_free_port(graph_path):
    server = make_server(graph_path, port=0)
    try:
        host, port = server.server_address
        assert host == "127.0.0.1" and port > 0
    finally:
        server.shutdown()


def test_missing_graph_file_fails_fast(tmp_path):
    with pytest.raises(FileNotFoundError, match="kg build"):
        make_server(tmp_path / "absent.ttl", port=0)


# -- limits --------------------------------------------------------------------------------------

def test_expensive_query_times_out_instead_of_hanging(strict):
    started = time.monotonic()
    reply = get(strict, CARTESIAN)
    assert reply.status == 503 and reply.text.strip() == "query timed out after 0.5 s"
    assert time.monotonic() - started < 3


def test_a_runaway_query_does_not_block_other_clients(strict):
    slow = threading.Thread(target=get, args=(strict, CARTESIAN))
    slow.start()
    time.sleep(0.1)
    started = time.monotonic()
    assert get(strict, PARTNERS).status == 200
    assert time.monotonic() - started < 0.4
    slow.join()
    time.sleep(0.5)  # the killed worker is being replaced
    assert get(strict, PARTNERS).status == 200


def test_results_over_the_cap_are_refused(strict):
    rows = get(strict, "SELECT * WHERE { ?s ?p ?o }")
    assert rows.status == 413 and rows.text.startswith("result exceeds 3 rows")
    triples = get(strict, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert triples.status == 413 and "3 triples" in triples.text
    assert get(strict, "SELECT * WHERE { ?s ?p ?o } LIMIT 3").status == 200


def test_oversized_body_is_refused_before_it_is_read(server):
    host, port = server.server_address
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.putheader("Content-Length", str(10**9))
    conn.endheaders()
    reply = conn.getresponse()
    assert reply.status == 413 and reply.getheader("Connection") == "close"
    conn.close()


# -- concurrency ---------------------------------------------------------------------------------

def test_concurrent_clients_all_succeed(server):
    statuses: list[int] = []
    lock = threading.Lock()

    def client(i: int) -> None:
        for j in range(5):
            query = (PARTNERS, CLAIMS_WITH_SOURCES, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[(i + j) % 3]
            reply = get(server, query)
            with lock:
                statuses.append(reply.status)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert statuses == [200] * 40


# -- the backend alone ---------------------------------------------------------------------------

def test_backend_cuts_a_lazy_result_at_its_deadline_and_its_cap(graph_path):
    backend = OxigraphBackend.from_file(graph_path)
    late = backend.answer("SELECT * { ?a ?b ?c . ?d ?e ?f }", choose(None), 10**9, 2.0, budget=0.0)
    assert (late.status, late.body) == (503, b"query timed out after 2 s\n")
    capped = backend.answer("SELECT * { ?a ?b ?c }", choose("text/csv"), 5, 2.0)
    assert capped.status == 413
    ok = backend.answer("SELECT * { ?a ?b ?c } LIMIT 5", choose("text/csv"), 5, 2.0)
    assert ok.status == 200 and len(ok.body.decode().splitlines()) == 6
