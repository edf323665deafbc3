"""Invariants of the curated gazetteer, kg/entities/data/gazetteer.tsv.

Reads the TSV with the csv module (not the loader), so it checks the data itself. Surface forms are
compared under the matcher's own fold (kg.normalize.fold: NFKC, Traditional → Simplified, case-folded,
letters and digits only). Two
entities sharing a folded surface form would make a mention ambiguous, so that is an error.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from kg.normalize import fold as kg_fold

TSV = Path(__file__).resolve().parents[2] / "kg" / "entities" / "data" / "gazetteer.tsv"
HEADER = ["id", "kind", "zh_hans", "zh_hant", "en", "aliases", "wikidata", "parent", "affiliation", "standing"]
KINDS = {"Organization", "NewsOutlet", "Person", "Product"}
LABEL_COLUMNS = ("zh_hans", "zh_hant", "en")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA_RE = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")

# Bare numbers are ambiguous (prices, years); this one is the platform's actual name.
DIGIT_ONLY_ALLOWED = {"1688"}

# Words that are common in running text or name several things; none may be a surface form.
AMBIGUOUS = [
    "中国",
    "华夏",
    "平安",
    "苹果手机",
    "iPhone",
    "联想",
    "大众",
    "通用",
    "吉利",
    "长城",
    "理想",
    "蚂蚁",
    "菜鸟",
    "晚点",
    "界面",
    "澎湃",
    "财富",
    "友邦",
    "百川",
    "地平线",
    "浪潮",
    "美的",
    "荣耀",
    "Honor",
    "Arm",
    "Visa",
    "Insider",
    "Moonshot",
    "红杉",
    "日产",
    "现代",
    "联通",
    "伊利",
    "劈柴",
    "元宝",
    "阶跃",
    "时代",
    "经济",
    "新闻",
    "ABC",
    "360",
    "Time",
    "乐天",
    "必应",
    "日日新",
    "Face++",
    "Z.ai",
]


# The same folding the matcher and resolver use, so the invariants hold for what is actually compared.
fold = kg_fold


def nfkc_ci(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    with TSV.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header == HEADER
        return tuple(dict(zip(HEADER, r, strict=True)) for r in reader)


def rows() -> tuple[dict[str, str], ...]:
    return _rows()


def by_id() -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in rows()}


def surfaces(row: dict[str, str]) -> list[str]:
    """Labels and plain aliases: what names the entity in any text."""
    out = [row[c] for c in LABEL_COLUMNS if row[c]]
    out += [a for a in row["aliases"].split("|") if a and not a.startswith("~")] if row["aliases"] else []
    return out


def contextual(row: dict[str, str]) -> list[str]:
    """Aliases marked ~: they name the entity only in an article that names it plainly too."""
    return [a[1:] for a in row["aliases"].split("|") if a.startswith("~")] if row["aliases"] else []


# ── file shape ────────────────────────────────────────────────────────────────


def test_header_is_exact():
    first = TSV.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first == "\t".join(HEADER)


def test_every_row_has_ten_fields_and_no_stray_whitespace():
    with TSV.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh.read().split("\n")[1:], 2):
            if line == "":
                continue
            fields = line.split("\t")
            assert len(fields) == len(HEADER), f"line {n}: {len(fields)} fields"
            for f in fields:
                assert f == f.strip(), f"line {n}: whitespace around {f!r}"
                assert '"' not in f, f"line {n}: quote character in {f!r}"


@pytest.mark.parametrize(
    ("kind", "minimum"), [("Organization", 250), ("NewsOutlet", 80), ("Person", 60), ("Product", 40)]
)
def test_coverage_per_kind(kind, minimum):
    assert sum(r["kind"] == kind for r in rows()) >= minimum


# ── ids, kinds, labels, wikidata ─────────────────────────────────────────────


def test_ids_are_unique_lowercase_slugs():
    ids = [r["id"] for r in rows()]
    assert [i for i in ids if not ID_RE.match(i)] == []
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert dupes == []


def test_kind_is_known_and_never_empty():
    assert [(r["id"], r["kind"]) for r in rows() if r["kind"] not in KINDS] == []


def test_every_row_has_a_label():
    assert [r["id"] for r in rows() if not any(r[c] for c in LABEL_COLUMNS)] == []


def test_wikidata_is_a_full_iri_and_unique():
    values = [r["wikidata"] for r in rows() if r["wikidata"]]
    assert [v for v in values if not WIKIDATA_RE.match(v)] == []
    assert sorted({v for v in values if values.count(v) > 1}) == []


# ── parent / affiliation ─────────────────────────────────────────────────────


def test_parent_and_affiliation_reference_existing_ids():
    ids = by_id()
    bad = [
        (r["id"], col, r[col])
        for r in rows()
        for col in ("parent", "affiliation")
        if r[col] and r[col] not in ids
    ]
    assert bad == []


def test_parents_are_organizations_and_only_products_and_orgs_have_them():
    ids = by_id()
    for r in rows():
        if r["parent"]:
            assert r["kind"] in {"Product", "Organization"}, r["id"]
            assert ids[r["parent"]]["kind"] == "Organization", r["id"]
            assert r["parent"] != r["id"]


def test_every_product_has_a_maker():
    assert [r["id"] for r in rows() if r["kind"] == "Product" and not r["parent"]] == []


def test_affiliation_only_on_persons_and_points_at_an_org_or_outlet():
    ids = by_id()
    for r in rows():
        if r["affiliation"]:
            assert r["kind"] == "Person", r["id"]
            assert ids[r["affiliation"]]["kind"] in {"Organization", "NewsOutlet"}, r["id"]


def test_parent_chains_have_no_cycles():
    ids = by_id()
    for r in rows():
        seen, cur = set(), r["id"]
        while cur:
            assert cur not in seen, f"cycle through {r['id']}"
            seen.add(cur)
            cur = ids[cur]["parent"]


# ── surface forms ────────────────────────────────────────────────────────────


def test_aliases_are_well_formed():
    for r in rows():
        if not r["aliases"]:
            continue
        parts = r["aliases"].split("|")
        assert all(p and p == p.strip() for p in parts), r["id"]
        assert len(parts) == len(set(parts)), r["id"]


def test_no_surface_form_maps_to_two_ids_case_insensitive_nfkc():
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows():
        for s in surfaces(r):
            owners[nfkc_ci(s)].add(r["id"])
    assert {k: sorted(v) for k, v in owners.items() if len(v) > 1} == {}


def test_no_surface_form_maps_to_two_ids_after_matching_fold():
    """Stricter: also folds Traditional → Simplified and drops spaces/punctuation, as the matcher does."""
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows():
        for s in surfaces(r):
            owners[fold(s)].add(r["id"])
    assert {k: sorted(v) for k, v in owners.items() if len(v) > 1} == {}


def test_surface_forms_are_not_too_short_or_bare_numbers():
    short, digits = [], []
    for r in rows():
        for s in surfaces(r):
            f = fold(s)
            if len(f) < 2:
                short.append((r["id"], s))
            if f.isdigit() and s not in DIGIT_ONLY_ALLOWED:
                digits.append((r["id"], s))
    assert short == []
    assert digits == []


@pytest.mark.parametrize("word", AMBIGUOUS)
def test_ambiguous_words_are_not_surface_forms(word):
    hits = [r["id"] for r in rows() if fold(word) in {fold(s) for s in surfaces(r)}]
    assert hits == []


def test_a_contextual_alias_belongs_to_one_entity_and_is_no_plain_name():
    owners: dict[str, set[str]] = {}
    plain = {fold(s) for r in rows() for s in surfaces(r)}
    for r in rows():
        for a in contextual(r):
            owners.setdefault(fold(a), set()).add(r["id"])
    assert {a: ids for a, ids in owners.items() if len(ids) > 1} == {}
    assert sorted(set(owners) & plain) == []


# ── spot checks ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("阿里巴巴集團", "alibaba"),
        ("Alibaba Group Holding", "alibaba"),
        ("阿里", "alibaba"),
        ("Alibaba Group", "alibaba"),
        ("蘋果", "apple"),
        ("Apple Inc.", "apple"),
        ("AAPL", "apple"),
        ("字節跳動", "bytedance"),
        ("Deepseek", "deepseek"),
        ("DeepSeek团队", "deepseek"),
        ("智谱 AI", "zhipu"),
        ("輝達", "nvidia"),
        ("華為", "huawei"),
        ("三星电子", "samsung"),
        ("美图", "meitu"),
        ("依米康", "yimikang"),
        ("1688.com", "alibaba-1688"),
        ("The information", "the-information"),
        ("第一財經", "yicai"),
        ("科創板日報", "star-market-daily"),
        ("證券時報", "securities-times"),
        ("CLS", "cls"),
        ("每经", "nbd"),
        ("經濟觀察網", "economic-observer"),
        ("蔡崇信", "joe-tsai"),
        ("Joe Tsai", "joe-tsai"),
        ("盘和林", "pan-helin"),
        ("通义千问", "qwen"),
        ("ChatGPT", "chatgpt"),
        ("新光人壽", "shin-kong-life"),  # a subsidiary of 新光金控, its own company
        ("國泰人壽", "cathay-life"),
    ],
)
def test_surface_resolves_to(surface, entity):
    owners = {r["id"] for r in rows() if fold(surface) in {fold(s) for s in surfaces(r)}}
    assert owners == {entity}


@pytest.mark.parametrize(
    ("entity", "column", "value"),
    [
        ("qwen", "parent", "alibaba"),
        ("qwen", "kind", "Product"),
        ("ernie-bot", "parent", "baidu"),
        ("chatgpt", "parent", "openai"),
        ("doubao", "parent", "bytedance"),
        ("hunyuan", "parent", "tencent"),
        ("alipay", "parent", "ant-group"),
        ("alibaba-cloud", "parent", "alibaba"),
        ("alibaba-1688", "parent", "alibaba"),
        ("ant-group", "parent", ""),
        ("joe-tsai", "affiliation", "alibaba"),
        ("joe-tsai", "kind", "Person"),
        ("tim-cook", "affiliation", "apple"),
        ("liang-wenfeng", "affiliation", "deepseek"),
        ("yicai", "kind", "NewsOutlet"),
        ("bloomberg", "kind", "NewsOutlet"),
        ("the-information", "kind", "NewsOutlet"),
        ("alibaba", "kind", "Organization"),
        ("alibaba", "wikidata", "http://www.wikidata.org/entity/Q1359568"),
        ("apple", "wikidata", "http://www.wikidata.org/entity/Q312"),
        ("openai", "wikidata", "http://www.wikidata.org/entity/Q21708200"),
    ],
)
def test_spot_values(entity, column, value):
    assert by_id()[entity][column] == value


def test_first_financial_is_a_news_outlet():
    owners = [r for r in rows() if "第一财经" in surfaces(r)]
    assert [(r["id"], r["kind"]) for r in owners] == [("yicai", "NewsOutlet")]


def test_standing_is_blank_or_subsidiary_and_only_with_a_parent():
    for r in rows():
        assert r["standing"] in ("", "subsidiary"), r["id"]
        assert not r["standing"] or r["parent"], f"{r['id']}: a subsidiary needs its parent"
