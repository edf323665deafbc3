"""The Extractor protocol and the frame runner every relation extractor shares.

An extractor reads one Doc and yields findings (Claim, Attribution, StatusCue). Pure: no I/O and no
state shared across articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from kg.extractors.cues import CONFIRM, DENIAL, FRAMES, HEDGE, NOT_PARTNER, lang_key
from kg.extractors.frames import Skeleton, clause_bounds, compile_frame, skeleton
from kg.model import Claim, Doc, Finding, Relation, Sentence, Status


class Extractor(Protocol):
    """Reads one Doc and yields findings."""

    def __call__(self, doc: Doc, /) -> Iterable[Finding]: ...


@dataclass(frozen=True, slots=True)
class FrameMatch:
    """One frame hit: subjects × objects, the matched span in the sentence, and the frame's confidence."""

    subjects: tuple[str, ...]
    objects: tuple[str, ...]
    span: tuple[int, int]  # in sentence coordinates
    confidence: float


@lru_cache(maxsize=16)
def _rx(table: str, lang: str) -> re.Pattern[str]:
    source = {"denial": DENIAL, "hedge": HEDGE, "confirm": CONFIRM, "not_partner": NOT_PARTNER}[table]
    return re.compile(source[lang], re.IGNORECASE)


def match_frames(doc: Doc, sentence: Sentence, relation: str, skel: Skeleton | None = None) -> Iterator[FrameMatch]:
    """Every frame of `relation` that matches the sentence, in the article's language."""
    lang = lang_key(doc.article.lang)
    skel = skel or skeleton(doc, sentence)
    if len(skel.orgs) < 1:
        return
    for pattern, confidence, implicit in FRAMES[relation].get(lang, []):
        for m in compile_frame(pattern).finditer(skel.text):
            objects = tuple(skel.ids(m.group("B")))
            if implicit:
                before = skel.text[: m.start("B")]
                prior = [skel.entity[ord(c) - 0xE000] for c in before if 0xE000 <= ord(c) < 0xE000 + len(skel.entity)]
                prior = [p for p in prior if p not in objects]
                if not prior:
                    continue
                subjects: tuple[str, ...] = (prior[-1],)
            else:
                subjects = tuple(skel.ids(m.group("A")))
                if lang == "zh" and m.start("A") > 0 and skel.text[m.start("A") - 1] in _PREPOSITIONS:
                    subjects = _earlier_subject(skel, m.start("A")) or subjects
            span = skel.sentence_span(m.start(), m.end())
            if relation == "partner" and _rx("not_partner", lang).search((sentence.norm or sentence.text)[span[0]: span[1] + 4]):
                continue
            yield FrameMatch(subjects, objects, span, confidence)


_PREPOSITIONS = "与和跟同对向为被把从"


def _earlier_subject(skel: Skeleton, pos: int) -> tuple[str, ...] | None:
    """苹果不仅与百度测试，也在考察阿里: the subject of 考察 is 苹果, not 百度 (which follows 与)."""
    for i in range(pos - 2, -1, -1):
        code = ord(skel.text[i]) - 0xE000
        if 0 <= code < len(skel.entity) and (i == 0 or skel.text[i - 1] not in _PREPOSITIONS):
            return (skel.entity[code],)
    return None


def clause_status(doc: Doc, sentence: Sentence, span: tuple[int, int]) -> tuple[Status, bool]:
    """(status, hedged) from cues in the clause(s) around a frame match."""
    lang = lang_key(doc.article.lang)
    norm = sentence.norm or sentence.text
    left, right = clause_bounds(norm, span[0], span[1])
    window = norm[left:right]
    hedged = bool(_rx("hedge", lang).search(window))
    if _rx("denial", lang).search(window):
        return Status.DENIED, hedged
    if hedged:
        return Status.RUMORED, True
    if _rx("confirm", lang).search(window):
        return Status.CONFIRMED, False
    return Status.REPORTED, False


def frame_claims(doc: Doc, relation: Relation, name: str) -> Iterator[Claim]:
    """Claims of one relation from its frames, one per (subject, object) in each match."""
    for sentence in doc.sentences:
        skel = skeleton(doc, sentence)
        if not skel.orgs:
            continue
        for hit in match_frames(doc, sentence, relation.value, skel):
            status, hedged = clause_status(doc, sentence, hit.span)
            confidence = hit.confidence * (0.8 if hedged else 1.0)
            for s in hit.subjects:
                for o in hit.objects:
                    if s != o:
                        yield Claim(s, relation, o, doc.article.id, (sentence.index,), name,
                                    round(confidence, 2), status=status, hedged=hedged, span=hit.span)
