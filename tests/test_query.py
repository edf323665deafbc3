"""kg.query: the shipped named queries, parameters bound as literals (never as query text), and row formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph

from kg.errors import QueryError
from kg.query import bind_params, format_rows, get_named, named_queries, run_query

# name → parameters its `# params:` line declares
NAMED = {
    "claims_about": ("entity",),
    "conflicts": (),
    "partners_of": ("entity",),
    "sources_by_outlet": (),
    "who_reported": ("subject", "relation", "object"),
}

INJECTIONS = [
    pytest.param('x" } . ?s ?p ?o . FILTER("', id="close-literal-and-values"),
    pytest.param('Alibaba" } VALUES ?entity { "Apple', id="second-values"),
    pytest.param("Alibaba\n} ?s ?p ?o {\n", id="newlines"),
    pytest.param("Alibaba\\", id="trailing-backslash"),
    pytest.param('\\" } ?s ?p ?o . FILTER(\\"', id="backslash-quote"),
    pytest.param("\\u0022 } ?s ?p ?o . FILTER(\\u0022", id="unicode-escape"),
    pytest.param("Alibaba' } # comment", id="single-quote-and-comment"),
    pytest.param('"""Alibaba"""', id="long-quotes"),
]


@pytest.fixture(scope="module")
def store(built):
    """The built sample graph loaded once into Oxigraph, as `kg query` loads it."""
    from kg.graph.store import sparql_store

    return sparql_store(built[2] / "graph.ttl")


def rows_of(store, name: str, **params: str) -> list[dict[str, str]]:
    columns, rows = run_query(store, get_named(name).text, params)
    return [dict(zip(columns, r, strict=True)) for r in rows]


# ---- discovery --------------------------------------------------------------------------------


def test_every_shipped_query_is_discovered_with_its_params():
    assert {name: q.params for name, q in named_queries().items()} == NAMED


@pytest.mark.parametrize("name", list(NAMED))
def test_each_named_query_has_a_one_line_description(name):
    q = named_queries()[name]
    assert q.name == name
    assert q.description and "\n" not in q.description and not q.description.startswith("params")
    assert "SELECT" in q.text


def test_unknown_named_query_lists_the_available_ones():
    with pytest.raises(QueryError) as err:
        get_named("partner_of")
    assert all(name in str(err.value) for name in NAMED)


# ---- each query on the sample graph -----------------------------------------------------------


@pytest.mark.parametrize("name", list(NAMED))
def test_each_named_query_returns_rows_with_its_example_values(store, name):
    assert rows_of(store, name)


def test_who_reported_apple_rejected_deepseek_includes_an_anonymous_source(store):
    rows = rows_of(store, "who_reported", subject="苹果", relation="rejected", object="DeepSeek")
    assert "AnonymousSource" in {r["sourceType"] for r in rows}
    assert all(r["status"] in {"Reported", "Confirmed", "Rumored", "Denied"} for r in rows)


def test_who_reported_names_each_source_once_per_article(store):
    rows = rows_of(store, "who_reported")
    keys = [(r["article"], r["sourceType"], r["status"], r["evidence"]) for r in rows]
    assert len(keys) == len(set(keys)), "a source with labels in several languages came out once per label"


def test_sources_by_outlet_counts_each_source_under_one_name(store):
    rows = rows_of(store, "sources_by_outlet")
    anonymous = [r for r in rows if r["source"] in {"anonymous source", "匿名消息来源", "anonymous"}]
    assert anonymous and len(anonymous) == len({r["relation"] for r in anonymous})
    assert len({(r["source"], r["relation"]) for r in rows}) == len(rows)


@pytest.mark.parametrize("spelling", ["阿里巴巴", "阿里巴巴集團", "Alibaba", "alibaba", "阿里"])
def test_claims_about_accepts_any_spelling_of_alibaba(store, spelling):
    reference = rows_of(store, "claims_about", entity="阿里巴巴")
    rows = rows_of(store, "claims_about", entity=spelling)
    assert rows == reference
    assert any("Alibaba" in (r["subject"], r["object"]) for r in rows)


def test_claims_about_an_unknown_name_is_empty(store):
    assert rows_of(store, "claims_about", entity="No Such Company") == []


def test_conflicts_finds_apple_and_baidu(store):
    rows = rows_of(store, "conflicts")
    assert any({r["subject"], r["object"]} == {"Apple", "Baidu"} for r in rows)


def test_partners_of_alibaba_is_apple_and_excludes_denied_claims(store):
    partners = {r["partner"] for r in rows_of(store, "partners_of", entity="Alibaba")}
    assert "Apple" in partners and "Alibaba" not in partners


# ---- injection --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("name", ["partners_of", "claims_about"])
def test_a_hostile_entity_value_is_a_literal_and_matches_nothing(store, name, value):
    assert rows_of(store, name, entity=value) == []


@pytest.mark.parametrize("value", INJECTIONS)
def test_a_hostile_value_in_any_who_reported_param_matches_nothing(store, value):
    for param in NAMED["who_reported"]:
        params = {"subject": "苹果", "relation": "rejected", "object": "DeepSeek", param: value}
        assert rows_of(store, "who_reported", **params) == [], param


@pytest.mark.parametrize("value", [p.values[0] for p in INJECTIONS] + ["a\r\nb\tc", "末尾\\", "}", "#"])
def test_a_bound_value_round_trips_exactly(value):
    text = bind_params('SELECT ?v WHERE { VALUES ?v { "placeholder" } }', {"v": value})
    assert run_query(Graph(), text) == (["v"], [[value]])


@pytest.mark.parametrize(("a", "b"), [("VALUES ?b {}", "x"), ("VALUES ?b {}", " 'leak' } #")])
def test_one_value_cannot_capture_another_parameter(a, b):
    text = bind_params('SELECT ?a ?b WHERE {\n VALUES ?a { "" }\n VALUES ?b { "" }\n}', {"a": a, "b": b})
    assert run_query(Graph(), text) == (["a", "b"], [[a, b]])


def test_bind_params_with_an_unknown_param_raises():
    with pytest.raises(QueryError, match="nosuch"):
        bind_params(get_named("partners_of").text, {"nosuch": "x"})


def test_a_query_that_does_not_parse_raises_query_error():
    with pytest.raises(QueryError, match="query failed"):
        run_query(Graph(), "SELECT * WHERE { ?s ?p }")


# ---- formats ----------------------------------------------------------------------------------

COLUMNS = ["name", "n"]
ROWS = [["苹果", "1"], ['a "quoted", comma', "22"]]


def test_format_json_is_a_list_of_objects():
    assert json.loads(format_rows(COLUMNS, ROWS, "json")) == [{"name": "苹果", "n": "1"},
                                                              {"name": 'a "quoted", comma', "n": "22"}]


def test_format_csv_round_trips():
    assert list(csv.reader(io.StringIO(format_rows(COLUMNS, ROWS, "csv")))) == [COLUMNS, *ROWS]


def test_format_table_aligns_wide_characters_and_counts_rows():
    lines = format_rows(COLUMNS, ROWS, "table").splitlines()
    assert lines[0].split("|")[0].strip() == "name"
    assert set(lines[1]) <= {"-", "+"}
    assert lines[-1] == "(2 rows)"
    bars = {line.index("|") + sum(1 for ch in line[: line.index("|")] if "\u4e00" <= ch <= "\u9fff")
            for line in lines[:1] + lines[2:-1]}
    assert len(bars) == 1  # the column separator sits at the same display column on every line


def test_format_table_of_no_rows():
    assert format_rows(COLUMNS, [], "table").splitlines()[-1] == "(0 rows)"
    assert format_rows(["x"], [["v"]], "table").splitlines()[-1] == "(1 row)"


# ---- the tallies the queries read agree with the claims they count ------------------------------

PARTNERS_FROM_CLAIMS = """PREFIX nkg: <https://w3id.org/newskg#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?a ?b (COUNT(DISTINCT ?art) AS ?articles) (COUNT(DISTINCT ?src) AS ?sources) (MAX(?conf) AS ?confidence) WHERE {
  { ?c rdf:subject ?a ; rdf:object ?b } UNION { ?c rdf:subject ?b ; rdf:object ?a }
  ?c rdf:predicate nkg:partner ; prov:wasDerivedFrom ?art ; nkg:confidence ?conf .
  FILTER(?a != ?b)
  FILTER NOT EXISTS { ?c nkg:status nkg:Denied }
  OPTIONAL { ?c nkg:reportedBy ?src }
} GROUP BY ?a ?b"""
PARTNERS_FROM_TALLIES = """PREFIX nkg: <https://w3id.org/newskg#>
SELECT ?a ?b ?articles ?sources ?confidence WHERE {
  ?r nkg:relation nkg:partner ; nkg:party ?a ; nkg:party ?b ; nkg:articleCount ?articles ; nkg:sourceCount ?sources ;
     nkg:maxConfidence ?confidence . FILTER(?a != ?b && ?articles > 0) }"""
SOURCES_FROM_CLAIMS = """PREFIX nkg: <https://w3id.org/newskg#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?src ?p (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c nkg:reportedBy ?src ; rdf:predicate ?p } GROUP BY ?src ?p"""
SOURCES_FROM_TALLIES = """PREFIX nkg: <https://w3id.org/newskg#>
SELECT ?src ?p ?n WHERE { ?t a nkg:SourceTally ; nkg:source ?src ; nkg:relation ?p ; nkg:claimCount ?n }"""


def _values(store, sparql: str) -> set[tuple]:
    return {tuple(float(t.value) if t.value.replace(".", "").isdigit() else t.value for t in row)
            for row in store.query(sparql)}


def test_partner_tallies_equal_counting_the_claims_themselves(store):
    expected = _values(store, PARTNERS_FROM_CLAIMS)
    assert expected and _values(store, PARTNERS_FROM_TALLIES) == expected


def test_source_tallies_equal_counting_the_claims_themselves(store):
    expected = _values(store, SOURCES_FROM_CLAIMS)
    assert expected and _values(store, SOURCES_FROM_TALLIES) == expected


def test_who_reported_a_partnership_finds_its_claims_either_way_round(store):
    one = rows_of(store, "who_reported", subject="苹果", relation="partner", object="阿里巴巴")
    other = rows_of(store, "who_reported", subject="阿里巴巴", relation="partner", object="苹果")
    assert one and sorted(map(str, one)) == sorted(map(str, other))


def test_who_reported_a_rejection_keeps_its_direction(store):
    assert rows_of(store, "who_reported", subject="苹果", relation="rejected", object="DeepSeek")
    assert rows_of(store, "who_reported", subject="DeepSeek", relation="rejected", object="苹果") == []
