"""The vocabulary in code (kg.graph.vocab.NKG) and the published ontology (ontology/newskg.ttl) are one list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph.vocab import NKG

ROOT = Path(__file__).resolve().parents[2]
NS = str(NKG._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology" / "newskg.ttl", format="turtle")


def defined(onto: Graph) -> set[URIRef]:
    """Terms the ontology defines: subjects in the nkg namespace."""
    return {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def code_terms() -> set[URIRef]:
    return set(dir(NKG))


def test_every_code_term_is_defined_in_the_ontology(onto):
    assert code_terms() - defined(onto) == set()


def test_every_ontology_term_is_in_the_code(onto):
    assert defined(onto) - code_terms() == set()


def test_every_nkg_term_the_ontology_mentions_is_defined(onto):
    used = {t for triple in onto for t in triple if isinstance(t, URIRef) and str(t).startswith(NS)}
    assert used <= defined(onto)


@pytest.mark.parametrize("rq", sorted((ROOT / "kg" / "queries").glob("*.rq")), ids=lambda p: p.name)
def test_every_nkg_term_a_shipped_query_uses_is_in_the_vocabulary(rq):
    used = set(re.findall(r"\bnkg:(\w+)", rq.read_text(encoding="utf-8")))
    assert {NKG._NS[t] for t in used} <= code_terms()


@pytest.mark.parametrize("typo", ["partnr", "Organisation", "reportedby", "Denial"])
def test_a_typo_is_an_attribute_error_not_a_new_iri(typo):
    with pytest.raises(AttributeError):
        getattr(NKG, typo)


def test_terms_are_iris_in_the_newskg_namespace():
    assert NKG.partner == URIRef("https://w3id.org/newskg#partner")
    assert NKG.Claim == URIRef("https://w3id.org/newskg#Claim")


def _terms_of_type(onto: Graph, *types: URIRef) -> list[URIRef]:
    return sorted({s for t in types for s in onto.subjects(RDF.type, t) if str(s).startswith(NS)})


def _classes_and_properties() -> list[str]:
    onto = Graph().parse(ROOT / "ontology" / "newskg.ttl", format="turtle")
    terms = _terms_of_type(onto, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    individuals = _terms_of_type(onto, NKG.ClaimStatus, NKG.AnonymousSource)
    return [str(t)[len(NS):] for t in terms + individuals]


@pytest.mark.parametrize("name", _classes_and_properties())
def test_every_term_has_an_english_and_a_chinese_label_and_a_comment(onto, name):
    term = NKG._NS[name]
    labels = {lit.language for lit in onto.objects(term, RDFS.label) if isinstance(lit, Literal)}
    assert {"en", "zh"} <= labels
    comments = [c for c in onto.objects(term, RDFS.comment) if str(c).strip()]
    assert comments


def test_there_are_classes_and_properties_to_check():
    names = set(_classes_and_properties())
    assert {"Organization", "Claim", "partner", "reportedBy", "confidence", "Denied"} <= names


@pytest.mark.parametrize(("triple", "meaning"), [
    ((NKG.partner, RDF.type, OWL.SymmetricProperty), "partner is symmetric"),
    ((NKG.Claim, RDFS.subClassOf, RDF.Statement), "a claim is a reified statement"),
    ((NKG.NewsOutlet, RDFS.subClassOf, NKG.Organization), "an outlet is an organization"),
    ((NKG.evaluated, RDF.type, OWL.ObjectProperty), "evaluated links two resources"),
    ((NKG.status, RDF.type, OWL.FunctionalProperty), "a claim has one status"),
    ((NKG.confidence, RDFS.range, URIRef("http://www.w3.org/2001/XMLSchema#decimal")), "confidence is a decimal"),
])
def test_ontology_axioms(onto, triple, meaning):
    assert triple in onto, meaning


@pytest.mark.parametrize("relation", [NKG.evaluated, NKG.rejected])
def test_directed_relations_are_not_symmetric(onto, relation):
    assert (relation, RDF.type, OWL.SymmetricProperty) not in onto
