"""Choosing files and folders: with Qt's own file dialog, never the system's (which may
record recent files), with Qt's remembered state undone afterwards (`privacy`), and sized
to fit the free area of the screen.

Qt's static functions (`QFileDialog.getOpenFileNames` and the others) open the dialog at
its own size: on a 1366×768 laptop at 150 % with a task bar, and the text at 200 %, its
Cancel was below the task bar (450 of the 448 pixels the screen left, its frame not
counted). Here it is made, fitted and shown as they would, and deleted before the
remembered state is put back: it writes that state as it goes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from evidence_app.gui.common.dialog_parts import fit_to_screen
from evidence_app.gui.common.privacy import file_dialog_traces_undone

_Mode = QFileDialog.FileMode
_OWN = QFileDialog.Option.DontUseNativeDialog
_DIRS_ONLY = QFileDialog.Option.ShowDirsOnly


def _chosen(
    parent: QWidget,
    title: str,
    filters: str,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
    options: QFileDialog.Option = _OWN,
) -> list[str]:
    with file_dialog_traces_undone():
        dialog = QFileDialog(parent, title, "", filters)
        try:
            dialog.setOptions(options)
            dialog.setFileMode(mode)
            dialog.setAcceptMode(accept)
            fit_to_screen(dialog, dialog.sizeHint(), for_normal_text=False)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            return dialog.selectedFiles()
        finally:
            if shiboken6.isValid(dialog):  # else gone with its window, while it was open
                shiboken6.delete(dialog)


def files_to_open(parent: QWidget, title: str, filters: str) -> list[str]:
    """The files chosen (none when cancelled)."""
    return _chosen(parent, title, filters, _Mode.ExistingFiles)


def folder_to_open(parent: QWidget, title: str) -> str:
    """The folder chosen ("" when cancelled)."""
    found = _chosen(parent, title, "", _Mode.Directory, options=_OWN | _DIRS_ONLY)
    return found[0] if found else ""


def file_to_save(parent: QWidget, title: str, filters: str) -> str:
    """Where to save, as typed or chosen ("" when cancelled)."""
    found = _chosen(parent, title, filters, _Mode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
    return found[0] if found else ""
