"""Claims, articles and entities → triples. Pure: adds to the graph it is given, reads no files.

Every claim is reified (rdf:Statement) with provenance, sources, evidence, status and confidence;
the entity-level triple (s nkg:partner o) is asserted only for claims that are not denied.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.graph.iris import Iris
from kg.graph.ntriples import TripleSink
from kg.graph.vocab import NKG, PROV
from kg.model import Article, Claim, Entity, EntityKind, Status

KIND_CLASS = {
    EntityKind.ORG: NKG.Organization,
    EntityKind.OUTLET: NKG.NewsOutlet,
    EntityKind.PERSON: NKG.Person,
    EntityKind.PRODUCT: NKG.Product,
    EntityKind.ANONYMOUS: NKG.AnonymousSource,
}
RELATION = {"partner": NKG.partner, "evaluated": NKG.evaluated, "rejected": NKG.rejected}
STATUS = {s: getattr(NKG, s.value) for s in Status}


def prefixes(iris: Iris) -> dict[str, str]:
    """Short, stable prefixes so the Turtle reads well."""
    return {
        "nkg": str(NKG._NS), "prov": str(PROV), "dcterms": str(DCTERMS), "skos": str(SKOS), "owl": str(OWL),
        "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
        "ent": iris.base + "entity/", "art": iris.base + "article/", "claim": iris.base + "claim/",
    }


def bind_prefixes(graph: Graph, iris: Iris) -> None:
    """Bind `prefixes(iris)` on an rdflib graph."""
    for prefix, namespace in prefixes(iris).items():
        graph.bind(prefix, namespace)


def lang_tag(lang: str) -> str:
    """BCP 47 tag for literals: zh-CN → zh-Hans, zh-TW / zh-HK → zh-Hant, else the language."""
    low = lang.lower()
    if low.startswith("zh"):
        return "zh-Hant" if low in ("zh-tw", "zh-hk", "zh-hant", "zh-mo") else "zh-Hans"
    return low.split("-")[0] or "und"


def _literals(graph: Graph | TripleSink):
    """The literal factory for `graph`: rdflib's Literal, or the sink's direct N-Triples form."""
    return graph.literal if isinstance(graph, TripleSink) else Literal


def add_article(graph: Graph, article: Article, iris: Iris, outlet: str | None = None) -> URIRef:
    """The article node: identifier, title, date, publisher, source URL, language."""
    Literal = _literals(graph)  # noqa: N806
    node = iris.article(article.id)
    graph.add((node, RDF.type, NKG.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title, lang=lang_tag(article.lang))))
    if article.date is not None:
        graph.add((node, DCTERMS.date, Literal(article.date.isoformat(), datatype=XSD.dateTime)))
    if outlet:
        graph.add((node, DCTERMS.publisher, iris.entity(outlet)))
    if article.url:
        graph.add((node, DCTERMS.source, URIRef(article.url)))
    graph.add((node, DCTERMS.language, Literal(article.lang)))
    return node


def add_claim(graph: Graph, claim: Claim, evidence: Iterable[str], lang: str, iris: Iris) -> URIRef:
    """One reified claim; asserts the entity-level triple unless the claim is denied."""
    Literal = _literals(graph)  # noqa: N806
    node = iris.claim(claim)
    s, p, o = iris.entity(claim.subject), RELATION[claim.relation.value], iris.entity(claim.object)
    graph.add((node, RDF.type, NKG.Claim))
    graph.add((node, RDF.subject, s))
    graph.add((node, RDF.predicate, p))
    graph.add((node, RDF.object, o))
    graph.add((node, PROV.wasDerivedFrom, iris.article(claim.article_id)))
    for source in sorted(claim.sources):
        graph.add((node, NKG.reportedBy, iris.entity(source)))
    tag = lang_tag(lang)
    for text in evidence:
        graph.add((node, NKG.evidence, Literal(text, lang=tag)))
    graph.add((node, NKG.status, STATUS[claim.status]))
    graph.add((node, NKG.confidence, Literal(f"{claim.confidence:.2f}", datatype=XSD.decimal)))
    graph.add((node, NKG.extractor, Literal(claim.extractor)))
    if claim.status is not Status.DENIED:
        graph.add((s, p, o))
    return node


def add_entity(graph: Graph, entity: Entity, iris: Iris, surface_forms: Iterable[str] = (),
               merge_reasons: Iterable[str] = ()) -> URIRef:
    """The entity node: type, a label per language, every surface form seen, links out."""
    Literal = _literals(graph)  # noqa: N806
    node = iris.entity(entity.id)
    graph.add((node, RDF.type, KIND_CLASS[entity.kind]))
    for tag, label in sorted(entity.labels.items()):
        graph.add((node, RDFS.label, Literal(label, lang=tag) if tag else Literal(label)))
    preferred = {label for label in entity.labels.values()}
    for form in sorted(set(surface_forms) | set(entity.aliases)):
        if form not in preferred:
            graph.add((node, SKOS.altLabel, Literal(form)))
    if entity.wikidata:
        graph.add((node, OWL.sameAs, URIRef(entity.wikidata)))
    if entity.parent:
        link = NKG.madeBy if entity.kind is EntityKind.PRODUCT else NKG.parentOrganization
        graph.add((node, link, iris.entity(entity.parent)))
    if entity.affiliation:
        graph.add((node, NKG.affiliatedWith, iris.entity(entity.affiliation)))
    for reason in sorted(set(merge_reasons)):
        graph.add((node, NKG.mergeReason, Literal(reason)))
    return node
