"""Relation frames over a sentence skeleton, where each organization mention is one placeholder.

`skeleton(doc, sentence)` turns 苹果选择与美国AI企业OpenAI合作 into "\ue000选择与美国ai企业\ue001合作" (on
normalized text), so a cue pattern such as `{A}{G}与{g}{B}{g}合作` can be written once for any names.
Pattern tokens: {A} {B} one organization or an enumeration of them (腾讯、字节跳动和阿里巴巴 /
"Tencent, ByteDance and Alibaba"); {G} a gap inside one sentence that holds no organization; {g} a
short gap inside one clause; {d} up to four English words describing the name after them; {t} an optional
English time phrase ("earlier this month ", "last year ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.entities.lexicon import ZH_SUBSIDIARY_GAP, ZH_SUBSIDIARY_WORDS
from kg.extractors.cues import compile_cue
from kg.model import Doc, EntityKind, Mention, Sentence

BASE = 0xE000
ORG = "[\ue000-\uf8ff]"
# Between listed organizations: a separator, a possessive (Google's Gemini: maker and product), or a
# bracketed alias (电装(Denso)及丰田).
LIST_SEP = (
    r"(?:\s*,\s*(?:以下简称|以下称|下称|简称)\s*[:\"]?\s*"  # 氢腾能源科技有限公司(Hytron Energy,下称氢腾): one name, three spellings
    r"|\s*(?:\([^()\ue000-\uf8ff]{1,30}\))?\s*\)?\s*(?:、|,|/|和|与|及|以及|跟|同|还有|或|and|or|as well as|&)\s*"
    r"(?:(?<=[a-z,] )(?:south |new |saudi )?[a-z][a-z.]*(?:'s|’s)\s+"  # "DBS and Malaysia's Maybank"
    # "Netflix and sports streamer DAZN": a description, not a verb ("and rejected B") nor a preposition
    r"|(?<=[a-z,] )(?:(?!(?:with|from|to|by|for|of|in|on|at|as|also|later|then|its|their|the|a|an|said|says|not|is|are|was|were|has|have|had|will|would|while|but|and|or|although|though|whereas|who|which|that|when|after|before|because|if|so|including|such|like|than|over|against|via|between|plus)\b)[a-z][a-z-]*(?<!ed)\s){1,3}(?=[\ue000-\uf8ff]))?"
    r"(?:(?<=[、及和与])[\u4e00-\u9fff]{2,4}的)?"  # 螞蟻國際及新加坡的Thunes
    r"|旗下(?:的)?(?:全资|控股)?[^\ue000-\uf8ff,。;!?、与和]{0,10}?"  # 字节跳动旗下短剧平台红果短剧: the unit (see units_named)
    r"|(?:已|已经|也)(?:与|和|同)(?=[\ue000-\uf8ff](?:一同|同时|一起|均|都|并列))"  # 绿锂已与宝联环保同时入围: both
    r"|\s*(?:'s|’s)\s+|\s*\(\s*(?:(?:hereafter|hereinafter|以下简称|以下称|下称|简称)\s*[:\"“]?\s*)?|\s*[\"”]?\s*\)\s*|\s*)"
)
# A subject list never joins with 与/和/跟/同: in 阿里与小米、vivo和OPPO合作 the 与 means "with".
# English members may each carry a description: "construction group Skanska, commercial landlord
# Vasakronan and state-owned university landlord Akademiska Hus are piloting …".
_EN_DESCRIPTION = r"(?:(?<=[a-z,] )(?:[a-z][a-z-]*\s){1,4}(?=[\ue000-\uf8ff]))?"
SUBJECT_SEP = (
    r"(?:\s*(?:、|/|及|以及|,\s*(?=(?:[a-z][a-z-]*\s){0,4}[\ue000-\uf8ff][^\ue000-\uf8ff]{0,3}(?:and|&))|and|&)\s*"
    + _EN_DESCRIPTION + r"|\s*)"
)
TOKENS = {
    "{A}": rf"(?P<A>{ORG}(?:{SUBJECT_SEP}{ORG})*)",
    "{B}": rf"(?P<B>{ORG}(?:{LIST_SEP}{ORG})*)",
    "{A1}": rf"(?P<A>{ORG})",
    "{B1}": rf"(?P<B>{ORG})",
    "{G}": r"[^\ue000-\uf8ff。!?;]{0,40}?",
    "{g}": r"[^\ue000-\uf8ff。!?;,暨]{0,20}?",  # 暨 joins two matters: 签署合作协议暨终止设立合资公司
    # …and a longer one when it ends in a kind of company: 与纳米比亚锂矿开发商Kalahari
    "{s}": r"(?:[^\ue000-\uf8ff。!?;,暨]{0,6}?|[^\ue000-\uf8ff。!?;,暨的]{3,14}?(?:商|企业|公司|厂|集团|巨头|龙头|平台|机构|新创|初创|品牌|工作室|伙伴))",
    # English gap inside one clause: it stops at "while", "but", "although" … (a new clause, a new subject)
    # a relative clause or apposition without a name in it is skipped whole: "Lumen, which processed
    # US$2.1 billion last year, ended …", "Lumora Labs, a startup that dubs films while …, has signed …",
    # 'Maison Vautrin SA ("Vautrin"), the Geneva-based watchmaker known for …, has held talks with …'
    "{W}": r"(?:\"?\)?,\s(?:which|who|a|an|the)\s(?:[^\ue000-\uf8ff.!?;,]|(?<=\d)\.(?=\d)){1,160}?,)?"
           r"(?:(?!\s(?:while|but|although|whereas|though|after|before|because|as well as|which|who|when)\s"
           # "renewed its deals with Hilton and Hyatt, and has extended …": the verb after ", and" is the first subject's
           r"|,\sand (?:has|have|had|will|would|is|are|was|were|also|then|later|since)\s)[^\ue000-\uf8ff.!?;]){0,120}?",
    "{w}": r"(?:(?:[^\ue000-\uf8ff.!?;,\s]|(?<=\d)[.,](?=\d))+\s+){0,6}?",  # "a 1.2 billion crown ($112 million) contract"
    # an English time phrase between a verb phrase and its object: "reached an agreement earlier this
    # month with …", "turned down an approach last year from …"
    "{t}": r"(?:(?:(?:earlier|later) this|last|this|next) (?:week|month|year|quarter|spring|summer|autumn|fall|winter)\s"
           r"|(?:in|on|since) (?:\w+ )?(?:january|february|march|april|may|june|july|august|september|october"
           r"|november|december|\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s)?",
    # English words describing the name that follows: "with Hangzhou-based Sciwind", "and U.S. satellite firm AST"
    "{d}": r"(?:(?!(?:about|over|on|for|to|from|with|or|but|regarding|including|as|at|in|of|by|that|which|who|whose|"
           r"said|says|while|after|before)\b)[\w.&'’-]+\s){0,4}?",
    # what was passed over, said as the offer rather than the firm: "picked Corvane over a rival proposal from Komatsu"
    "{o}": r"(?:(?:a|an|the|its) (?:rival |competing |cheaper |lower |higher |joint |separate )?"
           r"(?:proposal|bid|offer|pitch|tender|approach|system|product|platform|solution)s? (?:from|by) )?",
}


@dataclass(frozen=True, slots=True)
class Skeleton:
    """A sentence with organizations replaced by placeholders; maps placeholders back to mentions."""

    text: str  # the skeleton
    orgs: tuple[Mention, ...]  # placeholder i ↔ orgs[i]
    entity: tuple[str, ...]  # placeholder i → organization id (products and units → maker/parent)
    offsets: tuple[int, ...]  # skeleton position → sentence position

    def ids(self, group: str) -> list[str]:
        """Organization ids named in a matched group, in order, without repeats."""
        out: list[str] = []
        for ch in group:
            code = ord(ch) - BASE
            if 0 <= code < len(self.entity) and self.entity[code] not in out:
                out.append(self.entity[code])
        return out

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """Skeleton span → sentence span."""
        s = self.offsets[start] if start < len(self.offsets) else self.offsets[-1]
        e = self.offsets[end - 1] + 1 if end > 0 else 0
        return s, e


def org_id(doc: Doc, mention: Mention) -> str | None:
    """The organization a mention stands for in a core relation: products → maker, units → parent (a
    subsidiary company stands for itself)."""
    if mention.entity_id is None:
        return None
    entity = doc.entities.get(mention.entity_id)
    if entity is None:
        return None
    if entity.kind is EntityKind.PRODUCT:
        return entity.parent
    if entity.kind is EntityKind.ORG:
        return entity.speaks_for
    return None


_CACHE: dict[int, tuple[Sentence, Skeleton]] = {}


def skeleton(doc: Doc, sentence: Sentence) -> Skeleton:
    """The sentence's normalized text with one placeholder per organization mention (memoized by
    sentence identity: every relation extractor reads the same skeleton; organization ids and their
    makers/parents are the same across the build, so a skeleton depends on the sentence alone)."""
    hit = _CACHE.get(id(sentence))
    if hit is None or hit[0] is not sentence:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        hit = _CACHE[id(sentence)] = (sentence, _skeleton(doc, sentence))
    return hit[1]


# 比亚迪旗下弗迪电池, 星河集团的子公司远航科技: a parent and its unit named together are one placeholder
_UNIT_GAP = re.compile(ZH_SUBSIDIARY_GAP)
_CHILD_WORD = re.compile(ZH_SUBSIDIARY_WORDS)
_OPEN = re.compile(r"\s*\(\s*(?:以下简称|以下称|下称|简称|下简称)?\s*[:\"]?\s*")  # (下称"海龙王")
_CLOSE = re.compile(r"\s*\"?\s*\)")
_CODE = re.compile(r"\s*\(\s*(?:(?:nyse|nasdaq|hkex|tse|sse|szse|otc)\s*:\s*)?(?:\d{4,6}|[a-z]{1,5}|[a-z0-9]{1,6}\.[a-z]{1,3})"
                   r"(?:\s*[,;]\s*(?:\d{4,6}|[a-z0-9]{1,6}\.[a-z]{1,3}))*\s*\)")

# "Ayvens, the leasing arm of France's Societe Generale, …": the owner inside an apposition is no party
# to the sentence's verb, and the frames' gap skips an apposition only when it names no one.
_OWNER_APPOSITION = re.compile(
    r",\s(?:the|a|an|its)\s(?:[\w.’'-]+\s){0,5}?(?:arm|unit|subsidiary|division|affiliate|parent|owner|spin-?off|"
    r"business|brand)\s(?:of|at|owned by)\s(?:[\w.’'-]+(?:'s|’s)\s)?"
)
_APPOSITION_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*,")
_DECLARED_CODE = re.compile(r"\s*\"?\s*,\s*(?:证券代码|股票代码|股份代号|代码)?\s*:?\s*\d{4,6}(?:\.[a-z]{2})?\s*\)")


def _skeleton(doc: Doc, sentence: Sentence) -> Skeleton:
    parts: list[str] = []
    offsets: list[int] = []
    orgs: list[Mention] = []
    ids: list[str] = []
    pos = 0
    norm = sentence.norm or sentence.text
    for m in sentence.mentions:
        if m.start < pos:
            continue
        oid = org_id(doc, m)
        if oid is None:
            continue
        if ids and pos < m.start and _UNIT_GAP.fullmatch(norm, pos, m.start):
            if ids[-1] == oid:
                pos = m.end  # the unit joins its parent's placeholder
                continue
            entity = doc.entities.get(m.entity_id or "")
            named_child = _CHILD_WORD.search(norm, pos, m.start) is not None  # 蚂蚁集团旗下的蚂蚁国际
            if entity is not None and (entity.parent == ids[-1] or named_child):  # 塔塔集团旗下塔塔电子: the subsidiary is meant
                orgs[-1], ids[-1] = m, oid
                pos = m.end
                continue
        if ids and _OWNER_APPOSITION.fullmatch(norm, pos, m.start) and _APPOSITION_END.match(norm, m.end):
            continue  # "Ayvens, the leasing arm of France's Societe Generale, has …": the owner is a description
        if ids and ids[-1] == oid and _OPEN.fullmatch(norm, pos, m.start) and (close := _CLOSE.match(norm, m.end)):
            pos = close.end()  # 格芯(GlobalFoundries): a name and its other spelling in brackets are one
            continue
        parts.append(norm[pos:m.start])
        offsets.extend(range(pos, m.start))
        parts.append(chr(BASE + len(orgs)))
        offsets.append(m.start)
        orgs.append(m)
        ids.append(oid)
        pos = m.end
        if code := _CODE.match(norm, pos) or _DECLARED_CODE.match(norm, pos):
            pos = code.end()  # 联电(2303), 阿里巴巴(09988.hk), (以下简称"宝钢股份",600019.sh): a stock code belongs to the name
    parts.append(norm[pos:])
    offsets.extend(range(pos, len(norm)))
    return Skeleton("".join(parts), tuple(orgs), tuple(ids), tuple(offsets))


@lru_cache(maxsize=512)
def compile_frame(pattern: str) -> re.Pattern[str]:
    """A frame pattern with {A}/{B}/{G}/{g} tokens → a compiled regex."""
    out = pattern
    for token, regex in TOKENS.items():
        out = out.replace(token, regex)
    return compile_cue(out)


_LEAD = re.compile(r"(?:\(\?<!(?:[^()]|\([^()]*\))*\))*\{[AB]1?\}(?:\{[WGgs]\})?(?:\\b)?")


_LITERAL = re.compile(r"[a-z][a-z ]*[a-z](?![?*{])")


@lru_cache(maxsize=512)
def frame_gate(pattern: str) -> re.Pattern[str] | None:
    """The word group a frame cannot match without, as its own regex: for `{A}{W}\\b(?:use|uses) {B}`,
    `\\b(?:use|uses)`. Searching for it first is a few times cheaper than trying the frame's gap at every
    organization, and a sentence without it cannot match the frame. None where the pattern does not
    start with an organization, a gap and a required group.

    >>> frame_gate(r"{A}{W}\\b(?:use|uses) {B}").pattern
    '\\\\b(?:use|uses)'
    >>> frame_gate(r"{A}{W}\\b(?:will |to )?(?:use|uses) {B}").pattern  # an optional group is skipped
    '(?:use|uses)'
    >>> frame_gate(r"{A}{G}由{B}") is None
    True
    """
    lead = _LEAD.match(pattern)
    if not lead:
        return None
    start = lead.end()
    if (word := _LITERAL.match(pattern, start)) and len(word.group(0).strip()) >= 4:  # {A}{W}\bagree(?:d|s)? with …
        return compile_cue(("\\b" if pattern[:start].endswith("\\b") else "") + re.escape(word.group(0)))
    while pattern.startswith("(?:", start):  # optional groups are skipped: the first required one gates
        end = _group_end(pattern, start)
        if end is None:
            return None
        group, after = pattern[start:end], pattern[end : end + 2]
        if after[:1] in ("?", "*") or after.startswith("{0"):  # (?:will |to )?(?:use|uses): skip the first
            start = pattern.index("}", end) + 1 if after[0] == "{" else end + 1
            start += pattern.startswith("?", start)  # a lazy quantifier
            continue
        if "(?P" in group or "{A" in group or "{B" in group:
            return None
        for token, regex in TOKENS.items():
            group = group.replace(token, regex)
        bound = "\\b" if start == lead.end() and pattern[:start].endswith("\\b") else ""
        return compile_cue(bound + group)
    return None


def _group_end(pattern: str, start: int) -> int | None:
    """The index just past the group opening at `start` (escapes skipped), or None if unbalanced."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
        if depth == 0:
            return i
    return None


def clause_bounds(text: str, start: int, end: int, stops: str = ",;。!?:") -> tuple[int, int]:
    """The clause around [start, end): from the punctuation before to the punctuation after."""
    left = max((text.rfind(c, 0, start) for c in stops), default=-1) + 1
    rights = [i for c in stops if (i := text.find(c, end)) != -1]
    return left, (min(rights) if rights else len(text))
