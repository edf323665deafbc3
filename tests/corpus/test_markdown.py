"""Markdown stripping: what scraped news bodies look like, and the plain paragraphs they become."""

import doctest

import pytest

import kg.corpus.markdown
from kg.corpus.markdown import to_paragraphs

QQ = "https://new.qq.com/rain/a/20250213A061ZL00"


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # images go entirely, even when glued to the text that follows
        ("![图片](https://inews.gtimg.com/a/641)", []),
        ("![图片](https://x.cn/1.png)图片来源：每日经济新闻 资料图", ["图片来源：每日经济新闻 资料图"]),
        ("![](https://diting-hetu.iyiou.com/paste/Zz)\n\n正文。", ["正文。"]),
        # links keep their text; bare URLs stay as written
        ("据[第一财经](https://yicai.com/1)报道", ["据第一财经报道"]),
        ('see [the post](https://a.com/x "title") now', ["see the post now"]),
        ("访问 https://www.apple.com.cn/?a=1 了解", ["访问 https://www.apple.com.cn/?a=1 了解"]),
        ("<https://a.com/x>", ["https://a.com/x"]),
        ("![图](https://x.cn/a_(1).png)[维基](https://zh.wikipedia.org/wiki/A_(B))", ["维基"]),
        # emphasis and code
        ("**苹果最终放弃了DeepSeek。**", ["苹果最终放弃了DeepSeek。"]),
        ("*italic* and __bold__ and `code` and ~~gone~~", ["italic and bold and code and gone"]),
        ("**记者 钱玉娟** 2月13日", ["记者 钱玉娟 2月13日"]),
        ("5 * 3 = 15", ["5 * 3 = 15"]),
        (r"\*not emphasis\*", ["*not emphasis*"]),
        # scraped chrome lines
        (
            "**编辑**|**|**|********陈柯名 杜恒峰**校对|**金冥羽**![图片](https://x/641)**",
            ["编辑|陈柯名 杜恒峰校对|金冥羽"],
        ),
        ("正文\n\n****\n\n| --- | --- |\n\n-----\n\n***", ["正文"]),
        # headings are paragraphs of their own
        ("# 标题\n正文第一段", ["标题", "正文第一段"]),
        ("## Closed heading ##\ntext", ["Closed heading", "text"]),
        ("前文\nSetext 标题\n======\n正文", ["前文", "Setext 标题", "正文"]),
        ("Title\n-----\nbody", ["Title", "body"]),
        # block quotes and lists
        ("> 引用的话\n> 第二行", ["引用的话第二行"]),
        ("- one\n- two\n\n1. first\n2) second", ["one two", "first second"]),
        # HTML tags removed, entities unescaped
        ("<p>阿里&amp;苹果</p><br/>", ["阿里&苹果"]),
        ("a &lt;b&gt; tag <!-- hidden --> stays", ["a <b> tag stays"]),
        ('<div class="x">text</div> 3 < 5', ["text 3 < 5"]),
        # whitespace: runs collapse, spaces around Latin words in Chinese survive
        ("每经记者：陈婷    每经编辑：魏官红", ["每经记者：陈婷 每经编辑：魏官红"]),
        ("外媒 The information 独家报道", ["外媒 The information 独家报道"]),
        ("全角\u3000空格\u00a0和 tab\t\there", ["全角 空格 和 tab here"]),
        # a single newline joins lines: a space between Latin sides, nothing next to CJK
        ("Apple said\nit would", ["Apple said it would"]),
        ("苹果表示\n将与阿里合作", ["苹果表示将与阿里合作"]),
        ("苹果与\nAlibaba\n合作", ["苹果与Alibaba合作"]),
        # blank (or whitespace-only) lines separate paragraphs; empty ones are dropped
        ("一\n  \n二\r\n\r\n\r\n三", ["一", "二", "三"]),
        ("", []),
        ("```\ncode line\n```", ["code line"]),
        # lists of other stories after a 延伸閱讀 / "Read more" heading are chrome, up to the next prose
        ("正文。\n\n延伸閱讀\n\n- 鴻海4月營收創同期新高\n- 日產社長：不排除與鴻海合作\n\n‧Q1獲利創新高‧日產虧損擴大\n\n後文。",
         ["正文。", "後文。"]),
        ("Body.\n\nTopics\n\nAI, Exclusive, Startups\n\nMost popular\n\nSubscribe for news", ["Body."]),
        ("Body.\n\nRead more: Novo's parent completes Catalent takeover\n\nMore body.", ["Body.", "More body."]),
        ("Related: Japan earmarks more yen for Rapidus\n\nText.", ["Text."]),
        # Reuters' link chrome after a ticker is no part of the sentence
        ("Rolls-Royce (RR.L), opens new tab has signed with Turkish Airlines (THYAO.IS), opens new tab covering jets.",
         ["Rolls-Royce (RR.L) has signed with Turkish Airlines (THYAO.IS) covering jets."]),
        # a share bar is chrome; a sentence about the companies it lists is not
        ("Share · X · Facebook · LinkedIn · Email\n\nBody.\n\n分享到：微信　微博　QQ空间\n\nFacebook and X signed a deal.\n\n"
         "Share: X · Facebook · LinkedIn · Copy link · Gift article", ["Body.", "Facebook and X signed a deal."]),
        # …but a heading word inside prose, or a list elsewhere, is content
        ("Read more about it below.\n\n- one\n- two", ["Read more about it below.", "one two"]),
    ],
)
def test_paragraphs(body: str, paragraphs: list[str]) -> None:
    assert to_paragraphs(body)[0] == paragraphs


@pytest.mark.parametrize(
    ("body", "paragraphs", "url"),
    [
        (f"正文。\n\n[qq]({QQ})\n", ["正文。"], QQ),
        (f"正文。\n\n  \n每日经济新闻\n\n[qq]({QQ})\n\n  \n", ["正文。", "每日经济新闻"], QQ),
        ("正文。\n\n[iyiou](http://www.iyiou.com/news/1)", ["正文。"], "http://www.iyiou.com/news/1"),
        # only a lone link on the last line counts, and only an http(s) one
        (f"[qq]({QQ})\n\n正文。", ["qq", "正文。"], None),
        (f"见 [qq]({QQ})", ["见 qq"], None),
        ("正文。\n\n[file](ftp://a/b)", ["正文。", "file"], None),
        ("正文。", ["正文。"], None),
    ],
)
def test_trailing_link_is_the_url(body: str, paragraphs: list[str], url: str | None) -> None:
    assert to_paragraphs(body) == (paragraphs, url)


def test_doctests() -> None:
    assert doctest.testmod(kg.corpus.markdown).failed == 0
