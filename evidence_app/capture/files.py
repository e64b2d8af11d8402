"""Which files an import means: dropped or chosen files, folders walked, clipboard lists.

Only reads the file system: nothing is opened for writing, moved or deleted.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files in `paths`, each folder replaced by every file under it, in a stable order.

    Symbolic links to folders are not followed (a link can point back up and
    loop); a link to a file is kept, and its target's bytes are what gets stored.
    Duplicates are dropped. Files that vanish or cannot be listed are skipped.
    """
    seen: set[Path] = set()
    found: list[Path] = []

    def keep(path: Path) -> None:
        key = path.absolute()
        if key not in seen:
            seen.add(key)
            found.append(path)

    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for folder, dirs, names in os.walk(path, onerror=lambda _: None):
                dirs.sort()
                for name in sorted(names):
                    candidate = Path(folder) / name
                    if candidate.is_file():
                        keep(candidate)
        elif path.is_file():
            keep(path)
    return found


def local_paths(urls: Iterable[QUrl]) -> list[Path]:
    """The local files and folders among `urls` (web links are not files to import)."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def mime_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drop or the clipboard carries."""
    if mime is None or not mime.hasUrls():
        return []
    return local_paths(mime.urls())
