"""Named people who are not in the gazetteer, found next to a job title or a verb of speech.

阿里巴巴联合创始人、董事局主席蔡崇信 → 蔡崇信 (affiliated with the organization before the title);
海外事业负责人山本健太表示 → 山本健太 (a four-character name); not 记者会上表示 (a press conference);
香颂资本执行董事沈萌对记者表示 → 沈萌; "Apple CEO Tim Cook said" → Tim Cook.
"""

# ruff: noqa: SIM905 (space-separated word lists are the readable form of this data)

from __future__ import annotations

import re
from dataclasses import dataclass

CJK = "\u4e00-\u9fff"
ZH_TITLES = (
    "执行长 行政总裁 总裁兼行政总裁 营运长 财务长 技术长 常务董事 董事会主席 董事局主席 董事长 副董事长 执行董事 独立董事 董事 主席 副主席 总裁 副总裁 高级副总裁 首席执行官 首席财务官 "
    "首席技术官 首席运营官 首席经济学家 首席分析师 首席科学家 总经理 副总经理 总监 创始人 联合创始人 合伙人 创办人 "
    "CEO CFO CTO COO 发言人 负责人 分析师 研究员 副研究员 经济学家 教授 学者 专家 委员 院长 所长 部长 局长 行长 "
    "社长 会长 秘书长 总编辑 主编 记者 编辑 高管 掌门人 老板 专员 顾问 董事会秘书 董秘"
).split()
ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤盘雍"
)
SPEECH_AFTER = "表示|称|说|认为|指出|透露|回应|直言|坦言|强调|介绍|分析|确认|证实|预计|坦承|提到|告诉|解释|说明|补充|回答|表态"
_TITLE_ALT = "|".join(sorted({re.escape(t.lower()) for t in ZH_TITLES}, key=len, reverse=True))  # matched on the lower-cased norm
_ZH_TITLED = re.compile(
    rf"(?:{_TITLE_ALT})(?!会)(?P<name>[{CJK}]{{2,4}}?)(?=对|在|也|还|则|曾|此前|近日|日前|今天|(?:今|昨|前)(?:日|天)|上周|本周|周[一二三四五六日]|稍早|早前|先前|随后|接受|受访|{SPEECH_AFTER}|,|。|、|:|\(|\"|与|和|$)"
)
_ZH_SPEAKER = re.compile(
    rf"(?:^|(?<=[,。;:\"、\s]))(?P<name>[{ZH_SURNAMES}][{CJK}]{{1,2}}?)(?=(?:也|还|则|便|更|曾|此前|又)?(?:{SPEECH_AFTER})|对[^,。]{{1,24}}?(?:{SPEECH_AFTER}))"
)
_SPEECH_START = re.compile(rf"(?:{SPEECH_AFTER}|对)")
_SPEECH_AFTER_RE = re.compile(rf"(?:也|还|则|更|曾|又)?(?:{SPEECH_AFTER})")
_NOT_NAME_START = re.compile("今|昨|明|日前|近日|此前|目前|也|还|则|曾|将|已|在|对|表|称|否|仍|正")
# Never the start of a name of any length: a time word or an adverb after the title (发言人昨日回应, 分析师亦提醒).
_NEVER_NAME_START = re.compile("(?:今|昨|明|前|当)(?:日|天|年)|日前|近日|此前|目前|早前|稍早|亦|也|还|则|又|更|均|都|并|将|已|正|仍|再|随即")
_EN_PERSON = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2}"
_EN_SPEAKER = re.compile(
    rf"(?P<name>{_EN_PERSON})(?:,\s(?P<app>[^,]{{2,60}}),|(?<=[a-z]),)?\s(?:said|says|told|added|noted|wrote|confirmed|announced)\b"
    rf"|\b(?:said|says|according to)\s(?:\w+\s){{0,4}}?(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s)?(?P<name2>{_EN_PERSON})\b"
)
_EN_TITLED = re.compile(
    rf"\b(?:CEO|chief executive|Chief Executive|chairman|Chairman|founder|President|president|analyst|spokesperson|spokesman|spokeswoman)\s(?P<name>{_EN_PERSON})\b"
)
_UPPER = re.compile("[A-Z]")
_ORG_APPOSITION = re.compile(
    r"^(?:a|an|the)\s.*\b(?:startup|start-up|company|firm|maker|provider|developer|retailer|bank|lender|insurer|"
    r"manufacturer|supplier|operator|carrier|platform|conglomerate|giant|subsidiary|unit|brand)s?\b"
)
NOT_PERSON_EN = frozenset("The This That People Sources Analysts Officials Executives".split())
# Capitalized titles written before a name ("Chief Executive Frank Ostermann said"): not part of it.
EN_TITLE_WORDS = frozenset(
    "Chief Executive Officer President Chairman Chairwoman Founder Co-founder Director Head Vice Senior Managing "
    "General Manager Analyst Spokesperson Spokesman Spokeswoman Minister Secretary Governor Partner Chair Deputy "
    "Principal Professor Dr Mr Mrs Ms".split()
)


@dataclass(frozen=True, slots=True)
class PersonFound:
    start: int
    end: int
    text: str
    rule: str  # titled | speaker


def discover_people(text: str, norm: str) -> list[PersonFound]:
    """Person names in one sentence, by title or verb of speech."""
    out: list[PersonFound] = []
    zh = () if norm.isascii() else ((_ZH_TITLED, "titled"), (_ZH_SPEAKER, "speaker"))
    en = ((_EN_TITLED, "titled"), (_EN_SPEAKER, "speaker")) if _UPPER.search(text) else ()
    for regex, rule in zh:
        for m in regex.finditer(norm):
            s, e = m.span("name")
            if norm[s:e].endswith(("时", "人士", "人员")) or norm[s:e].startswith(("采访", "接受")):
                continue  # 接受财联社记者采访时表示: the interview, not a name; 董秘办人士: someone at an office
            if text[s:e] in ("我们", "他们", "对此", "公司", "记者", "该公司", "双方") or _SPEECH_START.match(
                norm[s:e]
            ):
                continue
            if _NEVER_NAME_START.match(norm, s) or _SPEECH_AFTER_RE.search(norm, s + 1, e):
                continue  # …, and 董事长室表示: an office, then its verb of speech
            if e - s == 4 and (_NOT_NAME_START.match(norm[s:e]) or not _SPEECH_AFTER_RE.match(norm, e)):
                continue  # 山本健太表示 is a name; 发言人今日否认 is a time and a verb
            out.append(PersonFound(s, e, text[s:e], rule))
    for regex, rule in en:  # both need a capitalized name; most Chinese sentences have none
        for m in regex.finditer(text):
            group = (
                "name"
                if m.group("name")
                else "name2"
                if "name2" in m.groupdict() and m.group("name2")
                else None
            )
            if not group:
                continue
            s, e = m.span(group)
            while text[s:e].split()[0] in EN_TITLE_WORDS and len(text[s:e].split()) > 2:
                s += len(text[s:e].split()[0]) + 1  # "Executive Frank Ostermann" → "Frank Ostermann"
            if text[s:e].split()[0] in NOT_PERSON_EN or text[s:e].split()[0] in EN_TITLE_WORDS:
                continue
            if "app" in m.groupdict() and m.group("app") and _ORG_APPOSITION.search(m.group("app")):
                continue  # "Lumen Health, a Boston-based startup, said": a company, not a person
            out.append(PersonFound(s, e, text[s:e], rule))
    out.sort(key=lambda p: (p.start, -p.end))
    deduped: list[PersonFound] = []
    for p in out:
        if not deduped or p.start >= deduped[-1].end:
            deduped.append(p)
    return deduped
