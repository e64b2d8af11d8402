"""Keep Qt's own remembered state off the disk.

Qt's file dialog remembers, in the user's settings (`~/.config/QtProject.conf`
on Linux, the registry on Windows), the folders it visited and the last one
used: where the evidence was picked from, where a dossier was exported to.
On a computer others share, that is a trace. Every `QSettings` that Qt makes
for itself goes through the default format and the user-scope path; pointing
both at a place where nothing can be written keeps those settings in memory.

The app's own preferences are unaffected: `gui.common.settings` opens its INI file by
its full path (`Paths.settings_file`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings

# A folder inside the null device cannot exist, so nothing is ever written there.
NOWHERE = str(Path(os.devnull) / "qt-settings")
_GROUP = "FileDialog"


def keep_qt_state_off_disk() -> None:
    """Call before any window exists.

    Works where Qt keeps its settings in files (Linux and the BSDs). On Windows
    and macOS the native settings are the registry and property lists, which
    `setPath` cannot move; there `file_dialog_traces_undone` puts back what a
    dialog changed.
    """
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(file_format, scope, NOWHERE)


@contextmanager
def file_dialog_traces_undone() -> Iterator[None]:
    """Around a file dialog: afterwards, Qt's remembered file-dialog state is as it was.

    Qt's settings are shared by every Qt program of the user, so what other
    programs remembered is put back rather than wiped.
    """
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings.sync()
        settings.beginGroup(_GROUP)
        after = {key: settings.value(key) for key in settings.allKeys()}
        settings.endGroup()
        if after != before:
            _put_back(settings, before)


def _put_back(settings: QSettings, before: dict[str, object]) -> None:
    """Write the file-dialog group back as it was (nothing is written when it did not change)."""
    settings.remove(_GROUP)
    settings.beginGroup(_GROUP)
    for key, value in before.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
