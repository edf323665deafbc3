"""Learned Chinese organization tagger: a character-level CRF (python-crfsuite) that finds company
names, short names included (中铝, 力拓, 上汽, 苏宁易购), where the rule-based discovery misses them.

Trained on FinRE train sentences (bench/train_org_tagger.py); the model ships as
kg/entities/data/org_tagger.crfsuite. Features are computed on the normalized text
(kg.normalize.normalize: Simplified, ASCII punctuation, lower case), and since normalization keeps
length, spans are offsets into the original text too.

Optional: without python-crfsuite or without the model file, `org_spans` returns [] and the rest of
the pipeline works as before.

>>> spans = org_spans("中铝与力拓签署合作协议")
>>> spans in ([], [(0, 2), (3, 5)])  # [] only where python-crfsuite is not installed
True
"""

# ruff: noqa: SIM905 (space-separated word lists are the readable form of this data)
from __future__ import annotations

import re
import threading
from functools import cache
from importlib import resources

from kg.entities.discovery import VERB_RE
from kg.entities.lexicon import NOT_NAME_ACRONYMS, ZH_COUNTRY_PREFIXES, ZH_PLACES

MODEL_RESOURCE = ("kg.entities", "data/org_tagger.crfsuite")

# Words that end organization names; their characters and the words themselves are features.
SUFFIX_WORDS = frozenset(
    "集团 股份 公司 银行 证券 控股 科技 保险 基金 实业 电子 电器 汽车 能源 地产 置业 药业 制药 医药 航空 "
    "信托 投资 传媒 通信 电力 钢铁 化工 矿业 有限 电气 重工 机械 物流 资本 国际 发展 建设 工业 石油 石化 "
    "食品 乳业 酒业 网络 软件 信息 电信 移动 联通 期货 资产 管理 商业 百货 超市 光电 环保 新材 生物 "
    "半导 导体 铁路 港口 航运 海运 船舶 煤业 煤炭 水泥 纸业 纺织 服饰 家电 影业 文化 旅游 酒店 新能 动力 "
    "机电 电缆 材料 化学 农业 饲料 啤酒 白酒 乳品 协会 委员 研究 大学 学院 中心 交易".split()
)
SUFFIX_CHARS = frozenset("集团股份公司银行证券控股科技保险基金业厂所局部委会社院署店台网")
# Words before / after which a partner name tends to stand (X与Y, X携手Y, 联手X).
CUE_BEFORE_1 = frozenset("与和、及同跟向对被将由")
CUE_BEFORE_2 = frozenset(
    "携手 联手 牵手 联合 合作 收购 入股 控股 旗下 并购 投资 参股 签约 支持 宣布 表示 公告".split()
)
CUE_AFTER_1 = frozenset("与和、及将已在的于对向同跟也就等")
CUE_AFTER_2 = frozenset(
    "签署 签订 达成 合作 携手 联手 牵手 收购 宣布 表示 旗下 公告 成立 合资 入股 持有 控股".split()
)

# Spans that are words for "the company / both sides", never a name.
GENERIC = frozenset(
    "公司 集团 双方 该公司 本公司 该集团 本集团 公司方面 子公司 母公司 合资公司 控股公司 上市公司 两家公司 "
    "对方 企业 该企业 银行 该行 本行 证券 股份 控股 科技 保险 基金 投资 我国 中国 政府 国家 市场 行业 "
    "对手 厂商 合作方 股东 大股东 控股股东 第一大股东 公司董事会 董事会 管理层 交易所 监管部门 "
    "the company company group "
    # kinds of product the tagger mistakes for a name in 终止电动车零组件代工合作
    "电动车 电动汽车 新能源车 新能源汽车 汽车 整车 手机 智能手机 芯片 电池 动力电池 零组件 零部件 服务器 面板 "
    "显示屏 屏幕 软件 系统 平台 终端 产品 业务 项目 代工".split()
) | NOT_NAME_ACRONYMS  # acronyms of kinds of business, not names

# 国籍航空 (the national carriers), 美籍航空公司, 外资银行: a nationality and a line of business.
_PLACE_LEAD = re.compile("|".join(sorted({*ZH_PLACES, *ZH_COUNTRY_PREFIXES}, key=len, reverse=True)))
NATIONALITY_KIND = re.compile("(?:[国本外美中台日韩港陆英德法欧]籍|外资|中资|陆资|台资|港资|日资|美资)[\u4e00-\u9fff]{1,4}$")
_INDUSTRY_END = re.compile("(?:" + "|".join(sorted(SUFFIX_WORDS, key=len, reverse=True)) + ")$")
_FACILITY_END = re.compile("(?:号仓|仓库|基地|园区|厂区|工业区|港区|码头|机场|校区|门店|分店)$")
MIN_LEN, MAX_LEN = 2, 20
_PAD = "\x00"
_NUM = "\x01"  # stands for each character of a <N> number placeholder


def _char_class(ch: str) -> str:
    if ch == _PAD:
        return "pad"
    if ch == _NUM:
        return "N"
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "H"
    if ch.isascii():
        if ch.isalpha():
            return "L"
        if ch.isdigit():
            return "D"
        if ch.isspace():
            return "S"
        return "P"
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "A"
    if ch.isspace():
        return "S"
    return "P"


@cache
def _unigrams(ch: str) -> tuple[str, ...]:
    """Per-character features, built once per distinct character: identity at offsets -2..+2, class."""
    cls = _char_class(ch)
    return (
        "a=" + ch,  # c[-2]
        "b=" + ch,  # c[-1]
        "c=" + ch,  # c[0]
        "d=" + ch,  # c[+1]
        "e=" + ch,  # c[+2]
        "k=" + cls,  # class of c[0]
        "kb=" + cls,  # class of c[-1]
        "kd=" + cls,  # class of c[+1]
        "s" if ch in SUFFIX_CHARS else "s0",  # c[0] is an organization-ending character
    )


def _placeholders(norm: str) -> str:
    """Mark FinRE's number placeholder <N> (normalized to <n>) as its own character class."""
    return norm.replace("<n>", _NUM * 3) if "<n>" in norm else norm


def featurize(norm: str) -> list[list[str]]:
    """Feature lists for each character of an already-normalized string."""
    s = _placeholders(norm)
    n = len(s)
    if n == 0:
        return []
    p = _PAD + _PAD + s + _PAD + _PAD  # p[i + 2] == s[i]
    u = [_unigrams(ch) for ch in p]
    # Bigrams once per position: bg[j] = p[j] + p[j + 1].
    bg = [a + b for a, b in zip(p, p[1:], strict=False)]
    out: list[list[str]] = []
    append = out.append
    sw, cb1, cb2, ca1, ca2 = SUFFIX_WORDS, CUE_BEFORE_1, CUE_BEFORE_2, CUE_AFTER_1, CUE_AFTER_2
    for i in range(2, n + 2):
        b_prev2, b_prev, b_next, b_next2 = bg[i - 2], bg[i - 1], bg[i], bg[i + 1]
        f = [
            u[i - 2][0],
            u[i - 1][1],
            u[i][2],
            u[i + 1][3],
            u[i + 2][4],
            u[i][5],
            u[i - 1][6],
            u[i + 1][7],
            u[i][8],
            "B=" + b_prev2,  # c[-2]c[-1]
            "C=" + b_prev,  # c[-1]c[0]
            "D=" + b_next,  # c[0]c[1]
            "E=" + b_next2,  # c[1]c[2]
        ]
        if b_prev in sw:
            f.append("se")  # c[0] ends a suffix word
        if b_next in sw:
            f.append("sb")  # c[0] starts a suffix word
        if p[i - 1] in cb1 or b_prev2 in cb2:
            f.append("cue<")  # preceded by 与/和/、/携手/联手…
        if p[i + 1] in ca1 or b_next2 in ca2:
            f.append("cue>")  # followed by 与/签署/合作…
        append(f)
    out[0].append("BOS")
    out[-1].append("EOS")
    return out


def bio_spans(labels: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each B/I run in a BIO label sequence."""
    spans: list[tuple[int, int]] = []
    start = -1
    for i, lab in enumerate(labels):
        if lab == "B" or (lab == "I" and start < 0):
            if start >= 0:
                spans.append((start, i))
            start = i
        elif lab == "O" and start >= 0:
            spans.append((start, i))
            start = -1
    if start >= 0:
        spans.append((start, len(labels)))
    return spans


def _split_at_verbs(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """A tagged span cut at the verbs no name contains (联想落实移动 → 联想, 移动): the CRF sometimes
    runs one name into a clause."""
    out, start = [], a
    for m in VERB_RE.finditer(norm, a, b):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, b))
    return [(s, e) for s, e in out if e > s]


def _without_site(norm: str, a: int, b: int) -> tuple[int, int]:
    """日照钢铁基地 → 日照钢铁: a site named after its company, when what is left still ends like a company
    name (廊坊亚洲一号仓 stays whole, and `_keep` drops it)."""
    if (site := _FACILITY_END.search(norm, a, b)) and _INDUSTRY_END.search(norm, a, site.start()) and site.start() - a >= 3:
        return a, site.start()
    return a, b


def _keep(span_norm: str) -> bool:
    if not MIN_LEN <= len(span_norm) <= MAX_LEN:
        return False
    if not any(ch.isalpha() for ch in span_norm.replace("<n>", "")):
        return False  # punctuation, digits, placeholders only
    if NATIONALITY_KIND.match(span_norm):
        return False  # 国籍航空, 外籍银行: carriers or banks of a nationality, not one of them
    if (place := _PLACE_LEAD.match(span_norm)) and len(span_norm) - place.end() < 2:
        return False  # 瑞士跑 of 瑞士跑鞋品牌: a place and a character, no name
    if _FACILITY_END.search(span_norm):
        return False  # 廊坊亚洲一号仓, 奉贤生产基地: a site, not the company that runs it
    return span_norm.strip() not in GENERIC


class OrgTagger:
    """Character CRF over normalized text; the model is loaded on first use."""

    def __init__(self, model_path: str | None = None) -> None:
        self._model_path = model_path
        self._tagger = None
        self._loaded = False
        self._lock = threading.Lock()

    def _load(self):
        self._loaded = True
        try:
            import pycrfsuite
        except ImportError:
            return None
        try:
            if self._model_path is not None:
                with open(self._model_path, "rb") as fh:
                    data = fh.read()
            else:
                pkg, rel = MODEL_RESOURCE
                res = resources.files(pkg).joinpath(rel)
                if not res.is_file():
                    return None
                data = res.read_bytes()
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(data)
            self._model_bytes = data  # keep the buffer alive for the tagger's lifetime
        except (OSError, ValueError):
            return None
        self._tagger = tagger
        return tagger

    @property
    def available(self) -> bool:
        """True where python-crfsuite is installed and the model loads."""
        with self._lock:
            return (self._tagger if self._loaded else self._load()) is not None

    def labels(self, norm: str) -> list[str]:
        """B/I/O per character of normalized text ([] where the tagger is unavailable)."""
        if not norm:
            return []
        feats = featurize(norm)
        with self._lock:
            tagger = self._tagger if self._loaded else self._load()
            if tagger is None:
                return []
            return tagger.tag(feats)

    def tag(self, text: str, norm: str | None = None) -> list[tuple[int, int]]:
        """Organization spans as (start, end) character offsets into `text`.

        `norm` is `normalize(text)` where the caller has it already (same length as `text`).
        """
        if norm is None:
            from kg.normalize import normalize

            norm = normalize(text)
        if len(norm) != len(text):
            raise ValueError("norm must be the length-preserving normalize(text)")
        labels = self.labels(norm)
        pieces = [_without_site(norm, *piece) for a, b in bio_spans(labels) for piece in _split_at_verbs(norm, a, b)]
        return [piece for piece in pieces if _keep(norm[piece[0]:piece[1]])]


_SINGLETON: OrgTagger | None = None
_SINGLETON_LOCK = threading.Lock()


def default_tagger() -> OrgTagger:
    """The shared tagger with the bundled model."""
    global _SINGLETON
    if _SINGLETON is None:
        with _SINGLETON_LOCK:
            if _SINGLETON is None:
                _SINGLETON = OrgTagger()
    return _SINGLETON


def org_spans(text: str, norm: str | None = None) -> list[tuple[int, int]]:
    """Organization spans in `text` from the bundled model; [] where it is unavailable."""
    return default_tagger().tag(text, norm)
