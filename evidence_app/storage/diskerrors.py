"""What a failed write means for the person: a full disk, a read-only place, a busy vault.

SQLite and the operating system say it in their own words ("database or disk is
full", ENOSPC, "attempt to write a readonly database", EROFS); before this, a full
USB stick was reported as a damaged vault, which could send someone to overwrite
newer evidence with an old backup. `write_problem` turns those failures into the
typed errors of `domain.errors`, and leaves every other failure as it is.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import sqlcipher3

from evidence_app.domain.errors import CannotWrite, EvidenceError, VaultBusy

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
# Below this, a vague failure ("disk I/O error") on a write is taken for a full disk.
_NEARLY_FULL = 1024 * 1024


def write_problem(exc: BaseException, where: Path) -> EvidenceError | None:
    """The typed error for a write to `where` (a folder) that failed with `exc`, or None."""
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in _FULL:
            return CannotWrite(CannotWrite.FULL, str(where))
        if exc.errno in _READ_ONLY:
            return CannotWrite(CannotWrite.READ_ONLY, str(where))
        return None
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return None
    text = str(exc).lower()
    if "is full" in text:
        return CannotWrite(CannotWrite.FULL, str(where))
    if "readonly" in text or "read-only" in text:
        return CannotWrite(CannotWrite.READ_ONLY, str(where))
    if "locked" in text or "busy" in text:
        return VaultBusy("another program is writing to the vault")
    if "i/o error" in text or "unable to open" in text:
        return _by_the_disk(where)
    return None


def _by_the_disk(where: Path) -> CannotWrite | None:
    """For a vague failure: is the disk full, or the place read-only? None if neither."""
    try:
        if shutil.disk_usage(where).free < _NEARLY_FULL:
            return CannotWrite(CannotWrite.FULL, str(where))
        if hasattr(os, "statvfs") and os.statvfs(where).f_flag & os.ST_RDONLY:
            return CannotWrite(CannotWrite.READ_ONLY, str(where))
        if not os.access(where, os.W_OK):  # a folder that is not ours to write in
            return CannotWrite(CannotWrite.READ_ONLY, str(where))
    except OSError:
        return None
    return None
