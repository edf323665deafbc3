"""Article → Doc: sentences with resolved mentions of organizations, outlets, people and products.

>>> from kg.entities.gazetteer import Gazetteer
>>> from kg.model import Entity, EntityKind, Article
>>> from pathlib import Path
>>> gaz = Gazetteer(); gaz.add(Entity("alibaba", EntityKind.ORG, {"zh-Hans": "阿里巴巴"}, frozenset({"阿里"})))
>>> doc = Annotator(gaz).annotate(Article("a", Path("a.md"), "", None, None, None, "zh-CN", ("阿里与雪松控股集团有限公司签约。",)))
>>> [(m.text, m.kind.value) for m in doc.sentences[0].mentions]
[('阿里', 'Organization'), ('雪松控股集团有限公司', 'Organization')]
"""

from __future__ import annotations

import itertools
import re

from kg.corpus.sentences import split_sentences
from kg.entities.discovery import (
    INDUSTRY_ENDING,
    INDUSTRY_WORDS,
    Found,
    discover,
    kind_of_company,
    trim_descriptor,
)
from kg.entities.gazetteer import Gazetteer, load_gazetteer
from kg.entities.lexicon import (
    EN_LEGAL_TAIL,
    EN_NOT_ORG,
    EN_SHARED_FIRST_WORDS,
    NOT_NAME_ACRONYMS,
    ZH_COMMON_STEMS,
    ZH_COUNTRY_PREFIXES,
    ZH_GENERIC_NAMES,
    ZH_LEGAL_TAILS,
    ZH_NAME_EXTENSIONS,
    ZH_PLACES,
    ZH_SUBSIDIARY_GAP,
    ZH_SUBSIDIARY_WORDS,
)
from kg.entities.matcher import AliasMatcher
from kg.entities.outlets import discover_outlets
from kg.entities.people import discover_people
from kg.entities.recurring import recurring_names
from kg.entities.resolve import EntityTable, core_name
from kg.entities.slots import name_before, slot_names
from kg.entities.tagger import org_spans
from kg.model import Article, Doc, EntityKind, Mention, Sentence
from kg.normalize import fold, normalize

_CJK_CORE = re.compile("[\u4e00-\u9fff]{2,6}")

# Sentences worth the learned tagger: Chinese text with a cue of cooperation, talks or rejection.
_CUE_GATE = re.compile(
    "(?:与|和|同|跟)[^,。;]{0,24}?(?:合作|签署|签订|签约|协议|合资|结盟|联盟|共同|共建|洽谈|谈判|商谈|磋商|接洽|接触|"
    "测试|终止|取消|中止|分手|战略)|携手|牵手|联手|联姻|入股|选择[^,。;]{0,12}?(?:合作|伙伴)|放弃|弃用|"
    # words of evaluation or rejection on their own: 光阳工业也正在评估将…交由绿锂回收, 绿锂已与宝联环保同时入围…
    "评估|入围|试用|洽谈|洽商|商谈|磋商|接洽|拒绝|婉拒|谢绝|回绝|解约|列为|交由|外包给|"
    "(?:终止|结束|中止|解除|停止|暂停)(?:了)?(?:与|和|同|跟|对)"  # 艾创去年已终止与日本安川电机的代理合约
)
# …and sentences with any word of cooperation that name fewer than two organizations so far, so the
# learned partner scorer (kg/extractors/pair_model.py) gets both names of 通过与X的合作，Y将….
_WORD_GATE = re.compile("合作|联合|结盟|联盟|合资|签署|签订|签约|协议|伙伴|共建|参股|联营|代工|供应商|授权")
_UNIT_AFTER = re.compile(r"\s([A-Z]{2,4}|Cloud|Digital|Retail|Commerce|Games|Music|Pictures|Research|Auto)(?![\w&'’-])(?!\s[A-Z])")
_CAPITAL_UNIT = re.compile(r"[A-Za-z]\s[A-Z]")
_DESCRIBER_WORDS = "业者|厂商|企业|公司|品牌|平台|集团|大厂|龙头|供应商|制造商|服务商|运营商|开发商"
_DESCRIBES_NEXT = re.compile(rf"[^\s,。;:、\"()]{{0,10}}?(?:{_DESCRIBER_WORDS})")
_DESCRIBER_END = re.compile(f"(?:{_DESCRIBER_WORDS})$")
_AFFILIATION_GAP = re.compile(r"^[^,。;:!?\"]{0,24}$")
_AFFILIATION_AFTER = re.compile(
    r"^,\s(?:the\s|its\s)?(?:[a-z-]+\s){0,2}?(?:chief|executive|officer|president|head|director|chairman|chairwoman|chair|founder|"
    r"co-founder|manager|spokes\w+|cto|ceo|cfo|coo|general counsel|partner|analyst|secretary)(?:\s[a-z&-]+){0,4}?\s(?:of|at)\s(?:the\s)?$"
)
# GE医疗中国, SK海力士: a Latin name the tagger stops short of, and the industry word (and country) after it
_LATIN_THEN_INDUSTRY = re.compile("(?:" + "|".join(sorted(INDUSTRY_WORDS - {"中国", "国际"}, key=len, reverse=True)) + ")(?:中国)?")
_ZH_UNIT_TAIL = re.compile("[\u4e00-\u9fff]{2,4}(?=的|,|。|、|与|和|及|将|已|在|正|也|于|为|是|等|\\(|$)")
# Lines of business that name another company when written after a known name (东软 + 医疗), unlike the
# extensions that spell the same company in full (海尔 + 电器): see Annotator._chinese_units.
_OTHER_BUSINESS = re.compile("医疗|健康|金融|保险|证券|银行|资本|投资|基金|信托|租赁|置业|地产|物业|文旅|影业|音乐|教育")
_EXTENSION_RE = re.compile("|".join(sorted(ZH_NAME_EXTENSIONS, key=len, reverse=True)))
_NAME_AFTER = re.compile(r"[a-z0-9]")  # 海尔电器abc: the ending belongs to something longer
Hit = tuple[int, int, str, str]
_ST_PREFIX = re.compile(r"^\*?[sS][tT]")
_CJK_ONLY = re.compile("[\u4e00-\u9fff]{2,4}")
_CJK_TAIL = re.compile("[\u4e00-\u9fff]{1,3}")
# Kestrel Ore Pty Ltd(下称"Kestrel"): a bracket, maybe declaring the short name, around a second spelling
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:以下简称|以下称|下称|简称|hereafter|hereinafter)\s*[:\"“]?\s*)?")
_BRACKET_CLOSE = re.compile(r"\s*[\"”]?\s*\)")
_COUNTRIES = frozenset(ZH_COUNTRY_PREFIXES)
_COUNTRY_LENGTHS = sorted({len(c) for c in _COUNTRIES}, reverse=True)
_LEGAL_TAIL = re.compile("|".join(ZH_LEGAL_TAILS))
_EN_LEGAL_TAIL = re.compile(EN_LEGAL_TAIL + r"(?![A-Za-z0-9_-])")  # Latin only: Nokia Oyj签署 ends at j
_SUBSIDIARY_GAP = re.compile(ZH_SUBSIDIARY_GAP)
_SUBSIDIARY_WORD = re.compile(ZH_SUBSIDIARY_WORDS)
_FIELD_AFTER = re.compile("领域|业务|行业|市场|产品|板块|险种|交易所")
_CONTROL_VERB = re.compile("(?:全资|绝对|相对|间接|直接)控股$")
_OWN_SUBSIDIARY = re.compile(r"(?:^|[,:;。\"])(?:公司|本公司|该公司)(?:旗下|下属)?(?:的)?(?:全资|控股|全资控股)?(?:子公司|孙公司)$")


def _stem(name: str) -> list[str]:
    """保瑞 of 保瑞药业: a Chinese name without its industry word, if that leaves a name (2+ characters,
    no place or generic word)."""
    m = INDUSTRY_ENDING.search(normalize(name))
    stem = name[: m.start()] if m else ""
    if len(stem) < 2 or stem.isascii() or normalize(stem) in ZH_PLACES or normalize(stem) in ZH_GENERIC_NAMES:
        return []
    return [stem]


def _full_name_stems(name: str) -> list[str]:
    """晶华 of 晶华国际酒店集团: the name with two or more industry words and endings taken off, the way
    an article names a company after its first full mention. One word off (晶华国际酒店) is no short
    name yet: 长城汽车 of 长城汽车集团 would leave 长城 after two, so a stem must also be no common word.

    >>> _full_name_stems("晶華國際酒店集團"), _full_name_stems("长城汽车集团"), _full_name_stems("华润集团")
    (['晶華'], [], [])
    """
    stems, rest = [], name
    while (m := INDUSTRY_ENDING.search(normalize(rest))) and m.start() >= 2:
        rest = rest[: m.start()]
        stems.append(rest)
    if len(stems) < 2:
        return []
    short = normalize(stems[-1])
    if (short.isascii() or short in ZH_PLACES or short in ZH_GENERIC_NAMES or short in ZH_COMMON_STEMS
            or not _CJK_ONLY.fullmatch(short)):
        return []
    return [stems[-1]]


_BACKFILL_SOURCES = frozenset(("discovery", "slot", "tagger"))
_CJK_NAME = re.compile("[\u4e00-\u9fff]{3,12}")


def _backfill(sentences: list[Sentence]) -> list[Sentence]:
    """Chinese names found only where a rule could see them (另有传闻称京东物流考虑入股九识智能), marked
    wherever else the article writes them (测试九识智能的Z5无人车, 九识智能亦在年内完成融资): three or
    more Chinese characters, not inside another mention. People too (董事长郑凯文 … 郑凯文同时表示), by
    names of three or four characters."""
    names: dict[str, tuple[str, EntityKind]] = {}
    for s in sentences:
        for m in s.mentions:
            key = s.norm[m.start : m.end]
            if (m.source in _BACKFILL_SOURCES and m.entity_id and _CJK_NAME.fullmatch(key)
                    and (m.kind is EntityKind.ORG or (m.kind is EntityKind.PERSON and len(key) <= 4))):
                names.setdefault(key, (m.entity_id, m.kind))
    if not names:
        return sentences
    out = []
    for s in sentences:
        extra: list[Mention] = []
        spans = [(m.start, m.end) for m in s.mentions]
        for key, (eid, kind) in names.items():
            pos = s.norm.find(key)
            while pos >= 0:
                end = pos + len(key)
                if not any(a < end and pos < b for a, b in spans):
                    extra.append(Mention(s.text[pos:end], pos, end, kind, eid, "coref"))
                    spans.append((pos, end))
                pos = s.norm.find(key, end)
        if extra:
            s = Sentence(s.index, s.paragraph, s.text, s.norm, tuple(sorted((*s.mentions, *extra), key=lambda m: m.start)))
        out.append(s)
    return out


def _english_names(found: list[list[Found]]) -> tuple[dict[str, Found], frozenset[str]]:
    """English company names the article's discovery rules find anywhere (and the short names they
    declare), so that a sentence before the one that describes a company names it too; and the short
    names that two of them share (Lufthansa of Lufthansa Cargo and Deutsche Lufthansa AG), which name
    neither."""
    out: dict[str, Found] = {}
    shared: set[str] = set()
    names = [f for here in found for f in sorted(here, key=lambda f: f.start) if f.rule.startswith("en") and f.rule != "en-role"]
    cores = [normalize(core_name(f.text)) for f in names]  # Kestrel Robotics Inc. and Kestrel Robotics: one company
    words = [set(c.split()) for c in cores]

    def named_first(key: str, i: int, j: int) -> bool:
        """Nordhavn Motors AB, then its unit Nordhavn Charging AB: a bare Nordhavn is the one named first."""
        return i < j and cores[i].split()[0] == key == cores[j].split()[0]

    for i, f in enumerate(names):
        for name in (f.text, *_declared_names(f)):
            key = normalize(name)
            others = [j for j, w in enumerate(words) if key in w and cores[i] not in cores[j]] if name != f.text else []
            # (not "SOURCE Auralis Hearing Technologies, Inc." after Auralis Hearing Technologies: the same name)
            if any(named_first(key, j, i) for j in others):
                continue  # the earlier name keeps it
            if any(not named_first(key, i, j) for j in others):
                shared.add(key)
                continue
            out.setdefault(key, f)
    for here in found:  # "Sciwind Chief Executive …": a name seen by its role may be another's short name
        for f in here:
            if f.rule == "en-role":
                out.setdefault(normalize(f.text), f)
    return {k: f for k, f in out.items() if k not in shared}, frozenset(shared)


def _place_prefix(norm: str, start: int, end: int) -> int:
    """The length of a place name that fills norm[start:end] exactly (上海 of 上海华虹宏力…), else 0."""
    return end - start if norm[start:end] in ZH_PLACES else 0


_EN_JOINERS = frozenset(("of", "and", "&", "the", "for", "de", "du", "la", "le", "del", "y"))


def _declared_names(found: Found) -> list[str]:
    """Short names a finding declares for the rest of the article: 恒瑞达 (以下简称), 东源 (of ST东源).

    >>> _declared_names(Found(0, 4, "ST东源", "stock-name")), _declared_names(Found(0, 3, "恒瑞达", "abbreviation"))
    (['东源'], ['恒瑞达'])
    """
    if found.rule == "abbreviation":  # 驭途智能 declared, then 驭途
        return [found.text, *_stem(found.text)]
    if found.rule == "ticker":  # 力积电(6770): named again later without its code; 爱尔达科技(8487) … 爱尔达 without its trade
        return [found.text, *_stem(found.text)]
    if found.rule == "bracketed" and found.short:  # 梯瓦(Teva): the Latin name names it too, here and later
        return [found.text, found.short, *_stem(found.text)]
    if found.rule == "described":  # 大厂保瑞药业 … 保瑞表示: the name without its industry word names it later
        return [found.text, *_stem(found.text)]
    if found.rule == "full-name":  # 晶华国际酒店集团 … 晶华总经理: the name without its endings, later
        return _full_name_stems(found.text)
    if found.rule == "stock-name":
        bare = _ST_PREFIX.sub("", found.text)
        return [bare] if len(bare) >= 2 else []
    if found.rule.startswith("en"):  # Kestrel Robotics Inc. → "Kestrel Robotics", then "Kestrel"; AST SpaceMobile → AST
        core = core_name(found.text)
        words = core.split()
        out = [core] if core != found.text else []
        if found.short:  # "Orient Meridian Lines (OML)"
            out.append(found.short)
        if len(words) >= 3 and words[-1][:1].isupper() and words[-1].isalpha() and words[-2].lower() not in _EN_JOINERS:
            out.append(" ".join(words[:-1]))  # Karoo Ridge Minerals Ltd → "Karoo Ridge": the name without its trade
        first = words[0] if len(words) >= 2 else ""
        if first in EN_SHARED_FIRST_WORDS:
            return out
        if first in EN_NOT_ORG or first.lower() in NOT_NAME_ACRONYMS:
            return out  # "EV Motors Inc.": EV is no short name
        if first.endswith(("ian", "ese", "ish")):
            return out  # "Australian Financial …": a nationality is no short name ("Western Australian lithium developer")
        if (len(first) >= 4 and first[0].isupper()) or (len(first) >= 2 and first.isupper()):
            out.append(first)
        return out
    return []


# A kind of company named before the company (中央廚房公司金滿堂食品供應有限公司): a short name on bare 公司, no legal form
_KIND_COMPANY = re.compile("[\u4e00-\u9fff]{2,6}(?<!有限)(?<!责任)(?<!責任)(?<!股份)公司")


def _find_declared(text: str, norm: str, declared: dict[str, str]) -> list[Hit]:
    """Every occurrence of the article's declared short names in one sentence (a few str.find calls)."""
    hits: list[Hit] = []
    for short, eid in declared.items():
        pos = norm.find(short)
        while pos >= 0:
            end = pos + len(short)
            latin_cut = short.isascii() and (
                (pos > 0 and norm[pos - 1].isalnum()) or (end < len(norm) and norm[end].isalnum())
                or text[pos].islower()  # "Preferred" names the company, "the preferred option" does not
            )
            if not latin_cut:  # Latin short names match whole words only, capitalized
                hits.append((pos, end, text[pos:end], eid))
            pos = norm.find(short, end)
    return sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0]))


_INITIAL_SKIP = frozenset(["of", "and", "for", "the", "&", "de"])
_INITIAL_LEGAL = frozenset(["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "AG", "SA", "SE", "NV", "Corp.", "Limited"])


def initials(name: str) -> list[str]:
    """The acronyms an English company name may be written as later, three letters or more: the initials of
    its words, with and without its legal ending (not "Inc.", "Ltd.").

    >>> initials("Ocean Network Express"), initials("Mediterranean Shipping Co."), initials("Apple Inc.")
    (['ONE'], ['MSC'], [])
    """
    words = [w for w in name.replace("-", " ").split() if w not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return []
    core = core_name(name).replace("-", " ").split()
    core = [w for w in core if w not in _INITIAL_SKIP]
    out = ["".join(w[0] for w in core)]
    full = "".join(w[0] for w in words if w not in _INITIAL_LEGAL)
    if full != out[0]:
        out.append(full)
    return [a for a in out if len(a) >= 3 and a.lower() not in NOT_NAME_ACRONYMS]


_ACRONYM_WORD = re.compile(r"(?<![A-Za-z0-9&.-])[A-Z][A-Z0-9&]{2,5}(?![A-Za-z0-9&-])")


def _find_initials(text: str, known: dict[str, str]) -> list[Hit]:
    """Where a sentence writes one of the article's company initials, capitalized exactly ("ONE", not "One")."""
    if not known:
        return []
    return [(m.start(), m.end(), m.group(0), known[m.group(0)]) for m in _ACRONYM_WORD.finditer(text) if m.group(0) in known]


def _windows(spans: list[tuple[int, int]], size: int, margin: int = 60) -> list[tuple[int, int]]:
    """Cue spans widened by `margin` characters each side and merged: the only text the tagger reads.
    Wide enough for a clause on each side (the names of 通过与X的合作，Y将… sit far from the cue)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = max(0, s - margin), min(size, e + margin)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _covered(m: re.Match[str], taken: bytearray) -> bool:
    """Are both sides of a cue already named (苹果与百度合作: a mention ends before 与 and one starts after)?"""
    start = m.start()
    width = 1 if m.group(0)[0] in "与和同跟" else 2
    after = start + width
    return start > 0 and bool(taken[start - 1]) and after < len(taken) and bool(taken[after])


class Annotator:
    """Splits, matches, discovers and resolves; keeps the build-wide entity table."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.matcher = AliasMatcher(self.gazetteer.surface_forms())
        self.contextual = AliasMatcher(self.gazetteer.contextual)
        self.table = EntityTable(self.gazetteer)
        self._licensed: frozenset[str] = frozenset()  # entities whose contextual aliases count in this article
        self._names: dict[str, tuple[str, ...]] = {}
        self._ahead: dict[str, Found] = {}  # this article's English names found anywhere in it
        self._shared: frozenset[str] = frozenset()  # short names two of them share
        self._initials: dict[str, str] = {}  # "ONE" of Ocean Network Express, this article only → entity id
        self._stems: dict[str, str] = {}  # 街口 of 街口支付, this article only → entity id (after known names)
        self._stem_cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def annotate(self, article: Article) -> Doc:
        """The article's sentences, each with its resolved mentions in text order."""
        sentences: list[Sentence] = []
        local: dict[str, str] = {}  # folded short/core name → entity id, this article only
        declared: dict[str, str] = {}  # normalized declared short name (恒瑞达, 东源 of ST东源) → entity id
        norms = [normalize(paragraph) for paragraph in article.paragraphs]  # same length: sentences slice it
        self._licensed = self._license(article, norms)
        split: list[tuple[int, str, str]] = []
        for p, paragraph in enumerate(article.paragraphs):
            at = 0
            for text in split_sentences(paragraph, article.lang):  # stripped slices of the paragraph, in order
                pos = paragraph.find(text, at)
                split.append((p, text, norms[p][pos : pos + len(text)] if pos >= 0 else normalize(text)))
                at = pos + len(text) if pos >= 0 else at
        found = [discover(text, norm) for _, text, norm in split]
        if article.lang.startswith("en"):  # "Lumora confirmed", "Lumora ended …": a name the article uses as a company
            for here, extra in zip(found, recurring_names([text for _, text, _ in split], found), strict=True):
                here += [f for f in extra if all(f.end <= g.start or g.end <= f.start for g in here)]
        self._ahead, self._shared = _english_names(found)
        self._initials, self._stems = {}, {}
        for (p, text, norm), here in zip(split, found, strict=True):
            mentions = self._mentions(text, norm, local, article, declared, here)
            sentences.append(Sentence(len(sentences), p, text, norm, tuple(mentions)))
        if not article.lang.startswith("en"):
            sentences = _backfill(sentences)
        used = {m.entity_id for s in sentences for m in s.mentions if m.entity_id}
        entities = {eid: e for eid in used if (e := self.table.get(eid))}
        for e in list(entities.values()):
            for linked in (e.parent, e.affiliation):
                if linked and linked not in entities and (le := self.table.get(linked)):
                    entities[linked] = le
        return Doc(article, tuple(sentences), entities)

    def _license(self, article: Article, norms: list[str]) -> frozenset[str]:
        """Entities with a contextual alias in the article (日产) that the article also names plainly
        (日产汽车, Nissan): only there does the alias name them. One Aho–Corasick pass over the article,
        then a substring search for the few candidates' plain names."""
        hits = {h[3] for paragraph, norm in zip(article.paragraphs, norms, strict=True)
                for h in self.contextual.find(paragraph, norm)}
        if not hits:
            return frozenset()
        text = "\n".join(norms)
        return frozenset(eid for eid in hits if any(name in text for name in self._plain_names(eid)))

    def _plain_names(self, eid: str) -> tuple[str, ...]:
        """The normalized labels and plain aliases of a gazetteer entity (memoized)."""
        if eid not in self._names:
            entity = self.gazetteer.entities[eid]
            self._names[eid] = tuple(normalize(n) for n in self.gazetteer.names_of(entity) if len(n) >= 2)
        return self._names[eid]

    def _known_abbreviation(self, full: Found, found: list[Found], hits: list[Hit]) -> str | None:
        """The gazetteer organization whose name `full` declares as its short name, if any."""
        for g in found:
            if g.rule == "abbreviation" and g.short == full.text and g.start >= full.end:
                eid = next((h[3] for h in hits if (h[0], h[1]) == (g.start, g.end)), None)
                if eid and self.gazetteer.entities[eid].kind is EntityKind.ORG:
                    return eid
        return None

    def _contextual_hits(self, text: str, norm: str, hits: list[Hit]) -> list[Hit]:
        """The gazetteer hits plus the licensed contextual aliases that overlap none of them."""
        extra = [h for h in self.contextual.find(text, norm)
                 if h[3] in self._licensed and not any(g[0] < h[1] and h[0] < g[1] for g in hits)]
        return sorted([*hits, *extra]) if extra else hits

    def _mentions(
        self, text: str, norm: str, local: dict[str, str], article: Article, declared: dict[str, str],
        discovered: list[Found] | None = None,
    ) -> list[Mention]:
        table = self.table
        taken = bytearray(len(text))
        mentions: list[Mention] = []
        gaz_hits = self.matcher.find(text, norm)
        if self._licensed:
            gaz_hits = self._contextual_hits(text, norm, gaz_hits)
        gaz_hits = self._extend(text, norm, gaz_hits)
        for f in discover_outlets(text, norm):  # 据界面新闻报道: an outlet the gazetteer does not know
            if any(h[0] < f.end and f.start < h[1] for h in gaz_hits) or any(taken[f.start : f.end]):
                continue
            eid = table.new(f.text, EntityKind.OUTLET, f"{f.text!r}: cited as a news source", article.lang)
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
            mentions.append(Mention(f.text, f.start, f.end, EntityKind.OUTLET, eid, "discovery"))
        found = discover(text, norm) if discovered is None else discovered
        if text.isascii() or _CAPITAL_UNIT.search(text):
            found = [*found, *self._english_units(text, gaz_hits, found)]
        if not text.isascii():
            found = [*found, *self._chinese_units(text, norm, gaz_hits, found)]
        abbreviated = {(f.start, f.end) for f in found if f.rule == "abbreviation"}
        # Abbreviations after the full names they abbreviate (恒信人壽保險有限公司 before its "Hang Shun Life"),
        # and over any other finding of the same span.
        found = sorted(
            (f for f in found if f.rule == "abbreviation" or (f.start, f.end) not in abbreviated),
            key=lambda f: (f.rule == "abbreviation", -(f.end - f.start), f.start),
        )
        # Discovered names that extend a gazetteer hit (阿里巴巴(中国)有限公司) win over the bare hit.
        starts = {h[0] for h in gaz_hits}
        for f in found:
            if any(taken[f.start : f.end]):
                continue
            straddled = [h for h in gaz_hits if h[0] < f.start < h[1] < f.end] if f.rule.startswith("en") else []
            if straddled:  # Taiwan Semiconductor + "Semiconductor Manufacturing Co.": the known name, spelled in full
                h = straddled[0]
                gaz_hits = [(h[0], f.end, text[h[0] : f.end], h[3]) if x == h else x for x in gaz_hits]
                continue
            if any(h[0] < f.end and f.start < h[1] and not (f.start <= h[0] and h[1] <= f.end) for h in gaz_hits):
                continue  # 光投控 cut out of 日月光投控(3711): a piece of a known name
            if f.rule == "full-name" and f.end < len(norm) and (f.end in starts or norm[f.end].isascii() and norm[f.end].isalpha()
                                                                 or _KIND_COMPANY.fullmatch(f.text) and any(g.start == f.end and g.rule == "full-name" for g in found)):
                continue  # a descriptor in apposition: 数据标注公司Scale AI, 美国芯片公司英伟达, 中央廚房公司金滿堂食品供應有限公司
            if f.rule == "full-name" and (_FIELD_AFTER.match(norm, f.end) or _CONTROL_VERB.search(f.text)):
                continue  # 住房保险领域, 广发行全资控股的…: a line of business or a verb, not a company
            inner = [h for h in gaz_hits if f.start <= h[0] and h[1] <= f.end]
            opens = f.start + _place_prefix(norm, f.start, inner[0][0]) if inner else f.start  # 上海华虹宏力…有限公司
            if inner and not (inner[0][0] == opens and len(inner) == 1):
                continue  # a list or phrase of known names, not one new name
            if inner and (inner[0][0], inner[0][1]) == (f.start, f.end):
                continue
            if f.rule == "full-name" and not inner and (known := self._known_abbreviation(f, found, gaz_hits)):
                # 宝山钢铁股份有限公司(以下简称"宝钢股份"): a full name declaring a known name is that company
                taken[f.start : f.end] = b"\x01" * (f.end - f.start)
                table.see(known, f.text, f"{f.text!r}: declares the short name of a known organization ({article.id})")
                mentions.append(Mention(text[f.start : f.end], f.start, f.end, EntityKind.ORG, known, "alias"))
                continue
            prefix = None
            if inner:
                prefix = (text[inner[0][0] : inner[0][1]], inner[0][3])
                if self.gazetteer.entities[prefix[1]].kind is not EntityKind.ORG:
                    continue
            gaz_hits = [h for h in gaz_hits if h not in inner]
            if f.rule == "en-role" and normalize(f.text) in self._shared:
                continue  # "Nordair shares rose" after Nordair Cargo and Deutsche Nordair AG: neither
            known = self._initials.get(f.text) or (declared.get(normalize(f.text)) if f.rule != "abbreviation" else None)
            if known and not inner:  # "OML President Henry Kao" after "Orient Meridian Lines (OML)": that company
                taken[f.start : f.end] = b"\x01" * (f.end - f.start)
                mentions.append(Mention(text[f.start : f.end], f.start, f.end, EntityKind.ORG, known, "coref"))
                continue
            if f.rule == "abbreviation" and f.short:
                mentions = self._join_met_short_name(f, local, declared, mentions, article.id)
            eid = table.resolve_found(f, prefix, local, article.lang, article.id)
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
            kind = table.get(eid).kind  # type: ignore[union-attr]
            mentions.append(Mention(text[f.start : f.end], f.start, f.end, kind, eid, "discovery"))
            if f.rule.startswith("en") and kind is EntityKind.ORG:  # "Sciwind Biosciences Co." found once, named again later
                declared.setdefault(normalize(f.text), eid)
            for short in _declared_names(f):
                if normalize(short) in self._shared or ((known_short := self.gazetteer.lookup(short)) and known_short.id != eid):
                    continue  # …nor "Siemens" after "Siemens Mobility": a known name, its parent
                if declared.setdefault(normalize(short), eid) == eid:  # Kestrel after Kestrel Hydrogen ASA: not its unit's
                    table.see(eid, short, f"{short!r}: declared short name of {f.text!r} in {article.id}")
        for start, end, surface, eid in _find_declared(text, norm, declared):
            if any(h[0] <= start and end <= h[1] and h[1] - h[0] > end - start for h in gaz_hits):
                continue  # 三一 inside 三一重工, 铁塔 (of 铁塔能源) inside 中国铁塔: the known name, written in full
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                kind = table.get(eid).kind if table.get(eid) else EntityKind.ORG  # type: ignore[union-attr]
                mentions.append(Mention(surface, start, end, kind, eid, "coref"))
        if self._ahead:  # "Lufthansa Cargo and Maersk signed …" before "Lufthansa Cargo, a subsidiary of …"
            for start, end, surface, key in _find_declared(text, norm, {k: k for k in self._ahead if k not in declared}):
                inner = [h for h in gaz_hits if h[0] < end and start < h[1]]
                if any(taken[start:end]) or any(not (start <= h[0] and h[1] <= end) for h in inner):
                    continue  # never over a gazetteer name it does not contain (Taiwan Semiconductor …)
                if inner and (inner[0][0] != start or len(inner) > 1):
                    continue
                f = self._ahead[key]
                prefix = (inner[0][2], inner[0][3]) if inner and self.gazetteer.entities[inner[0][3]].kind is EntityKind.ORG else None
                gaz_hits = [h for h in gaz_hits if h not in inner]  # Lufthansa of Lufthansa Cargo: its parent
                eid = table.resolve_found(f, prefix, local, article.lang, article.id)
                declared.setdefault(key, eid)
                taken[start:end] = b"\x01" * (end - start)
                kind = table.get(eid).kind if table.get(eid) else EntityKind.ORG  # type: ignore[union-attr]
                mentions.append(Mention(surface, start, end, kind, eid, "coref"))
        for start, end, surface, eid in gaz_hits:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            table.see(eid, surface)
            kind = self.gazetteer.entities[eid].kind
            mentions.append(Mention(surface, start, end, kind, eid))
        if self._stems:  # 街口 after 街口支付: only where no known name (統一超商 after 統一集團) is written
            for start, end, surface, eid in _find_declared(text, norm, self._stems):
                if not any(taken[start:end]):
                    taken[start:end] = b"\x01" * (end - start)
                    mentions.append(Mention(surface, start, end, EntityKind.ORG, eid, "coref"))
        self._declare_forms(mentions, declared)  # "Siam Commercial Bank, SCB": initials count in their own sentence too
        for start, end, surface, eid in _find_initials(text, self._initials):
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                mentions.append(Mention(surface, start, end, EntityKind.ORG, eid, "coref"))
        people = discover_people(text, norm)
        self._tagged_mentions(text, norm, local, article, taken, mentions, people)
        self._slot_mentions(text, norm, local, article, taken, mentions, people, declared)
        for person in people:
            if any(taken[person.start : person.end]):
                continue
            taken[person.start : person.end] = b"\x01" * (person.end - person.start)
            eid = table.new(
                person.text, EntityKind.PERSON, f"{person.text!r}: person by {person.rule}", article.lang
            )
            parts = person.text.split()
            if len(parts) >= 2 and person.text.isascii() and len(parts[-1]) >= 3:  # later "Lindqvist said"
                declared.setdefault(normalize(parts[-1]), eid)
            mentions.append(
                Mention(person.text, person.start, person.end, EntityKind.PERSON, eid, "discovery")
            )
        mentions.sort(key=lambda m: m.start)
        mentions = self._spelled_out(text, norm, taken, mentions)
        mentions = self._bracketed_aliases(text, norm, taken, mentions, article.id)
        if not norm.isascii():
            self._subsidiaries(norm, mentions, article.id)
        self._affiliations(norm, mentions)
        self._declare_forms(mentions, declared)
        return mentions

    def _declare_forms(self, mentions: list[Mention], declared: dict[str, str]) -> None:
        """Forms of the sentence's company names that name them in later sentences: an English name
        without its legal ending ("HMM Co." … "HMM shares slipped") and its initials ("ONE"); a known
        Chinese name without its industry word (街口支付 … 街口也与KakaoPay接触), unless that names another
        known company; a discovered Chinese name without its legal ending (华翎股份 … 华翎叫停了谈判)."""
        for m in mentions:
            if m.kind is EntityKind.ORG and m.entity_id and m.source == "gazetteer" and not m.text.isascii():
                for stem in self._known_stems(m.text, m.entity_id):
                    self._stems.setdefault(stem, m.entity_id)
            elif (m.kind is EntityKind.ORG and m.entity_id and m.source == "discovery" and _CJK_CORE.fullmatch(core := core_name(m.text))
                  and core != m.text and not kind_of_company(core) and self.gazetteer.lookup(core) is None):
                self._stems.setdefault(normalize(core), m.entity_id)  # 华翎 after 华翎股份: "但华翎于8月叫停了谈判"
            if m.kind is EntityKind.ORG and m.entity_id and m.text.isascii():
                if (core := core_name(m.text)) != m.text and len(core) >= 3:
                    declared.setdefault(normalize(core), m.entity_id)
                for acronym in initials(m.text):
                    self._initials.setdefault(acronym, m.entity_id)

    def _known_stems(self, surface: str, eid: str) -> tuple[str, ...]:
        """Normalized stems of a known Chinese name that name no other known company (memoized)."""
        key = (surface, eid)
        if key not in self._stem_cache:
            self._stem_cache[key] = tuple(
                normalize(stem) for stem in _stem(surface)
                if (other := self.gazetteer.lookup(stem)) is None or other.id == eid
            ) if eid in self.gazetteer.entities else ()
        return self._stem_cache[key]

    def _join_met_short_name(
        self, f: Found, local: dict[str, str], declared: dict[str, str], mentions: list[Mention], article_id: str
    ) -> list[Mention]:
        """复旦微电(688385)公告… then 上海复旦微电子集团股份有限公司(以下简称"复旦微电"): the short name met
        first and the full name declaring it are one company, the one met first."""
        met, full = declared.get(normalize(f.text)), local.get(fold(f.short or ""))
        if not met or not full or met == full:
            return mentions
        self.table.see(met, f.short or "", f"{f.short!r}: full name declaring {f.text!r}, met before ({article_id})")
        for names in (local, declared):
            for key, eid in list(names.items()):
                if eid == full:
                    names[key] = met
        return [Mention(m.text, m.start, m.end, m.kind, met, m.source) if m.entity_id == full else m for m in mentions]

    def _spelled_out(self, text: str, norm: str, taken: bytearray, mentions: list[Mention]) -> list[Mention]:
        """美国波音, 日本罗姆, 中国石油公司, Nokia Oyj: a country written straight before a Chinese name, or a
        legal ending straight after a name, joins its mention, and the longer spelling is recorded as one of its
        names (the entity stays the one the bare name resolved to)."""
        out = []
        for m in mentions:
            if m.kind is EntityKind.ORG and m.entity_id:
                start, end = m.start, m.end
                for k in _COUNTRY_LENGTHS:  # 美国波音, 德国MAN
                    s = start - k
                    if s >= 0 and norm[s:start] in _COUNTRIES and not any(taken[s:start]):
                        start = s
                        break
                if m.text.isascii():
                    tail = _EN_LEGAL_TAIL.match(norm, end)
                else:
                    tail = _LEGAL_TAIL.match(norm, end) if not m.text.endswith("公司") else None
                    tail = tail if tail and not _NAME_AFTER.match(norm, tail.end()) else None
                if tail and not any(taken[end : tail.end()]):
                    end = tail.end()
                if (start, end) != (m.start, m.end):
                    taken[start:end] = b"\x01" * (end - start)
                    surface = text[start:end]
                    self.table.see(m.entity_id, surface, f"{surface!r}: spelling of {m.text!r}")
                    m = Mention(surface, start, end, m.kind, m.entity_id, m.source)
            out.append(m)
        return out

    def _bracketed_aliases(
        self, text: str, norm: str, taken: bytearray, mentions: list[Mention], article_id: str
    ) -> list[Mention]:
        """星河机器人(Galaxy Robotics): the name written before a bracketed organization is another spelling
        of it, a mention of the same entity (recorded as a merge with its reason)."""
        if "(" not in norm:
            return mentions
        out = list(mentions)
        for i, m in enumerate(mentions):  # 眾安銀行（ZA Bank）, both discovered: the bracketed spelling joins the name
            prev = mentions[i - 1] if i else None
            if (prev is not None and m.source in ("tagger", "slot") and norm[prev.end : m.start].strip() == "("
                    and (close := norm.find(")", m.end, m.end + 4)) > m.end and _CJK_TAIL.fullmatch(norm[m.end : close])):
                m = Mention(text[m.start : close], m.start, close, m.kind, m.entity_id, m.source)  # CLAAS(科乐收), not 科乐
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
                out[i] = m
            if (prev is None or m.kind is not EntityKind.ORG or prev.kind is not EntityKind.ORG or not prev.entity_id
                    or m.entity_id == prev.entity_id or not _BRACKET_OPEN.fullmatch(norm[prev.end : m.start])
                    or not _BRACKET_CLOSE.match(norm, m.end)):
                continue
            known = self.gazetteer.entities
            if m.source != "gazetteer" and m.entity_id not in known:
                self.table.see(prev.entity_id, m.text, f"{m.text!r}: written after {prev.text!r} in brackets ({article_id})")
                out[i] = Mention(m.text, m.start, m.end, m.kind, prev.entity_id, "alias")
            elif prev.source != "gazetteer" and prev.entity_id not in known and m.entity_id:  # 日本ONE(Ocean Network Express)
                self.table.see(m.entity_id, prev.text, f"{prev.text!r}: written before {m.text!r} in brackets ({article_id})")
                out[i - 1] = Mention(prev.text, prev.start, prev.end, prev.kind, m.entity_id, "alias")
        mentions = out
        out = list(mentions)
        for m in mentions:
            if (m.kind is EntityKind.ORG and m.entity_id and m.start >= 3 and norm[m.start - 1] == "("
                    and norm[m.end : m.end + 1] == ")" and not taken[m.start - 2]):
                span = name_before(norm, m.start - 1)
                if span and not any(taken[span[0] : span[1]]):
                    start, end = span
                    taken[start:end] = b"\x01" * (end - start)
                    surface = text[start:end]
                    self.table.see(m.entity_id, surface, f"{surface!r}: written before {m.text!r} in brackets ({article_id})")
                    out.append(Mention(surface, start, end, m.kind, m.entity_id, "alias"))
        return sorted(out, key=lambda x: x.start) if len(out) > len(mentions) else mentions

    def _subsidiaries(self, norm: str, mentions: list[Mention], article_id: str) -> None:
        """塔塔集团旗下塔塔电子, 广州药业的子公司广州潘高寿药业: the text makes the second a subsidiary of the
        first (linked to it; its claims stay its own). Only for organizations the gazetteer does not know
        (what it knows about a parent, it knows better)."""
        if not _SUBSIDIARY_WORD.search(norm):
            return
        first = next((x for x in mentions if x.kind is EntityKind.ORG and x.entity_id), None)
        for m in mentions:  # 复星医药公告称，公司控股子公司复星医药产业…: "the company" is the one announcing
            if (first is not None and m is not first and m.kind is EntityKind.ORG and m.entity_id
                    and _OWN_SUBSIDIARY.search(norm, max(0, m.start - 16), m.start)):
                self.table.set_parent(
                    m.entity_id, self._org_of(first.entity_id or ""),
                    f"{m.text!r}: subsidiary of {first.text!r}, the company announcing ({article_id})",
                )
        for prev, m in itertools.pairwise(mentions):
            if prev.kind is not EntityKind.ORG or m.kind is not EntityKind.ORG or not (prev.entity_id and m.entity_id):
                continue
            gap = norm[prev.end : m.start]
            if gap and _SUBSIDIARY_WORD.search(gap) and _SUBSIDIARY_GAP.fullmatch(gap):
                parent = self._org_of(prev.entity_id)
                self.table.set_parent(
                    m.entity_id, parent, f"{m.text!r}: subsidiary of {prev.text!r} ({prev.text}{gap}{m.text}, {article_id})"
                )

    def _english_units(self, text: str, hits: list[Hit], found: list[Found]) -> list[Found]:
        """Samsung SDS, KT Cloud, Naver Cloud: a known company's name and a unit word or acronym after it is
        its unit (the rule for a discovered name with a known prefix makes it one), unless a third
        capitalized word follows (Xbox Cloud Gaming is a product)."""
        out = []
        for start, end, _, eid in hits:
            m = _UNIT_AFTER.match(text, end)
            if (m and self.gazetteer.entities[eid].kind is EntityKind.ORG and m.group(1).lower() not in NOT_NAME_ACRONYMS
                    and all(f.end <= start or m.end() <= f.start for f in found)):
                out.append(Found(start, m.end(), text[start : m.end()], "en-unit"))
        return out

    def _chinese_units(self, text: str, norm: str, hits: list[Hit], found: list[Found]) -> list[Found]:
        """网易旗下网易有道: after 旗下, a known company's name that runs on into a few more characters is
        the name of its unit; 东软医疗: a known name and another line of business after it is a company of
        its own (both made subsidiaries by the rule for a discovered name with a known prefix)."""
        out = []
        for start, end, _, eid in hits:
            if self.gazetteer.entities[eid].kind is not EntityKind.ORG:
                continue
            m = _ZH_UNIT_TAIL.match(norm, end) if norm.endswith(("旗下", "旗下的"), 0, start) else None
            if not m and (m := _OTHER_BUSINESS.match(norm, end)) and _NAME_AFTER.match(norm, m.end()):
                m = None  # 东软医疗abc: the ending belongs to something longer
            if m and normalize(m.group(0)) not in ZH_GENERIC_NAMES and all(f.end <= start or m.end() <= f.start for f in found):
                out.append(Found(start, m.end(), text[start : m.end()], "zh-unit"))
        return out

    def _extend(self, text: str, norm: str, hits: list[Hit]) -> list[Hit]:
        """海尔 + 电器 → 海尔电器: an organization hit directly followed by a company ending is one name."""
        out = []
        for i, (start, end, surface, eid) in enumerate(hits):
            nxt = hits[i + 1][0] if i + 1 < len(hits) else len(norm)
            m = _EXTENSION_RE.match(norm, end, nxt)
            if (
                m
                and self.gazetteer.entities[eid].kind is EntityKind.ORG
                and not _NAME_AFTER.match(norm, m.end())
            ):
                end = m.end()
                surface = text[start:end]
            out.append((start, end, surface, eid))
        return out

    def _tagged_mentions(
        self,
        text: str,
        norm: str,
        local: dict[str, str],
        article: Article,
        taken: bytearray,
        mentions: list[Mention],
        people: list,
    ) -> None:
        """Chinese names the learned tagger finds, in sentences with a relation cue only (it costs ~3 µs a
        character, so the rest of the text never pays for it); never over a mention or a person."""
        cues = [m.span() for m in _CUE_GATE.finditer(norm) if not _covered(m, taken)]
        if not cues and sum(m.kind is EntityKind.ORG for m in mentions) < 2:
            cues = [m.span() for m in _WORD_GATE.finditer(norm)]
        windows = _windows(cues, len(norm))
        if not windows:
            return
        blocked = [(p.start, p.end) for p in people]
        spans = [(a + s, a + e) for a, b in windows for s, e in org_spans(text[a:b], norm[a:b])]
        span_starts = {s for s, _ in spans}
        for start, end in spans:
            start = end - len(trim_descriptor(norm[start:end]))  # 美国新创公司Fisker → Fisker
            if norm[start:end].isascii() and (tail := _LATIN_THEN_INDUSTRY.match(norm, end)):
                end = tail.end()
            if any(taken[start:end]) or any(s < end and start < e for s, e in blocked):
                continue
            if norm[start].isascii() and start > 0 and (norm[start - 1].isalnum() and norm[start - 1].isascii() or norm[start - 1] == "-"):
                continue  # ELEVEN of 7-ELEVEN: a piece of a Latin word, not a name
            if kind_of_company(norm[start:end]):
                continue  # 教育科技公司与办公软件、云平台的合作: kinds of company, not names
            if (d := _DESCRIBES_NEXT.match(norm, end)) and any(m.start == d.end() for m in mentions):
                continue  # 废钢回收暨分选业者永鑫…: a line of business describing the name after it
            if _DESCRIBER_END.search(norm, start, end) and (end in span_starts or any(m.start == end for m in mentions)):
                continue  # 韩国美妆集团爱茉莉太平洋: the tagged span is the description, the name comes next
            f = Found(start, end, text[start:end], "tagger")
            eid = self.table.resolve_found(f, None, local, article.lang, article.id)
            taken[start:end] = b"\x01" * (end - start)
            kind = self.table.get(eid).kind  # type: ignore[union-attr]
            mentions.append(Mention(text[start:end], start, end, kind, eid, "tagger"))

    def _slot_mentions(
        self,
        text: str,
        norm: str,
        local: dict[str, str],
        article: Article,
        taken: bytearray,
        mentions: list[Mention],
        people: list,
        declared: dict[str, str],
    ) -> None:
        """Names in relation-frame slots next to a known organization; lowest priority (never over a mention).
        An English one is the same company again later in the article ("talks with Formula One", then
        "Formula One has shortlisted …")."""
        known = [(m.start, m.end) for m in mentions if m.kind is EntityKind.ORG]
        blocked = known + [(p.start, p.end) for p in people]
        for f in slot_names(text, norm, known):
            if any(taken[f.start : f.end]) or any(s < f.end and f.start < e for s, e in blocked):
                continue
            eid = self.table.resolve_found(f, None, local, article.lang, article.id)
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
            kind = self.table.get(eid).kind  # type: ignore[union-attr]
            mentions.append(Mention(text[f.start : f.end], f.start, f.end, kind, eid, "slot"))
            if article.lang.startswith("en") and kind is EntityKind.ORG and len(f.text) >= 4:
                declared.setdefault(normalize(f.text), eid)

    def _affiliations(self, norm: str, mentions: list[Mention]) -> None:
        """阿里巴巴联合创始人、董事局主席蔡崇信: an organization shortly before a person, in one clause."""
        for i, m in enumerate(mentions):
            if m.kind is not EntityKind.PERSON or i == 0:
                continue
            prev = mentions[i - 1]
            if (
                prev.kind is EntityKind.ORG
                and prev.entity_id
                and _AFFILIATION_GAP.match(norm[prev.end : m.start])
            ):
                self.table.set_affiliation(m.entity_id or "", self._org_of(prev.entity_id))
            elif i + 1 < len(mentions) and (after := mentions[i + 1]).kind is EntityKind.ORG and after.entity_id and (
                    _AFFILIATION_AFTER.match(norm[m.end : after.start])):
                # "Rahul Venkataraman, Chief Technology Officer at Auralis": the title's organization after the name
                self.table.set_affiliation(m.entity_id or "", self._org_of(after.entity_id))

    def _org_of(self, eid: str) -> str:
        entity = self.table.get(eid)
        return entity.parent if entity and entity.parent else eid


__all__ = ["Annotator", "Found"]
