"""Split one paragraph into sentences: Chinese rules (。！？；…, ASCII ?!; too) when it holds CJK text,
English rules (. ? ! before a capital, minus abbreviations, initials and decimals) otherwise.

A single regex finds candidate terminators; a few character tests decide each one, so it stays fast.

>>> split_sentences("“他们交谈了。最终，选择与我们做生意。”蔡崇信直言。好！", "zh-CN")
['“他们交谈了。', '最终，选择与我们做生意。”蔡崇信直言。', '好！']
>>> split_sentences("Mr. J. P. Morgan paid $3.5 bn. Shares rose.", "en")
['Mr. J. P. Morgan paid $3.5 bn.', 'Shares rose.']
"""

from __future__ import annotations

import re

from kg.corpus.markdown import is_cjk

__all__ = ["split_sentences"]

_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CANDIDATE = re.compile(r"…+|\.{2,}|[。！？；]+[!?]*|[!?;.]+[。！？；]*")
_CLOSERS = frozenset("”’」』）)]》〉】")
_STRAIGHT_QUOTES = frozenset("\"'")
_QUOTE_CLOSERS = frozenset("”’」』\"'")
_EN_NEXT = frozenset("\"“‘'([（「『")  # besides capitals and digits, these may start an English sentence
_URLISH = frozenset("=&/%_-.,:#@")

_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "jr", "sr", "st", "vs", "mt", "ft", "gen", "bros"}
    | {"pte", "pty", "bhd", "sdn", "plc", "llc", "s.a", "n.v", "k.k", "s.p.a"}  # Lumen Pay Pte. Ltd., Sdn. Bhd.
    | {"gov", "sen", "rep", "rev", "messrs", "u.s", "u.k", "u.n", "u.s.a", "e.g", "i.e", "a.k.a"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def split_sentences(paragraph: str, lang: str) -> list[str]:
    """Split ``paragraph`` into stripped, non-empty sentences, terminators and closing quotes kept.

    Chinese rules apply when ``lang`` is Chinese or the paragraph contains ideographs; a quotation that
    ends in a terminator and runs straight on into text (``。”蔡崇信直言``) stays one sentence.

    >>> split_sentences("Is it 3.5? Yes... no, it's Apple Inc. Really!", "en")
    ['Is it 3.5?', "Yes... no, it's Apple Inc. Really!"]
    """
    text = paragraph.strip()
    if not text:
        return []
    chinese = bool(_IDEOGRAPH.search(text)) and (lang.startswith("zh") or _mostly_cjk(text))
    sentences: list[str] = []
    start = 0
    n = len(text)
    for match in _CANDIDATE.finditer(text):
        term_start, end = match.span()
        if term_start < start:  # already swallowed as a closer
            continue
        term = match.group()
        closed_by_quote = False
        while end < n and (
            text[end] in _CLOSERS
            or (text[end] in _STRAIGHT_QUOTES and text.count(text[end], start, end) % 2 == 1)
        ):
            closed_by_quote = closed_by_quote or text[end] in _QUOTE_CLOSERS
            end += 1
        if end >= n:
            break
        if _is_boundary(text, term_start, term, end, chinese, closed_by_quote):
            sentence = text[start:end].strip()
            if sentence:
                sentences.append(sentence)
            start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _mostly_cjk(text: str) -> bool:
    """More ideographs than a third of the letters: a Chinese paragraph with English names in it."""
    ideographs = len(_IDEOGRAPH.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return ideographs * 3 >= latin


def _is_boundary(text: str, term_start: int, term: str, end: int, chinese: bool, quoted: bool) -> bool:
    """Decide whether the terminator run ``term`` (closers up to ``end``) ends a sentence."""
    nxt = text[end]
    if chinese:
        if quoted and (_IDEOGRAPH.match(nxt) or (nxt.isascii() and nxt.isalpha())):
            return False  # “……。”蔡崇信直言: the quote runs on into its attribution
        if term[0] in "。！？；…" or term[-1] in "。！？；…":
            return True
        if term.startswith(".."):
            return not (nxt.isascii() and nxt.isalnum())
        if term != ".":  # ASCII ? ! ; (maybe doubled), used as Chinese punctuation
            return not (nxt.isascii() and nxt.isalnum()) and nxt not in _URLISH
        following = _next_visible(text, end)
        if _word_before(text, term_start).lower() in _ABBREVIATIONS:
            return False  # 婉拒了欧文斯伊利诺伊公司（O-I Glass, Inc.）提出的…: a legal ending, not a full stop
        if following and is_cjk(following) and not _is_initial(text, term_start):
            return True
    elif term[0] in "。！？；" or term[-1] in "。！？；":
        return True
    return _english_boundary(text, term_start, term, end)


def _english_boundary(text: str, term_start: int, term: str, end: int) -> bool:
    """``.`` ``?`` ``!`` then whitespace and a capital, digit or quote; not after an abbreviation."""
    if term == ";" or set(term) <= {";"} or not text[end].isspace():
        return False
    following = _next_visible(text, end)
    if not following or not (
        following.isupper() or following.isdigit() or following in _EN_NEXT or _IDEOGRAPH.match(following)
    ):
        return False
    if term != ".":
        return True
    word = _word_before(text, term_start)
    if word.lower() in _ABBREVIATIONS or _is_initial(text, term_start):
        return False
    return not (word == "No" and following.isdigit())


def _next_visible(text: str, i: int) -> str:
    """The first non-space character at or after ``i`` ('' at the end)."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return text[i] if i < n else ""


def _word_before(text: str, i: int) -> str:
    """The token that ends at ``i``, without leading brackets or quotes: ``(U.S`` → ``U.S``."""
    j = i
    while j > 0 and not text[j - 1].isspace() and not is_cjk(text[j - 1]):
        j -= 1
    return text[j:i].lstrip("\"'“‘([")


def _is_initial(text: str, i: int) -> bool:
    """A single capital letter before the dot: ``J.`` in "J. P. Morgan", ``S.`` in "U.S."."""
    return (
        i >= 1 and text[i - 1].isupper() and text[i - 1].isascii() and (i == 1 or not text[i - 2].isalpha())
    )
