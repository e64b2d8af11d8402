"""Qt's file dialog must not remember, on disk, the folders a person browsed."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.privacy import keep_qt_state_off_disk


@pytest.fixture
def empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    # What Qt would use without our setting: the per-user folder under this HOME.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / ".config")
    )
    return home


def _browse(qtbot: QtBot, folder: Path) -> None:
    dialog = QFileDialog(None, "pick", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.setDirectory(str(folder))
    dialog.reject()
    assert not dialog.isVisible()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # Qt writes its state as it goes


def _files(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())


def test_without_the_setting_qt_would_write_the_history(qtbot: QtBot, empty_home: Path) -> None:
    """The fault the setting prevents, shown on the same machinery (so the test can fail)."""
    secret = empty_home / "Pictures" / "naaktfoto-van-mij"
    secret.mkdir(parents=True)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", secret.as_uri())
    settings.sync()
    assert _files(empty_home) != []


def test_the_file_dialog_leaves_no_trace(qtbot: QtBot, empty_home: Path) -> None:
    secret = empty_home / "Pictures" / "naaktfoto-van-mij"
    secret.mkdir(parents=True)
    keep_qt_state_off_disk()
    _browse(qtbot, secret)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", secret.as_uri())
    settings.sync()
    assert _files(empty_home) == []
    for found in empty_home.rglob("*"):
        assert "naaktfoto" not in found.read_text(errors="ignore") if found.is_file() else True


def test_what_a_dialog_remembers_is_undone_where_settings_cannot_be_moved(
    qtbot: QtBot, empty_home: Path
) -> None:
    """As on Windows or macOS: the settings stay where they are; the guard restores them."""
    from evidence_app.gui.common.privacy import file_dialog_traces_undone

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", "file:///home/someone/Documents")
    settings.sync()
    secret = empty_home / "Pictures" / "naaktfoto-van-mij"
    secret.mkdir(parents=True)
    with file_dialog_traces_undone():
        _browse(qtbot, secret)
        settings.setValue("FileDialog/history", [secret.as_uri()])
        settings.setValue("FileDialog/lastVisited", secret.as_uri())
    settings.sync()
    text = (empty_home / ".config" / "QtProject.conf").read_text()
    assert "naaktfoto" not in text
    assert "file:///home/someone/Documents" in text


def test_the_real_add_files_dialog_leaves_no_history(
    qtbot: QtBot, empty_home: Path, vault, translations
) -> None:
    """As on Windows or macOS (settings not moved): the window's dialog undoes its trace."""
    from evidence_app.gui.common.settings import Settings
    from evidence_app.gui.lock.session import VaultSession
    from evidence_app.gui.main_window import MainWindow
    from tests.helpers.windows import when_a_file_dialog_opens

    secret = empty_home / "Pictures" / "naaktfoto-van-mij"
    secret.mkdir(parents=True)
    window = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(window)
    visited: list[str] = []

    def browse_and_cancel(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(secret))
        visited.append(dialog.directory().absolutePath())
        dialog.reject()

    when_a_file_dialog_opens(window, browse_and_cancel)
    window.importer.add_files()
    assert visited == [str(secret)]
    written = "".join(p.read_text(errors="ignore") for p in empty_home.rglob("*") if p.is_file())
    assert "naaktfoto" not in written
    assert vault.service.items() == []
