"""Deterministic IRIs: the same input gives the same IRIs, so builds are byte-for-byte repeatable."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.graph.vocab import NKG
from kg.model import ANONYMOUS, Claim

DEFAULT_BASE = "https://w3id.org/newskg/id/"


def slug(name: str) -> str:
    """A readable, IRI-safe id for a name; non-ASCII names keep a short hash for uniqueness.

    >>> slug("Alibaba Group"), slug("阿里巴巴")[:4]
    ('alibaba-group', 'org-')
    """
    ascii_part = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_part = re.sub(r"[^a-z0-9]+", "-", ascii_part).strip("-")
    if ascii_part and ascii_part.replace("-", "").isascii() and len(ascii_part) >= len(name.replace(" ", "")) * 0.6:
        return ascii_part[:60]
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return f"org-{digest}"


class Iris:
    """Mints IRIs under one base (default https://w3id.org/newskg/id/)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, entity_id: str) -> URIRef:
        if entity_id == ANONYMOUS:
            return NKG.anonymousSource
        return URIRef(self.base + "entity/" + quote(entity_id, safe="-_."))

    def article(self, article_id: str) -> URIRef:
        return URIRef(self.base + "article/" + quote(article_id, safe="-_."))

    def graph(self, article_id: str) -> URIRef:
        """The named graph that holds one article's triples."""
        return URIRef(self.base + "graph/" + quote(article_id, safe="-_."))

    def claim(self, claim: Claim) -> URIRef:
        key = "\x1f".join((claim.article_id, claim.subject, claim.relation.value, claim.object))
        return URIRef(self.base + "claim/" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])
