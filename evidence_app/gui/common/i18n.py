"""The interface languages: Dutch, French and English, switchable while running.

Our own messages come from `resources/translations/bewijskluis_<code>.qm`
(built from the `.ts` sources by the install or by
`scripts/update_translations.py --release`), loaded with `importlib.resources`.
Qt's own strings (OK, Cancel, Next) come from the `qtbase_<code>.qm` that
ships with PySide6. Installing a translator makes Qt send `LanguageChange` to
every widget, whose `changeEvent` then calls its `retranslate()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evidence_app.bundled import resource

log = logging.getLogger(__name__)

DEFAULT = "en"
# Each language named in itself, so a person finds theirs whatever is showing.
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def system_language() -> str:
    """The system's language when we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def _our_messages(code: str) -> bytes | None:
    qm = resource("translations", f"bewijskluis_{code}.qm")
    try:
        return qm.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None


class Translations:
    """The installed translators; `switch()` changes the language of every window."""

    def __init__(self) -> None:
        self._ours = QTranslator()
        self._qt = QTranslator()
        self._data: bytes | None = None  # QTranslator reads from this buffer; keep it alive
        self._installed = False
        self.current = DEFAULT

    def switch(self, code: str) -> None:
        """Use language `code` (unknown codes fall back to English)."""
        if code not in LANGUAGES:
            code = DEFAULT
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist first"
        if self._installed:
            QCoreApplication.removeTranslator(self._ours)
            QCoreApplication.removeTranslator(self._qt)
        self._ours = QTranslator()
        self._qt = QTranslator()
        self._data = _our_messages(code)
        if self._data is None:
            if code != DEFAULT:
                log.warning("no compiled translation for %s; showing English", code)
        elif not self._ours.load(self._data):
            log.warning("could not load the translation for %s", code)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._qt.load(f"qtbase_{code}", qt_dir)
        QCoreApplication.installTranslator(self._qt)
        QCoreApplication.installTranslator(self._ours)
        self._installed = True
        self.current = code
        QLocale.setDefault(QLocale(code))
