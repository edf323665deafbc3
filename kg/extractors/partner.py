"""partner: two organizations cooperate (合作 / 携手 / 选择…作为合作伙伴 / partners with).

Besides the frames naming both sides, 双方将…合作 / "the two companies will work together" takes the
last two organizations named before it, in the sentence or the one before (unless a frame before it in
its sentence already named the pair).
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extractors import extractors
from kg.extractors.base import clause_status, frame_claims, is_question, tender_outcomes
from kg.extractors.cues import PAIR_PARTNER, compile_cue, lang_key
from kg.extractors.frames import org_id
from kg.model import Claim, Doc, Relation


@extractors.register("partner")
def extract_partner(doc: Doc) -> Iterator[Claim]:
    """Org–org cooperation, enumerations included (三星选择与智谱AI、美图合作 → two claims)."""
    framed: dict[int, list[int]] = {}  # sentence → where its frame claims end
    for claim in frame_claims(doc, Relation.PARTNER, "partner"):
        framed.setdefault(claim.evidence[0], []).append(claim.span[1])
        yield claim
    yield from tender_outcomes(doc, "won", Relation.PARTNER, "partner")
    rx = _pair_rx(lang_key(doc.article.lang))
    for sentence in doc.sentences:
        if is_question(sentence):
            continue
        for m in rx.finditer(sentence.norm or sentence.text):
            if any(end <= m.start() for end in framed.get(sentence.index, ())):
                continue  # 聯晶與日月光投控旗下矽品簽訂協議，雙方將…: 双方 are the pair just framed, not the last two named
            if _ENDED_BEFORE.search(sentence.norm or sentence.text, max(0, m.start() - 6), m.start()):
                continue  # 盒马已通知公司终止双方的代工合作: the cooperation is ended, not struck
            pair = _last_two(doc, sentence.index, m.start())
            if pair:
                status, hedged = clause_status(doc, sentence, m.span())
                yield Claim(pair[0], Relation.PARTNER, pair[1], doc.article.id, (sentence.index,), "partner",
                            0.55, status=status, hedged=hedged, span=m.span())


_ENDED_BEFORE = re.compile("(?:终止|结束|解除|取消|中止|暂停|停止)(?:了)?$")


@lru_cache(maxsize=4)
def _pair_rx(lang: str) -> re.Pattern[str]:
    return compile_cue(PAIR_PARTNER[lang])


def _last_two(doc: Doc, index: int, before: int) -> tuple[str, str] | None:
    """The last two different organizations named before position `before` (this or the previous sentence)."""
    seen: list[str] = []
    sentence = doc.sentences[index]
    scopes = [(sentence, before)]
    if index > 0 and doc.sentences[index - 1].paragraph == sentence.paragraph:
        scopes.insert(0, (doc.sentences[index - 1], len(doc.sentences[index - 1].text)))
    for s, limit in scopes:
        for m in s.mentions:
            oid = org_id(doc, m)
            if oid and m.end <= limit:
                if oid in seen:
                    seen.remove(oid)
                seen.append(oid)
    return (seen[-2], seen[-1]) if len(seen) >= 2 else None
