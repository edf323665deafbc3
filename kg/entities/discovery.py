"""Organizations that are not in the gazetteer, found by the shape of their names.

- Chinese full names: a name core plus a company ending (集团, 股份有限公司, 银行, 证券 …), with time words,
  adverbs and verbs trimmed off the left (此次雪松控股 → 雪松控股);
- declared abbreviations: …有限公司（以下简称"国新公司"）;
- names with tickers: 阿里巴巴（09988.HK）, 贵州茅台(600519.SH), 游戏橘子 (9789-TW); stock-name forms: *ST二纺;
- English names with a corporate ending: Insurance Australia Group Ltd., Acme Robotics Inc.

Every finding carries the rule that produced it, so a merge can say why.
"""

# ruff: noqa: SIM905 (space-separated word lists are the readable form of this data)

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.entities.lexicon import (
    EN_NOT_ORG,
    EN_ORG_SUFFIXES,
    NOT_NAME_ACRONYMS,
    ZH_COUNTRY_PREFIXES,
    ZH_GENERIC_NAMES,
    ZH_LEFT_NOISE,
    ZH_NAME_EXTENSIONS,
    ZH_NAME_VERBS,
    ZH_NOISE_KEEP,
    ZH_ORG_SUFFIXES,
    ZH_PLACES,
    ZH_ROLE_NOUNS,
    ZH_SLOT_GENERIC,
)

CJK = "\u4e00-\u9fff"
NAME_CHAR = re.compile(rf"(?!等)[{CJK}A-Za-z0-9·&]")  # 农业银行等银行: 等 ends a list, never sits in a name
STRONG_SUFFIXES = frozenset(
    "股份有限公司 有限责任公司 集团有限公司 集团股份有限公司 有限公司 总公司 公司 集团 集團 股份 控股 银行 证券 保险 保险顾问 保险经纪 保险代理 期货 信托 人寿 财险 大学 医院 中学 书院 人民政府 管委会 管理委员会 管理局".split()
)


@dataclass(frozen=True, slots=True)
class Found:
    """A discovered organization name in one sentence."""

    start: int
    end: int
    text: str
    rule: str  # full-name | abbreviation | ticker | stock-name | bracketed | en-suffix | en-described | en-ticker | en-acronym | en-role
    short: str | None = None  # abbreviations: the full name declared for; bracketed: the Latin name in brackets; en-acronym: the acronym


EN_LEAD_WORDS = frozenset(
    "Shares Stock Stocks Units Unit Subsidiary Rival Rivals Peer Peers Partner Owner Parent".split()
)
_GENERIC_LEAD = re.compile(
    "^(?:[国本外美中台日韩港陆英德法欧]籍|任何|所有|这些|那些|一些|每家|这家|一家|该|多家|两家|几家|其他|其它|国内|国外|美国|中国|韩国|日本|欧洲|德国|"
    "香港|台湾|澳门|全球|海外|外资|本土|本地|本港|当地|地方|中型|中小型|中小|小型|大中型|大型|知名|头部|某|各|大|小|新|老|上市)+"
)
_KIND_LEAD = re.compile("(?:虚拟银行|数字银行|网络银行|民营银行|互联网银行|城商行|农商行|游戏大厂|大厂)+")
_KIND_OPENER = re.compile("(?:民营|国有|头部|区域|地方|龙头)?(?:院线|车企|药企|房企|险企|券商|乳企|酒企|民企|国企|央企)")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SUFFIX_SET = frozenset(ZH_ORG_SUFFIXES)
_SUFFIX_RE = re.compile(rf"(?:\(中国\))?(?:{_alternation(ZH_ORG_SUFFIXES)})")
# Full names are searched by their strong endings only (公司, 集团, 银行 …); the name run to the left
# takes in any weaker ending (科技股份有限公司 → core …科技).
_STRONG_RE = re.compile(rf"(?:\(中国\))?(?:{_alternation(sorted(STRONG_SUFFIXES))})")
_NOISE_RE = re.compile(rf"^(?:{_alternation(ZH_LEFT_NOISE)})")
_TIME_RE = re.compile(r"^(?:<n>|\d+|[一二三四五六七八九十两]+)?(?:年|月|日|号)+|^(?:<n>|\d+)")
_ABBREV_RE = re.compile(
    r"[(,]?\s*(?:以下简称|以下称|下称|简称)\s*[:\"「『]?\s*"
    r"(?:(?:公司|本公司|上市公司)\s*[\"」』]?\s*或\s*[\"「『]?\s*)?"  # (以下简称"公司"或"复旦微电")
    r"(?P<short>[^\"」』),;。]{2,12}?)\s*[\"」』]?\s*(?:或\s*[\"「『]?\s*(?:公司|本公司|上市公司)\s*[\"」』]?\s*)?"  # (以下简称"兴发集团"或"公司")
    r"(?:[,;]\s*[^()\"]{1,30})?[)]"  # (以下简称"恒驰精密",证券代码:301629)
)
_TICKER_RE = re.compile(
    r"\(\s*(?:(?:股票代码|证券代码|代码|hk|sh|sz|nyse|nasdaq|otc)\s*[:：]?\s*)?"
    r"(?:\d{4,6}(?:[.-](?:hk|sh|sz|ss|us|tw|two|tpe))?|[a-z]{1,5}(?:\.[a-z]{1,2})?|[a-z]+\s*[:：]\s*[a-z0-9.]{1,8})\s*\)"
)
_TERM_ENDING = re.compile("(?:[值率额量价费比数]|业务|收入|利润|指数|募股|协议|备忘录|计划|系统|平台|软件|方案|模型|服务|工具|标准|项目)$")
_STOCK_CONTEXT = re.compile("股价|股票|美股|港股|股份|收盘|收报|市值|上市|挂牌|涨|跌|纳斯达克|纽交所")
_ST_RE = re.compile(
    rf"\*?st[{CJK}]{{2,4}}?(?=今日|今天|昨日|昨天|近日|日前|此前|目前|本周|上周|公司|[公发称表与和的将已在于拟也还,。、:;!?(\s\"]|$)"
)
# A Latin word character: \w would also match Chinese, and an English name in Chinese text
# (与Petrofac Limited签订) sits right against Chinese characters.
_L = r"A-Za-z0-9_\u00C0-\u024F"
_EN_SUFFIX_RE = re.compile(
    rf"(?<![{_L}&])((?:[A-Z][{_L}&'.-]*|&|of|de|la)(?:\s+(?:[A-Z][{_L}&'.-]*|&|of|de|la)){{0,5}}"
    rf"(?:,?\s+(?:{_alternation(EN_ORG_SUFFIXES)}))+)(?![{_L}])"
)


_EN_INSTITUTIONS = frozenset("University College Institute Hospital Foundation".split())  # whose units are no companies
_EN_INSTITUTION_AFTER = re.compile(r"\s(?:Stock\s)?(?:Exchange|Index|Commission|Authority|Regulatory|Clearing)\b")
VERB_RE = re.compile(_alternation(ZH_NAME_VERBS))  # words no name contains; also cuts the tagger's spans
_ROLE_RE = re.compile(_alternation(ZH_ROLE_NOUNS))
_KEEP_RE = re.compile(_alternation(ZH_NOISE_KEEP))
_GENERIC_WORDS = re.compile("(?:" + "|".join(sorted(ZH_GENERIC_NAMES, key=len, reverse=True)) + ")+")
_BARE_GENERIC = frozenset(("互联网", "人工智能", "ai", "大模型", "网络", "合资", "新", "子", "分", "母"))


# 上海家化联合股份有限公司, 中华联合财产保险股份有限公司: 联合 is part of the name
_NAME_WORD_VERB = re.compile("联合(?=[\u4e00-\u9fff]{0,4}?(?:股份|集团|有限|控股|实业))")


def cut_after_verbs(name: str, min_rest: int = 2) -> str:
    """Drop everything up to the last verb that cannot be part of a name.

    >>> cut_after_verbs("要求阻止三一集团"), cut_after_verbs("出资设立唐山首钢西山焦化有限责任公司")
    ('三一集团', '唐山首钢西山焦化有限责任公司')
    """
    last = None
    for m in VERB_RE.finditer(name):
        if len(name) - m.end() >= min_rest and not _NAME_WORD_VERB.match(name, m.start()):
            last = m
    return name[last.end() :] if last else name


def trim_descriptor(name: str, min_rest: int = 2) -> str:
    """Drop a role noun and what precedes it: 轴承企业FAG公司 → FAG公司, 经销商香港银基集团 → 香港银基集团.

    The rest must still be a name: 海尔企业集团 keeps its 企业 (集团 alone is no name).

    >>> trim_descriptor("天然气生产商伍德赛德石油公司"), trim_descriptor("海尔企业集团")
    ('伍德赛德石油公司', '海尔企业集团')
    """
    for m in reversed(list(_ROLE_RE.finditer(name))):
        rest = name[m.end() :]
        core = _SUFFIX_RE.sub("", rest) if _SUFFIX_RE.fullmatch(rest) is None else ""
        if (
            len(rest) >= min_rest
            and len(core) >= 2
            and core not in ZH_SLOT_GENERIC
            and rest not in ZH_GENERIC_NAMES
        ):
            return rest
    return name


_ONE_CHAR_SUBJECTS = frozenset("他她它其并也还又再已将曾正均都且而则或及与和并公")


def trim_left(name: str, min_core: int = 2) -> str:
    """Drop time words, adverbs and verbs of report from the left of a Chinese name candidate.

    >>> trim_left("此次雪松控股"), trim_left("<n>月<n>日,伊利股份"), trim_left("蝉联十强的伊利股份")
    ('雪松控股', '伊利股份', '伊利股份')
    """
    if (cut := name.find("是")) >= 0 and len(name) - cut - 1 >= 4 and cut <= 3:
        name = name[cut + 1 :]  # 这里是武汉华康疫苗配送有限公司: what follows "is"
    for sep in ("的", "、", ",", ":", "和", "与", "及", "同", "跟", "对", "向"):
        if sep in name:
            head, _, tail = name.rpartition(sep)
            if not head and sep in "和与及同跟对向":
                continue  # 和记电讯: the name starts with the character
            if len(head) == 1 and sep in "和与及" and head not in _ONE_CHAR_SUBJECTS:
                continue  # 东和钢铁企业, 协和: one character before 和 is the name's own
            if sep == "同" and tail[:1] in "时样步期比意业":
                continue  # 同时, 同样, 同步, 同业: a word, not "with"
            if len(tail) >= min_core + 1 or (sep in "的、,:" and len(tail) >= min_core):
                name = tail
    changed = True
    while changed and len(name) > min_core:
        changed = False
        for regex in (_TIME_RE, _NOISE_RE):
            m = regex.match(name)
            if regex is _NOISE_RE and _KEEP_RE.match(name):
                continue
            if m and m.end() and len(name) - m.end() >= min_core:
                name = name[m.end() :]
                changed = True
    return name


_CJK_RE = re.compile(f"[{CJK}]")
_UPPER = re.compile("[A-Z]")
_CJK_OR_LATIN = re.compile(f"[{CJK}a-z]")
# A company name, then a function word: what follows is another name (广海公司由星河集团…).
_AFTER_NAME = re.compile("(?:公司|集团|银行)(?:由|与|和|及|将|在|对|向|为|被|把|是|已)")
_FUNCTION_CHARS = frozenset("请以为被把将从向对在于是了的和与及或令使让而且也都就还又再已并由其该本此这那各每")
# A name never ends in one of these right before its suffix: 优先向公司, 合作是公司, 期间为公司, 并非公司.
_FUNCTION_TAIL = frozenset("是为向于由将对被把从在以亦并非据与和及下")
QUANTIFIED = re.compile("[一二两三四五六七八九十百数多几各每]+家|某|个别|部分|一些|其他|其它|这些|那些|各大|所有|任何|(?:下属|旗下|下辖|所属)各")  # 无锡一家FPGA设计公司, 上海某集成电路公司: described, not named
_DEPARTMENT = frozenset("部处科室")
# …由深圳元戎启行科技有限公司, …向法国家乐福集团: a function word, then a place that opens the name.
_BEFORE_PLACE = re.compile(
    "[由向把被将从对在]" + "(?=" + "|".join(sorted({*ZH_PLACES, *ZH_COUNTRY_PREFIXES}, key=len, reverse=True)) + ")"
)


_ADVERB_THEN_PREPOSITION = re.compile("(?:目前|正在|已经|正|已|将|曾|也|还|均|都)+(?:对|向|与|和|跟|同|由|把|被|从|在|于)")


def _cut_before_place(raw: str, keep: int) -> str:
    """What follows the last function word that a place name follows (功能由深圳元戎… → 深圳元戎…)."""
    cuts = [m.end() for m in _BEFORE_PLACE.finditer(raw)]
    return raw[cuts[-1] :] if cuts and len(raw) - cuts[-1] >= keep else raw


_COUNTRY_INSIDE = re.compile("|".join(sorted(ZH_COUNTRY_PREFIXES, key=len, reverse=True)))
# 第一三共(Daiichi Sankyo), 富田电机(Fukuta): a Chinese name with its Latin name in brackets.
_BRACKETED_LATIN = re.compile(rf"([{CJK}]{{2,10}})\(\s*([a-z\u00df-\u024f][a-z0-9\u00df-\u024f&.'’\- ]{{1,40}}?)\s*\)")  # 布鲁克纳(Brückner)
# Words of a line of business that end a Chinese company name (保瑞药业, 街口支付, 富田电机).
INDUSTRY_WORDS = frozenset({*ZH_NAME_EXTENSIONS, *ZH_ORG_SUFFIXES, "支付", "鞋业", "游戏", "航空", "电机", "生技", "生医", "药厂", "电池", "文创", "模具", "玩具", "精机"})
INDUSTRY_ENDING = re.compile("(?:" + "|".join(sorted(INDUSTRY_WORDS, key=len, reverse=True)) + ")$")


_KIND_BEFORE_NAME = re.compile(f"(?:集团|公司)(?=[{CJK}]{{2,6}}$)")
_PLACE_START = re.compile("^(?:" + "|".join(sorted({*ZH_PLACES, *ZH_COUNTRY_PREFIXES}, key=len, reverse=True)) + ")")


_MAINLAND = re.compile("(?:中国大陆|中国内地|大陆|内地)(?!集团|公司)")  # Taiwan and Hong Kong wording for the PRC
_BEFORE_NAME_CHARS = "由向被把从对与跟同"  # prepositions: a name in brackets starts after the last one


def _bracketed_latin(text: str, norm: str) -> list[Found]:
    """A Chinese name followed by its capitalized Latin name in brackets, where the Chinese part ends
    in an industry word (富田电机(Fukuta)) or follows a kind of company or a country (大厂梯瓦(Teva),
    日本第一三共(Daiichi Sankyo)); not a place (古吉拉特邦多雷拉(Dholera)) or a person."""
    out: list[Found] = []
    if "(" not in norm:
        return out
    for m in _BRACKETED_LATIN.finditer(norm):
        latin = text[m.start(2) : m.end(2)]
        if not latin[0].isupper() or latin.isupper() and len(latin) <= 5:
            continue  # a lower-case word, or an acronym (CDMO, MOU)
        raw = m.group(1)
        cut = max(raw.rfind(c) for c in _BEFORE_NAME_CHARS)
        raw = raw[cut + 1 :] if cut >= 0 and len(raw) - cut - 1 >= 2 else raw  # 马达由富田电机
        raw = _cut_before_place(raw, 2)  # 资源集中在印度塔塔电子
        country = [m.end() for m in _COUNTRY_INSIDE.finditer(raw) if m.start() > 0 and len(raw) - m.end() >= 2]
        raw = raw[country[-1] :] if country else raw  # 评估代理日本山叶发动机(Yamaha Motor): the name after its country
        leading = _COUNTRY_INSIDE.match(raw)  # 向德国布鲁克纳(Brückner): a country opens the name; cut where a long name is left
        raw = raw[leading.end() :] if leading and len(raw) - leading.end() >= 4 else raw  # (日本电产(Nidec) stays whole)
        mainland = [k.end() for k in _MAINLAND.finditer(raw) if len(raw) - k.end() >= 2]
        raw = raw[mainland[-1] :] if mainland else raw  # 试用内地先临三维(Shining 3D): the name after "the Mainland's"
        kinds = [k.end() for k in _FOREIGN_FIRM.finditer(raw) if len(raw) - k.end() >= 2]
        raw = raw[kinds[-1] :] if kinds else raw  # 长期配合的日商斯库林(SCREEN): the name after "a Japanese firm"
        name = trim_descriptor(cut_after_verbs(trim_left(raw)))
        if (kind := _KIND_BEFORE_NAME.search(name)) and kind_of_company(_PLACE_START.sub("", name[: kind.end()])):
            name = name[kind.end() :]  # 英国教育出版集团培生(Pearson): a kind of group, then its name
        s = m.end(1) - len(name)
        opened = (s > m.start(1) and _BRACKET_OPENER.search(norm, max(0, s - 8), s)  # openers are short
                  or bool(mainland) or bool(leading))  # "the Mainland's" is said of a company, as a country is
        if len(name) < 2 or name in ZH_GENERIC_NAMES or not (INDUSTRY_ENDING.search(name) or opened):
            continue
        if name[-1] in "邦省市州县区岛港湾镇村路街" or name in ZH_PLACES:
            continue
        out.append(Found(s, m.end(1), text[s : m.end(1)], "bracketed", short=latin.strip()))
    return out


# 大厂保瑞药业, 龙头宁德时代: a kind of company, then a name that ends in an industry word.
_ZH_NAME_OPENERS = (
    "大厂 厂商 巨头 龙头 车企 药企 房企 新创 初创 新创公司 初创公司 创业公司 科技公司 芯片公司 代工厂 药厂 车厂 电讯商 "
    "电信商 运营商 供应商 制造商 生产商 开发商 服务商 零售商 经销商 设备商 业者 品牌 平台 鞋厂 母公司 旗下 工作室 "
    "零组件厂 设备厂 材料厂 "
    # Taiwan wording: 日商斯库林(SCREEN), 德商凯斯勒真空: a Japanese / German … company, then its name
    "日商 德商 美商 韩商 陆商 港商 台商 外商 欧商 法商 英商 荷商 瑞商"
).split()
_FOREIGN_FIRM = re.compile("[日德美韩陆港台外欧法英荷瑞]商")
_BRACKET_OPENER = re.compile("(?:" + "|".join(sorted({*ZH_ROLE_NOUNS, *ZH_COUNTRY_PREFIXES, *_ZH_NAME_OPENERS, "集团"}, key=len, reverse=True)) + ")$")
_ZH_DESCRIBED = re.compile(
    "(?:" + "|".join(sorted(_ZH_NAME_OPENERS, key=len, reverse=True)) + f")(?P<name>[{CJK}]{{2,6}}?"
    + "(?:" + "|".join(sorted(INDUSTRY_WORDS - {"公司", "集团", "集團", "分公司", "子公司", "总公司", "中国", "国际"}, key=len, reverse=True)) + "))"
)
# 美国品牌Skechers, 支付业者PayPay, 南韩KakaoPay, 母公司Deckers Brands: a Latin name after a kind of company or a country.
_ZH_LATIN_DESCRIBED = re.compile(
    "(?:" + "|".join(sorted({*_ZH_NAME_OPENERS, *ZH_COUNTRY_PREFIXES, "南韩", "南韓", "公司", "企业"}, key=len, reverse=True))
    + f"|[{CJK}]{{1,3}}商|[{CJK}]{{1,3}}厂"  # 游戏商 Pearl Abyss, 代理商 Ingram, 成衣厂 Thanh Cong: any trader or maker
    + r")(?:的)?\s?(?P<name>[a-z][a-z0-9&'’.\-]*[a-z0-9](?:\s(?:&\s)?[a-z][a-z0-9&.\-]*[a-z0-9]){0,3})(?![a-z0-9])"
)  # matched on the normalized text (Simplified, lower case); the name must be capitalized as written


# 云游戏技术服务商「云玩科技」, 游戏发行商「星海互娱」: a kind of company, then a quoted name.
_ZH_QUOTED_DESCRIBED = re.compile(
    "(?:" + "|".join(sorted(_ZH_NAME_OPENERS, key=len, reverse=True)) + f"|[{CJK}]商)"
    + rf'"(?P<name>[{CJK}A-Za-z0-9&·]{{2,12}})"'
)


# After 旗下 (美团旗下小象超市) a name is a company's only if it is no line of business or product.
_UNIT_CATEGORY = re.compile("(?:游戏|通讯|通信|网络|软件|娱乐|传媒|文化|影视|电商|商城|业务|线上|在线|手机|移动|流动)$|^(?:线上|在线|网络|手机|移动|流动)")
_AFTER_CATEGORY = re.compile("品牌|平台|业务|产品|系列|旗舰|等|及|和")


# 中国建筑旗下中建三局已在…, 美团旗下的快驴进货正在…: after 旗下 a short name ends at an adverb or a clause end.
_ZH_UNDER = re.compile(
    rf"旗下(?:的)?(?:全资|控股)?(?:子公司|孙公司|[{CJK}]{{0,4}}?品牌)?(?P<name>[{CJK}]{{2,6}}?)(?=已|正|在|将|也|亦|还|曾|于|与|和|同|跟|并|则|为|是|从|向|对|通过|目前|此前|近日|日前|今年|去年|推出|宣布|表示|达成|签署|签订|[,。;:(\"、]|$)"
)


# Words that open a clause of report, never a name: 据…, 记者…, 公开资料显示…
_REPORT_START = re.compile("据|另据|报道|记者|消息|知情|业内|分析|公开资料|资料显示|数据显示|对此|此外|同时|不过|但|而|目前|今年|去年")


# 麦野精酿成立于2016年, 麦野精酿创始人周启明: only a company has a founder, a chairman or a founding year.
_ZH_ROLE_AFTER = re.compile(
    rf"(?:^|(?<=[,。;:\"、]))(?P<name>[{CJK}]{{2,8}}?)(?=(?:联合创始人|创始人|董事长|总经理|首席执行官|行政总裁|发言人|相关负责人)[{CJK}]{{2,4}}[,。:\"表称说在对透指]|成立于\d|总部位于|总部设在)"
)


def _bare_name(name: str) -> bool:
    """Whether a short Chinese run found only by its position (after 旗下, before 创始人) can be a name: no
    generic noun, place, verb, kind of company, count, role or function word."""
    return (name not in ZH_GENERIC_NAMES and name not in ZH_PLACES and not VERB_RE.search(name) and not kind_of_company(name)
            and not QUANTIFIED.search(name) and not _ROLE_RE.search(name) and not _GENERIC_WORDS.fullmatch(name)
            and not any(c in _FUNCTION_CHARS for c in name))


def role_names(text: str, norm: str) -> list[Found]:
    """麦野精酿成立于2016年, 麦野精酿创始人周启明: a name before a founder, a chairman or a founding year. Weak
    evidence, so these are proposed with the slot names (never over another mention)."""
    out = []
    for m in _ZH_ROLE_AFTER.finditer(norm):
        name = m.group("name")
        if (_bare_name(name) and not _REPORT_START.match(name)
                and not name.endswith(("副", "执行", "常务", "首席", "公司", "集团", "方面"))):
            out.append(Found(m.start("name"), m.end("name"), text[m.start("name") : m.end("name")], "role"))
    return out


_SCHEME_AFTER = re.compile("计划|计画|方案|项目|专案|保险|险种|基金")


def _described_names(text: str, norm: str) -> list[Found]:
    out = []
    for m in _ZH_UNDER.finditer(norm):
        name = m.group("name")
        if (_bare_name(name) and not _UNIT_CATEGORY.search(name)
                and not name.startswith(("子公司", "公司", "品牌", "平台", "业务", "产品", "基金", "企业", "全资", "控股", "多家", "一家", "各"))
                and not name.endswith(("开发案", "建案", "投资案", "计划案", "专案", "项目", "计划"))):
            out.append(Found(m.start("name"), m.end("name"), text[m.start("name") : m.end("name")], "described"))
    for m in _ZH_QUOTED_DESCRIBED.finditer(norm):
        name = m.group("name")
        if name not in ZH_GENERIC_NAMES and not VERB_RE.search(name) and name.lower() not in NOT_NAME_ACRONYMS:
            out.append(Found(m.start("name"), m.end("name"), text[m.start("name") : m.end("name")], "described"))
    for m in _ZH_LATIN_DESCRIBED.finditer(norm):
        name = text[m.start("name") : m.end("name")]
        words = name.split()
        while words and not words[-1][0].isupper():
            words.pop()  # "Skechers已" is cut by the CJK; "Deckers Brands is" by the lower-case word
        name = " ".join(words)
        if not words or not all(w[0].isupper() or w[0].isdigit() or w == "&" for w in words):
            continue
        if (len(name) >= 3 or name.isupper()) and name.lower() not in NOT_NAME_ACRONYMS and words[0] not in EN_NOT_ORG:
            out.append(Found(m.start("name"), m.start("name") + len(name), name, "described"))
    for m in _ZH_DESCRIBED.finditer(norm):
        name = m.group("name")
        if _SCHEME_AFTER.match(norm, m.end("name")):
            continue  # 保诚旗下雇员医疗计划: a scheme a company runs, not a company
        if norm[m.start() : m.start("name")] == "旗下" and (_UNIT_CATEGORY.search(name) or _AFTER_CATEGORY.match(norm, m.end("name"))):
            continue  # 旗下流动通讯品牌csl, 旗下线上角色扮演游戏: a line of business or a product, not a company
        stem = INDUSTRY_ENDING.sub("", name)
        if (len(stem) >= 2 and stem not in ZH_GENERIC_NAMES and stem not in ZH_PLACES and not VERB_RE.search(name)
                and not any(c in _FUNCTION_CHARS for c in (stem[0] if len(stem) == 2 else stem))  # 三和精机 is one name
                and not QUANTIFIED.search(name)
                and not _ROLE_RE.search(name) and not _GENERIC_WORDS.search(stem)):
            out.append(Found(m.start("name"), m.end("name"), text[m.start("name") : m.end("name")], "described"))
    return out


_COUNTRY_BEFORE_LATIN = re.compile("(?:" + "|".join(sorted(ZH_COUNTRY_PREFIXES, key=len, reverse=True)) + ")(?=[a-z])")


_CLAUSE_AFTER_BRACKET = re.compile("(?:正|已|将|于|在|与|和|亦|也|今|昨|目前|近日|日前|计划|宣布|表示)")


def _chinese_full_names(norm: str) -> list[Found]:
    out = []
    for m in _STRONG_RE.finditer(norm):
        if m.group(0).replace("(中国)", "") not in STRONG_SUFFIXES or (
                norm[m.end() : m.end() + 1] in _DEPARTMENT and norm[m.end() : m.end() + 2] not in ("部分", "部署")):
            continue
        if m.group(0) == "银行" and norm[m.end() : m.end() + 1] in ("业", "间"):
            continue  # 上海银行间同业拆放利率, 北京银行业协会: the banking sector
        start = m.start()
        while (
            start > 0
            and m.start() - start < 20
            and (NAME_CHAR.match(norm[start - 1]) or norm[start - 1] in "()")
        ):
            start -= 1
        close = norm.rfind(")", start, m.start())
        if close >= 0 and "(" in norm[start:close] and _CLAUSE_AFTER_BRACKET.match(norm, close + 1):
            continue  # 医院管理局(医管局)正于两间公立医院: a clause after a name and its short name, no name of its own
        if close >= 0 and "(" not in norm[start:close]:
            start = close + 1  # (中央社记者陈家豪台北12日电)晶华国际酒店集团: a bracket closed, not opened, ends the run
        opened = norm.rfind("(", start, m.start())
        if opened >= 0 and ")" not in norm[opened : m.start()]:
            start = opened + 1  # 保险有限公司(恒信人寿: a bracket opened, not closed, starts the name in it
        name = _full_name(norm[start : m.end()], m.group(0))
        if name and (country := _COUNTRY_BEFORE_LATIN.match(name)):
            name = name[country.end() :]  # 德国EEW集团: the country describes EEW集团 (spelled out later as an alias)
        if name:
            out.append(Found(m.end() - len(name), m.end(), name, "full-name"))
    return out


_PLAIN_INDUSTRY_ENDING = re.compile(  # not 中国/国际: 中国银行, 中国石油 are names
    "(?:" + "|".join(sorted(INDUSTRY_WORDS - {"中国", "国际", "集团", "集團", "控股集团"}, key=len, reverse=True)) + ")$")


def kind_of_company(name: str) -> bool:
    """教育科技公司, 云平台, 人工智能企业: words of industry (and a word for company) only, no name.

    >>> [kind_of_company(n) for n in ("教育科技公司", "云平台", "小米科技", "中国银行")]
    [True, True, False, False]
    """
    core = re.sub("(?:公司|企业|集团|平台|厂商|机构)$", "", name)
    return len(core) <= 1 or _only_industry_words(core)


def _only_industry_words(core: str) -> bool:
    """教育科技 of 教育科技公司: nothing is left once its industry words are taken off the end."""
    rest = core
    while rest and (m := _PLAIN_INDUSTRY_ENDING.search(rest)) and m.start() < len(rest):
        rest = rest[: m.start()]
    return not rest


_KIND_THEN_NAME = re.compile("连锁店|连锁品牌|零售商|运营商|营运商|供应商|制造商|开发商|服务商|经销商")


@lru_cache(maxsize=1 << 16)
def _full_name(raw: str, suffix: str) -> str | None:
    """The company name that ends `raw` (which ends with `suffix`, 公司/集团…), or None if it names none.
    Cached: the same names recur throughout a build."""
    for cut in _AFTER_NAME.finditer(raw, 0, len(raw) - len(suffix)):  # 广海公司由星河集团有限公司
        raw = raw[cut.end() :] if len(raw) - cut.end() > len(suffix) + 1 else raw
    raw = _cut_before_place(raw, len(suffix) + 2)
    cuts = [m.end() for m in _ADVERB_THEN_PREPOSITION.finditer(raw) if len(raw) - m.end() >= len(suffix) + 2]
    if cuts:
        raw = raw[cuts[-1] :]  # 欧莱雅中国目前正在对颜禾生物科技(杭州)有限公司: the clause before the name
    lead = _KIND_LEAD.search(raw)  # 香港虚拟银行众安银行: a kind of bank, then the bank
    if lead and len(raw) - lead.end() >= len(suffix) + 2:
        raw = raw[lead.end() :]
    kinds = [k.end() for k in _KIND_THEN_NAME.finditer(raw) if len(raw) - k.end() >= len(suffix) + 2]
    if kinds:
        raw = raw[kinds[-1] :]  # 本地眼镜连锁店视博眼镜集团: a kind of business, then its name
    inner = raw.rfind("公司", 0, len(raw) - len(suffix))
    if inner >= 0 and len(raw) - inner - 2 >= len(suffix) + 2:  # 机器人公司杭州云深处科技有限公司, 寿险公司恒信人寿
        raw = raw[inner + 2 :]
    name = trim_left(trim_descriptor(cut_after_verbs(trim_left(raw))), len(suffix) + 2)
    place = _PLACE_START.match(name)
    if (kind := _KIND_OPENER.match(name, place.end() if place else 0)) and len(name) - kind.end() >= len(suffix) + 2:
        name = name[kind.end() :]  # 民营院线星幕影城管理有限公司, 澳大利亚乳企a2牛奶公司: a kind of company, then its name
    core = name[: len(name) - len(suffix)]
    if (
        len(core) < 2
        or core[-1] in _FUNCTION_TAIL
        or QUANTIFIED.search(core)
        or name in ZH_GENERIC_NAMES
        or core in ZH_GENERIC_NAMES
        or not _CJK_OR_LATIN.search(core)
    ):
        return None
    if name.endswith(("合资公司", "新公司", "子公司", "分公司", "控股公司", "母公司")) and suffix in ("公司",):
        return None  # 换电站合资公司: a company described, not named
    if _only_industry_words(core):
        return None  # 教育科技公司, 人工智能公司: a kind of company, words of industry only
    if core in ("共同", "合资", "联合", "一家", "新设", "新"):
        return None  # 成立共同控股公司: what kind of company, not which
    if all(c in _FUNCTION_CHARS for c in core):
        return None  # 请以公司 / 并由公司: function words before 公司, not a name
    plain = name.lstrip("".join(_FUNCTION_CHARS))
    if plain in ZH_GENERIC_NAMES or plain[: len(plain) - len(suffix)] in ZH_GENERIC_NAMES:
        return None  # 或令保险公司: function words before a generic word, not a name
    bare = _GENERIC_LEAD.sub("", core)
    if bare and (_GENERIC_WORDS.fullmatch(bare) or _KIND_LEAD.fullmatch(bare + suffix)):  # 大模型创业公司, 香港虚拟银行
        return None
    if not bare or bare in ZH_GENERIC_NAMES or bare in _SUFFIX_SET or bare in _BARE_GENERIC:
        return None
    return name


# "Hangzhou-based", "Tokyo-listed", "SoftBank-backed": a description before the name, not part of it.
_EN_TITLE_WORDS = frozenset("Chief Executive Officer President Chairman Director Vice Head Managing".split())
EN_PLACE_ADJECTIVES = ("-based", "-listed", "-backed", "-owned", "-headquartered", "-controlled", "-funded")
# A company the text describes: "Lumen Health, a Boston-based startup," / "chipmaker Moonwell Robotics".
_EN_ORG_NOUN = (
    r"(?:startup|start-up|company|firm|maker|chipmaker|automaker|carmaker|provider|developer|retailer|bank|lender|"
    r"insurer|manufacturer|supplier|operator|carrier|platform|conglomerate|giant|subsidiary|unit|brand|label|publisher|"
    r"studio|airline|drugmaker|biotech|utility|fintech|miner|foundry|chain|broker|arm|division|affiliate|specialist|"
    r"producer|distributor|wholesaler|exporter|contractor|consultancy|agency|group|venture)"
)
# "StayNest, Wayfarer's vacation-rental subsidiary,": a unit its owner names.
_EN_OWNED_NOUN = r"(?:subsidiary|unit|arm|division|affiliate|brand|label|venture|spin-off|spinoff)"
_EN_NAME_WORDS = rf"[A-Z][{_L}&.-]*(?:\s(?:&\s)?[A-Z][{_L}&.-]*){{0,3}}"  # "Light & Wonder"
# …but not "Jane Doe, a former bank executive" or "Tim Cook, the company's chief executive".
_EN_PERSON_ROLE = (
    r"(?!['’])(?!\s(?:executive|official|analyst|spokes\w+|employee|engineer|veteran|founder|co-founder|chief|director|"
    r"manager|boss|lawyer|insider|source|president|chairman|chairwoman|head|partner)\b)"
)
_EN_APPOSITION_RE = re.compile(
    rf"(?<![{_L}])(?P<name>{_EN_NAME_WORDS}),\s(?:(?:a|an)\s(?:[\w-]+\s){{0,4}}?{_EN_ORG_NOUN}s?\b{_EN_PERSON_ROLE}"
    # "Eutelsat, the French-British operator of …," — not "Before committing to Trainium, the company tested …"
    # "Niron Magnetics, the Minnesota company developing …", "Vacuumschmelze, the German magnet maker known as VAC"
    rf"|the\s(?:[\w-]+\s){{0,4}}?{_EN_ORG_NOUN}\b{_EN_PERSON_ROLE}"
    r"(?=\s+(?:of|that|which|whose|known|based|headquartered|behind|best|[a-z]+ing)\b|[,.;]|$)"
    rf"|{_EN_NAME_WORDS}(?:'s|’s)\s(?:[\w-]+\s){{0,3}}?{_EN_OWNED_NOUN}\b(?=[,.;]|\s+(?:of|that|which|based)\b))"
)
# "satellite firm AST SpaceMobile", "French operator Orange", "shipping giant Maersk", "chip designer Broadcom",
# "construction group Skanska", "commercial landlord Vasakronan", "fashion house Chanel".
_HEADLINE_VERBS = frozenset(
    "Wins Signs Picks Buys Drops Says Beats Takes Ends Joins Hires Sells Inks Taps Eyes Weighs Rejects Snubs Plans Seeks "
    "Nears Agrees Teams Partners Launches Acquires Scraps Cuts Adds Backs Raises Lands Secures Bags Chooses Selects "
    "Leaves Quits Dumps Replaces Swaps Moves Shifts Files Sues Denies Confirms Rebuffs Spurns Ditches Walks Pulls "
    "Clinches Strikes Bets Tests Pilots Expands Extends Renews Loses Gets Names Opens After Over With From To In On".split()
)
_EN_DESCRIBED_RE = re.compile(
    r"\b(?:(?i:startup|start-up|chipmaker|automaker|carmaker|EV maker|retailer|lender|insurer|conglomerate|firm|"
    r"company|operator|carrier|drugmaker|biotech|pharmaceutical company|giant|foundry|chip designer|supplier|"
    r"manufacturer|research institute|rival|peer|unit|subsidiary|provider|processor|miner|airline|studio|publisher|"
    r"steelmaker|shipping line|freight forwarder|retailer|brand|chain|maker|utility|fintech|payments firm|bank|"
    r"lessor|trading house|specialist|developer|planemaker|producer|distributor|wholesaler|marketplace|investment bank|"
    r"logistics group|forwarder|platform|shipyard|[a-z]+builder|[a-z]+maker|[a-z]+-based)"
    # lower case only: "Vodafone Group Plc" is one name
    r"|group|landlord|contractor|house|streamer|broadcaster|exhibitor|consultancy|agency|cooperative|farmer|grower|brewer|brewery|caterer|refiner|exporter|importer|trader|vendor|integrator|cruise line|operator)"
    rf"(?:,\s|\s)(?P<name>(?:\d[{_L}0-9]*|[A-Z][{_L}&.-]*)(?:\s(?:&\s)?[A-Z][{_L}&.-]*){{0,3}})(?![{_L}])"
)

# "talks with DBS Group Holdings and Malaysia's Maybank", "trials with Switzerland's Lonza": a country's
# one-word name in a slot of a deal (after with / from / and …), unless it is a body of that country.
EN_COUNTRIES = (
    "Malaysia Singapore Indonesia Thailand Vietnam Philippines India Pakistan Bangladesh Japan Korea China Taiwan "
    "Australia Germany France Britain Italy Spain Portugal Netherlands Switzerland Sweden Norway Denmark Finland "
    "Belgium Austria Poland Ireland Israel Turkey Brazil Mexico Argentina Chile Colombia Peru Canada Russia "
    "Nigeria Egypt Kenya Qatar UAE U.S. America Europe"
).split()
_EN_COUNTRY_BODIES = frozenset(
    "Ministry Government Parliament Central Prime President Foreign Finance Trade Economy Supreme Court Navy Army "
    "Senate Congress Cabinet Treasury Commerce Industry Competition Financial Securities National State Federal "
    "Premier Chancellor King Queen Crown Embassy Election Top Largest Biggest Second Third First Leading Oldest "
    "Own Economic Stock Exchange Market Regulator Police Health Defence Defense Labour Labor".split()
)
_EN_COUNTRY_OWNED_RE = re.compile(
    r"\b(?:with|from|and|to|by|or|including|like|as)\s(?:(?:South|New|Saudi)\s)?(?:" + "|".join(map(re.escape, EN_COUNTRIES))
    + r")(?:'s|’s)\s(?P<name>[A-Z][A-Za-z0-9&-]+)(?![\w&.-]|\s[A-Z0-9])"
)

# After a capitalized word, lower-case words that describe the capitalized name after them: "Dublin
# start-up Ledgerwing", "Dutch payments firm Adyen" (not "Siemens and Bosch", "Apple said Baidu").
DESCRIPTION_THEN_NAME = re.compile(
    r"\s(?:(?!(?:and|or|to|for|from|with|in|on|at|by|of|as|than|instead|rather|said|says|told|that|which|who|the|a|an|"
    r"its|their|is|are|was|were|has|have|had|will|would|over|after|before|while|because|since|until|under|into|about)\s)"
    r"[a-z][\w-]*\s){1,3}[A-Z]"
)
# "testing an autonomous yard-truck system from Outrider": the maker of a product named as its source.
_EN_MADE_BY_RE = re.compile(
    r"\b(?:system|systems|platform|platforms|software|chips?|processors?|robots?|models?|technology|technologies|"
    r"products?|solutions?|trucks?|drones?|engines?|tools?|sensors?|batteries|cells|modules?|devices?|kits?)\s"
    r"(?:(?:made|built|developed|designed|supplied|offered)\s)?(?:from|by|of)\s"  # "the SynXis platform of U.S.-based Sabre"
    r"(?:[A-Z][\w.&]*-(?:based|listed|owned|backed)\s)?(?P<name>[A-Z][A-Za-z0-9&-]+(?:\s[A-Z][A-Za-z0-9&-]+){0,2})(?![\w&.-]|\s[A-Z])"
)

# "Orient Meridian Lines (OML)", "Bank Rakyat Indonesia (BRI)": a name that declares its acronym; the
# acronym starts with the name's first letter (not "Financial Services Authority (OJK)").
_EN_ACRONYM_RE = re.compile(
    rf"(?<![{_L}'’])(?P<name>(?:[A-Z][{_L}&.-]*\s(?:(?:of|and|for|&)\s)?){{0,5}}[A-Z][{_L}&.-]*),?\s\((?P<acr>[A-Z][A-Z0-9&]{{1,5}})\)"
)
# "PayLantern Chief Executive Arjun Mehta", "ONE's chief commercial officer", "a Pfizer spokesperson",
# "Kestrel shares jumped": only a company has these. One to three capitalized words before them.
_EN_ROLE_RE = re.compile(
    rf"(?<![{_L}'’.-])(?P<name>[A-Z][{_L}&-]*(?:\s[A-Z][{_L}&-]*){{0,2}})(?:(?:'s|’s)\s(?:chief|head|president|chairman|"
    rf"founder|co-founder|spokes(?:person|man|woman)|board|shareholders|stock|shares)\b|\s(?:Chief Executive|CEO|Chief \w+ Officer|"
    rf"spokes(?:person|man|woman)|President|Chairman|Chairwoman|co-founder)\b|\sshares\s(?:rose|fell|jumped|slipped|gained|"
    rf"dropped|climbed|surged|tumbled|sank|slumped|soared|rallied|were|closed|ended|edged|have|had|are|plunged)\b)"
)
# A place that opens a name of three words or more is part of it: "European Handball League", "American Eagle Outfitters"
_NAME_OPENING_PLACES = frozenset("European Asian American British Japan China Korea Pacific Atlantic Nordic".split())
_EN_ROLE_STOP = frozenset(
    "Former Deputy Acting Interim Executive Senior Group Company Vice Prime State Bank Tech Energy Chip Property "
    "Auto Mining Airline Shipping Insurance Retail Asian European Global Regional Local Foreign Its Their".split()
)
_EN_NATIONALITY = re.compile(r"(?:an|ese|ish|ian|ch|i)$")  # "Brazilian President", "Vietnamese President"

# Reuters style: a name followed by its ticker, "India's Vedanta (VDAN.NS)", "Schneider Electric (SCHN.PA)".
_EN_TICKER_RE = re.compile(
    rf"(?<![{_L}'’])((?:[A-Z][{_L}&.-]*\s){{0,3}}[A-Z][{_L}&.-]*)\s\((?:[A-Z]{{1,6}}\.[A-Z]{{1,3}}|(?:NYSE|NASDAQ|Nasdaq|HKEX|TSE|LSE):\s?[A-Z0-9.]{{1,8}}|(?!19[5-9]\d|20[0-3]\d)\d{{4}}(?:\.T)?|\d{{6}}(?:\.KS|\.KQ)?)\)"
)


# "Bank Rakyat Indonesia", "Bank of Ayudhya": a name that opens with Bank (one that ends with it is an en-suffix).
_EN_BANK_RE = re.compile(rf"(?<![{_L}])Bank(?:\sof)?(?:\s[A-Z][{_L}&'-]+){{1,3}}(?![{_L}])")
_EN_CAPITAL_BEFORE = re.compile(r"[A-Z][\w&'.-]*(?<!'s)(?<!’s)\s$")  # "Siam Commercial Bank Of…": Bank ends that name


# Texas Freightworks Holdings Inc. (hereafter "Freightworks"), Lumen Pay Pte. Ltd. ("Lumen Pay"): a declared short name.
_EN_DECLARED_RE = re.compile(
    r"\s?\(\s*(?:(?:(?:hereafter|hereinafter|henceforth)(?: referred to as| called)?,?\s*)(?:the\s)?[\"“]?|(?:the\s)?[\"“])"
    rf"(?P<short>[A-Z][{_L}&.'’ -]{{1,40}}?)[\"”]?\s*\)"
)


# "Shanghai Zhenhua Heavy Industries, better known as ZPMC,": the name it goes by
_EN_KNOWN_AS_RE = re.compile(rf",\s(?:better |also |more commonly |commonly |widely )?known as (?P<short>[A-Z][{_L}&.'’-]*(?:\s[A-Z][{_L}&.'’-]*){{0,2}})(?=[,.;)]|\s[a-z])")


def _en_declared(text: str, found: list[Found]) -> list[Found]:
    """Short names an English full name declares in brackets: (hereafter "Freightworks"), ("Lumen Pay").

    >>> [(f.text, f.short) for f in _en_declared('Texas Freightworks Holdings Inc. (hereafter "Freightworks") said', [Found(0, 32, "Texas Freightworks Holdings Inc.", "en-suffix")])]
    [('Freightworks', 'Texas Freightworks Holdings Inc.')]
    """
    out: list[Found] = []
    if "(" not in text and "known as" not in text:
        return out
    ends = {f.end: f for f in found if f.rule.startswith("en")}
    for m in (*_EN_DECLARED_RE.finditer(text), *_EN_KNOWN_AS_RE.finditer(text)):
        full = ends.get(m.start())
        short = m.group("short").strip()
        if full and short.lower() not in ("company", "group", "issuer", "buyer", "seller", "parties") and short != full.text:
            out.append(Found(m.start("short"), m.start("short") + len(short), short, "abbreviation", short=full.text))
    return out


def _lead_trimmed(words: list[str]) -> list[str]:
    while words and (words[0] in EN_NOT_ORG or words[0] in EN_LEAD_WORDS or words[0].endswith(EN_PLACE_ADJECTIVES)
                     or words[0] in ("of", "and", "for", "&")):
        words = words[1:]
    return words


def _free(found: list[Found], s: int, e: int) -> bool:
    return not any(f.start < e and s < f.end for f in found)


def _en_acronyms(text: str, found: list[Found]) -> list[Found]:
    """Names that declare an acronym in brackets; the acronym is their short name (see _EN_ACRONYM_RE)."""
    out = []
    for m in _EN_ACRONYM_RE.finditer(text):
        words, acr = _lead_trimmed(m.group("name").split()), m.group("acr")
        if not words or words[0][0] != acr[0] or acr.lower() in NOT_NAME_ACRONYMS or acr in EN_NOT_ORG:
            continue
        if any(w in _EN_TITLE_WORDS for w in words):
            continue  # "Chief Operating Officer (COO)"
        name = " ".join(words)
        e = m.end("name")
        s = e - len(name)
        if text[s:e] == name and _free(found, s, e):
            out.append(Found(s, e, name, "en-acronym", short=acr))
    return out


def _en_roles(text: str, found: list[Found]) -> list[Found]:
    """Names before an officer's title, a spokesperson or a share price move (see _EN_ROLE_RE)."""
    out = []
    for m in _EN_ROLE_RE.finditer(text):
        words = _lead_trimmed(m.group("name").split())
        if not words or any(w in EN_NOT_ORG or w in _EN_ROLE_STOP or w in _EN_TITLE_WORDS for w in words):
            continue
        if len(words) == 1 and _EN_NATIONALITY.search(words[0]) and not words[0].isupper():
            continue  # "Brazilian President", "Danish shares": a nationality, not a company
        name = " ".join(words)
        e = m.end("name")
        s = e - len(name)
        if len(name) >= 2 and text[s:e] == name and _free(found, s, e) and _free(out, s, e):
            out.append(Found(s, e, name, "en-role"))
    return out


_BRACKET_LIST = re.compile(r"\(([^()]{2,60})\)")
_LATIN_NAME = re.compile(rf"[A-Z][{_L}&.'’-]*(?:\s(?:&\s)?[A-Z][{_L}&.'’-]*){{0,4}}")


def _bracketed_short_names(text: str, norm: str, found: list[Found]) -> list[Found]:
    """恒信人壽保險有限公司（恒信人壽，Hang Shun Life）: the names in brackets straight after a company's
    full name are its short and English names (found as abbreviations of it). A Chinese short name takes
    its first character and at least one more from the full name, which keeps out descriptions in brackets.

    >>> [f.text for f in _bracketed_short_names("八达通卡有限公司(八达通,Octopus Cards)", "八达通卡有限公司(八达通,octopus cards)", [Found(0, 8, "八达通卡有限公司", "full-name")])]
    ['八达通', 'Octopus Cards']
    """
    out: list[Found] = []
    ends = {f.end: f for f in found if f.rule in ("full-name", "ticker", "described") and not f.text.isascii()}
    ends |= {f.end + 1: f for f in found if f.rule == "described" and norm[f.end : f.end + 1] == '"'}  # 「云玩科技」（YunPlay）
    for m in _BRACKET_LIST.finditer(norm):
        full = ends.get(m.start())
        if full is None or _ABBREV_RE.match(norm, m.start()):
            continue
        pos = m.start(1)
        for item in re.split("[,;、]", m.group(1)):
            s = pos + len(item) - len(item.lstrip())
            e = pos + len(item.rstrip())
            pos += len(item) + 1
            raw, short = text[s:e], norm[s:e]
            if not raw:
                continue
            if _CJK_RE.search(short):
                fnorm = norm[full.start : full.end]
                if (2 <= len(short) <= 8 and short[0] in fnorm and sum(c in fnorm for c in short) >= 2
                        and short != fnorm and short not in ZH_GENERIC_NAMES and short not in ZH_PLACES
                        and NAME_CHAR.match(short[-1])):
                    out.append(Found(s, e, raw, "abbreviation", short=full.text))
            elif _LATIN_NAME.fullmatch(raw) and len(raw) >= 3 and raw.lower() not in NOT_NAME_ACRONYMS:
                out.append(Found(s, e, raw, "abbreviation", short=full.text))
    return out


def discover(text: str, norm: str) -> list[Found]:
    """Organization names in one sentence that look like companies, with the rule that found them."""
    found: list[Found] = []
    latin = _UPPER.search(text) is not None  # every English rule needs a capital letter
    for m in _EN_TICKER_RE.finditer(text) if latin else ():
        words = m.group(1).split()
        while words and (words[0] in EN_NOT_ORG or len(words) > 1 and words[0].endswith(EN_PLACE_ADJECTIVES)):
            words = words[1:]  # "U.S.-based Howmet Aerospace (HWM.N)": a description before the name
        if words:
            name = " ".join(words)
            found.append(Found(m.end(1) - len(name), m.end(1), name, "en-ticker"))
    if _CJK_RE.search(norm):
        found += _chinese_full_names(norm)
        for m in _ABBREV_RE.finditer(norm):
            short = m.group("short").strip()
            s = m.start("short")
            prior = [f for f in found if f.end <= m.start() + 1]
            if not prior and 2 <= len(short) <= 6 and _CJK_RE.match(short):
                # 资料中心业者宏硕云端(以下简称"宏硕"): a name without a legal ending that declares its short name
                start = m.start()
                while start > 0 and m.start() - start < 12 and NAME_CHAR.match(norm[start - 1]):
                    start -= 1
                at = norm.rfind(short[:2], start, m.start())
                if at >= 0 and m.start() - at > len(short) and short not in ZH_GENERIC_NAMES:
                    prior = [Found(at, m.start(), text[at : m.start()], "full-name")]
                    found.append(prior[0])
            if prior and 2 <= len(short) <= 12:
                full = max(prior, key=lambda f: f.end)
                found.append(
                    Found(s, s + len(short), text[s : s + len(short)], "abbreviation", short=full.text)
                )
        for m in _TICKER_RE.finditer(norm):
            code = text[m.start() + 1 : m.end() - 1].strip()
            if code.isalpha() and code.isascii() and (not code.isupper() or code.lower() in NOT_NAME_ACRONYMS):
                continue  # 梯瓦(Teva), 月之暗面(Kimi), 合作備忘錄(MOU): a name or a term in brackets, not a stock code
            end = m.start()
            if norm[end - 1 : end] == " " and not code.isalpha():
                end -= 1  # 游戏橘子 (9789-TW): Taiwanese style, a space before the code
            start = end - 3 if norm.endswith("-ky", 0, end) else end  # 钰齐-KY(9802): Taiwan's mark of a foreign-registered issuer
            while start > 0 and end - start < 12 and NAME_CHAR.match(norm[start - 1]):
                start -= 1
            raw = norm[start:end]
            cut = max(raw.rfind(c) for c in _BEFORE_NAME_CHARS if c != "同")  # 同业雃博(4106): 同 of 同业
            raw = raw[cut + 1 :] if cut >= 0 and len(raw) - cut - 1 >= 2 else raw  # 光伏玻璃主要由信义光能(0968.HK)
            name = trim_left(trim_descriptor(cut_after_verbs(_cut_before_place(trim_left(raw), 2))))
            if code.isalpha() and (len(name) > 6 or _TERM_ENDING.search(name) or (
                    len(name) >= 4 and not INDUSTRY_ENDING.search(name) and not _STOCK_CONTEXT.search(norm))):
                continue  # 新造业务价值(VONB), 低轨卫星(LEO): a term and its acronym, not a company and its code
            if (kinds := [k.end() for k in _KIND_THEN_NAME.finditer(name) if len(name) - k.end() >= 2]):
                name = name[kinds[-1] :]  # 本地眼镜连锁店视博眼镜集团(2389): a kind of business, then its name
            if any(f.end == end and f.rule == "full-name" for f in found):
                continue  # the full name before the code is found already
            if len(name) >= 2 and name not in ZH_GENERIC_NAMES and name[-1] not in _FUNCTION_TAIL:
                s = end - len(name)
                found.append(Found(s, end, text[s:end], "ticker"))
        covered = [(f.start, f.end) for f in found]
        bracketed = [f for f in _bracketed_latin(text, norm) if not any(a < f.end and f.start < b for a, b in covered)]
        starts = {f.start for f in bracketed}
        # …and the kind of group just before it is no name of its own (英国教育出版集团 of 英国教育出版集团培生(Pearson))
        found = [f for f in found if not (f.end in starts and kind_of_company(_PLACE_START.sub("", norm[f.start : f.end])))]
        found += bracketed
        covered = [(f.start, f.end) for f in found]
        found += [f for f in _described_names(text, norm) if not any(a < f.end and f.start < b for a, b in covered)]
        found += _bracketed_short_names(text, norm, found)
        for m in _ST_RE.finditer(norm):
            found.append(Found(m.start(), m.end(), text[m.start() : m.end()], "stock-name"))
    for m in _EN_SUFFIX_RE.finditer(text) if latin else ():
        words = m.group(1).split()
        while words and not (words[0] in _NAME_OPENING_PLACES and len(words) >= 3 and words[1][0].isupper()) and (
                words[0] in EN_NOT_ORG or words[0] in EN_LEAD_WORDS or not words[0][0].isupper()
                         or words[0].endswith(EN_PLACE_ADJECTIVES) or words[0].endswith(("'s", "’s"))):
            words = words[1:]  # …, "Hong Kong's" before Cathay Pacific Airways
        possessive = [i for i, w in enumerate(words) if w.endswith(("'s", "’s"))]
        if possessive:
            owner = words[: possessive[-1] + 1]
            if len(owner) >= 2 and owner[-1][:-2] in _EN_INSTITUTIONS and owner[0][0].isupper() and owner[0] not in EN_NOT_ORG:
                # "Kyoto University's Graduate School of Engineering": the owner is the organization
                name = " ".join(owner)[:-2]
                start = m.start(1) + m.group(1).index(name)
                found.append(Found(start, start + len(name), name, "en-suffix"))
                continue
            words = words[possessive[-1] + 1 :]  # "Could Indonesia's Bank": what follows the possessive
        if any(w in _EN_TITLE_WORDS for w in words[1:]):
            continue  # "Hilton Chief Financial (Officer)": a title, not a company's legal ending
        if _EN_INSTITUTION_AFTER.match(text, m.end(1)):
            continue  # "a listing on the Abu Dhabi Securities Exchange": a market or a regulator, no company
        if len(words) >= 2:
            name = " ".join(words)
            e = m.end(1)
            s = e - len(name)
            if text[s:e] == name:
                found.append(Found(s, e, name, "en-suffix"))
    for m in _EN_BANK_RE.finditer(text) if latin else ():
        if _free(found, m.start(), m.end()) and not _EN_CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.append(Found(m.start(), m.end(), m.group(0), "en-suffix"))
    if latin:
        found += _en_declared(text, found)
        found += _en_acronyms(text, found)
        found += _en_roles(text, found)
        owned = _EN_COUNTRY_OWNED_RE.finditer(text) if ("'s " in text or "’s " in text) else ()
        made = _EN_MADE_BY_RE.finditer(text) if (" from " in text or " by " in text or " of " in text) else ()
        for m in (*owned, *made):
            name, start = m.group("name"), m.start("name")
            if name.split()[0].endswith(EN_PLACE_ADJECTIVES) and " " in name:  # models from London-based Speechmatics
                cut = name.index(" ") + 1
                name, start = name[cut:], start + cut
            if name.split()[0] in EN_COUNTRIES or name.split()[0] in EN_LEAD_WORDS or name.endswith(EN_PLACE_ADJECTIVES):
                continue  # "software from London-based startup Vireo": the description alone
            if DESCRIPTION_THEN_NAME.match(text, m.end("name")):
                continue  # "software from Dublin start-up Ledgerwing": a place describing the name after it
            if name not in _EN_COUNTRY_BODIES and name not in EN_NOT_ORG and _free(found, start, m.end("name")):
                found.append(Found(start, m.end("name"), name, "en-described"))
        for m in (*_EN_APPOSITION_RE.finditer(text), *_EN_DESCRIBED_RE.finditer(text)):
            words = m.group("name").split()
            if words[0] in _EN_TITLE_WORDS:
                continue  # "in its platform, Chief Executive Officer Dana Whitcombe said": a title, then a person
            while words and (words[0] in EN_NOT_ORG or words[0] in EN_LEAD_WORDS or words[0].endswith(EN_PLACE_ADJECTIVES)):
                words = words[1:]
            e = m.end("name")
            if (verb := next((i for i, w in enumerate(words) if i and w in _HEADLINE_VERBS), None)) is not None:
                e -= len(" ".join(words[verb:])) + 1
                words = words[:verb]  # a headline: "Lease-Data Startup Plinth Wins Blackstone Contract" names Plinth
            if words and words[-1][-1] == "." and words[-1][-2:-1].islower():  # "institute Imec." ends a sentence
                words[-1], e = words[-1][:-1], e - 1
            if not any(c.isalpha() for w in words for c in w):
                continue  # "Kairo Studio 30%": a number after the kind of company, not a name
            if words and not any(f.start <= e and m.start("name") <= f.end for f in found):
                found.append(Found(e - len(" ".join(words)), e, " ".join(words), "en-described"))
    for f in found:
        if f.rule == "full-name":
            object.__setattr__(f, "text", text[f.start : f.end])
    return found
