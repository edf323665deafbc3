"""The plain data that crosses stage boundaries: corpus → sentences → mentions → claims → graph.

Frozen, slotted dataclasses with no behaviour and no I/O, so every stage can be tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path


class Relation(StrEnum):
    PARTNER = "partner"
    EVALUATED = "evaluated"
    REJECTED = "rejected"


class Status(StrEnum):
    REPORTED = "Reported"
    CONFIRMED = "Confirmed"
    RUMORED = "Rumored"
    DENIED = "Denied"


class EntityKind(StrEnum):
    ORG = "Organization"
    PERSON = "Person"
    OUTLET = "NewsOutlet"
    PRODUCT = "Product"
    ANONYMOUS = "Anonymous"


ANONYMOUS = "anonymousSource"
"""Entity id of the individual that stands for 知情人士 / "people familiar with the matter"."""


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, Markdown stripped, split into paragraphs."""

    id: str  # file stem → dcterms:identifier
    path: Path
    title: str
    date: datetime | None  # timezone-aware
    site: str | None  # front-matter `categories` → dcterms:publisher
    url: str | None
    lang: str  # "zh-CN" | "zh-TW" | "en"
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved thing: an organization, outlet, person or product, with every label seen."""

    id: str  # stable slug, e.g. "alibaba" → IRI <base/entity/alibaba>
    kind: EntityKind
    labels: dict[str, str] = field(default_factory=dict)  # lang tag → preferred label
    aliases: frozenset[str] = frozenset()
    wikidata: str | None = None
    parent: str | None = None  # maker of a product, parent of a unit or subsidiary
    affiliation: str | None = None  # a person's organization
    unit: bool = True  # with a parent: a unit (阿里云: its claims are the parent's), else a subsidiary company
    contextual: frozenset[str] = frozenset()  # names it only where the article also names it plainly (日产 of 日产汽车)

    @property
    def speaks_for(self) -> str:
        """The organization this one's claims and statements belong to: a unit's parent, else itself."""
        return self.parent if self.parent and self.unit else self.id


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of one sentence that names an entity."""

    text: str  # surface form as written: 阿里, Alibaba Group, 蔡崇信
    start: int  # character offsets within the sentence
    end: int
    kind: EntityKind
    entity_id: str | None = None  # set by entity resolution
    source: str = "gazetteer"  # which component found it: gazetteer | discovery | coref


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: original text (evidence), normalized text (matching), and its mentions."""

    index: int  # position in the article
    paragraph: int
    text: str
    norm: str = ""  # same length as text: Simplified, half-width, lower-cased Latin
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Doc:
    """What every extractor reads: the article, its sentences and the entities they mention."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: dict[str, Entity] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Claim:
    """An org–org assertion found in one article, with its evidence and (after assemble) sources."""

    subject: str  # entity id
    relation: Relation
    object: str
    article_id: str
    evidence: tuple[int, ...]  # sentence indexes
    extractor: str  # registered name that proposed it
    confidence: float = 0.5
    sources: frozenset[str] = frozenset()  # set by assemble(): entity ids or ANONYMOUS
    status: Status = Status.REPORTED  # set by assemble()
    hedged: bool = False  # a hedge cue (或将, "is said to") in the clause
    span: tuple[int, int] = (0, 0)  # where the frame matched in the first evidence sentence


@dataclass(frozen=True, slots=True)
class Attribution:
    """据X报道… / X表示… / according to X / 知情人士: who the text says a span comes from."""

    source: str  # entity id or ANONYMOUS
    scope: range  # sentence indexes it covers (one sentence, or the rest of a paragraph)
    offset: int = 0  # position of the cue in the first sentence of the scope
    forward: bool = True  # in that sentence, covers claims after the cue (X表示，…) or before it (…，X称)


@dataclass(frozen=True, slots=True)
class StatusCue:
    """否认 / denied, 传闻 / rumoured, 证实 / confirmed, found in one sentence."""

    sentence: int
    status: Status
    start: int = 0  # span of the cue in the sentence, so it can be scoped to a clause
    end: int = 0


Finding = Claim | Attribution | StatusCue


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file or article we could not use: reported with its reason, never fatal."""

    path: Path
    reason: str


@dataclass(slots=True)
class BuildResult:
    """What a build produced: counts for the report, the skipped files, and the written files."""

    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    claims: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    quads: int = 0  # triples summed over the article graphs (an entity named in two articles counts twice)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0
    reused: int = 0  # files unchanged since the last build of this store, not read again
    extracted: int = 0  # files extracted in this build (added, changed or new)
    removed: int = 0  # files gone since the last build, whose graphs were dropped
    store: Path | None = None  # the on-disk store folder, when there is one
