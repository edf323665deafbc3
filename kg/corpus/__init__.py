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

__all__ = ["count_files", "iter_files", "iter_paths", "load_article", "load_corpus", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})


def load_corpus(paths: Iterable[Path | str]) -> Iterator[Article | Skipped]:
    """Yield an Article or a Skipped for each file named, and each text file found under each folder.

    Folders are walked recursively in sorted order for ``.md``, ``.markdown`` and ``.txt`` files; hidden
    files and folders are left out. A file reached twice is read once.
    """
    for path in iter_paths(paths):
        yield path if isinstance(path, Skipped) else load_article(path)


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path | Skipped]:
    """The files `load_corpus` reads, in its order, each once (a missing path is a Skipped)."""
    for f in iter_files(paths):
        yield f if isinstance(f, Skipped) else Path(f)


def iter_files(paths: Iterable[Path | str]) -> Iterator[str | Skipped]:
    """`iter_paths` as plain strings: over 100k files, building a Path for each costs a second.

    "Once" is by real path: each root is resolved once, and a file found under it is resolved only
    when it is a symbolic link (resolving every file costs a stat per path component).
    """
    seen: set[str] = set()
    for given in paths:
        top = os.path.normpath(os.fspath(given))
        real_top = os.path.realpath(top)
        for f in _files(top):
            if isinstance(f, Skipped):
                yield f
                continue
            if os.path.islink(f):
                key = os.path.realpath(f)
            elif f.startswith(top + os.sep):  # os.walk does not follow linked folders: below the root, the path is real
                key = real_top + f[len(top):]
            else:
                key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                yield f


def load_article(path: Path) -> Article | Skipped:
    """One file as an Article, or a Skipped with the reason it cannot be read."""
    try:
        return read_article(path)
    except LoadError as exc:
        return Skipped(path, str(exc))


def count_files(paths: Iterable[Path | str]) -> int:
    """How many items `load_corpus(paths)` will yield at most (for a progress bar)."""
    return sum(1 for given in paths for _ in _files(os.fspath(given)))


def _files(root: str) -> Iterator[str | Skipped]:
    """The file ``root`` itself, or the text files under the folder ``root``, in sorted order."""
    if not os.path.exists(root):
        yield Skipped(Path(root), "no such file or directory")
        return
    if not os.path.isdir(root):
        yield root
        return
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in TEXT_SUFFIXES:
                yield os.path.join(folder, name)
    for error in errors:
        yield Skipped(Path(error.filename or root), f"cannot read folder: {error.strerror or error}")
