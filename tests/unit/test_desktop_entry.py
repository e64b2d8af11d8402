"""The discreet twin of the installed app's menu entry (`gui.common.desktop_entry`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.gui.common import desktop_entry

SYSTEM = """[Desktop Entry]
Type=Application
Name=Bewijskluis
Icon=bewijskluis
Exec=/usr/bin/bewijskluis %U
TryExec=/usr/bin/bewijskluis
Categories=Utility;

[Desktop Action Other]
Exec=/usr/bin/other
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    system = tmp_path / "system"
    (system / "applications").mkdir(parents=True)
    (system / "applications" / "bewijskluis.desktop").write_text(SYSTEM, encoding="utf-8")
    return {
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_DIRS": f"{tmp_path / 'empty'}:{system}",
    }


def entry(env: dict[str, str]) -> Path:
    return Path(env["HOME"]) / ".local/share/applications/bewijskluis.desktop"


def test_discreet_mode_names_the_menu_entry_neutrally_and_starts_the_same_program(
    env: dict[str, str],
) -> None:
    desktop_entry.show_discreet(True, "Notities", Path("/opt/app/notes.svg"), env)
    lines = entry(env).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Name=Notities" in lines and "Icon=/opt/app/notes.svg" in lines
    assert "Exec=/usr/bin/bewijskluis %U" in lines  # the main entry's, not the action's
    assert "TryExec=/usr/bin/bewijskluis" in lines  # hidden once the app is removed
    assert "Exec=/usr/bin/other" not in lines
    assert not any("Bewijskluis" in line for line in lines if not line.startswith("X-"))
    assert [p.name for p in entry(env).parent.iterdir()] == ["bewijskluis.desktop"]

    desktop_entry.show_discreet(False, "Bewijskluis", Path("/opt/app/app.svg"), env)
    assert not entry(env).exists()


def test_the_data_home_of_the_environment_is_used(env: dict[str, str], tmp_path: Path) -> None:
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    desktop_entry.show_discreet(True, "Notes", Path("/n.svg"), env)
    assert (tmp_path / "data/applications/bewijskluis.desktop").is_file()
    assert not entry(env).exists()


def test_without_an_installed_entry_nothing_is_written(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_DIRS": str(tmp_path / "none")}
    desktop_entry.show_discreet(True, "Notes", Path("/n.svg"), env)
    assert list(tmp_path.iterdir()) == []


def test_an_entry_the_person_wrote_themselves_is_left_alone(env: dict[str, str]) -> None:
    entry(env).parent.mkdir(parents=True)
    entry(env).write_text("[Desktop Entry]\nName=Mine\nExec=mine\n", encoding="utf-8")
    desktop_entry.show_discreet(False, "Bewijskluis", Path("/a.svg"), env)
    assert entry(env).read_text(encoding="utf-8").startswith("[Desktop Entry]\nName=Mine")


def test_a_folder_that_cannot_be_written_leaves_things_as_they_were(
    env: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    Path(env["HOME"]).mkdir()
    (Path(env["HOME"]) / ".local").write_text("a file where the folder would be")
    desktop_entry.show_discreet(True, "Notes", Path("/n.svg"), env)
    assert caplog.messages == ["The menu entry could not be changed (NotADirectoryError)."]
