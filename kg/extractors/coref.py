"""Light coreference, added as extra mentions before extraction.

- 我们 / 我司 inside a speaker's words → the organization the speaker speaks for (蔡崇信 → Alibaba);
- 他们 / 对方 inside those words → the last other organization named before it (苹果…他们 → Apple);
- 该公司 / "the company" → the subject (first organization) of the latest sentence that named one;
- 双方 / 两家公司 → handled by the extractors that need a pair (see rejected.py).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from kg.extractors.base import story_company
from kg.extractors.cues import (
    AFTER_SAYING,
    APPOSITION_BEFORE_VERB,
    DEFINITE_ORG,
    NEAREST_ORG,
    OTHER_PRONOUNS,
    SELF_PRONOUNS,
    compile_cue,
    lang_key,
)
from kg.extractors.frames import org_id
from kg.extractors.speakers import find_speeches
from kg.model import Doc, EntityKind, Mention, Sentence

_APPOSITION = re.compile(APPOSITION_BEFORE_VERB)


def _speaker(doc: Doc, mentions: tuple[Mention, ...], verb: int, text: str = "") -> str | None:
    """The organization named right before a verb of saying ("Figure AI says …"), or before the
    apposition in front of it ("Foxconn, a supplier to Apple, said …")."""
    if text and (app := _APPOSITION.search(text, 0, verb)):
        verb = app.start()
    for m in reversed(mentions):
        if verb - 2 <= m.end <= verb and m.kind is not EntityKind.PERSON:
            return org_id(doc, m)
    return None


_EVERY_COMPANY = frozenset(("company", "firm", "group"))  # heads that describe no kind of company


def _described_as(doc: Doc, sent: Sentence, before: int, phrase: str) -> str | None:
    """The latest organization, before `phrase` ("the utility"), that the text introduced with its head
    noun ("Spanish utility Iberdrola", "Iberdrola, a utility") or whose name ends in it ("Heathrow
    Airport"); None if no organization was."""
    head = phrase.split()[-1].lower()
    if head in _EVERY_COMPANY or not head.isascii():
        return None  # every company is one (and 该公司 names no kind): the topic decides
    lead_rx, tail_rx = _head_patterns(head)
    place = placed.group(1).lower() if (placed := _PHRASE_PLACE.search(phrase)) else None
    for s in reversed(doc.sentences[: sent.index + 1]):
        for m in reversed(s.mentions):
            if s is sent and m.start >= before:
                continue
            oid = org_id(doc, m) if m.kind is not EntityKind.PERSON else None
            if oid is None:
                continue
            lead = s.text[max(0, m.start - 40) : m.start].lower()
            tail = s.text[m.end : m.end + 60].lower()
            if place and (elsewhere := _BASED.search(lead)) and elsewhere.group(1) != place:
                continue  # "the Paris-based startup" is not "Amsterdam-based cloud startup Kiln"
            if lead_rx.search(lead) or tail_rx.match(tail) or m.text.lower().endswith(" " + head):
                return oid  # …or a name ending in the noun: "the airport" after "Heathrow Airport"
    return None


def _placed_as(doc: Doc, sent: Sentence, before: int, phrase: str) -> str | None:
    """The latest organization the text placed where the phrase does: "the Paris-based startup" / "The Amsterdam
    firm" after "Amsterdam-based cloud startup Kiln" or "Kiln, an Amsterdam company"; None if the phrase names no place
    or no organization was introduced with it."""
    place = _PHRASE_PLACE.search(phrase)
    if place is None:
        return None
    word, head = place.group(1), phrase.split()[-1].lower()
    lead_rx = re.compile(rf"\b{re.escape(word)}(?:-based|-headquartered|'s|’s)?\s(?:[\w-]+\s){{0,4}}$")
    tail_rx = re.compile(rf",\s(?:a|an|the)\s(?:[\w-]+\s){{0,3}}?{re.escape(word)}(?:-based)?\b")
    for s in reversed(doc.sentences[: sent.index + 1]):
        for m in reversed(s.mentions):
            if s is sent and m.start >= before:
                continue
            oid = org_id(doc, m) if m.kind is not EntityKind.PERSON else None
            lead = lead_rx.search(s.text, max(0, m.start - 60), m.start) or tail_rx.match(s.text, m.end) if oid else None
            if lead and (head in _EVERY_COMPANY or head in lead.group(0).lower()):
                return oid  # …of the same kind: "The Swiss drugmaker" is not "Swiss contract manufacturer Lonza"
    return None


_BASED = re.compile(r"\b([a-z]+)-(?:based|headquartered)\s(?:[\w-]+\s){0,4}$")
_PHRASE_PLACE = re.compile(r"^[Tt]he ([A-Z][a-z]+)(?:-based|-headquartered)?\s")
_LISTED = re.compile(r"-(?:listed|based|headquartered)\b")
# a verb that takes the company as its object, just before "the company": not the sentence's subject then
_OBJECT_BEFORE = re.compile(r"\b(?:value|values|valued|valuing|acquire|acquires|acquired|acquiring|buy|buys|bought|buying|"
                            r"take over|took over|taking over|merge with|invest in|invested in|a stake in)\s$")
_SAID_AFTER = re.compile(r"\s(?:said|says|told|added|announced|confirmed)\b")


def _kind_noun(doc: Doc, sent: Sentence, start: int, end: int, sentence_topic: str | None) -> str | None:
    """"the airline" without "it": the organization the text introduced as an airline; in ", the airline
    said" the sentence's subject; opening a sentence, the company the story is about; else None (the
    latest organization named decides)."""
    if described := _described_as(doc, sent, start, sent.text[start:end]):
        return described
    if sentence_topic and sent.text[max(0, start - 2):start] == ", " and _SAID_AFTER.match(sent.text, end):
        return sentence_topic
    if start == 0:
        return story_company(doc, sent.index)
    return None


@lru_cache(maxsize=64)
def _head_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"utility Iberdrola" (the head noun just before a name) and "Iberdrola, a utility" (just after)."""
    word = re.escape(head)
    return re.compile(rf"\b{word}\s*$"), re.compile(rf",\s(?:a|an|the)\s(?:[\w-]+\s){{0,4}}?{word}\b")


_APPOSED_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s$")  # "Niron Magnetics (NIRN), the …"


def _apposed_to(doc: Doc, sent: Sentence, start: int, end: int) -> str | None:
    """The organization "the company" stands in apposition to ("Niron Magnetics, the Minnesota company
    developing …"), or None where it opens a clause of its own ("…with Apple, the company said")."""
    if _SAID_AFTER.match(sent.text, end) or not sent.text[:start].endswith(", "):
        return None
    for m in reversed(sent.mentions):
        if m.end <= start - 2 and m.kind is not EntityKind.PERSON and (oid := org_id(doc, m)):
            return oid if _APPOSED_GAP.fullmatch(sent.text, m.end, start) else None
    return None


# "is also piloting the product", "testing the platform": the product of the company the story is about
_THE_PRODUCT = re.compile(r"(?<=\s)the (?:company's |startup's |firm's )?(?:product|platform|software|tool)\b(?!\s(?:of|from|by|made|built|developed)\b)")


def _orgs_here(doc: Doc, sent: Sentence) -> set[str]:
    return {oid for m in sent.mentions if m.kind is not EntityKind.PERSON and (oid := org_id(doc, m))}


_AND_THAT = re.compile(r"\band that\s$")
_WHICH_IT = re.compile(r"\b(?:which|that)\s$")
# An announcement that names its company "公司" (以下简称"湘锂再生"或"公司"): a bare 公司 is that company throughout.
_DECLARES_GONGSI = re.compile(r"(?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[^)）]{0,16}?[\"“「『](?:公司|本公司)[\"”」』]")
_BARE_GONGSI = re.compile(r"(?<![\u4e00-\u9fff])(?:本公司|公司)(?![\u4e00-\u9fff]{0,1}(?:法|章程|名称|名稱))")


# A press release's defined term: Wayfarer Group, Inc. ("Wayfarer" or "the Company"), Acme Corp. (the "Company")
_DECLARES_COMPANY_EN = re.compile(r"\((?:[\"“][^\"”()]{1,40}[\"”]\s(?:or|and)\s)?(?:the\s)?[\"“](?:the\s)?(?:Company|Group|Issuer)[\"”]\)")
_BARE_COMPANY_EN = re.compile(r"\b[Tt]he (?:Company|Group|Issuer)\b(?!'s? (?:shares|stock))")


def _declared_company(doc: Doc) -> str | None:
    """The organization an announcement declares as "公司" (or a press release as "the Company"), if it
    does: the one named just before the declaration."""
    rx = _DECLARES_COMPANY_EN if lang_key(doc.article.lang) == "en" else _DECLARES_GONGSI
    for s in doc.sentences:
        if m := rx.search(s.text):
            before = [x for x in s.mentions if x.end <= m.start() and x.kind is not EntityKind.PERSON and org_id(doc, x)
                      and s.text[x.end : x.end + 1] != ":"]  # not the exchange of "(NASDAQ: WYFR)"
            return org_id(doc, before[-1]) if before else None
    return None
_ANSWER_OPENER = re.compile(r"\s*(?:[\"“「『]|A:\s|答[:：])")


def _orgs_of_latest(doc: Doc, sentences: list[Sentence], upto: int) -> list[str]:
    """The organizations of the latest sentence before `upto` that names any."""
    for s in reversed(sentences[:upto]):
        if orgs := [oid for m in s.mentions if m.kind is not EntityKind.PERSON and (oid := org_id(doc, m))]:
            return orgs
    return []


def add_coreference(doc: Doc) -> Doc:
    """A copy of `doc` whose sentences also carry mentions for resolved pronouns."""
    lang = lang_key(doc.article.lang)
    self_rx = compile_cue(SELF_PRONOUNS[lang])
    other_rx = compile_cue(OTHER_PRONOUNS[lang])
    definite_rx = re.compile(DEFINITE_ORG[lang])
    nearest_rx = re.compile(NEAREST_ORG[lang])
    said_rx = re.compile(AFTER_SAYING[lang])
    speaker_org: dict[int, str] = {}
    person_speech: set[int] = set()
    for speech in find_speeches(doc):
        if speech.speaker_org:
            for i in speech.scope:
                speaker_org.setdefault(i, speech.speaker_org)
                if speech.by_person:
                    person_speech.add(i)
    sentences = list(doc.sentences)
    topics: list[str] = []  # the first organization of each sentence that named one, latest last
    named: list[str] = []  # every organization named so far, latest last
    by_head: dict[str, str] = {}  # "utility" → the organization "the utility" first stood for
    answer_paragraph = -1  # the paragraph of an interview answer that is being read
    declared_company = _declared_company(doc)
    for s in doc.sentences:
        own = speaker_org.get(s.index)
        if own is None and s.index and (
                (_ANSWER_OPENER.match(s.text) and doc.sentences[s.index - 1].text.rstrip().endswith(("?", "？")))
                or s.paragraph == answer_paragraph):
            answer_paragraph = s.paragraph
            # an interview's answer ("Why?" / "We ended our agreement with …"): the story's company, the one its
            # lede introduces even after two answers that open with a supplier
            own = story_company(doc, s.index, lede=2)
        elif own is not None or s.paragraph != answer_paragraph:
            answer_paragraph = -1
        norm = s.norm or s.text
        extra: list[Mention] = []
        taken = [(m.start, m.end) for m in s.mentions]
        events: list[tuple[int, str, int]] = [(m.start(), "definite", m.end()) for m in definite_rx.finditer(s.text)]
        if declared_company:
            bare = _BARE_COMPANY_EN if lang == "en" else _BARE_GONGSI
            events += [(m.start(), "declared", m.end()) for m in bare.finditer(s.text)]
        events += [(m.start(), "nearest", m.end()) for m in nearest_rx.finditer(s.text)]
        if lang == "en":
            events += [(m.start(), "product", m.end()) for m in _THE_PRODUCT.finditer(s.text)]
        if own:
            # …but not "the US" (the country) matched as "us" on the lower-cased text
            events += [(m.start(), "self", m.end()) for m in self_rx.finditer(norm) if not s.text[m.start() : m.end()].isupper()]
            if s.index in person_speech:
                events += [(m.start(), "other", m.end()) for m in other_rx.finditer(norm)]
        if not events:  # nothing to resolve here: only the sentence's topic and names are needed, for later ones
            topic = next((oid for men in s.mentions if men.kind is not EntityKind.PERSON and (oid := org_id(doc, men))), None)
            if topic:
                topics.append(topic)
            named += [oid for men in s.mentions if men.kind is not EntityKind.PERSON and (oid := org_id(doc, men))]
            continue
        for i, m in enumerate(s.mentions):
            events.append((m.start, "mention", i))
        sentence_topic: str | None = None
        latest: str | None = None
        last_it: str | None = None
        for start, kind, end in sorted(events):
            if kind == "mention":
                men = s.mentions[end]
                oid = org_id(doc, men)
                if oid and men.kind is not EntityKind.PERSON:
                    sentence_topic = sentence_topic or oid
                    latest = oid
                    named.append(oid)
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            if lang == "en" and kind in ("definite", "nearest") and _apposed_to(doc, s, start, end):
                continue  # "Niron Magnetics, the Minnesota company developing …": a description of Niron, not a mention
            if kind == "product":  # "JPMorgan is also piloting the product": the one the story is about
                story = story_company(doc, s.index)
                target = story if story and story != sentence_topic and story not in _orgs_here(doc, s) else None
            elif kind == "self":
                target = own
            elif kind == "declared":
                target = declared_company  # (以下简称"湘锂再生"或"公司") … 公司正与华友钴业进行样品测试
            elif kind == "other":  # 他们 in a speaker's words: the latest organization named that is not the speaker's side
                target = next((t for t in reversed(named) if t != own), None)
            elif kind == "nearest" and last_it and _WHICH_IT.search(s.text, 0, start):
                target = last_it  # "it replaced Nuance's engine, which it had used …": the same "it", not Nuance
            elif kind == "nearest" and latest and last_it and _AND_THAT.search(s.text, 0, start):
                target = last_it  # "…disclosed that it is in talks with Samsung, and that it had terminated …": the same one
            elif kind == "nearest" and lang == "en" and not s.text[start:end].lower().endswith("it") and (
                    kind_target := _kind_noun(doc, s, start, end, sentence_topic)):
                target = kind_target  # "the airline": the one described so, the speaker, or the story's company
            elif kind == "nearest" and latest:
                # "Honda, which partners with Sony, said it would …": after a verb of saying, "it" is
                # the one who said it, the sentence's subject, not the nearest name
                said = said_rx.search(s.text, 0, start)
                target = (_speaker(doc, s.mentions, said.start(), s.text) or sentence_topic or latest) if said else latest
            elif own and (s.index in person_speech or kind == "definite"):
                target = own  # "the company" in an executive's or a spokesperson's words: theirs
            elif kind == "definite" and (described := _described_as(doc, s, start, s.text[start:end])):
                target = described  # "the utility" after "Spanish utility Iberdrola": Iberdrola
            elif kind == "definite" and lang == "en" and (placed := _placed_as(doc, s, start, s.text[start:end])):
                target = placed  # "The Amsterdam firm" after "Amsterdam-based cloud startup Kiln": Kiln
            elif kind == "definite" and _LISTED.search(s.text, start, end) and (main := story_company(doc, s.index)):
                target = main  # "The London-listed group" is the company the story is about, not the latest named
            elif kind == "definite" and (head := s.text[start:end].split()[-1].lower()) in by_head:
                target = by_head[head]  # "the utility" again: the one "the utility" was before
            elif (kind == "definite" and not sentence_topic and lang == "en" and s.text[start:end].split()[-1].lower() in _EVERY_COMPANY
                  and (main := story_company(doc, s.index)) and main != (topics[-1] if topics else None)
                  and main in _orgs_of_latest(doc, sentences, s.index)):
                target = main  # "SolarEdge had supplied 70% of Corvane's inverters. The company began a pilot …": the story's
            elif (kind == "definite" and lang == "en" and sentence_topic and latest and latest != sentence_topic
                  and _OBJECT_BEFORE.search(s.text, max(0, start - 30), start)):
                target = latest  # "Corteva is in talks to acquire Furrow, … could value the startup at $1.2 billion": the one acted on
            elif (kind == "definite" and lang == "en" and sentence_topic and latest == sentence_topic
                  and _OBJECT_BEFORE.search(s.text, max(0, start - 30), start)
                  and (main := story_company(doc, s.index)) and main != sentence_topic):
                target = main  # "… that Deutsche Telekom was negotiating to take a minority stake in the company": the story's
            else:
                target = sentence_topic or (topics[-1] if topics else None)
            if kind == "definite" and target and lang == "en" and (head := s.text[start:end].split()[-1].lower()) not in _EVERY_COMPANY:
                by_head.setdefault(head, target)
            if kind == "nearest" and target:
                last_it = target
            if target and target in doc.entities:
                extra.append(Mention(s.text[start:end], start, end, EntityKind.ORG, target, "coref"))
                taken.append((start, end))
                sentence_topic = sentence_topic or target
        if sentence_topic:
            topics.append(sentence_topic)
        if extra:
            sentences[s.index] = dataclasses.replace(s, mentions=tuple(sorted((*s.mentions, *extra), key=lambda m: m.start)))
    return dataclasses.replace(doc, sentences=tuple(sentences))
