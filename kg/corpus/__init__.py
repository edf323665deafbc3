"""The corpus stage: files and folders → :class:`~kg.model.Article` or :class:`~kg.model.Skipped`.

A bad file never stops loading; it comes out as ``Skipped(path, reason)`` for the build report.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.corpus.reader import read_article
from kg.errors import LoadError
from kg.model import Article, Skipped

__all__ = ["count_files", "iter_paths", "load_article", "load_corpus", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})


def load_corpus(paths: Iterable[Path | str]) -> Iterator[Article | Skipped]:
    """Yield an Article or a Skipped for each file named, and each text file found under each folder.

    Folders are walked recursively in sorted order for ``.md``, ``.markdown`` and ``.txt`` files; hidden
    files and folders are left out. A file reached twice is read once.
    """
    for path in iter_paths(paths):
        yield path if isinstance(path, Skipped) else load_article(path)


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path | Skipped]:
    """The files `load_corpus` reads, in its order, each once (a missing path is a Skipped).

    "Once" is by real path: each root is resolved once, and a file found under it is resolved only
    when it is a symbolic link (resolving every file costs a stat per path component: seconds
    over 100k files).
    """
    seen: set[str] = set()
    for given in paths:
        for path, key in _keyed(Path(given)):
            if key is None:
                yield path
            elif key not in seen:
                seen.add(key)
                yield path


def _keyed(root: Path) -> Iterator[tuple[Path | Skipped, str | None]]:
    """`_files(root)`, each with its real path (None for a Skipped)."""
    top = str(root)
    real_top = os.path.realpath(top)
    for path in _files(root):
        if isinstance(path, Skipped):
            yield path, None
            continue
        where = str(path)
        if os.path.islink(where):
            yield path, os.path.realpath(where)
        elif where.startswith(top + os.sep):  # os.walk does not follow linked folders: below the root, the path is real
            yield path, real_top + where[len(top):]
        elif top == ".":  # Path("./a.md") reads "a.md"
            yield path, os.path.join(real_top, where)
        else:
            yield path, os.path.realpath(where)


def load_article(path: Path) -> Article | Skipped:
    """One file as an Article, or a Skipped with the reason it cannot be read."""
    try:
        return read_article(path)
    except LoadError as exc:
        return Skipped(path, str(exc))


def count_files(paths: Iterable[Path | str]) -> int:
    """How many items `load_corpus(paths)` will yield at most (for a progress bar)."""
    return sum(1 for given in paths for _ in _files(Path(given)))


def _files(root: Path) -> Iterator[Path | Skipped]:
    """The file ``root`` itself, or the text files under the folder ``root``, in sorted order."""
    if not root.exists():
        yield Skipped(root, "no such file or directory")
        return
    if not root.is_dir():
        yield root
        return
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield Path(folder, name)
    for error in errors:
        yield Skipped(Path(error.filename or root), f"cannot read folder: {error.strerror or error}")
