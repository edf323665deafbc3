"""Findings → claims: attach sources and sentence-level status, then merge repeats within an article.

The one place where extractor outputs meet. A claim repeated in one article becomes one claim with
the union of its evidence and sources; its confidence combines the evidence (noisy-or) and its status
is Denied if any evidence denies it, else Confirmed, Reported or Rumored by the strongest evidence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from kg.model import ANONYMOUS, Attribution, Claim, Doc, EntityKind, Finding, Relation, Status, StatusCue

STATUS_RANK = {Status.RUMORED: 0, Status.REPORTED: 1, Status.CONFIRMED: 2, Status.DENIED: 3}


def _key(c: Claim) -> tuple[str, str, str, str]:
    s, o = (sorted((c.subject, c.object)) if c.relation is Relation.PARTNER else (c.subject, c.object))
    return (c.article_id, s, c.relation.value, o)


def _covers(a: Attribution, c: Claim) -> bool:
    """Does the attribution's scope include the claim? In the cue's own sentence, only its side of the cue."""
    for i in c.evidence:
        if i in a.scope:
            if i != a.scope.start or c.span == (0, 0):
                return True
            if (c.span[1] > a.offset) if a.forward else (c.span[0] < a.offset):
                return True
    return False


def _without_covered_fallbacks(claims: list[Claim]) -> list[Claim]:
    """Drop a fallback extractor's claim (one marked `fallback`, like partner-model) where another
    extractor made any claim about the same two organizations in the same sentence: the rules win."""
    from kg.errors import RegistryError
    from kg.extractors import extractors

    def fallback(name: str) -> bool:
        try:
            return bool(getattr(extractors.get(name), "fallback", False))
        except RegistryError:  # a name that is not registered (claims built by hand)
            return False

    flags = {name: fallback(name) for name in {c.extractor for c in claims}}
    if not any(flags.values()):
        return claims
    ruled = {(i, frozenset((c.subject, c.object))) for c in claims if not flags[c.extractor] for i in c.evidence}
    return [c for c in claims if not flags[c.extractor] or (c.evidence[0], frozenset((c.subject, c.object))) not in ruled]


_OWN_RUMOUR = re.compile(r"^[^。]{0,8}?(?:针对|对于|关于|就)(?!上述|这一|这些|此|该|相关|有关报道|媒体|市场传闻|传闻|报道)[^。,]{6,80}?(?:的)?(?:说法|传闻|传言|报道|报导|消息)")
_ANSWERED_REPORT = re.compile(r"\b(?:after|following)\s(?:a\s|the\s)?(?:[^.;]{0,80}?\s)?(?:said|reported|reports?|claimed|wrote|speculated|suggested)\b")


def _denied_by_later_sentence(doc: Doc, claims: list[Claim], denials: dict[int, int]) -> set[int]:
    """Claims denied by a sentence of their own (阿里否认了这一报道): the claims one or two sentences
    before it whose parties include every organization it names (or the previous sentence's claims,
    if it names none). 微软否认了与OpenAI分手的传闻 does not deny a claim about OpenAI and Scale AI."""
    from kg.extractors.frames import org_id

    out: set[int] = set()
    with_claims = {i for c in claims for i in c.evidence}
    for j, cue_start in denials.items():
        if j in with_claims:
            # "Glencore said it \"is not in discussions\" with Karoo, after Business Day said the Swiss group had
            # approached the miner": the report the denial answers, told after it
            norm = doc.sentences[j].norm or doc.sentences[j].text
            out |= {id(c) for c in claims if c.evidence[0] == j and c.span != (0, 0) and c.span[0] >= cue_start
                    and _ANSWERED_REPORT.search(norm, cue_start, c.span[0] + 1)}
            # …曾被传与华为洽谈合作，但小米明确否认: the denial covers what its sentence said before it
            out |= {id(c) for c in claims if c.evidence[0] == j and c.span != (0, 0) and c.span[1] <= cue_start}
            if any(c.evidence[0] == j and c.span != (0, 0) and c.span[1] <= cue_start for c in claims):
                continue
            # 米哈游相关人士否认了这一说法，表示"目前没有与云玩科技的合作计划": a claim across the cue restates
            # the denial, which still answers the sentences before
            # 对此，贝泰妮回应称，"网传消息不实，公司未与拜耳进行任何合作洽谈": the denial opens its sentence
            # and answers the one before; what follows it restates the denial
        if _OWN_RUMOUR.search(doc.sentences[j].norm or doc.sentences[j].text, 0, cue_start):
            continue  # 针对市场上有关巨子生物将与颜禾生物合作的说法，巨子生物回应称…: it answers the rumour it tells itself
        named = {oid for m in doc.sentences[j].mentions if (oid := org_id(doc, m))}
        hits = [c for c in claims if j - 2 <= c.evidence[0] < j
                and ((named and named <= {c.subject, c.object}) or (not named and c.evidence[0] == j - 1))]
        if any(c.evidence[0] == j - 1 for c in hits):  # 对此，X否认…: it answers the sentence right before
            hits = [c for c in hits if c.evidence[0] == j - 1]
        out |= {id(c) for c in hits}
    return out


FOLLOW_UP_WINDOW = 6  # sentences after a claim in which a statement about it still counts as a source of it


def _follow_up_sources(doc: Doc, claims: list[Claim], attributions: list[Attribution]) -> dict[int, set[str]]:
    """Sources of the statements that comment on a claim made just before, in sentences that make no claim
    of their own: 晶华总经理吴明哲表示，晶华将负责在地营运，星野集团则提供… after 晶华与星野签署合作备忘录, or
    "…," Craig Marsh, president of Smith & Nephew's orthopaedics business, told Reuters, or Vogel said
    the partnership would…. A statement comments on a claim when it names both parties, or names one
    and its speaker speaks for the other, or refers to the latest claim as a deal (the partnership,
    此次合作, 上述合作, 双方); only the
    latest such claim gets it. Partner claims only: after talks or a split, the next statement is most
    often a refusal to comment (遊戲橘子表示不予置評), which reports nothing. Extra sources by id(claim)."""
    from kg.extractors.cues import DEAL_ANAPHORA, lang_key
    from kg.extractors.frames import org_id

    anaphora = DEAL_ANAPHORA.get(lang_key(doc.article.lang))
    with_claims = {i for c in claims for i in c.evidence}
    out: dict[int, set[str]] = {}
    for a in attributions:
        speaker = doc.entities.get(a.source)
        side = speaker.affiliation if speaker and speaker.affiliation else a.source
        side = doc.entities[side].speaks_for if side in doc.entities else side
        for j in a.scope:
            if j in with_claims:
                continue
            sent = doc.sentences[j]
            named = {oid for m in sent.mentions if (oid := org_id(doc, m))} | {side}
            deal = bool(anaphora and anaphora.search(sent.norm or sent.text))
            before = [c for c in claims if j - FOLLOW_UP_WINDOW <= max(c.evidence) < j]
            for c in sorted(before, key=lambda c: -max(c.evidence)):
                if c.relation is not Relation.PARTNER:
                    if deal and _reporter(doc, a.source) and (c.subject in named or c.object in named or side not in doc.entities):
                        out.setdefault(id(c), set()).add(a.source)  # 多位知情人士透露，双方已就…进行多轮沟通: the talks' source
                    if deal:
                        break  # 双方 / "the deal" refers to the latest claim, and that one is talks or a split
                    continue
                if {c.subject, c.object} <= named or (deal and (c.subject in named or c.object in named)):
                    out.setdefault(id(c), set()).add(a.source)
                    break
    return out


def _reporter(doc: Doc, source: str) -> bool:
    """Unnamed people or a news outlet: sources that report on talks rather than decline to comment on them."""
    entity = doc.entities.get(source)
    return source == ANONYMOUS or (entity is not None and entity.kind is EntityKind.OUTLET)


def assemble(doc: Doc, findings: Iterable[Finding]) -> list[Claim]:
    """Claims with sources and status, one per (article, subject, relation, object), in a stable order."""
    claims: list[Claim] = []
    attributions: list[Attribution] = []
    denials: dict[int, int] = {}  # sentence → where its denial cue starts
    for f in findings:
        if isinstance(f, Claim):
            claims.append(f)
        elif isinstance(f, Attribution):
            attributions.append(f)
        elif isinstance(f, StatusCue) and f.status is Status.DENIED:
            denials[f.sentence] = min(f.start, denials.get(f.sentence, f.start))
    claims = _without_covered_fallbacks(claims)
    denied_claims = _denied_by_later_sentence(doc, claims, denials)
    follow_ups = _follow_up_sources(doc, claims, attributions)
    merged: dict[tuple[str, str, str, str], Claim] = {}
    for c in claims:
        sources = frozenset(a.source for a in attributions if _covers(a, c)) | follow_ups.get(id(c), set())
        status = Status.DENIED if id(c) in denied_claims else c.status
        c = dataclasses.replace(c, sources=sources | c.sources, status=status)
        key = _key(c)
        prior = merged.get(key)
        if prior is None:
            merged[key] = c
            continue
        merged[key] = dataclasses.replace(
            prior,
            evidence=tuple(sorted(set(prior.evidence) | set(c.evidence))),
            sources=prior.sources | c.sources,
            confidence=round(min(0.99, 1 - (1 - prior.confidence) * (1 - c.confidence)), 2),
            status=max(prior.status, c.status, key=STATUS_RANK.__getitem__),
            hedged=prior.hedged and c.hedged,
            extractor=prior.extractor,
        )
    return [merged[k] for k in sorted(merged)]
