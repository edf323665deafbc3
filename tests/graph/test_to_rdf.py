"""kg.graph.to_rdf and kg.graph.iris: how one claim, article and entity become triples, and their IRIs."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.graph.iris import DEFAULT_BASE, Iris, slug
from kg.graph.to_rdf import add_article, add_claim, add_entity, bind_prefixes, lang_tag
from kg.graph.vocab import NKG, PROV
from kg.model import ANONYMOUS, Article, Claim, Entity, EntityKind, Relation, Status

IRIS = Iris()
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
CLAIM = Claim("apple", Relation.PARTNER, "alibaba", "a1", (0, 2), "partner", confidence=0.9,
              sources=frozenset({"reuters", ANONYMOUS}), status=Status.CONFIRMED)
EVIDENCE = ["苹果与阿里巴巴合作。", "双方已签署协议。"]


def claim_graph(claim: Claim = CLAIM, lang: str = "zh-CN", iris: Iris = IRIS) -> tuple[Graph, URIRef]:
    g = Graph()
    node = add_claim(g, claim, EVIDENCE, lang, iris)
    return g, node


# ---- the reified claim ------------------------------------------------------------------------


def test_claim_is_a_reified_statement_with_subject_predicate_object():
    g, c = claim_graph()
    assert (c, RDF.type, NKG.Claim) in g
    assert g.value(c, RDF.subject) == IRIS.entity("apple")
    assert g.value(c, RDF.predicate) == NKG.partner
    assert g.value(c, RDF.object) == IRIS.entity("alibaba")


def test_claim_is_derived_from_its_article():
    g, c = claim_graph()
    assert g.value(c, PROV.wasDerivedFrom) == IRIS.article("a1")


def test_claim_is_reported_by_each_source_and_anonymous_is_the_shared_individual():
    g, c = claim_graph()
    assert set(g.objects(c, NKG.reportedBy)) == {IRIS.entity("reuters"), NKG.anonymousSource}


@pytest.mark.parametrize(("lang", "tag"), [("zh-CN", "zh-hans"), ("zh-TW", "zh-hant"), ("en", "en")])
def test_evidence_is_each_sentence_with_a_language_tag(lang, tag):
    g, c = claim_graph(lang=lang)
    evidence = set(g.objects(c, NKG.evidence))
    assert {str(e) for e in evidence} == set(EVIDENCE)
    assert {e.language.lower() for e in evidence} == {tag}


@pytest.mark.parametrize("status", list(Status))
def test_status_is_the_individual_of_the_same_name(status):
    g, c = claim_graph(dataclasses.replace(CLAIM, status=status))
    assert list(g.objects(c, NKG.status)) == [NKG[status.value]]


def test_confidence_is_an_xsd_decimal_with_two_places():
    g, c = claim_graph()
    (conf,) = g.objects(c, NKG.confidence)
    assert conf.datatype == XSD_DECIMAL
    assert str(conf) == "0.90"
    assert conf.toPython() == Decimal("0.9")


def test_claim_names_its_extractor():
    g, c = claim_graph()
    assert g.value(c, NKG.extractor) == Literal("partner")


# ---- entity-level triples ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [Status.REPORTED, Status.CONFIRMED, Status.RUMORED])
@pytest.mark.parametrize("relation", list(Relation))
def test_a_claim_not_denied_asserts_the_entity_triple(status, relation):
    g, _ = claim_graph(dataclasses.replace(CLAIM, status=status, relation=relation))
    assert (IRIS.entity("apple"), NKG[relation.value], IRIS.entity("alibaba")) in g


@pytest.mark.parametrize("relation", list(Relation))
def test_a_denied_claim_is_kept_but_asserts_no_entity_triple(relation):
    g, c = claim_graph(dataclasses.replace(CLAIM, status=Status.DENIED, relation=relation))
    assert (c, NKG.status, NKG.Denied) in g
    assert (None, NKG[relation.value], None) not in g
    assert (IRIS.entity("apple"), NKG[relation.value], IRIS.entity("alibaba")) not in g


# ---- IRIs -------------------------------------------------------------------------------------


def test_claim_iri_is_the_same_from_any_iris_instance():
    assert Iris().claim(CLAIM) == Iris().claim(CLAIM) == IRIS.claim(dataclasses.replace(CLAIM))


@pytest.mark.parametrize("change", [
    {"evidence": (5,)}, {"confidence": 0.1}, {"sources": frozenset()}, {"status": Status.DENIED},
    {"extractor": "other"}, {"span": (3, 9)},
], ids=lambda d: next(iter(d)))
def test_claim_iri_depends_only_on_article_subject_relation_object(change):
    assert IRIS.claim(dataclasses.replace(CLAIM, **change)) == IRIS.claim(CLAIM)


@pytest.mark.parametrize("change", [
    {"article_id": "a2"}, {"subject": "baidu"}, {"object": "baidu"}, {"relation": Relation.EVALUATED},
], ids=lambda d: next(iter(d)))
def test_a_different_claim_gets_a_different_iri(change):
    assert IRIS.claim(dataclasses.replace(CLAIM, **change)) != IRIS.claim(CLAIM)


def test_default_base():
    assert DEFAULT_BASE == "https://w3id.org/newskg/id/"
    assert IRIS.entity("apple") == URIRef(DEFAULT_BASE + "entity/apple")
    assert IRIS.article("a1") == URIRef(DEFAULT_BASE + "article/a1")
    assert str(IRIS.claim(CLAIM)).startswith(DEFAULT_BASE + "claim/")


@pytest.mark.parametrize("base", ["https://example.org/kg", "https://example.org/kg/", "https://example.org/kg#"])
def test_base_is_configurable(base):
    iris = Iris(base)
    stem = base if base.endswith(("/", "#")) else base + "/"
    assert iris.entity("apple") == URIRef(stem + "entity/apple")
    assert iris.article("a1") == URIRef(stem + "article/a1")
    assert str(iris.claim(CLAIM)).startswith(stem + "claim/")
    assert iris.entity(ANONYMOUS) == NKG.anonymousSource  # vocabulary individuals keep their IRI
    g, c = claim_graph(iris=iris)
    assert not any(DEFAULT_BASE in str(t) for triple in g for t in triple)


def test_bind_prefixes_follow_the_base():
    g = Graph()
    bind_prefixes(g, Iris("https://example.org/kg/"))
    ns = dict(g.namespaces())
    assert str(ns["ent"]) == "https://example.org/kg/entity/"
    assert str(ns["nkg"]) == "https://w3id.org/newskg#"


@pytest.mark.parametrize("entity_id", ["阿里巴巴", "a b/c?d#e", "org-123"])
def test_entity_iris_are_valid_and_stable(entity_id):
    iri = IRIS.entity(entity_id)
    assert iri == Iris().entity(entity_id)
    assert not any(ch in str(iri)[len(DEFAULT_BASE):] for ch in " ?#")


@pytest.mark.parametrize(("name", "expected"), [("Alibaba Group", "alibaba-group"), ("Apple", "apple")])
def test_slug_of_latin_names_is_readable(name, expected):
    assert slug(name) == expected


def test_slug_of_chinese_names_is_hashed_and_stable():
    assert slug("阿里巴巴") == slug("阿里巴巴") != slug("阿里")
    assert slug("阿里巴巴").startswith("org-")


# ---- articles and entities ---------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "tag"), [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"),
                                           ("en", "en"), ("en-US", "en"), ("", "und")])
def test_lang_tag(lang, tag):
    assert lang_tag(lang) == tag


def test_article_carries_identifier_title_language_publisher_and_source():
    g = Graph()
    art = Article("000_x", Path("000_x.txt"), "苹果与阿里合作", None, "qq", "https://example.org/a", "zh-CN", ("p",))
    node = add_article(g, art, IRIS, outlet="qq")
    assert (node, RDF.type, NKG.Article) in g
    assert g.value(node, DCTERMS.identifier) == Literal("000_x")
    assert g.value(node, DCTERMS.title) == Literal("苹果与阿里合作", lang="zh-Hans")
    assert g.value(node, DCTERMS.publisher) == IRIS.entity("qq")
    assert g.value(node, DCTERMS.source) == URIRef("https://example.org/a")
    assert (node, DCTERMS.date, None) not in g  # no date, no triple


@pytest.mark.parametrize(("kind", "cls"), [(EntityKind.ORG, NKG.Organization), (EntityKind.OUTLET, NKG.NewsOutlet),
                                           (EntityKind.PERSON, NKG.Person), (EntityKind.PRODUCT, NKG.Product)])
def test_entity_type_follows_its_kind(kind, cls):
    g = Graph()
    node = add_entity(g, Entity("x", kind, {"en": "X"}), IRIS)
    assert (node, RDF.type, cls) in g


def test_entity_has_a_label_per_language_and_every_other_form_as_alt_label():
    g = Graph()
    node = add_entity(g, Entity("alibaba", EntityKind.ORG, {"en": "Alibaba", "zh-Hans": "阿里巴巴"},
                                frozenset({"Alibaba Group"})), IRIS, surface_forms=["阿里", "阿里巴巴"],
                      merge_reasons=["gazetteer"])
    assert set(g.objects(node, RDFS.label)) == {Literal("Alibaba", lang="en"), Literal("阿里巴巴", lang="zh-Hans")}
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("阿里"), Literal("Alibaba Group")}
    assert g.value(node, NKG.mergeReason) == Literal("gazetteer")


@pytest.mark.parametrize(("kind", "link"), [(EntityKind.PRODUCT, NKG.madeBy), (EntityKind.ORG, NKG.parentOrganization)])
def test_parent_link_depends_on_kind(kind, link):
    g = Graph()
    node = add_entity(g, Entity("qwen", kind, {"zh-Hans": "通义千问"}, parent="alibaba"), IRIS)
    assert g.value(node, link) == IRIS.entity("alibaba")
