"""Markdown → plain paragraphs, tuned for scraped news: images dropped, links kept as their text,
emphasis and chrome (``**|**|****``) removed, and the trailing ``[site](url)`` line taken as the URL.

>>> to_paragraphs("# Title\\n\\n**阿里**与![图](x.png)[苹果](https://a.cn)合作。\\n\\n[qq](https://new.qq.com/a/1)")
(['Title', '阿里与苹果合作。'], 'https://new.qq.com/a/1')
"""

from __future__ import annotations

import html
import re

__all__ = ["to_paragraphs", "is_cjk"]

_CJK_CLASS = "\u2e80-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK = re.compile(f"[{_CJK_CLASS}]")

# Whole-line patterns.
_TRAILING_LINK = re.compile(r"^\s*\[([^\[\]\n]+)\]\(\s*(https?://[^\s()]+)\s*\)\s*$")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_CHROME_LINE = re.compile(r"^[\s*|\-_:=~+]*$")  # rules, table separators, `**|**|` leftovers
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_BLOCKQUOTE = re.compile(r"^\s*(?:>\s?)+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•·]|\d{1,3}[.)])\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•·‧▪►]|\d{1,3}[.)])")

# Page chrome that lists other stories: a heading such as 延伸閱讀 / "Read more", and the headlines after
# it (list items, or short lines that end in no sentence punctuation), up to the next paragraph of prose.
_RELATED_HEADING = re.compile(
    r"(?i)(?:延伸閱讀|延伸阅读|相關新聞|相关新闻|相關閱讀|相关阅读|相關報導|相关报道|推薦閱讀|推荐阅读|熱門新聞|热门新闻|"
    r"更多新聞|更多新闻|看更多|猜你喜歡|猜你喜欢|你可能也想看|read more|related(?: articles| stories| coverage| news)?|"
    r"more from [\w .]{1,40}|recommended(?: stories)?|most (?:popular|read)|topics|trending)\s*[:：]?"
)
_RELATED_LINE = re.compile(r"(?i)^(?:read more|related|see also|also read|延伸閱讀|延伸阅读|相關新聞|相关新闻|相关阅读|相關閱讀)\s*[:：]")
# A share bar: "Share · X · Facebook · LinkedIn · Email", 分享到：微信　微博　QQ空间 (no prose, and no company it names
# is one the story is about)
_SOCIAL = r"(?:Share(?: this (?:article|story|page|post))?|Gift(?: this)? article|Save|Print(?: this page)?|Email|E-mail|X|Twitter|Facebook|LinkedIn|WhatsApp|Telegram|LINE|Reddit|Weibo|WeChat|" \
          r"微信|微博|QQ空间|QQ|電郵|电邮|列印|打印|複製連結|复制链接|Copy link)"
_SHARE_BAR = re.compile(rf"(?i)(?:Share(?: this (?:article|story|page|post))?|分享(?:到|至)?)\s*[:：]?\s*(?:{_SOCIAL}(?:\s*[·|｜/•,、]\s*|\s+|$))*|(?:{_SOCIAL}\s*[·|｜/•]\s*)+{_SOCIAL}")
_SENTENCE_END = re.compile(r"[。.!?！？\"”」』)）]\s*$")

# Inline patterns, applied in this order to a joined paragraph; spans are bounded to stay linear.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]{0,300}\")?\s*\)"  # (url "optional title")
_IMAGE = re.compile(rf"!\[[^\[\]\n]*\](?:{_TARGET}|\[[^\[\]\n]*\])")
_LINK = re.compile(rf"\[([^\[\]\n]*)\]{_TARGET}|\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_HTML_COMMENT = re.compile(r"<!--.{0,5000}?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_BOLD = re.compile(r"(\*\*|__)(?=[^\s*_])(.{1,1000}?)(?<=[^\s*_])\1")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.{1,1000}?)(?<=[^\s*])\*(?![*\w])")
_STRIKE = re.compile(r"~~(?=\S)(.{1,1000}?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]{1,1000}?)`+")
_STARS = re.compile(r"\*{2,}")
_PIPES = re.compile(r"\s*\|(?:\s*\|)+\s*")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_MARKUP = re.compile(r"[\\`*_\[<~|&]")  # a character some inline pattern needs; most news prose has none
_NEW_TAB = re.compile(r"(?i),?\s*opens (?:in )?(?:a )?new (?:tab|window)\b")  # Reuters' link chrome: "Rolls-Royce (RR.L), opens new tab has signed"
_PUA = 0xE000  # escaped punctuation is parked in the Private Use Area while markup is stripped


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph, kana, or full-width / CJK punctuation character.

    >>> is_cjk("阿"), is_cjk("，"), is_cjk("A")
    (True, True, False)
    """
    return bool(_CJK.match(char))


def to_paragraphs(body: str) -> tuple[list[str], str | None]:
    """Strip Markdown from ``body``; return its non-empty plain paragraphs and the trailing link's URL.

    Paragraphs are separated by blank lines; headings are paragraphs of their own.

    >>> to_paragraphs("Setext\\n======\\nline one\\nline two\\n\\n* item")
    (['Setext', 'line one line two', 'item'], None)
    """
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    url = _pop_trailing_link(lines)
    blocks: list[list[str]] = []
    listed: list[bool] = []  # per block: every line of it was a list item (a bullet or a number)
    current: list[str] = []
    bullets = 0

    def flush() -> None:
        nonlocal bullets
        if current:
            blocks.append(current.copy())
            listed.append(bullets == len(current))
            current.clear()
        bullets = 0

    for raw in lines:
        line = raw.strip()
        if not line or _FENCE.match(line):
            flush()
        elif _SETEXT_UNDERLINE.match(line) and current:
            heading = current.pop()
            flush()
            blocks.append([heading])
            listed.append(False)
        elif heading := _ATX_HEADING.match(line):
            flush()
            blocks.append([heading.group(1) or ""])
            listed.append(False)
        elif _CHROME_LINE.match(line):
            flush()
        else:
            bullets += bool(_BULLET.match(_BLOCKQUOTE.sub("", line)))
            line = _LIST_MARKER.sub("", _BLOCKQUOTE.sub("", line), count=1)
            if line.strip():
                current.append(line.strip())
    flush()

    paragraphs = []
    related = False  # inside a list of other stories, after its heading
    for block, is_list in zip(blocks, listed, strict=True):
        text = _inline(_join(block))
        if not text:
            continue
        if _RELATED_HEADING.fullmatch(text):
            related = True
            continue
        if related and (is_list or (len(text) < 80 and not _SENTENCE_END.search(text))):
            continue  # a headline of another story
        related = False
        if _SHARE_BAR.fullmatch(text):
            continue
        if not _RELATED_LINE.match(text):  # "Read more: Novo's parent completes …"
            paragraphs.append(text)
    return paragraphs, url


def _pop_trailing_link(lines: list[str]) -> str | None:
    """Remove the last non-blank line when it is a lone ``[site](http…)`` link; return its URL."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip():
            match = _TRAILING_LINK.match(lines[i])
            if match:
                del lines[i]
                return match.group(2)
            return None
    return None


def _join(lines: list[str]) -> str:
    """Join the lines of one paragraph: a space between two Latin sides, nothing next to CJK."""
    text = lines[0]
    for line in lines[1:]:
        glue = "" if is_cjk(text[-1]) or is_cjk(line[0]) else " "
        text = f"{text}{glue}{line}"
    return text


def _park(match: re.Match[str]) -> str:
    return chr(_PUA + ord(match.group(1)))


def _inline(text: str) -> str:
    """Strip inline markup from one joined paragraph and tidy its whitespace."""
    if "new " in text:
        text = _NEW_TAB.sub("", text)
    if not _MARKUP.search(text):
        return _SPACES.sub(" ", text).strip(" |").strip()
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE.sub(_park, text)
    if "<" in text:
        text = _HTML_COMMENT.sub("", text)
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _HTML_TAG.sub("", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _BOLD.sub(r"\2", text)
        text = _ITALIC.sub(r"\1", text)
    if "~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "*" in text:
        text = _STARS.sub("", text)
    if "|" in text:
        text = _PIPES.sub("|", text)
    if "&" in text:
        text = html.unescape(text)
    text = _SPACES.sub(" ", text).strip(" |")
    if escaped:
        text = "".join(chr(ord(c) - _PUA) if _PUA <= ord(c) < _PUA + 128 else c for c in text)
    return text.strip()
