"""Helpers for the table-driven extraction specs: text in, claims out.

`claims_of(text)` builds an in-memory Article (one paragraph per blank-line-separated block), runs the
whole extraction pipeline on it with one Annotator per session and a fresh entity table per article
(as `kg build` does, so no case sees the names another case met), and returns every claim as
(subject, relation, object, status, frozenset(sources)). Partner claims are symmetric, so their two
sides are put in sorted order; write expected partner pairs sorted too (or use `pair`).
"""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path

import pytest

from kg.entities import Annotator
from kg.entities.resolve import EntityTable, discovered_id
from kg.model import Article, EntityKind, Relation
from kg.pipeline import extract

_counter = itertools.count()


@functools.cache
def annotator() -> Annotator:
    return Annotator()


def article(text: str, lang: str = "zh-CN") -> Article:
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip())
    aid = f"spec-{next(_counter)}"
    return Article(aid, Path(f"{aid}.md"), "", None, None, None, lang, paragraphs)


def extracted(art: Article) -> tuple:
    """(doc, claims) for one article, with a fresh entity table, as `kg build` runs it."""
    ann = annotator()
    ann.table = EntityTable(ann.gazetteer)
    return extract(ann, art)


def _ordered(subject: str, relation: str, obj: str) -> tuple[str, str]:
    return tuple(sorted((subject, obj))) if relation == Relation.PARTNER.value else (subject, obj)  # type: ignore[return-value]


def claims_of(text: str, lang: str = "zh-CN") -> set[tuple]:
    """{(subject, relation, object, status, frozenset(sources))} for every claim in the text."""
    _, claims = extracted(article(text, lang))
    out = set()
    for c in claims:
        s, o = _ordered(c.subject, c.relation.value, c.object)
        out.add((s, c.relation.value, o, c.status.value, frozenset(c.sources)))
    return out


def triples_of(text: str, lang: str = "zh-CN") -> set[tuple[str, str, str]]:
    """{(subject, relation, object)} for the claims that are not Denied."""
    return {(s, r, o) for s, r, o, status, _ in claims_of(text, lang) if status != "Denied"}


def partner(a: str, b: str) -> tuple[str, str, str]:
    """A partner triple with its sides in the order `claims_of` uses."""
    x, y = sorted((a, b))
    return (x, "partner", y)


def rej(subject: str, obj: str) -> tuple[str, str, str]:
    """A rejected triple: the subject dropped, ended or passed over the object."""
    return (subject, "rejected", obj)


def org(name: str) -> str:
    """The id an organization the gazetteer does not know gets."""
    return discovered_id(name, EntityKind.ORG)


def xfail(reason: str) -> pytest.MarkDecorator:
    """A row the extractor gets wrong today: kept as the spec, expected to fail until fixed."""
    return pytest.mark.xfail(reason=reason, strict=True)


def person(name: str) -> str:
    """The id a person the gazetteer does not know gets."""
    return discovered_id(name, EntityKind.PERSON)
