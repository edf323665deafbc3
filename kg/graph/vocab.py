"""The newskg vocabulary as a closed namespace: a typo in a term is an AttributeError, not a new IRI.

`tests/graph/test_vocab.py` proves this list equals the terms of `ontology/newskg.ttl`.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

PROV = Namespace("http://www.w3.org/ns/prov#")


class NKG(DefinedNamespace):
    """https://w3id.org/newskg# — classes, individuals and properties of the public contract."""

    _NS = Namespace("https://w3id.org/newskg#")
    _fail = True

    # classes
    Organization: URIRef  # a company, unit or other organization
    NewsOutlet: URIRef  # an organization that publishes news (⊑ Organization)
    Person: URIRef  # a named person
    Product: URIRef  # a product or model; core relations are stated about its maker
    AnonymousSource: URIRef  # class of the anonymous source
    Article: URIRef  # one news article
    Claim: URIRef  # a reified org–org statement (⊑ rdf:Statement)
    ClaimStatus: URIRef  # Reported / Confirmed / Rumored / Denied
    # individuals
    Reported: URIRef
    Confirmed: URIRef
    Rumored: URIRef
    Denied: URIRef
    anonymousSource: URIRef  # every unnamed source
    # relations
    partner: URIRef  # symmetric
    evaluated: URIRef
    rejected: URIRef
    # claim metadata
    reportedBy: URIRef
    evidence: URIRef
    status: URIRef
    confidence: URIRef
    extractor: URIRef
    # entity metadata
    affiliatedWith: URIRef
    parentOrganization: URIRef
    madeBy: URIRef
    mergeReason: URIRef
    # tallies over the claims (kg.graph.summary)
    Relationship: URIRef  # the claims about one subject, relation and object, counted
    SourceTally: URIRef  # the claims one source is cited for, per relation, counted
    relation: URIRef
    subjectEntity: URIRef
    objectEntity: URIRef
    party: URIRef
    supportedBy: URIRef
    source: URIRef
    claimCount: URIRef
    articleCount: URIRef
    sourceCount: URIRef
    deniedCount: URIRef
    maxConfidence: URIRef
