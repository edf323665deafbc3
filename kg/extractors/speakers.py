"""Who is speaking where: 据X报道 / X表示 / “…”X直言 / according to X / X said.

Shared by the attribution extractor (sources of claims) and coreference (我们 inside a speaker's
words means the speaker's organization). Each Speech covers a range of sentence indexes: the
sentence, the rest of the paragraph (据X，… / X表示，…), or the sentences of a quotation.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extractors.cues import (
    ACCORDING_TO,
    ANNOUNCEMENT_SAYS,
    ANONYMOUS,
    APPOSITION_BEFORE_VERB,
    BOTH_SAID,
    LEARNED_FROM,
    OPINION_VERBS,
    OWN_VOICE,
    PERSON_PRONOUNS,
    REPORT_VERBS,
    REPORTED_EARLIER,
    SPEAKER_GAP,
    compile_cue,
    lang_key,
)
from kg.model import ANONYMOUS as ANON_ID
from kg.model import Doc, EntityKind, Mention, Sentence

COMMENTATOR = re.compile(r"学者|专家|教授|经济学家|研究员|委员|院长|所长|professor|economist")
_STATEMENT = re.compile(r"statement|announcement|filing|spokes|blog|公告|声明|官方|发言人|官微|互动平台|公众号")


@dataclass(frozen=True, slots=True)
class Speech:
    """A source speaking over a range of sentences."""

    source: str  # entity id or ANONYMOUS
    sentence: int  # where the cue is
    scope: range  # sentence indexes the speech covers
    speaker_org: str | None = None  # the organization the speaker speaks for (for 我们)
    offset: int = 0  # cue position in its sentence
    forward: bool = True  # covers what follows the cue in its sentence (else what precedes it)
    by_person: bool = False  # a person speaks (他们 then means the other side); set by find_speeches
    according: bool = False  # 据X，… frames a whole paragraph: later speakers are X's sources, not an end
    continues: bool = False  # 消息人士补充说 / "added": continues the report before it rather than starting anew


@lru_cache(maxsize=8)
def _regexes(lang: str) -> dict[str, re.Pattern[str]]:
    return {
        "according": compile_cue(ACCORDING_TO[lang]),
        "learned": compile_cue(LEARNED_FROM[lang]),
        "verb": compile_cue(REPORT_VERBS[lang]),
        "opinion_before": compile_cue(rf"{OPINION_VERBS[lang]}\s*$"),
        "gap": compile_cue(rf"(?:{SPEAKER_GAP[lang]})\s*$"),
        "anon": compile_cue(ANONYMOUS[lang]),
        "anon_end": compile_cue(rf"(?:{ANONYMOUS[lang]})\s*$"),
        "own": compile_cue(OWN_VOICE[lang]),
        "pronoun_end": compile_cue(rf"(?:{PERSON_PRONOUNS[lang]})\s*$"),
        "both_said": re.compile(BOTH_SAID[lang]),
        "announcement": compile_cue(ANNOUNCEMENT_SAYS[lang]),
        "reported_earlier": re.compile(REPORTED_EARLIER[lang]),
    }


def _source_of(doc: Doc, m: Mention, allow_org: bool) -> tuple[str, str | None] | None:
    """(source id, organization it speaks for) for a mention that can be a source."""
    entity = doc.entities.get(m.entity_id or "")
    if entity is None:
        return None
    if entity.kind in (EntityKind.OUTLET,):
        return entity.id, None
    if entity.kind is EntityKind.PERSON:
        return entity.id, entity.affiliation
    if entity.kind is EntityKind.ORG and allow_org:
        org = entity.speaks_for
        return org, org
    return None


def _last_person(doc: Doc, sentences: list[Sentence], upto: int, sent: Sentence) -> Mention | None:
    for m in reversed([m for m in sent.mentions if m.end <= upto]):
        if m.kind is EntityKind.PERSON:
            return m
    for s in reversed(sentences):
        for m in reversed(s.mentions):
            if m.kind is EntityKind.PERSON:
                return m
    return None


_LAST: list[tuple[object, int, list[Speech]]] = []  # (article, mention count, speeches) of the latest doc


_CLOSE_TO_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|several|people|persons?|sources?|someone|insiders?|executives?|officials?)\s(?:[\w-]+\s){0,2}?"
    r"(?:close to|familiar with|near|briefed by|advising|at)\s$"
)


def find_speeches(doc: Doc) -> list[Speech]:
    """Every attributed stretch of text in the article (see module docstring). Coreference and
    attribution both ask for the same article in a row, so the latest answer is kept."""
    size = sum(len(s.mentions) for s in doc.sentences)  # coreference may have added speakers
    if _LAST and _LAST[0][0] is doc.article and _LAST[0][1] == size:
        return _LAST[0][2]
    speeches = _find_speeches(doc)
    _LAST[:] = [(doc.article, size, speeches)]
    return speeches


def _find_speeches(doc: Doc) -> list[Speech]:
    lang = lang_key(doc.article.lang)
    rx = _regexes(lang)
    commentators = _commentators(doc)
    speeches: list[Speech] = []
    paragraphs: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    for sents in paragraphs.values():
        para_end = sents[-1].index + 1
        for pos, sent in enumerate(sents):
            norm = sent.norm or sent.text
            rest = range(sent.index, para_end)
            one = range(sent.index, sent.index + 1)
            for m in rx["according"].finditer(norm):
                s0, e0 = m.span("src")
                src_text = norm[s0:e0].strip()
                found = None
                for men in sent.mentions:
                    if s0 <= men.start and men.end <= max(e0, m.end()):  # 据21世纪经济报道: 报道 ends the name too
                        found = _source_of(doc, men, bool(_STATEMENT.search(src_text)))
                        if found:
                            break
                if found is None:
                    if rx["own"].search(src_text) or not rx["anon"].search(src_text):
                        continue
                    found = (ANON_ID, None)
                initial = _opens(norm, m.start())
                # 据X，… opens the paragraph; a trailing "…, according to X" covers its whole sentence.
                speeches.append(Speech(found[0], sent.index, rest if initial else one, found[1],
                                       m.start() if initial else 0, according=True))
                if found[0] != ANON_ID and (_CITING_UNNAMED.match(norm, e0) or (lang == "zh" and _ZH_CITING_UNNAMED.search(norm, s0, m.end() + 12))):  # "according to Bloomberg News, which cited people familiar …"
                    speeches.append(Speech(ANON_ID, sent.index, rest if initial else one, None,
                                           m.start() if initial else 0, according=True))
            # 财新从多位知情人士处获悉: the unnamed people are the source; the outlet that learned it is
            # most often the publisher itself (经济观察网获悉 in its own article), the article's own voice
            for m in rx["learned"].finditer(norm) if "人士" in norm else ():
                initial = _opens(norm, m.start())
                speeches.append(Speech(ANON_ID, sent.index, rest if initial else one, None,
                                       m.start() if initial else 0, according=True))
            for m in rx["verb"].finditer(norm):
                before = norm[: m.start()]
                if rx["opinion_before"].search(before) or _inside_word(norm, m.start(), lang):
                    continue
                cut = rx["gap"].search(before)
                end = cut.start() if cut else len(before)
                while end > 0 and before[end - 1] == " ":
                    end -= 1
                found = None
                # "Honda, which partners with Sony, said …" / "Foxconn, a supplier to Apple, said …"
                speaker = _relative_clause_subject(sent, norm, end) if lang == "en" else None
                relative = speaker is not None
                if speaker is None:
                    speaker = next((x for x in sent.mentions if x.end == end or x.end == end - 1), None)
                if speaker is not None and lang == "zh" and norm[speaker.start - 1 : speaker.start] == "向":
                    speaker = _before_recipient(sent, norm, speaker)  # 朗程昨晚向港交所发出公告，宣布…: 港交所 is told
                if speaker is None and lang == "en" and (rep := _REPRESENTATIVE.search(norm, 0, end)):
                    # "A DHL eCommerce spokesperson confirmed …": the company its representative speaks for
                    speaker = next((x for x in sent.mentions if x.kind is EntityKind.ORG and 0 <= rep.start() - x.end <= 24
                                    and not any(y.start >= x.end and y.end <= rep.start() for y in sent.mentions)), None)
                co = _joint_speaker(sent, norm, speaker) if speaker is not None else None
                if co is not None and (src := _source_of(doc, co, True)):  # "GM and LG announced …": both speak
                    speeches.append(Speech(src[0], sent.index, one, src[1], 0, True))
                if speaker is not None and lang == "en" and _CLOSE_TO_BEFORE.search(norm, max(0, speaker.start - 60), speaker.start):
                    found = (ANON_ID, None)  # "…, a person close to the Polish group said": unnamed, not the company
                elif speaker is not None:
                    if speaker.entity_id in commentators or norm[max(0, speaker.start - 2):speaker.start].endswith(("据", "根据")):
                        continue  # 据路透社报道 is read as an according-to frame above
                    found = _source_of(doc, speaker, True)
                elif rx["pronoun_end"].search(before[:end]):
                    person = _last_person(doc, sents[:pos], end, sent)
                    if person is not None and person.entity_id not in commentators:
                        found = _source_of(doc, person, False)
                elif (a := rx["anon_end"].search(before[:end])) and not _named_before(sent, a.start()):
                    found = _org_of_officer(doc, sent, norm, a) or (ANON_ID, None)
                elif _THEY_END.search(before[:end]) and _latest_source(speeches, sent.index) == ANON_ID:
                    found = (ANON_ID, None)  # "…, the people said. The utility ruled out CATL, they said."
                if found is None and lang == "en" and m.group(0) in ("said", "says") and _PEOPLE_AFTER.match(norm, m.end()):
                    found = (ANON_ID, None)  # "…, said the people, who asked not to be identified"
                if lang == "en" and m.group(0) in ("told", "tells"):  # "…, people familiar with it told Reuters"
                    told = next((x for x in sent.mentions if x.start > m.end() and _TOLD_GAP.fullmatch(norm, m.end(), x.start)), None)
                    if told is not None and told.kind is EntityKind.OUTLET and (src := _source_of(doc, told, False)):
                        speeches.append(Speech(src[0], sent.index, one, None, 0, True))
                if found is None:
                    continue
                if lang == "en":  # English attributes within the sentence: "X said …" / "…, X said."
                    # (the relative clause of "X, which …, said" is the article's voice, not X's)
                    speeches.append(Speech(found[0], sent.index, one, found[1], m.start() if relative else 0, True))
                    continue
                after = norm[m.end():]
                content_follows = bool(re.match(r"[\s,:\"]*[^\s,:\"。!?;]", after)) and not after.startswith(("了", "的"))
                leading = not re.search(r"[,;]", norm[: (speaker.start if speaker else end)]) or content_follows
                scope = rest if (leading and content_follows) else one
                speeches.append(Speech(found[0], sent.index, scope, found[1],
                                       m.start() if content_follows else m.end(), content_follows,
                                       continues=m.group(0).startswith("补充")))
            if both := rx["both_said"].search(norm):  # "…, the two companies said."
                for org in _orgs_before(doc, sent, both.start())[:2]:
                    speeches.append(Speech(org, sent.index, one, org, 0, True))
            if rx["announcement"].match(norm.lstrip()) and (issuer := _announcer(doc, sent)):  # 公告显示，…
                speeches.append(Speech(issuer, sent.index, rest, issuer, 0, True))
            if pos > 0 and (back := _reported_earlier(doc, sent, norm)):  # "The talks were first reported by X."
                speeches.append(Speech(back, sent.index - 1, range(sent.index - 1, sent.index), None, 0, True))
        speeches += _quotes(doc, sents, rx, commentators)
    speeches = _end_at_next_speaker(speeches)
    people = {eid for eid, e in doc.entities.items() if e.kind is EntityKind.PERSON}
    return [dataclasses.replace(sp, by_person=sp.source in people) for sp in speeches]


_RECIPIENT_GAP = re.compile(r"[\"\s)]*[^\ue000-\uf8ff,。;:\"]{0,8}")


def _before_recipient(sent: Sentence, norm: str, told: Mention) -> Mention | None:
    """The speaker of 朗程昨晚向港交所发出公告: the name just before 向 (a short gap of time words between), not
    the one it addresses; None if there is none."""
    for x in reversed(sent.mentions):
        if x.end <= told.start - 1 and _RECIPIENT_GAP.fullmatch(norm, x.end, told.start - 1):
            return x
    return None


def _opens(norm: str, pos: int) -> bool:
    """Whether a cue at `pos` opens its sentence (据X，… / 财新从知情人士处获悉，…) rather than trailing it."""
    return pos <= 3 or not re.search(r"[,;]", norm[:pos])


_PEOPLE_AFTER = re.compile(r"\s(?:the|one of the|two of the|some of the) (?:people|persons?|sources?|insiders)\b")
_CITING_UNNAMED = re.compile(r",?\s(?:which|who)\s(?:cited|quoted|citing)\s(?:\w+\s){0,2}?(?:people|sources|persons|insiders|officials|executives)\b")
# 据路透社援引三位知情人士消息 / 据财联社援引知情人士消息: the outlet and the unnamed people it cites
_ZH_CITING_UNNAMED = re.compile(r"(?:援引|引述|引用)[^,。;]{0,8}?(?:知情人士|消息人士|业内人士|人士)")
_TOLD_GAP = re.compile(r"\s{1,2}(?:the\s)?")  # "told Reuters" / "told the Financial Times"
_REPRESENTATIVE = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|representative)\s*$")
_THEY_END = re.compile(r"\b(?:they|[Tt]hey)\s*$")


def _latest_source(speeches: list[Speech], index: int, back: int = 2) -> str | None:
    """The source of the latest speech found in the `back` sentences before sentence `index`."""
    return next((sp.source for sp in reversed(speeches) if index - back <= sp.sentence < index), None)


_NOT_AFTER = {"称": "名声简号宣人著通昵俗自堪对", "说": "小传据听游学", "报": "据情简汇快日晚", "表": "代图列外"}


def _end_at_next_speaker(speeches: list[Speech]) -> list[Speech]:
    """A speech that runs to the end of its paragraph (X表示，…) stops where another speaker starts.
    据X，… stops only at a speaker who starts anew (一位知情人士向财联社记者表示), not at one who
    continues X's report (消息人士补充说)."""
    starts = sorted({sp.sentence for sp in speeches})
    fresh = sorted({sp.sentence for sp in speeches if not sp.continues})
    out = []
    for sp in speeches:
        later = [i for i in (fresh if sp.according else starts) if sp.sentence < i < sp.scope.stop]
        if later and len(sp.scope) > 1:
            sp = dataclasses.replace(sp, scope=range(sp.scope.start, later[0]))
        out.append(sp)
    return out




def _orgs_before(doc: Doc, sent: Sentence, pos: int) -> list[str]:
    """The organizations named before `pos` in the sentence, each once, in order."""
    out: list[str] = []
    for m in sent.mentions:
        if m.start < pos and (src := _source_of(doc, m, True)) and m.kind is EntityKind.ORG and src[0] not in out:
            out.append(src[0])
    return out


_CLAUSE_ENDS = ("。", "；", "\"", "”", "」", "』", ". ", "; ")


def _announcer(doc: Doc, sent: Sentence, lookback: int = 3) -> str | None:
    """The company that issued the announcement named last before `sent` (复旦微电发布《…公告》。公告显示…):
    the organization closest before 公告 / "filing" in one of the few sentences before."""
    word = "公告" if lang_key(doc.article.lang) == "zh" else "filing"
    for prev in reversed(doc.sentences[max(0, sent.index - lookback) : sent.index]):
        norm = prev.norm or prev.text
        at = norm.find(word) if word == "公告" else max(norm.find(w) for w in ("filing", "statement", "announc", "release"))
        if at < 0:
            continue
        orgs = [(m.start, src[0]) for m in prev.mentions if m.end <= at and m.kind is EntityKind.ORG and (src := _source_of(doc, m, True))]
        clause = max((i + len(c) if (i := norm.rfind(c, 0, at)) >= 0 else 0) for c in _CLAUSE_ENDS)  # where 公告's clause starts
        if orgs and orgs[-1][0] >= clause:
            return orgs[-1][1]
        # 公告称，… then 公告同时披露，…, or a quote ending "…与中兴通讯的合作。"公告同时提示: the same
        # announcement, its issuer, not the company last named in the quote
        if (at - clause <= 8 and (clause or _regexes(lang_key(doc.article.lang))["announcement"].match(norm.lstrip()))
                and (issuer := _announcer(doc, prev, lookback))):
            return issuer
        if orgs:
            return orgs[-1][1]
    return None


def _reported_earlier(doc: Doc, sent: Sentence, norm: str) -> str | None:
    m = _regexes(lang_key(doc.article.lang))["reported_earlier"].match(norm.lstrip())
    if not m:
        return None
    shift = len(norm) - len(norm.lstrip())
    for x in sent.mentions:
        if x.kind is EntityKind.OUTLET and 0 <= x.start - (m.end() + shift) <= 4:
            return x.entity_id
    return None


_RELATIVE = re.compile(APPOSITION_BEFORE_VERB)
_AND = re.compile(r"\s*(?:and|&|与|和|及|、)\s*$")


def _relative_clause_subject(sent: Sentence, norm: str, end: int) -> Mention | None:
    """The name (company or person) before ", which …," / ", a …," that ends right before a verb of saying."""
    for x in sent.mentions:
        if x.end < end and _RELATIVE.match(norm[x.end:end]):
            return x
    return None


def _joint_speaker(sent: Sentence, norm: str, speaker: Mention) -> Mention | None:
    """The other name of "A and B said / announced" (A与B宣布) when `speaker` is B."""
    before = [x for x in sent.mentions if x.end <= speaker.start]
    if before and _AND.fullmatch(norm[before[-1].end:speaker.start]) and before[-1].kind is speaker.kind:
        return before[-1]
    return None


def _inside_word(norm: str, start: int, lang: str) -> bool:
    """称 inside 名称 / 说 inside 小说 / 报道 inside 据报道 is not a verb of speech."""
    return lang == "zh" and start > 0 and norm[start - 1] in _NOT_AFTER.get(norm[start], "")


_OFFICER = re.compile(r"(?:相关|有关)?(?:负责人|高管|发言人)")
_OFFICER_GAP = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:方面)?(?:相关|有关)?\s*")


def _org_of_officer(doc: Doc, sent: Sentence, norm: str, anon: re.Match[str]) -> tuple[str, str | None] | None:
    """中通快递(ZTO.N,02057.HK)相关负责人向记者确认: an officer of a named company speaks for it."""
    if not _OFFICER.fullmatch(norm, anon.start(), anon.end()):
        return None
    for m in reversed(sent.mentions):
        if m.kind is EntityKind.ORG and m.end <= anon.start() and _OFFICER_GAP.fullmatch(norm, m.end, anon.start()):
            return _source_of(doc, m, True)
    return None


def _named_before(sent: Sentence, pos: int) -> bool:
    """知情人士 right after a named person is that person's description, not an anonymous source."""
    return any(m.kind is EntityKind.PERSON and 0 <= pos - m.end <= 2 for m in sent.mentions)


def _commentators(doc: Doc) -> set[str]:
    """People introduced as scholars or experts: they comment on a deal, they do not report it."""
    out = set()
    for s in doc.sentences:
        norm = s.norm or s.text
        for m in s.mentions:
            if m.kind is EntityKind.PERSON and COMMENTATOR.search(norm[max(0, m.start - 8): m.start]):
                out.add(m.entity_id or "")
    return out


def _quotes(doc: Doc, sents: list[Sentence], rx: dict[str, re.Pattern[str]], commentators: set[str]) -> list[Speech]:
    """“…”蔡崇信直言 / 蔡崇信说：“…”: the quoted sentences belong to the speaker next to the quote."""
    out: list[Speech] = []
    depth = 0
    group: list[Sentence] = []
    for sent in sents:
        norm = sent.norm or sent.text
        opened_here = depth == 0 and '"' in norm
        if depth or opened_here:
            group.append(sent)
        for ch in norm:
            if ch == '"':
                depth ^= 1
        if group and depth == 0:
            speaker = _quote_speaker(doc, group, rx)
            if speaker and speaker[0] not in commentators:
                scope = range(group[0].index, group[-1].index + 1)
                out.append(Speech(speaker[0], group[-1].index, scope, speaker[1]))
                if outlet := _told_outlet(doc, group[-1]):  # "…," Haddad told the Financial Times: its report too
                    out.append(Speech(outlet, group[-1].index, scope))
            group = []
    return out


_TOLD = re.compile(r"\btold\s(?:the\s)?$")


def _told_outlet(doc: Doc, sent: Sentence) -> str | None:
    """The outlet a quote's speaker told it to, after the closing quote ("…," Haddad told the FT)."""
    norm = sent.norm or sent.text
    close = norm.rfind('"')
    for m in sent.mentions:
        if m.start > close and m.kind is EntityKind.OUTLET and _TOLD.search(norm, max(close, m.start - 12), m.start):
            return m.entity_id
    return None


_QUOTE_GAP = re.compile(r"^\s*(?:,\s*)?$")
_TITLE_GAP = re.compile(r"^\s*,?\s*(?:[^\s\",.;:!?]+\s+){1,6}$")
_SAID_THEN_NAME = re.compile(r"^\s*,?\s*(?:said|says|added|noted|explained|recalled|wrote)\s(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s)?(?:[\w&.'’-]+\s){0,5}?$")
_QUOTE_APPOSITION = re.compile(r"^,\s[^,\"]{2,80}?,(?=\s)")  # a person's title between the name and the verb


def _quote_speaker(doc: Doc, group: list[Sentence], rx: dict[str, re.Pattern[str]]) -> tuple[str, str | None] | None:
    last, first = group[-1], group[0]
    norm = last.norm or last.text
    close = norm.rfind('"')
    for m in sorted(last.mentions, key=lambda m: m.start):
        gap = norm[close + 1 : m.start]
        # "…," Qasr chief executive Omar Haddad told …: a person's company and title come before the name
        if m.start >= close and m.kind is EntityKind.PERSON and _SAID_THEN_NAME.match(gap):
            return _source_of(doc, m, True)  # "…," said Dr. Rahul Venkataraman, Chief Technology Officer at Auralis
        if m.start < close or not (_QUOTE_GAP.match(gap) or (m.kind is EntityKind.PERSON and _TITLE_GAP.match(gap))):
            continue
        tail = _QUOTE_APPOSITION.sub("", norm[m.end : m.end + 100], count=1)  # "…," Craig Marsh, president of …, told
        if rx["verb"].match(re.sub(rx["gap"].pattern.replace(r"\s*$", ""), "", tail[:12], count=1).lstrip()):
            return _source_of(doc, m, True)
    norm0 = first.norm or first.text
    open_ = norm0.find('"')
    lead = norm0[:open_]
    verb = re.search(rf"{REPORT_VERBS['zh']}\s*[:,]?\s*$|\b(?:said|says|added|told \w+)\s*[:,]?\s*$", lead)
    if verb:
        before = lead[: verb.start()]
        cut = rx["gap"].search(before)
        end = len(before.rstrip()) if cut is None else len(before[: cut.start()].rstrip())
        for m in reversed(first.mentions):
            if m.end in (end, end - 1):
                return _source_of(doc, m, True)
    return None
