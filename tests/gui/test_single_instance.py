"""One running app per vault: the second start wakes the first and gives up."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from evidence_app.gui.lock.single_instance import SingleInstance, server_name


def test_second_instance_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "vault")
    second = SingleInstance(tmp_path / "vault")
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert not second.claim()
    finally:
        first.release()
        second.release()


def test_after_release_the_vault_can_be_claimed_again(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "vault")
    assert first.claim()
    first.release()
    again = SingleInstance(tmp_path / "vault")
    assert again.claim()
    again.release()


def test_other_vaults_are_independent(qtbot: QtBot, tmp_path: Path) -> None:
    one, other = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    try:
        assert one.claim()
        assert other.claim()
    finally:
        one.release()
        other.release()


def test_the_socket_name_does_not_reveal_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Emma's evidence"
    name = server_name(folder)
    assert len(name) == 32 and int(name, 16) >= 0  # a hash, naming neither the app nor the folder
    assert "Emma" not in name and str(tmp_path.name) not in name
    assert name == server_name(folder / ".." / folder.name)  # same folder, same name
