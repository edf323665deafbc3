"""Reading one file: metadata rules (dates, site, URL, lang, YAML coercion) and the reasons bad files give."""

import codecs
import doctest
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import kg.corpus.reader
from kg.corpus.reader import detect_lang, normalize_lang, parse_article, parse_date, read_article
from kg.errors import LoadError

CST = timezone(timedelta(hours=8))
QQ = "https://new.qq.com/rain/a/20250213A061ZL00"
BODY = "阿里巴巴与苹果合作。\n\n蔡崇信确认了合作。\n"


def article(front: str, body: str = BODY, name: str = "20250213_qq.md"):
    """Parse an inline article: ``front`` is the YAML between the ``---`` lines ('' for none)."""
    text = f"---\n{front}\n---\n\n{body}" if front else body
    return parse_article(Path(name), text.encode("utf-8"))


@pytest.mark.parametrize(
    ("front", "date"),
    [
        ('date: "2025-02-13 16:49:14"', datetime(2025, 2, 13, 16, 49, 14, tzinfo=CST)),
        ("date: 2025-02-13 16:49:14", datetime(2025, 2, 13, 16, 49, 14, tzinfo=CST)),  # YAML datetime, naive
        ("date: 2025-02-13", datetime(2025, 2, 13, tzinfo=CST)),  # YAML date
        ('date: "2025-02-13T16:49:14+08:00"', datetime(2025, 2, 13, 16, 49, 14, tzinfo=CST)),
        ("date: 2025-02-13T08:49:14Z", datetime(2025, 2, 13, 8, 49, 14, tzinfo=UTC)),
        ('date: "2025/02/13"', datetime(2025, 2, 13, tzinfo=CST)),
        ('date: "2025年2月13日"', datetime(2025, 2, 13, tzinfo=CST)),
        ('date: "2025年2月13日 16:49"', datetime(2025, 2, 13, 16, 49, tzinfo=CST)),
        ('date: "Thu, 13 Feb 2025 16:49:14 +0800"', datetime(2025, 2, 13, 16, 49, 14, tzinfo=CST)),
        ('date: "2025-02-13 16:49:14"\nlang: en', datetime(2025, 2, 13, 16, 49, 14, tzinfo=UTC)),
        ('date: "yesterday"', None),
        ('date: "2025-02-30"', None),
        ("date: 12:30", None),  # YAML 1.1 reads this as the integer 750
        ("date:", None),
        ("title: x", None),
    ],
)
def test_date_is_timezone_aware_or_none(front: str, date: datetime | None) -> None:
    found = article(front).date
    assert found == date
    assert found is None or found.utcoffset() == date.utcoffset()


@pytest.mark.parametrize(
    ("front", "site"),
    [
        ('categories:\n  - "qq"\n  - "news"', "qq"),
        ("categories: iyiou", "iyiou"),
        ("site: Reuters", "Reuters"),
        ("source: 每日经济新闻", "每日经济新闻"),
        ("categories: []\nsite: Reuters", "Reuters"),
        ("source: https://a.com/x", None),
        ("title: x", None),
    ],
)
def test_site(front: str, site: str | None) -> None:
    assert article(front).site == site


@pytest.mark.parametrize(
    ("front", "body", "url"),
    [
        ("url: https://a.com/1", BODY + f"\n[qq]({QQ})", "https://a.com/1"),
        ("link: http://a.com/2", BODY, "http://a.com/2"),
        ("source_url: https://a.com/3", BODY, "https://a.com/3"),
        ("title: x", BODY + f"\n[qq]({QQ})\n\n", QQ),
        ("url: ftp://a.com/4", BODY, None),
        ("url: not a url", BODY, None),
        ("title: x", BODY, None),
    ],
)
def test_url(front: str, body: str, url: str | None) -> None:
    found = article(front, body)
    assert found.url == url
    assert all("](" not in p and p != "qq" for p in found.paragraphs)


@pytest.mark.parametrize(
    ("front", "body", "title"),
    [
        ('title: "传了一天，终于确认了！"', BODY, "传了一天，终于确认了！"),
        ("title: NO", BODY, "NO"),  # YAML 1.1 would make this False
        ("title: 2025", BODY, "2025"),
        ("title: 12:30", BODY, "12:30"),  # … and this 750
        ("title:\ndate: 2025-02-13", "# 阿里拿下**苹果**大单\n\n正文。", "阿里拿下苹果大单"),
        ("", "Setext 标题\n=====\n\n正文。", "Setext 标题"),
        ("", "第一行就是标题\n\n正文。", "第一行就是标题"),
        ("", "![图片](https://x/1.png)\n**粗体第一行**\n\n正文。", "粗体第一行"),
    ],
)
def test_title(front: str, body: str, title: str) -> None:
    assert article(front, body).title == title


@pytest.mark.parametrize(
    ("front", "body", "lang"),
    [
        ('lang:\n  - "zh-CN"', BODY, "zh-CN"),
        ("lang: zh-Hant", BODY, "zh-TW"),
        ("language: zh_HK", BODY, "zh-TW"),
        ("lang: zh-TW", BODY, "zh-TW"),
        ("lang: zh", BODY, "zh-CN"),
        ("lang: zh-Hans", BODY, "zh-CN"),
        ("lang: en-US", BODY, "en"),
        ("lang: [en-GB, zh-CN]", BODY, "en"),
        ("title: x", BODY, "zh-CN"),  # detected from the text
        ("title: x", "這個國家的電話與書，還有學校裡的東西。", "zh-TW"),
        ("title: x", "Apple chose Alibaba as its AI partner in China.", "en"),
        ("title: x", "苹果 chose 阿里巴巴 as its AI partner in China for iPhone users.", "en"),
        ("title: x", "苹果选择阿里巴巴作为 iPhone 的 AI 合作伙伴。", "zh-CN"),
        ("lang: klingon", "Apple chose Alibaba.", "en"),
    ],
)
def test_lang(front: str, body: str, lang: str) -> None:
    assert article(front, body).lang == lang


def test_no_front_matter_is_all_body() -> None:
    found = article("", "苹果与阿里巴巴合作\n\n正文一。\n\n---\n\n正文二。")
    assert (found.title, found.date, found.site, found.url, found.lang) == (
        "苹果与阿里巴巴合作",
        None,
        None,
        None,
        "zh-CN",
    )
    assert found.paragraphs == ("苹果与阿里巴巴合作", "正文一。", "正文二。")


def test_id_and_path_come_from_the_file_name() -> None:
    found = article("title: x", name="data/000_7cd06fb3fa13e76f.txt")
    assert (found.id, found.path) == ("000_7cd06fb3fa13e76f", Path("data/000_7cd06fb3fa13e76f.txt"))


def test_bom_does_not_hide_the_front_matter() -> None:
    data = codecs.BOM_UTF8 + f'---\ntitle: "带BOM的文章"\ncategories: [qq]\n---\n{BODY}'.encode()
    found = parse_article(Path("bom.md"), data)
    assert (found.title, found.site) == ("带BOM的文章", "qq")
    assert not any("title:" in p for p in found.paragraphs)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (codecs.BOM_UTF8 + b"\n", "empty file"),
        (b"---\ntitle: x\n---\n\n  \n", "no article text"),
        (b"---\ntitle: x\n---\n![img](https://x/1.png)\n", "no article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("苹果与阿里巴巴合作".encode("utf-16"), "UTF-16 text, not UTF-8; re-save as UTF-8"),
        (
            b"---\ntitle: x\n---\n" + "苹果与阿里巴巴合作".encode("gbk"),
            "not UTF-8 text (byte 0xb9 at offset 19); re-save as UTF-8",
        ),
        (codecs.BOM_UTF8 + "苹果".encode("gbk"), "not UTF-8 text (byte 0xb9 at offset 5); re-save as UTF-8"),
        (
            b"---\ntitle: [unclosed\ndate: 2025\n---\nbody",
            "front matter is not valid YAML (line 3: did not find expected ',' or ']')",
        ),
        (
            b"\n\n---\n\ntitle: a: b\n---\nbody",
            "front matter is not valid YAML (line 5: mapping values are not allowed in this context)",
        ),
        (
            b"---\ntitle: a: b\n---\nbody",
            "front matter is not valid YAML (line 2: mapping values are not allowed in this context)",
        ),
        (b"---\n- one\n- two\n---\nbody", "front matter is not a mapping of keys to values (it is a list)"),
        (b"---\njust words\n---\nbody", "front matter is not a mapping of keys to values (it is plain text)"),
        (
            b"---\n!!python/object:os.system x\n---\nbody",
            "front matter is not valid YAML (line 2: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system')",
        ),
    ],
)
def test_bad_input_raises_load_error_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse_article(Path("bad.md"), data)
    assert str(caught.value) == reason


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "no such file or directory"),
        (lambda p: p.mkdir(), "not a regular file"),
    ],
)
def test_read_article_reasons(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "a.md"
    make(path)
    with pytest.raises(LoadError, match=reason):
        read_article(path)


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.md"
    path.write_text("x" * 2048, encoding="utf-8")
    monkeypatch.setattr(kg.corpus.reader, "MAX_BYTES", 1024)
    with pytest.raises(LoadError, match="file too large"):
        read_article(path)


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("zh-Hant-TW", None, "zh-TW"),
        ("ZH_cn", None, "zh-CN"),
        ("en", None, "en"),
        ("fr", None, None),
        (None, None, None),
        (False, None, None),
    ],
)
def test_normalize_lang(value, lang, expected) -> None:
    assert normalize_lang(value) == expected


def test_detect_lang_and_parse_date_edges() -> None:
    assert detect_lang("") == "en"
    assert parse_date(1739436554) == datetime(2025, 2, 13, 8, 49, 14, tzinfo=UTC)
    assert parse_date(True) is None


def test_doctests() -> None:
    assert doctest.testmod(kg.corpus.reader).failed == 0
