"""Read one news file into an :class:`~kg.model.Article`, or raise :class:`~kg.errors.LoadError` saying why not.

Handles what scraped corpora really contain: a UTF-8 BOM, YAML front matter whose values YAML 1.1 has
coerced (``NO`` → False, dates → datetime), naive dates, a trailing ``[site](url)`` line, no front matter.
"""

from __future__ import annotations

import codecs
import re
import stat
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from kg.corpus.markdown import to_paragraphs
from kg.errors import LoadError
from kg.model import Article

__all__ = ["read_article", "parse_article", "parse_date", "normalize_lang", "detect_lang", "MAX_BYTES"]

MAX_BYTES = 50 * 1024 * 1024
_SNIFF = 8192
_YAML = frontmatter.YAMLHandler()
_CHINA_TZ = timezone(timedelta(hours=8))

_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile("[A-Za-z]")
_TRADITIONAL = "這個們來說時會為國與對發經開關學體點實現電話長書車門東聽買賣讓認讀議運進過還陽險雲馬魚鳥齊龍"
_SIMPLIFIED = "这个们来说时会为国与对发经开关学体点实现电话长书车门东听买卖让认读议运进过还阳险云马鱼鸟齐龙"
_TRAD_RE = re.compile(f"[{_TRADITIONAL}]")
_SIMP_RE = re.compile(f"[{_SIMPLIFIED}]")

_DATE = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})\s*[:时時]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)


def read_article(path: Path) -> Article:
    """Read and parse the file at ``path``; raise :class:`LoadError` with a human reason if it is unusable."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise LoadError("not a regular file")
        if info.st_size > MAX_BYTES:
            raise LoadError(
                f"file too large ({info.st_size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError("no such file or directory") from None
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from None
    return parse_article(path, data)


def parse_article(path: Path, data: bytes) -> Article:
    """Parse the raw bytes of a file (named ``path``) into an :class:`Article`."""
    text = _decode(data)
    meta, raw_meta, body = _split_front_matter(text)
    paragraphs, trailing_url = to_paragraphs(body)
    if not paragraphs:
        raise LoadError("no article text")
    lang = normalize_lang(_first(meta.get("lang", meta.get("language")))) or detect_lang(body)
    return Article(
        id=path.stem,
        path=path,
        title=_title(meta, raw_meta, body, paragraphs),
        date=parse_date(meta.get("date"), lang),
        site=_site(meta),
        url=_url(meta) or trailing_url,
        lang=lang,
        paragraphs=tuple(paragraphs),
    )


def _decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (BOM stripped) only; refuse binary, UTF-16 and empty files with a reason."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoadError("UTF-16 text, not UTF-8; re-save as UTF-8")
    if b"\x00" in data[:_SNIFF]:
        raise LoadError("binary file, not text")
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start]
        raise LoadError(
            f"not UTF-8 text (byte 0x{byte:02x} at offset {exc.start + offset}); re-save as UTF-8"
        ) from None
    if not text.strip():
        raise LoadError("empty file")
    return text


def _split_front_matter(text: str) -> tuple[Mapping[str, Any], str, str]:
    """Return (metadata, raw front-matter text, body); a file without front matter is all body."""
    stripped = text.lstrip()
    opening = _YAML.FM_BOUNDARY.match(stripped)
    if not opening:
        return {}, "", text
    closing = _YAML.FM_BOUNDARY.search(stripped, opening.end())
    if not closing:  # an opening `---` with no closing one: a horizontal rule, not front matter
        return {}, "", text
    raw, body = stripped[opening.end() : closing.start()], stripped[closing.end() :]
    try:
        meta = _YAML.load(raw)
    except yaml.YAMLError as exc:
        first_line = (
            text[: len(text) - len(stripped)].count("\n") + stripped.count("\n", 0, opening.end()) + 1
        )
        raise LoadError(f"front matter is not valid YAML ({_yaml_problem(exc, first_line)})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        kind = {"list": "a list", "str": "plain text"}.get(type(meta).__name__, f"a {type(meta).__name__}")
        raise LoadError(f"front matter is not a mapping of keys to values (it is {kind})")
    if not body.strip():
        raise LoadError("no article text")
    return meta, raw, body


def _yaml_problem(exc: yaml.YAMLError, first_line: int) -> str:
    """``line N: problem`` with N counted in the file; the front matter text starts on ``first_line``."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc).splitlines()[0]
    if mark is None:
        return str(problem)
    return f"line {mark.line + first_line}: {problem}"


def _first(value: Any) -> Any:
    """The first item of a list, or the value itself."""
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value


def _text(value: Any, raw_meta: str = "", key: str = "") -> str | None:
    """A metadata value as text. YAML-coerced scalars (``NO`` → False, ``12:30`` → 750) are read back
    from the raw front-matter line when ``key`` is given, so the text is what the author wrote."""
    if value is None:
        return None
    if isinstance(value, bool | int | float) and key:
        match = re.search(rf"^{re.escape(key)}\s*:\s*(.+?)\s*$", raw_meta, re.MULTILINE)
        if match:
            return match.group(1).strip("\"'").strip() or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list | tuple):
        return None
    text = str(value).strip()
    return text or None


def _title(meta: Mapping[str, Any], raw_meta: str, body: str, paragraphs: list[str]) -> str:
    """Front-matter ``title``, else the first line of text (a heading, usually), Markdown stripped."""
    title = _text(meta.get("title"), raw_meta, "title")
    if title:
        return title
    for line in body.splitlines():  # the first line that still has text once Markdown is stripped
        found, _ = to_paragraphs(line)
        if found:
            return _shorten(found[0])
    return _shorten(paragraphs[0])


def _shorten(text: str, limit: int = 200) -> str:
    """At most ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _site(meta: Mapping[str, Any]) -> str | None:
    """First of ``categories``, else ``site`` / ``source`` (unless that is a URL)."""
    for key in ("categories", "site", "source"):
        site = _text(_first(meta.get(key)))
        if site and not site.lower().startswith(("http://", "https://")):
            return site
    return None


def _url(meta: Mapping[str, Any]) -> str | None:
    """Front-matter ``url`` / ``link`` / ``source_url`` / ``source``: the first http(s) one."""
    for key in ("url", "link", "source_url", "source"):
        url = _text(_first(meta.get(key)))
        if url and url.lower().startswith(("http://", "https://")) and " " not in url:
            return url
    return None


def normalize_lang(value: Any) -> str | None:
    """A language tag → "zh-CN", "zh-TW" or "en"; None when absent or unrecognized.

    >>> [normalize_lang(v) for v in ("zh_Hant_HK", "zh", "ZH-hans", "en-US", "cn", None)]
    ['zh-TW', 'zh-CN', 'zh-CN', 'en', 'zh-CN', None]
    """
    if not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-").lower()
    parts = tag.split("-")
    if parts[0] in {"zh", "cn", "chs", "cht", "chinese"}:
        if parts[0] == "cht" or {"hant", "tw", "hk", "mo"} & set(parts[1:]):
            return "zh-TW"
        return "zh-CN"
    if parts[0] in {"en", "english"}:
        return "en"
    return None


def detect_lang(text: str) -> str:
    """Guess the language: mostly CJK → zh-CN, or zh-TW when Traditional-only characters dominate; else en.

    >>> detect_lang("苹果与阿里巴巴合作"), detect_lang("這個國家的電話"), detect_lang("Apple and Alibaba")
    ('zh-CN', 'zh-TW', 'en')
    """
    ideographs = len(_IDEOGRAPH.findall(text))
    if not ideographs or ideographs * 3 < len(_LATIN.findall(text)):
        return "en"
    return "zh-TW" if len(_TRAD_RE.findall(text)) > len(_SIMP_RE.findall(text)) else "zh-CN"


def parse_date(value: Any, lang: str = "en") -> datetime | None:
    """A front-matter date → timezone-aware datetime; naive ones get +08:00 for Chinese, else UTC.

    >>> parse_date("2025年2月13日", "zh-CN").isoformat()
    '2025-02-13T00:00:00+08:00'
    >>> parse_date("2025-02-13T16:49:14Z").isoformat(), parse_date("soon")
    ('2025-02-13T16:49:14+00:00', None)
    """
    default_tz = _CHINA_TZ if lang.startswith("zh") else UTC
    found: datetime | None = None
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, date):
        found = datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float) and not isinstance(value, bool) and 1e9 <= value < 1e10:
        found = datetime.fromtimestamp(value, UTC)
    elif isinstance(value, str):
        found = _parse_date_text(value.strip())
    if found is None:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=default_tz)


def _parse_date_text(text: str) -> datetime | None:
    """ISO 8601, ``2025/02/13``, ``2025年2月13日 16:49``, or an RFC 2822 e-mail date; None otherwise."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    match = _DATE.match(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            found = datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            )
        except ValueError:
            return None
        return found.replace(tzinfo=_zone(zone)) if zone else found
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _zone(text: str) -> timezone:
    """``Z`` / ``UTC`` / ``+08:00`` / ``+0800`` → a fixed-offset timezone."""
    if text.upper() in {"Z", "UTC", "GMT"}:
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
