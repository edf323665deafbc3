"""rejected: the subject dropped, ruled out or cancelled a deal with the object.

Two shapes: a frame naming both sides (苹果最终放弃了DeepSeek / "Apple ruled out DeepSeek"), and the
cancellation of a cooperation named just before (…选择了百度作为主要合作伙伴…该合作后来被取消), where
the pair comes from the latest partner or talks frame in the same or the previous sentence of the
paragraph (…曾与华为洽谈…，但东风已终止相关谈判 → 东风 rejected 华为).
"""

import re
from collections.abc import Iterator

from kg.extractors import extractors
from kg.extractors.base import clause_status, frame_claims, is_question, match_frames, tender_outcomes
from kg.extractors.cues import CANCELLED, CHOSE, lang_key
from kg.extractors.frames import compile_frame, org_id
from kg.model import Claim, Doc, Relation, Sentence


@extractors.register("rejected")
def extract_rejected(doc: Doc) -> Iterator[Claim]:
    """Explicit rejections, then cancellations of an earlier-named cooperation."""
    framed: dict[int, list[tuple[int, int]]] = {}  # sentence → spans its rejection frames matched
    for claim in frame_claims(doc, Relation.REJECTED, "rejected"):
        framed.setdefault(claim.evidence[0], []).append(claim.span)
        yield claim
    yield from _passed_over(doc)
    yield from tender_outcomes(doc, "lost", Relation.REJECTED, "rejected")
    cancel = compile_frame(CANCELLED[lang_key(doc.article.lang)])
    for sentence in doc.sentences:
        if is_question(sentence):
            continue
        norm = sentence.norm or sentence.text
        for m in cancel.finditer(norm):
            if any(org_id(doc, x) for x in sentence.mentions if m.start() <= x.start < m.end()):
                continue  # names its own sides: the frames above handle it
            if any(a < m.end() and m.start() < b for a, b in framed.get(sentence.index, ())):
                continue  # 公司已与奥克斯终止合作: a frame named both sides of this very cancellation
            pair = _latest_partnership(doc, sentence, m.start())
            if pair and _clause_subject(doc, sentence, norm, m.start()) == pair[1]:
                pair = (pair[1], pair[0])  # …禾穗原本也与全家洽谈…，但全家近期已取消该合作计画: 全家 cancelled
            if pair:
                status, hedged = clause_status(doc, sentence, m.span(), "rejected")
                yield Claim(pair[0], Relation.REJECTED, pair[1], doc.article.id, (sentence.index,),
                            "rejected", 0.6, status=status, hedged=hedged, span=m.span())


def _passed_over(doc: Doc) -> Iterator[Claim]:
    """Compared several, chose one: the others are rejected (公司对比了科丝美诗和莹特丽…，最终选择了科丝美诗 →
    莹特丽; "evaluated Stripe and Adyen before choosing Adyen" → Stripe). Needs a word of choosing after the
    evaluation in the same sentence, and a partner frame naming one of the compared."""
    chose = re.compile(CHOSE[lang_key(doc.article.lang)])
    for sentence in doc.sentences:
        norm = sentence.norm or sentence.text
        if is_question(sentence) or not chose.search(norm):
            continue
        compared = [h for h in match_frames(doc, sentence, "evaluated") if len(h.objects) >= 2]
        if not compared:
            continue
        chosen = list(match_frames(doc, sentence, "partner"))
        for hit in compared:
            if not chose.search(norm, hit.span[0]):
                continue
            picked = {o for c in chosen if set(c.subjects) & set(hit.subjects) for o in c.objects} & set(hit.objects)
            if not picked:
                continue
            status, hedged = clause_status(doc, sentence, hit.span, "rejected")
            for s in hit.subjects:
                for o in hit.objects:
                    if o not in picked and o != s:
                        yield Claim(s, Relation.REJECTED, o, doc.article.id, (sentence.index,), "rejected", 0.6,
                                    status=status, hedged=hedged, span=hit.span)


_GAP_TO_CANCEL = re.compile(r"[^,，。;；:：!?\"“”]{0,6}")


def _clause_subject(doc: Doc, sentence: Sentence, norm: str, start: int) -> str | None:
    """The organization named just before a cancellation in its clause (但全家近期已取消 → 全家), if any."""
    if norm.startswith(("的", "之间", "合作", "合约", "协议", "交易", "双方", "两家"), start):
        return None  # 药明康德与礼来的合作协议已到期: the deal of both, no side cancelled it
    for x in reversed(sentence.mentions):
        if x.end <= start:
            gap = norm[x.end : start]
            return org_id(doc, x) if _GAP_TO_CANCEL.fullmatch(gap) else None
    return None


# A cancellation whose own sentence names the talks (…评估过中创新航的方案，但已放弃) refers to them, not
# to a deal of the sentence before.
_TALK = re.compile(r"评估|测试|洽谈|谈判|商谈|磋商|接触|合作|方案|计划|evaluat|talks|test|partner|deal|plan")
_TALK_WITH = re.compile(r"(?:与|和|跟|同)[^,。;]{1,16}?(?:洽谈|谈判|商谈|磋商|接触|合作|协商)|\b(?:talks|deal|agreement|partnership|discussions) with\b")


def _latest_partnership(doc: Doc, sentence: Sentence, before: int) -> tuple[str, str] | None:
    """The (subject, object) of the last partner frame before `before`, here or one sentence back."""
    candidates: list[Sentence] = [sentence]
    here = {oid for m in sentence.mentions if (oid := org_id(doc, m))}
    # its own talks come first, where it names two sides or talks with someone it does not name (公司去年曾与一家
    # 虚拟银行洽谈…而放弃); 经公司审慎评估…决定终止该合资事项 weighs alone: look back
    head = (sentence.norm or sentence.text)[:before]
    own_talk = _TALK.search(head) and (len(here) >= 2 or _TALK_WITH.search(head))
    if not own_talk and sentence.index > 0:
        candidates.insert(0, doc.sentences[sentence.index - 1])
    best = None
    for s in candidates:
        if s.paragraph != sentence.paragraph and not here:
            continue  # across a paragraph break only when this sentence names one side (Nokia pulled out …)
        hits = sorted([*match_frames(doc, s, "partner"), *match_frames(doc, s, "evaluated")], key=lambda h: h.span)
        for hit in hits:
            if s is sentence and hit.span[0] >= before:
                continue
            if hit.subjects and hit.objects and hit.subjects[-1] != hit.objects[-1]:
                if s.paragraph != sentence.paragraph and not here & {hit.subjects[-1], hit.objects[-1]}:
                    continue
                best = (hit.subjects[-1], hit.objects[-1])
    return best


