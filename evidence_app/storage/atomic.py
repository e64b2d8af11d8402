"""Writing small files so that a crash leaves either the old or the new version.

Temp file in the same folder, owner-only permissions first, fsync, `os.replace`,
then fsync of the folder so the rename itself is durable (as Electrum does).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO


def fsync_dir(folder: Path) -> None:
    """Make a rename or creation in `folder` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def link_into_place(temp: Path, target: Path) -> None:
    """Give the finished, fsynced file `temp` the name `target`, durably.

    A hard link fails if `target` exists (FileExistsError): no race can make this
    overwrite what is there, as a rename would.
    """
    os.link(temp, target)
    temp.unlink()
    fsync_dir(target.parent)


def close_into_place(handle: BinaryIO, temp: Path, target: Path) -> None:
    """Flush, fsync and close `handle` (the open file `temp`), then `link_into_place`."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    link_into_place(temp, target)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, durably and all at once."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
