"""Names found by their position around a relation cue, when neither gazetteer nor shape knows them.

In 张裕与卡斯特集团合作 the two slots of "X与Y…合作" are organizations whatever their names look like.
A slot is the run of name characters next to the connector or cue, trimmed like a discovered name
(time words, adverbs, descriptors ending in 的, role nouns such as 轴承企业, leading verbs); it must
hold 2–8 Chinese characters or a Latin name, and no generic noun, pronoun, place, number or verb of
report. Slot names rank below gazetteer hits and shape discoveries: they are only proposed where
the other slot of the same frame is already a known organization (`known`), and never over one.

>>> [f.text for f in slot_names("张裕与卡斯特集团合作。", "张裕与卡斯特集团合作。", [(3, 8)])]
['张裕']
>>> [f.text for f in slot_names("公司与客户签订了合同。", "公司与客户签订了合同。", [])]
[]
"""

# ruff: noqa: SIM905 (space-separated word lists are the readable form of this data)

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.entities.discovery import (
    CJK,
    DESCRIPTION_THEN_NAME,
    EN_COUNTRIES,
    EN_PLACE_ADJECTIVES,
    QUANTIFIED,
    Found,
    cut_after_verbs,
    kind_of_company,
    role_names,
    trim_descriptor,
    trim_left,
)
from kg.entities.lexicon import (
    EN_NOT_ORG,
    EN_SLOT_CUES,
    ZH_GENERIC_NAMES,
    ZH_LEFT_NOISE,
    ZH_NAME_VERBS,
    ZH_PLACES,
    ZH_REPORT_VERBS,
    ZH_SLOT_ADVERBS,
    ZH_SLOT_CUES,
    ZH_SLOT_GENERIC,
)


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NAME = rf"[{CJK}A-Za-z0-9·&]"
_ADV = rf"(?:{_alt(ZH_SLOT_ADVERBS)})*"
_CONN = "与|和|同(?![时样步期比意])|跟"  # 同时 is "meanwhile", not "with"
# X与Y…cue: Y is the lazy run between the connector and the cue (several names joined by 、/和).
_LATIN_ALIAS = (rf"\([^()。,;{CJK}]{{1,30}}\)"  # 与丹麦沃旭能源(Ørsted)签订: a Latin name in brackets inside the slot
                rf'|\((?:以下简称|以下称|下称|简称)[:"]?[^()。,;"]{{1,12}}"?\)')  # …管理有限公司(简称"星幕影城")就
_ZH_PAIR = re.compile(
    rf"(?P<conn>{_CONN})(?P<Y>(?:{_NAME}|、| |{_LATIN_ALIAS}){{2,30}}?){_ADV}(?P<cue>{_alt(ZH_SLOT_CUES)})"
)
# X携手Y推出…: Y is the run after the cue, up to a verb, function word or clause boundary.
_JOIN_STOPS = (
    "共同|推出|打造|发布|成立|开展|展开|进行|布局|进军|开发|研发|签署|签订|达成|启动|探索|助力|合作|创新|举办|建设|"
    '为|在|于|的|将|等|,|。|、|;|:|!|\\?|\\s|"|$'
)
_ZH_JOIN = re.compile(
    rf"(?P<cue>携手|牵手|联手|联合(?!体)|联姻|结盟)(?:了)?(?!{_JOIN_STOPS})(?P<Y>{_NAME}{{2,12}}?)(?={_JOIN_STOPS})"
)
# The other side of what the clause's company does alone: supplies (停止对X供货), buys from (长期向X采购), switches to (切换至X的)
_ZH_OTHER_SIDE = re.compile(
    rf"(?:停止|暂停|终止|中止|不再|开始|恢复|继续)(?:了)?(?:对|向|为|给)(?P<Y>{_NAME}{{2,8}}?)(?:供货|供应|出货|交货|代工|供料)"
    rf"|(?:长期|一直|主要|此前|曾|已|均|都)(?:向|从)(?P<Y2>{_NAME}{{2,8}}?)(?:采购|订购|进货|租用|采买)"
    rf"|(?:切换至|切换到|转用|改用|换成|改为采用|转而采用)(?P<Y3>{_NAME}{{2,8}}?)的"
    # 将奶粉罐供应商由合作多年的昌荣制罐更换为奥瑞金: the one replaced and the one replacing it
    rf"|(?:供应商|供货商|代工厂|代工商|合作方|服务商|合作伙伴)由(?:[^,。;!?的]{{0,8}}的)?(?P<Y4>{_NAME}{{2,8}}?)(?:更换|替换|切换|转换|换|改)(?:为|成)(?P<Y5>{_NAME}{{2,8}}?)(?=[,。;!?]|$)"
)
_ADV_TAIL = re.compile(rf"(?:{_alt(ZH_SLOT_ADVERBS)})+$")
_NAME_TAIL = re.compile(rf"{_NAME}+$")
_SPLIT = re.compile(r"、|和|与|及|以及|跟|同|(?<![A-Za-z&.]) | (?![A-Za-z&])")  # a space splits, except inside a Latin name
_BAD_CHARS = re.compile(
    r"[的了是在把被对向从给让这那哪我你他她它们等年月号未没不<>]|\d|什么|一个|一家|最后|最终|长达|創始人|创始人|家族"  # 列入最后入围名单, 与联茂长达六年的, 与其创始人家族
    r"|[今昨明次当近周每节前同本该]日|日(?:前|内|起|电|讯|消息|晚|早|午|间)"  # 日 of a date, not of 日产 or 日立
)
_REPORT = re.compile(_alt(ZH_REPORT_VERBS))
_VERB = re.compile(_alt(ZH_NAME_VERBS))
_VERBISH_ENDS = tuple(
    "能 会 要 想 愿 可 得 不 没 选择 希望 决定 准备 开始 继续 计划 打算 同意 愿意 需要 必须 应该 可以".split()
)
_ADVERB_STARTS = tuple("也 还 又 都 就 才 便 却 则 而 并 更 再 已 将 曾 正 均 亦".split())
_EN_NAME = r"[a-z]{0,2}[A-Z][\w&.'-]*[\w&]|[A-Z]"
_EN_SLOT = re.compile(
    rf"(?<![\w.])(?P<X>(?:{_EN_NAME})(?: (?:{_EN_NAME})){{0,2}})(?: has| have| had| is| was| will| would| to)? "
    rf"(?:{EN_SLOT_CUES}) (?:(?:the|a|an) )?(?P<Y>(?:{_EN_NAME})(?: (?:{_EN_NAME})){{0,2}})(?![\w])"
)

# The other side of a deal named in the text's own words, whatever its name looks like: "a distribution
# agreement with Eutelsat OneWeb", "chosen Finland's Kalmar over Konecranes", "hardware from Airbus".
_EN_OBJECT = re.compile(
    r"\b(?:(?:agreement|deal|contract|framework|partnership|pact|alliance|venture|talks|discussions|negotiations|understanding|mou|"
    r"arrangement|relationship|collaboration|tie-up|programme|program|pilot|trial|tests?) with"
    r"|(?:chosen|chose|choosing|picked|selected|tapped|over|instead of|rather than|replaced|replacing|dropped|ditched|"
    r"weighing|evaluating|trialling|trialing|piloting|testing|tested|trialled|trialed|benchmarking|benchmarked|parted ways with|split with|cut ties with|"
    r"hired|enlisted|roped in|shortlisted|short-listed|(?:pilot|trial|test|tests|evaluation)s? (?:of|with))"
    r"|(?:supplied|provided|sourced|bought|purchased|ordered|licensed|leased|hardware|software|technology|chips?|products?|"
    r"systems?|equipment|foam|materials?|cells|batteries|engines?|components?|capacity|proposals?|bids?|offers?|quotes?|pitches|tenders?) from"
    # "a takeover offer of roughly $1.1 billion from Zscaler"
    r"|(?:offers?|bids?|proposals?|approach) (?:of|worth|valued at) (?:about |roughly |around |some |nearly |almost |more than )?[$€£¥]?[\d.,]+ ?(?:million|billion|bn|m)?\s(?:[a-z]+\s)?from"
    r"|(?:switched|switching|moved|migrated|shifted)\s(?:[\w-]+\s){0,4}?from\s(?:[A-Z][\w&.'’-]*\s){1,4}to"
    # "awarded the propulsion package to Wärtsilä", "will be run by OneSpaWorld"
    r"|(?:awarded|handed|outsourced|subcontracted|moved|shifted|transferred)\s(?:(?:the|its|their|a|an)\s)(?:[\w-]+\s){0,4}?to"
    r"|(?:be|been|is|are|was|were) (?:run|operated|managed|supplied|provided|built|handled|powered) by)"
    rf" (?:(?:[A-Z][a-z]+(?:'s|’s)) )?(?P<Y>(?:{_EN_NAME})(?: (?:{_EN_NAME})| (?:of|for) (?:[A-Z][\w&.'-]*[\w&])){{0,2}})(?![\w])"
)


# Function words and generic nouns a name never starts with: 随着与上汽合作 / 公司目前未与小米.
_FUNCTION_START = re.compile(
    "多家|一家|几家|这家|那家|各家|数家|两家|部分|一些|多个|随着|通过|透过|借由|藉由|经由|由于|对于|关于|根据|为了|作为|公司|本公司|该公司|其他|其它|请|以|因|如果|虽然|但|而|并|且|其|该|本|此"
)


_CJK_RE = re.compile(f"[{CJK}]")
_CAPITAL = re.compile("[A-Z]")
_AND_NAME = re.compile(rf"(?:,? (?:and|or)|,) (?P<Y>(?:{_EN_NAME})(?: (?:{_EN_NAME})){{0,2}})(?![\w])")
_PHRASE_CHARS = re.compile("[的就对在于为]")
_VERB_AFTER_KNOWN = re.compile("加强|深化|推进|推动|扩大|拓展|开展|展开|进行|建立|实现|共同|一起|一道|进一步")
_IN_PLACE = "在(?:" + "|".join(sorted(ZH_PLACES, key=len, reverse=True)) + ")"  # 与白犀牛在上海开展的…合作
# 与IMAX中国续签IMAX影院系统合作协议: a verb of signing ends the name
_TOPIC = re.compile(f"就|针对|围绕|关于|{_IN_PLACE}|{_VERB_AFTER_KNOWN.pattern}|续签|签署|签订|签约|续约|订立|缔结")


# Seen in slots of FinRE train sentences: adverbs, counters and nouns that end or start a clause, not a name.
_JUNK_STARTS = tuple(
    "导致 依靠 分享 展开 探讨 着 果 或 增长 继续 完成 书面 相关 所属 家 亿 万 千 百 新一轮 进一步 先后 分别 项目 "
    "主要 包括 其中 以及 通过 透过 借由 藉由 经由 相当".split()
)
_JUNK_ENDS = tuple(
    "分别 先后 则 已 举行 上 初步 领投 事宜 情况 答复 管理层 股东 实体 单位 归功 强化 良好 之间 双方 一起 一道 "
    "共同 联合 合作 签约 签署".split()
)


_NOISE_WORDS = frozenset(ZH_LEFT_NOISE)


def plausible(name: str) -> bool:
    """Whether a trimmed slot text can be an organization name.

    >>> [plausible(n) for n in ("卡斯特集团", "双方", "美国", "我们的", "ibm", "记者获悉")]
    [True, False, False, False, True, False]
    """
    cjk = len(_CJK_RE.findall(name))
    if name in ZH_SLOT_GENERIC or name in ZH_GENERIC_NAMES or name in ZH_PLACES or name in _NOISE_WORDS:
        return False  # …, and 先前 of 台灣大哥大（台灣大）先前曾與: a time word left after a bracket
    if cjk == 0:
        return bool(re.fullmatch(r"[a-z][a-z0-9&.' -]{1,30}", name)) and name.lower() not in {
            w.lower() for w in EN_NOT_ORG
        }
    if not 2 <= cjk <= 8 or _BAD_CHARS.search(name) or _REPORT.search(name) or kind_of_company(name):
        return False
    if QUANTIFIED.search(name):
        return False  # 全球多家车厂, 个别医院: counted or unnamed, not a name
    if _VERB.search(name) or name.startswith(_ADVERB_STARTS) or _FUNCTION_START.match(name):
        return False
    if name in ("车厂", "车企", "厂商", "新创", "企业", "机构", "客户", "伙伴") or (
        len(name) <= 4 and name.endswith(("车厂", "车企", "厂商", "新创", "企业"))
    ):
        return False  # 日本车厂, 美系新创: kinds of company, not names
    if name.endswith(("开发案", "建案", "投资案", "计划案", "专案")):
        return False  # 风场开发案: a project, not a company
    if name.endswith("商") and len(name) <= 6:
        return False  # 韩国游戏商, 设备商: a kind of trader, not a name
    if name.startswith(_JUNK_STARTS):
        return False  # 亿美元, 家民企 (after a number), 导致四川宏信置业, 依靠…: a clause, not a name
    if name.endswith("机器人"):
        return True  # 人 ends roles (负责人), but 机器人 ends robotics companies
    return not name.endswith(
        ("国", "省", "市", "县", "区", "州", "方", "者", "们", "人", "员", *_VERBISH_ENDS,
         "领域", "业务", "方面", "项目", "产品", "问题", "工作", "计划",  # 与X推动新业务领域合作
         *_JUNK_ENDS)
    )


def _trim(name: str) -> str:
    """Slot text → the name it ends with (trim_left, then verbs, then role nouns)."""
    return trim_left(trim_descriptor(cut_after_verbs(trim_left(name))))


def _left_slot(norm: str, end: int) -> tuple[int, str] | None:
    """The name that ends at `end` (skipping adverbs such as 再次 before the connector)."""
    seg = norm[max(0, end - 12) : end]
    if m := _ADV_TAIL.search(seg):
        end -= len(seg) - m.start()
    run = _NAME_TAIL.search(norm, max(0, end - 16), end)
    name = _trim(run.group(0)) if run else ""
    return (end - len(name), name) if name else None


def name_before(norm: str, end: int) -> tuple[int, int] | None:
    """The Chinese name that ends at `end`, trimmed like a slot, if it is plausible (星河机器人 of
    星河机器人(Galaxy Robotics)); None otherwise.

    >>> name_before("公司宣布与星河机器人(galaxy robotics)合作", 10)
    (5, 10)
    """
    run = _NAME_TAIL.search(norm, max(0, end - 16), end)
    if not run or not _CJK_RE.search(run.group(0)):
        return None
    name = _trim(run.group(0))
    return (end - len(name), end) if name and plausible(name) else None


def _overlaps(start: int, end: int, known: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in known)


def _touches(start: int, end: int, known: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in known)


_SPLIT_KEEP = re.compile(f"({_SPLIT.pattern})")


def _split_names(segment: str) -> list[str]:
    """The parts of a slot joined by 、/和/与…, except that a one-character part keeps the joint with its
    neighbour: 东和钢铁企业 is one name, not 东 and 钢铁企业."""
    tokens = _SPLIT_KEEP.split(segment)
    parts, i = [tokens[0]], 1
    while i < len(tokens):
        sep, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        if sep in ("和", "与", "及", "同", "跟") and (len(parts[-1]) == 1 or len(nxt) == 1):
            parts[-1] += sep + nxt
        else:
            parts.append(nxt)
        i += 2
    return parts


def _right_names(norm: str, start: int, end: int, known: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The names in a right slot Y (several when joined by 、/和), as spans. A part that holds a known
    organization already has its name: 与浙江三花置业有限公司就…的竞买事项签订 yields nothing more."""
    out = []
    pos = start
    for part in _split_names(norm[start:end]):
        s = norm.find(part, pos) if part else pos
        pos = s + len(part)
        if part and _overlaps(s, pos, known) and _PHRASE_CHARS.search(part):
            continue  # a known name, then a phrase: 与浙江三花置业有限公司就…的竞买事项
        if part and _overlaps(s, pos, known) and _VERB_AFTER_KNOWN.search(part):
            continue  # a known name, then a verb phrase: 与万通实业进一步加强工业地产合作
        de = part.rfind("的") if part else -1
        if de >= 2 and len(part) - de - 1 <= 3 and not _overlaps(s, pos, known):
            part = part[:de]  # 与润通冷链的仓配合作: the name, then the kind of cooperation
            name = _trim(part)
            if name:
                out.append((s + len(part) - len(name), s + len(part)))
            continue
        if part and (topic := _TOPIC.search(part)) and topic.start() >= 2:
            part = part[: topic.start()]  # 与地平线就…进行谈判 / 与远航实业进一步加强…合作: the name ends there
            name = _trim(part)
            if name:
                out.append((s + len(part) - len(name), s + len(part)))
            continue
        name = _trim(part) if part else ""
        if name:
            out.append((pos - len(name), pos))
    return out


_SOME_SUBSIDIARY = re.compile("[\u4e00-\u9fff]{0,3}?(?:全资|控股)?(?:子公司|分公司|孙公司|附属公司)")  # 旗下美國子公司與…: which one is not said


def _accept(text: str, norm: str, span: tuple[int, int], known: Sequence[tuple[int, int]]) -> Found | None:
    s, e = span
    if e - s < 2 or _overlaps(s, e, known) or not plausible(norm[s:e].strip()) or _SOME_SUBSIDIARY.fullmatch(norm, s, e):
        return None
    return Found(s, e, text[s:e], "slot")


_SELF = frozenset(("公司", "该公司", "本公司", "集团", "该集团"))  # the company named before, as its own subject
_SELF_THEN_VERB = re.compile(
    "(?:该公司|本公司|公司|该集团|集团)[^与和同跟]{0,8}(?:终止|结束|解除|中止|停止|暂停|取消|退出|恢复|深化|加强|继续|签署|签订|达成)$"
)


def _zh_slots(text: str, norm: str, known: Sequence[tuple[int, int]]) -> list[Found]:
    found: list[Found] = []
    for m in _ZH_PAIR.finditer(norm):
        left = _left_slot(norm, m.start("conn"))
        rights = _right_names(norm, *m.span("Y"), known)
        spans = ([(left[0], left[0] + len(left[1]))] if left else []) + rights
        y_start = m.start("Y")
        if left and not rights and any(y_start < s <= y_start + 6 and not _PHRASE_CHARS.search(norm, y_start, s) for s, _ in known):
            spans = [(left[0], left[0] + len(left[1]))]  # 横店影视正与民营院线星幕影城…: the known name after its description
        elif not spans or not (
            any(_touches(s, e, known) for s, e in spans)
            or any(s == y_start for s, _ in known)
            or (left and _overlaps(left[0], left[0] + len(left[1]), known))  # 理想汽车正与…: 正 is no name
            or (left and _ADV_TAIL.sub("", left[1]) in _SELF and any(e <= left[0] for _, e in known))  # 韵达股份表示,公司此前已与白犀牛…
            or (left and _SELF_THEN_VERB.match(left[1]))  # 公司去年底已终止与加州红的…合作: the company, acting
        ):
            continue  # no anchor: neither slot is (or, on the right, starts with) a known organization
        found += [f for sp in spans if (f := _accept(text, norm, sp, known))]
    for m in _ZH_OTHER_SIDE.finditer(norm):  # 永鑫去年底已停止对丰兴钢铁供货: the one supplied, after a company acting
        groups = [g for g in ("Y", "Y2", "Y3", "Y4", "Y5") if m.group(g)]
        if any(e <= m.start() for _, e in known):
            found += [f for g in groups if (f := _accept(text, norm, m.span(g), known))]
    for m in _ZH_JOIN.finditer(norm):
        left = _left_slot(norm, m.start("cue"))
        right = m.span("Y")
        spans = ([(left[0], left[0] + len(left[1]))] if left else []) + [
            (right[0] + len(norm[right[0] : right[1]]) - len(_trim(m.group("Y"))), right[1])
        ]
        if any(_touches(s, e, known) for s, e in spans):
            found += [f for sp in spans if (f := _accept(text, norm, sp, known))]
    return found


_NATIONALITY = re.compile(
    r"^(?:American|British|Chinese|Japanese|Korean|South Korean|Taiwanese|German|French|Dutch|Swiss|Swedish|Danish|Finnish|"
    r"Norwegian|Italian|Spanish|Portuguese|Irish|Belgian|Austrian|Polish|Czech|Greek|Turkish|Israeli|Indian|Pakistani|"
    r"Thai|Vietnamese|Malaysian|Singaporean|Indonesian|Filipino|Australian|Canadian|Mexican|Brazilian|Argentine|Chilean|"
    r"Saudi|Emirati|Qatari|Egyptian|Nigerian|Kenyan|South African|Russian|Ukrainian|European|Asian|African|Nordic|"
    r"Anglo-\w+|[A-Z][\w-]*-(?:based|owned|listed|backed))$|^[A-Z](?:\.[A-Z])+\.?$"
)


_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:'s|’s) $")  # "Finland's " before Kalmar; "Bosch's " before a product
_PLACE_BEFORE = re.compile(  # France's Schneider Electric, U.S.-based Plug Power
    rf"(?:[A-Z][\w.-]*\s)?[A-Z][\w.-]*(?:'s|’s)\s|[A-Z][\w.]*(?:{'|'.join(EN_PLACE_ADJECTIVES)})\s(?=[A-Z])"
)


def _describes(text: str, m: re.Match[str]) -> bool:
    """Whether an object slot holds a description of the name after it ("with Dutch payments firm Adyen",
    "from U.S. chipmaker Wolfspeed") rather than the name."""
    y = m.group("Y")
    return bool(DESCRIPTION_THEN_NAME.match(text, m.end("Y")) or _NATIONALITY.search(y))


def _en_slots(text: str, known: Sequence[tuple[int, int]]) -> list[Found]:
    found: list[Found] = []
    for m in (*_EN_SLOT.finditer(text), *_EN_OBJECT.finditer(text)):
        for group in ("X", "Y") if "X" in m.re.groupindex else ("Y",):
            if group == "Y" and _describes(text, m):
                continue
            s, e = m.span(group)
            owner = _OWNER_BEFORE.search(text, 0, s) if group == "Y" else None
            if owner and owner.group(1) not in EN_NOT_ORG and owner.group(1) not in EN_COUNTRIES:
                continue  # "benchmarking Bosch's Performance Line motor": a product of Bosch, not a company
            words = text[s:e].split()
            while words and words[0] in EN_NOT_ORG:
                s += len(words.pop(0)) + 1
            head = words[: next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))]
            if not words or any(w in EN_NOT_ORG for w in head):  # Transport for London
                continue
            named = _overlaps(s, e, known)  # a known name has its mention; the list after it may not
            poss = _PLACE_BEFORE.match(text[s:e])
            if poss:  # France's Schneider Electric, U.S.-based Plug Power → the name
                s += poss.end()
            if text.endswith(("'s", "’s"), s, e) and e - s > 3:
                e -= 2  # "replaced Nuance's engine": the owner of the thing
            if not named:
                found.append(Found(s, e, text[s:e], "slot"))
            while group == "Y" and "X" not in m.re.groupindex and (more := _AND_NAME.match(text, e)):
                found.append(Found(more.start("Y"), more.end("Y"), more.group("Y"), "slot"))  # "shortlisted Oatly and Califia Farms"
                if not more.group(0).startswith(","):
                    break
                e = more.end("Y")  # "proposals from ST Engineering, HAECO and SR Technics"
    return found


def slot_names(text: str, norm: str, known: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Organization names in the slots of relation frames (see module docstring).

    `known`: spans of organizations already found in the sentence; a Chinese frame needs one of its
    slots to be one of them, and no slot name overlaps one.

    >>> [f.text for f in slot_names("Cohere partnered with iRobot.", "cohere partnered with irobot.", [])]
    ['Cohere', 'iRobot']
    """
    found = [*_zh_slots(text, norm, known), *role_names(text, norm)] if _CJK_RE.search(norm) else []
    found += _en_slots(text, known) if _CAPITAL.search(text) else []  # every English slot name has a capital
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out
