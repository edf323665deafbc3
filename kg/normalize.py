"""Length-preserving text normalization for matching: Traditional → Simplified, full-width → ASCII,
Cantonese function words → Mandarin, Latin lower-cased. Offsets in the normalized text equal offsets in the original, so a match found on
the normalized form can quote the original text as evidence and label.

>>> normalize("阿里巴巴集團與蘋果合作，ＡＢＣ")
'阿里巴巴集团与苹果合作,abc'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """One character → one character: OpenCC's Traditional→Simplified table plus NFKC width folding."""
    table: dict[int, str] = {}
    path = Path(str(resources.files("opencc"))) / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            src, dst = parts[0], parts[1].split(" ")[0]
            if len(src) == 1 and len(dst) == 1 and src != dst:
                table[ord(src)] = dst
    # OpenCC maps a few characters that are also valid Simplified; keep those as written.
    for keep in "乾著於":
        table.pop(ord(keep), None)
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII → ASCII
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("（", "("), ("）", ")"),
                 ("「", '"'), ("」", '"'), ("『", '"'), ("』", '"'), ("〝", '"'), ("〞", '"')):
        table[ord(a)] = b
    # Cantonese (Hong Kong) function words → their Mandarin counterparts, one character each: 集團已決定唔再同
    # foodpanda續約 reads as 集团已决定不再同foodpanda续约 (characters that Mandarin text does not use so)
    for a, b in (("唔", "不"), ("冇", "没"), ("喺", "在"), ("咗", "了"), ("嘅", "的"), ("佢", "他"), ("哋", "们"),
                 ("嗰", "那"), ("啲", "些"), ("畀", "给")):
        table[ord(a)] = b
    return table


def normalize(text: str) -> str:
    """Same-length normalized copy of `text` for matching (see module docstring)."""
    out = text.translate(_table())
    low = out.lower()
    if len(low) == len(out):  # true except for rare letters such as İ, whose lower case is longer
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)


def ts_characters() -> dict[str, str]:
    """OpenCC's one-character Traditional → Simplified pairs (the part of the table that folds scripts)."""
    return {chr(k): v for k, v in _table().items() if k > 0x2E80 and not 0xFF01 <= k < 0xFF5F and len(v) == 1}


@lru_cache(maxsize=1 << 16)  # names recur across a build; folding showed up as ~10% of extraction
def fold(text: str) -> str:
    """Key for comparing names: NFKC, Simplified, lower-case, no spaces or light punctuation.

    >>> fold("Alibaba Group Holding Ltd.") == fold("alibaba group holding ltd")
    True
    """
    s = unicodedata.normalize("NFKC", normalize(text))
    return "".join(c for c in s if c.isalnum())
