"""The harmless preferences of the interface, stored in one INI file.

Only choices that say nothing about the person or the evidence belong here:
the language and the auto-lock delay. Never a path, a URL, a name or a search.
The file is `Paths.settings_file` (never QSettings' default place), so tests
and `--basedir` keep it beside the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from evidence_app.paths import ensure_private_dir

LANGUAGE_KEY = "ui/language"
AUTO_LOCK_KEY = "security/auto_lock_minutes"
RECHECK_KEY = "reports/look_again_at_unlock"
COUNTRY_KEY = "help/country"
DISCREET_KEY = "privacy/discreet"
BLUR_KEY = "privacy/blur_pictures"
TEXT_SIZE_KEY = "ui/text_size_percent"
TEXT_SIZES = (100, 125, 150, 200)  # percent of the system's (`gui.common.text_size`)
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_CHOICES: tuple[int, ...] = (1, 2, 5, 10, 15, 30)


class Settings:
    """Typed access to the preferences file."""

    def __init__(self, path: Path) -> None:
        ensure_private_dir(path.parent)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def language(self) -> str | None:
        """The chosen language code, or None when the person never chose one."""
        value = self._qsettings.value(LANGUAGE_KEY, None)
        return str(value) if value else None

    def set_language(self, code: str) -> None:
        self._qsettings.setValue(LANGUAGE_KEY, code)
        self._qsettings.sync()

    def auto_lock_minutes(self) -> int:
        """Minutes without input before the vault locks itself."""
        value = self._qsettings.value(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_AUTO_LOCK_MINUTES
        return minutes if minutes in AUTO_LOCK_CHOICES else DEFAULT_AUTO_LOCK_MINUTES

    def set_auto_lock_minutes(self, minutes: int) -> None:
        if minutes not in AUTO_LOCK_CHOICES:
            raise ValueError(f"auto-lock delay must be one of {AUTO_LOCK_CHOICES}")
        self._qsettings.setValue(AUTO_LOCK_KEY, minutes)
        self._qsettings.sync()

    def recheck_at_unlock(self) -> bool:
        """Whether the reported addresses are looked at again (online) at each unlock."""
        return str(self._qsettings.value(RECHECK_KEY, "false")).lower() == "true"

    def set_recheck_at_unlock(self, on: bool) -> None:
        self._qsettings.setValue(RECHECK_KEY, "true" if on else "false")
        self._qsettings.sync()

    def help_country(self) -> str | None:
        """Where the person lives, for the help they are shown ("BE" or "NL"); None if not
        chosen yet."""
        value = str(self._qsettings.value(COUNTRY_KEY, ""))
        return value if value in ("BE", "NL") else None

    def set_help_country(self, country: str) -> None:
        if country not in ("BE", "NL"):
            raise ValueError(f"unknown country {country!r}")
        self._qsettings.setValue(COUNTRY_KEY, country)
        self._qsettings.sync()

    def discreet(self) -> bool:
        """Whether the app shows a neutral name in the task bar (`gui.common.discretion`)."""
        return str(self._qsettings.value(DISCREET_KEY, "false")).lower() == "true"

    def set_discreet(self, on: bool) -> None:
        self._qsettings.setValue(DISCREET_KEY, "true" if on else "false")
        self._qsettings.sync()

    def blur_pictures(self) -> bool:
        """Whether pictures are blurred until clicked (`gui.items.image_viewer`)."""
        return str(self._qsettings.value(BLUR_KEY, "false")).lower() == "true"

    def set_blur_pictures(self, on: bool) -> None:
        self._qsettings.setValue(BLUR_KEY, "true" if on else "false")
        self._qsettings.sync()

    def text_size(self) -> int:
        """The text size in percent of the system's (`gui.common.text_size`); 100 if unset."""
        value = str(self._qsettings.value(TEXT_SIZE_KEY, "100"))
        return int(value) if value.isdigit() and int(value) in TEXT_SIZES else 100

    def set_text_size(self, percent: int) -> None:
        self._qsettings.setValue(TEXT_SIZE_KEY, percent)
        self._qsettings.sync()


def local_country() -> str:
    """The country this computer is set to (its system locale, not the app's language: Dutch
    is spoken in Belgium too), when it is one the help knows; else Belgium."""
    return "NL" if QLocale.system().territory() == QLocale.Country.Netherlands else "BE"
