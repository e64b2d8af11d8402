"""The app's entry in the desktop's menu, and its discreet twin.

The installed package (`packaging/`) puts `bewijskluis.desktop` in the system's
applications folder: the menu, the launcher and a Wayland task bar show "Bewijskluis"
with its icon, whatever the window is titled. In discreet mode the app writes an entry
of the same name in the person's own applications folder (`$XDG_DATA_HOME`), which
desktops read first: the neutral word with a plain note icon, starting the same
program. Out of discreet mode it removes that entry again, and only its own.

Where no package installed the entry (a checkout, Windows, macOS) nothing is written.
A folder that cannot be written to leaves the menu as it was; the window keeps its
neutral name either way.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

DESKTOP_FILE = "bewijskluis.desktop"
MARK = "X-Bewijskluis-Discreet=true"

_log = logging.getLogger(__name__)


def _freedesktop() -> bool:
    return os.name == "posix" and sys.platform != "darwin"


def user_entry(env: Mapping[str, str] = os.environ) -> Path:
    """Where the person's own entry of that name goes."""
    data_home = env.get("XDG_DATA_HOME") or str(
        Path(env.get("HOME", "~")).expanduser() / ".local/share"
    )
    return Path(data_home) / "applications" / DESKTOP_FILE


def system_entry(env: Mapping[str, str] = os.environ) -> Path | None:
    """The entry the package installed, if any (`$XDG_DATA_DIRS`, as desktops look)."""
    dirs = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    for folder in dirs.split(":"):
        candidate = Path(folder) / "applications" / DESKTOP_FILE
        if folder and candidate.is_file():
            return candidate
    return None


def _program_lines(entry: Path) -> list[str]:
    """The main group's `Exec=` and `TryExec=` lines: the same program starts, and when
    the package is removed, desktops hide this entry too (its TryExec is gone)."""
    found = []
    in_main = False
    for line in entry.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            in_main = line.strip() == "[Desktop Entry]"
        elif in_main and line.startswith(("Exec=", "TryExec=")):
            found.append(line)
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def show_discreet(
    discreet: bool, name: str, icon: Path, env: Mapping[str, str] = os.environ
) -> None:
    """Make the menu show `name` and `icon` for the app (discreet), or its own (not)."""
    if not _freedesktop():
        return
    target = user_entry(env)
    try:
        if not discreet:
            if target.is_file() and MARK in target.read_text(encoding="utf-8").splitlines():
                target.unlink()
            return
        source = system_entry(env)
        program = _program_lines(source) if source is not None else []
        if not any(line.startswith("Exec=") for line in program):
            return
        text = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={_one_line(name)}",
                f"Icon={icon}",
                *program,
                "Terminal=false",
                "StartupNotify=true",
                MARK,
                "",
            ]
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{DESKTOP_FILE}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except OSError as error:
        _log.warning("The menu entry could not be changed (%s).", type(error).__name__)
