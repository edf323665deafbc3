"""Shared fixtures: the sample corpus built once per session, and a folder of good and broken files.

`built` is the graph of the five articles in data/ (what `make run` builds); `broken_corpus` is
what a scraped folder really contains: two good articles among files that cannot be read.
"""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
GOLD = ROOT / "tests" / "data" / "gold"
SAMPLE_IDS = tuple(sorted(p.stem for p in DATA.glob("*.txt")))

GOOD_MD = '---\ntitle: "{title}"\ndate: "2025-02-13 16:49:14"\ncategories:\n  - "qq"\n---\n\n{body}\n'

# Files of `broken_corpus` that must be skipped: name → (bytes, a word the reason must contain).
BROKEN: dict[str, tuple[bytes, str]] = {
    "bad_yaml.md": (b"---\ntitle: [unclosed\ndate: 2025\n---\n\nbody text\n", "YAML"),
    "gbk.txt": (b"---\ntitle: gbk\n---\n\n" + "苹果与阿里巴巴合作。".encode("gbk"), "UTF-8"),
    "empty.txt": (b"", "empty"),
    "image.md": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 256, "binary"),
}

# Good files of `broken_corpus` besides the two copied from data/: name → bytes.
EXTRA_GOOD: dict[str, bytes] = {
    "bom_article.md": codecs.BOM_UTF8 + GOOD_MD.format(title="带BOM的文章", body="小米与宁德时代签署了合作协议。").encode(),
    "nested/deeper/nested_article.md": GOOD_MD.format(title="嵌套", body="腾讯与蔚来签署了合作协议。").encode(),
}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory):
    """(graph, result, out_dir) of `kg.pipeline.build(["data"], out)`, built once for the session."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("built")
    store, result = build([DATA], out)
    graph = store.union()
    return graph, result, out


@pytest.fixture
def broken_corpus(tmp_path: Path) -> Path:
    """A folder with two good sample articles, a BOM article, a nested article, and four broken files."""
    root = tmp_path / "corpus"
    root.mkdir()
    for stem in SAMPLE_IDS[:2]:
        shutil.copy(DATA / f"{stem}.txt", root / f"{stem}.txt")
    for name, data in {**{k: v for k, (v, _) in BROKEN.items()}, **EXTRA_GOOD}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def good_ids() -> set[str]:
    """dcterms:identifier of every article in `broken_corpus` that must land in the graph."""
    return {*SAMPLE_IDS[:2], *(Path(n).stem for n in EXTRA_GOOD)}
