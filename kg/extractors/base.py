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

from kg.extractors.cues import (
    CONFIRM,
    DENIAL,
    DENIAL_STRONG,
    FRAMES,
    HEDGE,
    LEADING_HEDGE,
    NOT_PARTNER,
    TENDER_OUTCOME,
    TRIGGERS,
    compile_cue,
    lang_key,
)
from kg.extractors.frames import Skeleton, clause_bounds, compile_frame, frame_gate, org_id, skeleton
from kg.model import Claim, Doc, EntityKind, Finding, Relation, Sentence, Status


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
def _trigger(relation: str, lang: str) -> re.Pattern[str]:
    return compile_cue(TRIGGERS[relation][lang])


@lru_cache(maxsize=16)
def _rx(table: str, lang: str) -> re.Pattern[str]:
    source = {"denial": DENIAL, "denial_strong": DENIAL_STRONG, "hedge": HEDGE, "confirm": CONFIRM,
              "not_partner": NOT_PARTNER, "leading_hedge": LEADING_HEDGE}[table]
    return compile_cue(source[lang])


def match_frames(doc: Doc, sentence: Sentence, relation: str, skel: Skeleton | None = None) -> Iterator[FrameMatch]:
    """Every frame of `relation` that matches the sentence, in the article's language."""
    lang = lang_key(doc.article.lang)
    skel = skel or skeleton(doc, sentence)
    if len(skel.orgs) < 1:
        return
    if not _trigger(relation, lang).search(skel.text):
        return
    two_sides = len(set(skel.entity)) >= 2
    for pattern, confidence, implicit in FRAMES[relation].get(lang, []):
        if not (two_sides or implicit):
            continue  # a frame naming both sides needs two different organizations
        gate = frame_gate(pattern)
        if gate is not None and not gate.search(skel.text):
            continue  # its verb is nowhere in the sentence
        for m in compile_frame(pattern).finditer(skel.text):
            objects = tuple(skel.ids(_units_named(m.group("B"), skel.text[m.end("B") : m.end("B") + 3])))
            if lang == "zh" and len(objects) == 1 and (unit := _UNIT_AFTER.match(skel.text, m.end("B"))):
                objects = tuple(skel.ids(unit.group(1))) or objects  # 与NAVER旗下潮流电商平台KREAM联手: with KREAM
            if implicit:
                # a Chinese frame opening its own clause (…最终作罢，目前仍以台积电为主要代工伙伴) or an English
                # one opening with "and" continues the sentence's subject, not the name nearest before it
                first = (skel.text[m.start() : m.start() + 1] in (",", ":") if lang == "zh"
                         else skel.text.startswith(("and ", ", ", "its ", "their "), m.start()))  # "… with LG and will instead license …",
                # "…, choosing the European planemaker over Boeing"
                subject = _earlier_subject(skel, m.start("B"), exclude=objects, first=first)
                if not subject and m.start() == 0 and (topic := story_company(doc, sentence.index)) and topic not in objects:
                    subject = (topic,)  # "A planned joint venture with Telesat … was scrapped": the story's company's
                if not subject:
                    continue
                subjects: tuple[str, ...] = subject
            else:
                subjects = tuple(skel.ids(_units_named(m.group("A"), skel.text[m.end("A") : m.end("A") + 3])))
                if lang == "zh" and "B" in m.groupdict() and m.start("B") > m.end("A") and re.search(
                    r"[,;]", skel.text[m.end("A"):m.start("B")]
                ):
                    # the cue sits in a later clause (滙豐曾評估微軟、Google及AWS…，最終揀選Google Cloud):
                    # its subject is the sentence's subject, not the nearest name
                    subjects = _earlier_subject(skel, m.start("A") + 1, exclude=objects, first=True) or subjects
                elif lang == "zh" and skel.text[m.start("A") - 1 : m.start("A")] != "被" and _after_preposition(skel.text, m.start("A")):
                    # (被A拒绝: A is the passive's agent, the subject of the frame)
                    subjects = _earlier_subject(skel, m.start("A"), exclude=objects) or subjects
                elif lang == "zh" and _ends_list(skel.text, m.start("A") - 1):
                    subjects = tuple(dict.fromkeys((*_list_before(skel, m.start("A")), *subjects)))
                if lang == "zh" and "B" in m.groupdict() and m.start("B") < m.start("A") and _after_preposition(skel.text, m.start("B")):
                    # the one turned down is the sentence's subject, not a name after 与 (宜家中国曾与栖木接触，希望收购…，但被栖木拒绝)
                    objects = _earlier_subject(skel, m.start("B"), exclude=subjects) or objects
            span = skel.sentence_span(m.start(), m.end())
            confidence = _evidence_confidence(confidence, skel, m, sentence, span)
            tail = m.end() + (4 if lang == "zh" else 40)
            if lang == "zh" and "(?=[,。;!" in pattern and skel.text.startswith(",", m.end()):
                tail = m.end()  # a frame that ends at its clause (…招标中选择了顺丰, 放弃了日日顺): the next clause is another matter
            if relation == "partner" and lang != "zh" and (comma := skel.text.find(", ", m.end(), tail)) >= 0:
                tail = comma  # "… agreement with CATL, ending its reliance on Northvolt": the next clause is another matter
            if lang != "zh" and (brk := _NEXT_CLAUSE.search(skel.text, m.end(), tail)):
                tail = brk.start()  # "…, while Roche agreed to buy Carmot" belongs to another clause
            if relation == "partner" and lang == "zh" and _ZH_TALKS_AFTER.match(skel.text, m.end()):
                continue  # 与必和必拓就…合资开发进行多轮接触: talks about a joint venture, not one
            # read on the skeleton, so a cue inside a name (想与 in 联想与…) is not read as one
            if relation == "partner" and _rx("not_partner", lang).search(skel.text[m.start(): tail]):
                continue
            if relation == "partner" and lang == "zh" and _CONDITION_BEFORE.search(skel.text, max(0, m.start() - 8), m.start()):
                continue  # 他们开出的条件是要我们转用他们的咖啡豆: a condition asked for, not a deal
            yield FrameMatch(subjects, objects, span, confidence)


_CONDITION_BEFORE = re.compile("条件(?:是|系|为)?(?:要|要求)$|要求$")


def _units_named(group: str, after: str = "") -> str:
    """A matched list without the parents of the units it names: 字节跳动旗下短剧平台红果短剧 is 红果短剧. A
    brand is not a unit: 上海家化旗下"玉泽"品牌 and 上美股份旗下品牌韩束 stand for the maker."""
    if "旗下" not in group:
        return group
    at = group.rindex("旗下")
    if "品牌" in group[at:] or '"' in group[at:] or after.lstrip('"').startswith("品牌"):
        return group[:at]
    return group[at:]


_UNIT_AFTER = re.compile(r"旗下(?:的)?(?:全资|控股)?[^\ue000-\uf8ff,。;!?、与和]{0,10}?([\ue000-\uf8ff])")
_NEXT_CLAUSE = re.compile(r",\s(?:while|but|whereas|although|though)\b|;")
_ZH_TALKS_AFTER = re.compile(r"[^\ue000-\uf8ff,。;!?]{0,12}?(?:进行|展开|开展)?[^\ue000-\uf8ff,。;!?]{0,4}?(?:接触|洽谈|谈判|磋商|商谈|讨论|可行性研究|论证)")
_PREPOSITIONS = "与和跟同对向为被把从"
_NOT_PREPOSITION = ("成为", "作为", "因为", "认为", "以为", "行为", "称为", "视为", "更为", "较为", "最为", "极为")


_DESCRIBED = re.compile(r"[与和跟同对向][^\ue000-\uf8ff,。;:!?]{1,10}(?:公司|企业|巨头|厂商|平台|品牌|机构|集团|伙伴|对手|龙头)$")


def _after_preposition(text: str, pos: int) -> bool:
    """Is the placeholder at `pos` the object of a preposition (与百度 / 和阿里 / 与数据标注公司Scale AI)?
    成为小鹏 is not, nor the last item of a list (辉达、超微与博通也曾与英特尔接触)."""
    if pos > 0 and text[pos - 1] in _PREPOSITIONS and text[max(0, pos - 2):pos] not in _NOT_PREPOSITION:
        return not _ends_list(text, pos - 1)
    if _ends_list(text, pos - 1):
        return False
    return bool(_DESCRIBED.search(text, max(0, pos - 12), pos))


def _ends_list(text: str, conj: int) -> bool:
    """Is text[conj] (与/和/及) the last joint of a list, as in E、E与E?"""
    return (conj >= 3 and text[conj] in "与和及" and _is_placeholder(text[conj - 1]) and text[conj - 2] == "、"
            and _is_placeholder(text[conj - 3]))


def _is_placeholder(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff"


def _list_before(skel: Skeleton, start: int) -> list[str]:
    """Organizations listed before the placeholder at `start` (E、E与[start]) — the rest of a subject list."""
    out: list[str] = []
    i = start
    while i >= 2 and skel.text[i - 1] in "、与和及" and _is_placeholder(skel.text[i - 2]):
        code = ord(skel.text[i - 2]) - 0xE000
        out.insert(0, skel.entity[code])
        i -= 2
    return out


def _earlier_subject(skel: Skeleton, pos: int, exclude: tuple[str, ...] = (), first: bool = False
                    ) -> tuple[str, ...] | None:
    """苹果不仅与百度测试，也在考察阿里: the subject of 考察 is 苹果, not 百度 (which follows 与).
    With `first`, the earliest such organization of the sentence (its subject) rather than the nearest, or
    of the clause reported after "said" ("Keswick said Rolls-Royce had terminated … and moved the work to …")."""
    said = [m.end() for m in _REPORTED_CLAUSE.finditer(skel.text, 0, pos)] if first else []
    order = range(said[-1] if said else 0, pos) if first else range(pos - 1, -1, -1)
    for i in order:
        code = ord(skel.text[i]) - 0xE000
        if 0 <= code < len(skel.entity) and skel.entity[code] not in exclude and not _after_preposition(skel.text, i):
            return (skel.entity[code],)
    return None


_REPORTED_CLAUSE = re.compile(r"\b(?:said|says|told \w+|announced|disclosed|confirmed)(?: that)? (?=[\ue000-\uf8ff])")
WEAK_MENTIONS = ("slot", "coref", "tagger")


def _evidence_confidence(base: float, skel: Skeleton, m: re.Match[str], sentence: Sentence,
                         span: tuple[int, int]) -> float:
    """Lower the frame's confidence when the evidence is weaker: the match spans clauses or many
    characters, or a side was found only by its slot position or by coreference."""
    text = (sentence.norm or sentence.text)[span[0]:span[1]]
    conf = base
    if re.search(r"[,;:]", text):
        conf *= 0.85
    if len(text) > 40:
        conf *= 0.9
    groups = [g for g in ("A", "B") if g in m.re.groupindex and m.group(g)]
    placeholders = [ord(c) - 0xE000 for g in groups for c in m.group(g) if 0 <= ord(c) - 0xE000 < len(skel.orgs)]
    if any(skel.orgs[i].source in WEAK_MENTIONS for i in placeholders):
        conf *= 0.85
    return conf


_PLAN = compile_cue(r"plans? to|planning to|计划|打算")


def clause_status(doc: Doc, sentence: Sentence, span: tuple[int, int], relation: str = "partner") -> tuple[Status, bool]:
    """(status, hedged) from cues in the clause(s) around a frame match.

    A rejection is itself negative (决定不再与…合作, "decided not to renew"), so only explicit denial
    words (否认, "denied") deny it.
    """
    lang = lang_key(doc.article.lang)
    norm = sentence.norm or sentence.text
    left, right = clause_bounds(norm, span[0], span[1])
    window = norm[left:right]
    hedges = _rx("hedge", lang).finditer(window)
    if relation == "rejected":  # dropping a plan is no hedge: "Apple has dropped a plan to use Baidu"
        hedges = (h for h in hedges if not _PLAN.fullmatch(h.group(0)))
    hedged = any(True for _ in hedges) or bool(_rx("leading_hedge", lang).search(norm))
    # English negation binds to the verb it precedes: "… is our partner and that is not changing" is
    # not a denial, so English reads denial cues only up to the end of the frame, and from the last "and"
    # before it: "It will not renew its deal with Lumetra … and will instead source sensors from Hesai".
    negation_window = window if lang == "zh" else norm[max(left, norm.rfind(" and ", left, span[0] + 4) + 1) : span[1]]
    if _rx("denial_strong" if relation == "rejected" else "denial", lang).search(negation_window):
        return Status.DENIED, hedged
    if hedged:
        return Status.RUMORED, True
    if _rx("confirm", lang).search(norm, left, span[1]):  # before or in the relation, not after it (…富士康今日宣布扩产)
        return Status.CONFIRMED, False
    return Status.REPORTED, False


# A condition opening the clause of a frame, or a clause before it in the sentence (若审核顺利通过，华翎有望进入其供应链),
# right after the clause's subject (华翎若能打入维斯塔斯供应链), or opening an English sentence or clause ("Should Vale …")
_ZH_CONDITION = re.compile(r"(?:若|如果|假如|倘若|假若|假设|如若|要是|一旦)")
_ZH_CLAUSE_OPENER = re.compile(r"(?:^|[,:;])\s*(?:但|而|不过|同时|因此|此外|未来|今后|日后|将来)?\s*$")
_EN_CONDITION = re.compile(r"(?:^|[,;:]\s|\s)(?:[Ii]f|[Uu]nless|[Ss]hould (?=[A-Z])|were (?:it|they|\S+) to)\b")
_EN_NO_CONDITION = re.compile(r"(?i)\b(?:even if|as if|asked if|whether)\b")


def is_conditional(doc: Doc, sentence: Sentence, start: int) -> bool:
    """Does a condition (若…, 如果…, "If …", "Should X …") govern what starts at `start`? Read from the sentence's start,
    since a Chinese condition is often a clause of its own before the one it governs."""
    if lang_key(doc.article.lang) == "en":
        text = sentence.text[:start]
        return bool(_EN_CONDITION.search(text)) and not _EN_NO_CONDITION.search(text)
    norm = sentence.norm or sentence.text
    for m in _ZH_CONDITION.finditer(norm, 0, start):
        if any(x.start <= m.start() < x.end for x in sentence.mentions):
            continue  # 沈若溪: a character of a name
        if _ZH_CLAUSE_OPENER.search(norm, 0, m.start()) or any(x.end == m.start() for x in sentence.mentions):
            return True
    return False


def is_question(sentence: Sentence) -> bool:
    """Questions assert nothing: 小米是否会与宁德时代合作？ / "Will Apple partner with Baidu?"."""
    return _is_question(sentence.norm or sentence.text)


@lru_cache(maxsize=4096)
def _is_question(norm: str) -> bool:
    text = norm.rstrip(' "\')')
    return text.endswith("?") or bool(_QUESTION.search(_OPEN_OUTCOME.sub("", _DELIBERATION.sub("", text))))


_QUESTION = re.compile(r"是否|会不会|能否|有没有|\bwhether\b|\basked if\b")
# …but weighing whether to is evaluating, not asking: "Denso is weighing whether to source … from Coherent"
# …and a clause of its own on whether it will come off qualifies the talks before it, asking nothing:
# 街口也与KakaoPay接触，洽谈跨境合作，是否签约仍有变数
_OPEN_OUTCOME = re.compile(r"(?:^|[,;])[^,;。]{0,6}?(?:是否|能否)[^,;。]{0,12}?(?:还要看|还得看|要看|取决于|仍有变数|仍存变数|尚有变数|存在变数|尚不确定|尚未确定|仍未确定|仍不确定|"
                           r"未定|待定|有待观察|仍待观察|尚待观察|还不明朗|尚不明朗|仍不明朗|不得而知|尚无定论|仍是未知数|存在不确定性|存在较大不确定性|具有不确定性|尚存不确定性)")
_DELIBERATION = re.compile(r"(?:评估|考虑|研究|考量|权衡|决定)是否|\b(?:weighing|weighs|considering|considers|exploring|studying|evaluating|assessing|mulling|debating|decide|decides|deciding) whether\b")


def story_company(doc: Doc, upto: int, lede: int = 1) -> str | None:
    """The organization most often first named in the sentences before `upto`: whom the story is about. The
    first one named counts `lede` times."""
    counts: dict[str, int] = {}
    for s in doc.sentences[:upto]:
        if topic := next((oid for m in s.mentions if m.kind is not EntityKind.PERSON and (oid := org_id(doc, m))), None):
            counts[topic] = counts.get(topic, 0) + (1 if counts else lede)
    return max(counts, key=counts.__getitem__) if counts else None  # dicts keep order: max keeps the first


def one_company(doc: Doc, x: str, y: str) -> bool:
    """A unit and its parent (阿里云 / 阿里巴巴, 京东物流 / 京东) are one company, not two sides of a deal."""
    ex, ey = doc.entities.get(x), doc.entities.get(y)
    return bool((ex and y in (ex.parent, ex.affiliation)) or (ey and x in (ey.parent, ey.affiliation)))


def frame_claims(doc: Doc, relation: Relation, name: str) -> Iterator[Claim]:
    """Claims of one relation from its frames, one per (subject, object) in each match."""
    for sentence in doc.sentences:
        skel = skeleton(doc, sentence)
        if not skel.orgs or is_question(sentence):
            continue
        for hit in match_frames(doc, sentence, relation.value, skel):
            if is_conditional(doc, sentence, hit.span[1]):
                continue  # 若晶耀顺利打进苹果供应链 / "If Workday licensed that engine": a hypothetical asserts nothing
            status, hedged = clause_status(doc, sentence, hit.span, relation.value)
            confidence = hit.confidence * (0.8 if hedged else 1.0)
            for s in hit.subjects:
                for o in hit.objects:
                    if s != o and not one_company(doc, s, o):
                        yield Claim(s, relation, o, doc.article.id, (sentence.index,), name,
                                    round(confidence, 2), status=status, hedged=hedged, span=hit.span)


@lru_cache(maxsize=8)
def _outcome_rx(outcome: str, lang: str) -> re.Pattern[str] | None:
    source = TENDER_OUTCOME[outcome].get(lang)
    return re.compile(source) if source else None


def tender_outcomes(doc: Doc, outcome: str, relation: Relation, name: str) -> Iterator[Claim]:
    """The winner ("won") or a loser ("lost") of an evaluation the article told just before, as a claim of the
    evaluator: 德克斯评估劲邦与钰齐两家厂商…，最终由钰齐拿下，劲邦未获青睐 → 德克斯 partner 钰齐, rejected 劲邦."""
    rx = _outcome_rx(outcome, lang_key(doc.article.lang))
    if rx is None:
        return  # no cue of a tender's outcome in this language
    for sentence in doc.sentences:
        skel = skeleton(doc, sentence)
        if not skel.orgs or is_question(sentence):
            continue
        for m in rx.finditer(skel.text):
            code = ord(m.group("B")) - 0xE000
            if not 0 <= code < len(skel.entity):
                continue
            bidder = skel.entity[code]
            evaluator = _evaluator_of(doc, sentence.index, bidder)
            if evaluator and evaluator != bidder and not one_company(doc, evaluator, bidder):
                span = skel.sentence_span(m.start(), m.end())
                status, hedged = clause_status(doc, sentence, span, relation.value)
                yield Claim(evaluator, relation, bidder, doc.article.id, (sentence.index,), name, 0.6,
                            status=status, hedged=hedged, span=span)


def _evaluator_of(doc: Doc, index: int, bidder: str) -> str | None:
    """The subject of the latest evaluation frame, in this sentence or the two before it, that names `bidder`."""
    for s in reversed(doc.sentences[max(0, index - 2) : index + 1]):
        for hit in match_frames(doc, s, "evaluated"):
            if bidder in hit.objects and hit.subjects:
                return hit.subjects[0]
    return None
