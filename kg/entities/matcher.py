"""Multi-pattern alias matching (Aho–Corasick) over normalized text → non-overlapping mentions.

Matching runs on `normalize(text)` (Simplified, half-width, lower-case), so 阿里巴巴集團 and ＡＬＩＢＡＢＡ
hit one pattern; the mention keeps the text as written. A name spelled with a capital matches only text
that starts with one (Apple, not apple), unless the table also spells it lower-case (adidas).
"""

from __future__ import annotations

from collections.abc import Mapping

import ahocorasick

from kg.entities.lexicon import ZH_PLACES, ZH_STRADDLE_WORDS
from kg.normalize import normalize

STRADDLE = frozenset(ZH_STRADDLE_WORDS) | ZH_PLACES


def _is_word(c: str) -> bool:
    return c.isascii() and c.isalnum()


class AliasMatcher:
    """Finds the longest non-overlapping gazetteer spellings in a text.

    >>> m = AliasMatcher({"阿里巴巴": "alibaba", "阿里": "alibaba", "Apple": "apple"})
    >>> [(t, eid) for _, _, t, eid in m.find("苹果与阿里巴巴集團、Apple Inc合作; pineapple, an apple")]
    [('阿里巴巴', 'alibaba'), ('Apple', 'apple')]
    >>> AliasMatcher({"南航": "china-southern"}).find("云南航天与南航签约")
    [(5, 7, '南航', 'china-southern')]
    """

    def __init__(self, names: Mapping[str, str]) -> None:
        self._auto = ahocorasick.Automaton()
        keys: dict[str, tuple[str, bool]] = {}
        for name, eid in names.items():
            key = normalize(name.strip())
            if len(key) >= 2 or (len(key) == 1 and not key.isascii()):
                first, capital = keys.get(key, (eid, True))
                keys[key] = (first, capital and name.strip()[:1].isupper())  # a lower-case spelling (adidas) allows it
        for key, (eid, capital) in keys.items():
            self._auto.add_word(key, (len(key), eid, capital))
        if keys:
            self._auto.make_automaton()
        self._empty = not keys

    def find(self, text: str, norm: str | None = None) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, entity id) for each match, longest first, no overlaps, in order."""
        if self._empty:
            return []
        norm = normalize(text) if norm is None else norm
        hits = []
        for end_idx, (length, eid, capital) in self._auto.iter(norm):
            start, end = end_idx - length + 1, end_idx + 1
            if capital and text[start].islower():
                continue  # "Stripe" the company, not a stripe; "Grab" the company, not to grab
            # Latin names match whole words only: "Apple" is not inside "pineapple".
            if _is_word(norm[start]) and start > 0 and _is_word(norm[start - 1]):
                continue
            if _is_word(norm[end - 1]) and end < len(norm) and _is_word(norm[end]):
                continue
            if length <= 2 and not norm[start].isascii() and self._inside_word(norm, start, end):
                continue
            if norm.endswith("银行", start, end) and norm[end : end + 1] in ("业", "间"):
                continue  # 上海银行间同业拆放利率, 北京银行业: the banking sector, not the bank
            hits.append((start, end, eid))
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken: list[tuple[int, int, str, str]] = []
        used = bytearray(len(norm))
        for start, end, eid in hits:
            if any(used[start:end]):
                continue
            used[start:end] = b"\x01" * (end - start)
            taken.append((start, end, text[start:end], eid))
        return sorted(taken)

    def _inside_word(self, norm: str, start: int, end: int) -> bool:
        """A short Chinese alias that is part of a longer word or name: 南航 in 云南航天, 联电 in 百联电子."""
        if start > 0 and (norm[start - 1 : start + 1] in STRADDLE or self._auto.match(norm[start - 1 : end])):
            return True
        return end < len(norm) and norm[end - 1 : end + 1] in STRADDLE
