"""Platform ids (from `domain.web`) under the names people know them by.

Brand names are written as the brands write them, from the same data as the reports'
(`domain.platforms`, `resources/platforms/report.json`), and are not translated; the
three that are ordinary words (a search engine, an adult site, other) are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from evidence_app.domain.platforms import platform_info
from evidence_app.domain.web import PLATFORMS

# The order people scan a list in: the big apps first, then the general kinds.
ORDER: tuple[str, ...] = (
    "instagram",
    "snapchat",
    "tiktok",
    "whatsapp",
    "youtube",
    "facebook",
    "x",
    "telegram",
    "discord",
    "reddit",
    "onlyfans",
    "search",
    "adult",
    "other",
)
assert set(ORDER) == set(PLATFORMS), "every platform of domain.web needs a place here"


def platform_name(platform: str) -> str:
    """The name to show for a platform id ("" stays ""; an unknown id is shown as stored)."""
    brand = platform_info(platform)
    if brand is not None and brand.name:
        return brand.name
    if platform == "search":
        return QCoreApplication.translate("Platforms", "Search engine")
    if platform == "adult":
        return QCoreApplication.translate("Platforms", "Adult site")
    if platform == "other":
        return QCoreApplication.translate("Platforms", "Other")
    return platform


class PlatformBox(QComboBox):
    """Choose a platform by its name; `platform()` gives the id.

    A value stored before these ids existed (typed by hand) stays in the list as
    it was, so showing an item never changes it.

    Signals:
        platform_chosen(id): the person picked an entry (not emitted by `set_platform`).
    """

    platform_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self.retranslate()
        self.currentIndexChanged.connect(self._on_index)

    def retranslate(self) -> None:
        current = self.platform()
        self._setting = True
        try:
            self.clear()
            self.addItem(QCoreApplication.translate("Platforms", "(not known)"), "")
            for platform in ORDER:
                self.addItem(platform_name(platform), platform)
            self._select(current)
        finally:
            self._setting = False

    def platform(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_platform(self, platform: str) -> None:
        self._setting = True
        try:
            self._select(platform)
        finally:
            self._setting = False

    def _select(self, platform: str) -> None:
        index = self.findData(platform)
        if index < 0:
            self.addItem(platform, platform)
            index = self.count() - 1
        self.setCurrentIndex(index)

    @Slot(int)
    def _on_index(self, _: int) -> None:
        if not self._setting:
            self.platform_chosen.emit(self.platform())
