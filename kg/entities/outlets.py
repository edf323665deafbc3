"""News outlets the gazetteer does not know, found where the text cites them as a source.

Only a name in a citation slot (据X报道, 另据X消息, according to X, X reported) that ends the way an
outlet's name does (新闻, 日报, 网, 社…; News, Times, Journal…) counts, so 据知情人士透露 and 据公司公告
stay what they are; or an English name the text calls an outlet ("newspaper Valor Economico"). Endings are data keyed by language (kg.entities.lexicon.OUTLET_ENDINGS).

>>> [f.text for f in discover_outlets("另据界面新闻报道，广汽正与华为洽谈。")]
['界面新闻']
>>> [f.text for f in discover_outlets("The deal was first reported by the Nikkei Asian Review on Monday.")]
['Nikkei Asian Review']
>>> [f.text for f in discover_outlets("Glencore denied it, after South African outlet Business Day said so.")]
['Business Day']
>>> [f.text for f in discover_outlets("據韓國遊戲媒體《Inven》報導，雙方已接觸。")]
['Inven']
>>> discover_outlets("据知情人士透露，双方已签约。")
[]
"""

from __future__ import annotations

import re

from kg.entities.discovery import Found
from kg.entities.lexicon import OUTLET_ENDINGS, OUTLET_NOT_START
from kg.normalize import normalize

_ZH_ENDING = "|".join(sorted(OUTLET_ENDINGS["zh"], key=len, reverse=True))
_EN_ENDING = "|".join(OUTLET_ENDINGS["en"])
_ZH_CITED = re.compile(
    r"(?:^|(?<=[,。;:\"\s(]))(?:另|又|亦)?(?:据|根据|援引|引述)(?P<name>[^,。;:\"\s]{1,12}?(?:" + _ZH_ENDING + r"))"
    r"(?:记者)?(?:的)?(?:报道|报导|消息|披露|获悉|了解|援引|独家|文章|称|指出|透露)"
)
# 据韩国游戏媒体《Inven》报导: a title in book brackets, cited as the one that reported, is an outlet.
_ZH_BOOK_CITED = re.compile(
    r"(?:据|根据|援引|引述)[^,。;:\"《]{0,10}《(?P<name>[^》,。]{2,20})》(?:的)?(?:报道|报导|消息|披露|文章|称|指出|援引|引述)"
)
_EN_NAME = rf"(?:[A-Z][\w&'.-]*\s){{0,3}}(?:{_EN_ENDING})"
_EN_CITED = re.compile(
    rf"\b(?:according to|citing|reported by|cited by)\s(?:the\s)?(?P<name>{_EN_NAME})\b"
    rf"|(?:^|(?<=[.,;]\s))(?:The\s)?(?P<name2>{_EN_NAME})\s(?:reported|reports)\b"
    # "…, The Edge Singapore reported on Sunday, citing people familiar with the matter": whoever reports,
    # citing sources, is an outlet
    r"|(?<=[.,;]\s)(?P<name3>The\s(?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*)\s(?:reported|reports)(?:\s(?:on|late on|earlier on)\s[A-Z]\w+)?,\s(?:citing|quoting)\b"
    # "after South African outlet Business Day said …" / "a report by industry newsletter Hotel Tech Report that …"
    r"|\b(?:outlet|newspaper|daily|magazine|newsletter|news site|news website|publication|broadcaster|news agency|wire service|tabloid)\s"
    r"(?P<name4>[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,3})(?=\s(?:said|says|reported|reports|wrote|writes|first reported|that|on)\b|[,.;])"
)
_ZH_NOT_START = tuple(normalize(w) for w in OUTLET_NOT_START)
_ZH_CITE_WORD = re.compile("据|援引|引述")  # a cheap pre-check: no citation verb, no outlet
_CAPITAL = re.compile("[A-Z]")


def discover_outlets(text: str, norm: str | None = None) -> list[Found]:
    """Outlet names cited as sources in one sentence (rule "outlet")."""
    norm = normalize(text) if norm is None else norm
    found = []
    if _ZH_CITE_WORD.search(norm):
        for m in _ZH_CITED.finditer(norm):
            s, e = m.span("name")
            if len(norm[s:e]) >= 3 and not norm[s:e].startswith(_ZH_NOT_START):
                found.append(Found(s, e, text[s:e], "outlet"))
        for m in _ZH_BOOK_CITED.finditer(norm):
            s, e = m.span("name")
            if not any(f.start < e and s < f.end for f in found):
                found.append(Found(s, e, text[s:e], "outlet"))
    if _CAPITAL.search(text):
        for m in _EN_CITED.finditer(text):
            group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
            s, e = m.span(group)
            if " " in text[s:e] or group == "name4":  # one word ("Insider", "Post") names no outlet on its own, unless called one
                found.append(Found(s, e, text[s:e], "outlet"))
    return found
