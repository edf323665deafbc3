"""load_corpus over a folder of good and broken files, and over the five real articles in data/."""

import codecs
from datetime import timedelta
from pathlib import Path

import pytest

from kg.corpus import load_corpus
from kg.corpus.sentences import split_sentences
from kg.model import Article, Skipped

DATA = Path(__file__).resolve().parents[2] / "data"
GOOD = (
    '---\ntitle: "{title}"\ndate: "2025-02-13 16:49:14"\ncategories:\n  - "qq"\n---\n\n阿里巴巴与苹果合作。\n'
)

# file name → bytes written, and the reason it is skipped (None: it loads)
FOLDER: dict[str, tuple[bytes, str | None]] = {
    "a_good.md": (GOOD.format(title="好文章").encode(), None),
    "b_bad_yaml.md": (b"---\ntitle: [unclosed\n---\nbody\n", "YAML"),
    "c_gbk.txt": (b"---\ntitle: gbk\n---\n" + "苹果与阿里巴巴合作".encode("gbk"), "UTF-8"),
    "d_empty.txt": (b"", "empty"),
    "e_binary.md": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
    "f_bom.MD": (codecs.BOM_UTF8 + GOOD.format(title="带BOM").encode(), None),
    "g_no_text.markdown": (b"---\ntitle: only metadata\n---\n", "no article text"),
    "nested/deeper/h_nested.txt": (GOOD.format(title="嵌套").encode(), None),
    "picture.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "ignored"),
    ".hidden.md": (GOOD.format(title="hidden").encode(), "ignored"),
    ".git/i_hidden_dir.md": (GOOD.format(title="hidden dir").encode(), "ignored"),
    "notes.json": (b"{}", "ignored"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, (data, _) in FOLDER.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return tmp_path


def test_folder_loads_good_files_and_skips_broken_ones_with_reasons(folder: Path) -> None:
    results = list(load_corpus([folder]))
    expected = {name: reason for name, (_, reason) in FOLDER.items() if reason != "ignored"}
    assert [r.path.relative_to(folder).as_posix() for r in results] == sorted(expected)  # sorted walk
    for result in results:
        reason = expected[result.path.relative_to(folder).as_posix()]
        if reason is None:
            assert isinstance(result, Article), result
            assert result.site == "qq" and result.paragraphs == ("阿里巴巴与苹果合作。",)
        else:
            assert isinstance(result, Skipped)
            assert reason in result.reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("b_bad_yaml.md", "front matter is not valid YAML (line 3: "),
        ("c_gbk.txt", "not UTF-8 text (byte 0xb9 at offset 21); re-save as UTF-8"),
        ("d_empty.txt", "empty file"),
        ("e_binary.md", "binary file, not text"),
        ("g_no_text.markdown", "no article text"),
    ],
)
def test_reasons_are_readable(folder: Path, name: str, reason: str) -> None:
    (skipped,) = load_corpus([folder / name])
    assert skipped == Skipped(folder / name, skipped.reason)
    assert skipped.reason.startswith(reason)


def test_missing_paths_files_and_repeats(folder: Path) -> None:
    missing = folder / "nope"
    results = list(
        load_corpus([missing, str(folder / "a_good.md"), folder / "picture.png", folder / "nested"])
    )
    assert results[0] == Skipped(missing, "no such file or directory")
    assert [r.title for r in results if isinstance(r, Article)] == ["好文章", "嵌套"]
    assert isinstance(results[2], Skipped) and "binary" in results[2].reason  # a file named outright is read
    assert list(load_corpus([folder / "a_good.md", folder / "a_good.md"]))[1:] == []  # read once


def test_empty_input() -> None:
    assert list(load_corpus([])) == []


REAL = {
    "000_7cd06fb3fa13e76f": (
        "传了一天，终于确认了！阿里拿下苹果公司大生意！",
        "qq",
        "https://new.qq.com/rain/a/20250213A061ZL00",
    ),
    "001_65a87198a1962179": (
        "与阿里巴巴合作，苹果欲开发AI功能，挽救国内销售颓势",
        "iyiou",
        "https://www.iyiou.com/news/202502131090127",
    ),
    "002_7638e87b2286deb5": (
        "苹果的中国AI“合伙人”：为什么是阿里？",
        "qq",
        "https://new.qq.com/rain/a/20250213A098TG00",
    ),
    "003_dff16045e05a3683": (
        "蔡崇信确认苹果选择阿里 阿里通义早有准备",
        "qq",
        "https://new.qq.com/rain/a/20250213A08EJV00",
    ),
    "004_d7deeedf8c9752ce": (
        "无论百度还是阿里，这波最急的可能是苹果",
        "qq",
        "https://new.qq.com/rain/a/20250214A02LHS00",
    ),
}


@pytest.fixture(scope="module")
def real() -> dict[str, Article]:
    articles = list(load_corpus([DATA]))
    assert all(isinstance(a, Article) for a in articles), articles
    return {a.id: a for a in articles}


@pytest.mark.parametrize(("article_id", "title", "site", "url"), [(k, *v) for k, v in REAL.items()])
def test_real_articles(real: dict[str, Article], article_id: str, title: str, site: str, url: str) -> None:
    article = real[article_id]
    assert (article.title, article.site, article.url, article.lang) == (title, site, url, "zh-CN")
    assert article.date is not None and article.date.utcoffset() == timedelta(hours=8)
    assert len(article.paragraphs) > 10
    for paragraph in article.paragraphs:
        assert not any(junk in paragraph for junk in ("![", "](", "**", "\n")), paragraph
        assert paragraph == paragraph.strip() and "  " not in paragraph
    assert article.paragraphs[-1] != site  # the trailing [site](url) line is the URL, not text


def test_real_text_survives(real: dict[str, Article]) -> None:
    paragraphs = real["002_7638e87b2286deb5"].paragraphs
    quote = next(p for p in paragraphs if p.startswith("“苹果一直非常挑剔"))
    assert split_sentences(quote, "zh-CN")[:2] == [
        "“苹果一直非常挑剔，他们与中国的多家公司进行了交谈。",
        "最终，他们选择与我们做生意。”蔡崇信直言，“我们非常幸运，也非常荣幸能够与苹果这样的伟大公司做生意。”",
    ]
    assert any("外媒 The information 独家报道" in p for p in real["004_d7deeedf8c9752ce"].paragraphs)
    assert "图片来源：每日经济新闻 资料图" in real["000_7cd06fb3fa13e76f"].paragraphs
