"""Status messages said aloud: what the status bar shows ("Saved.", "Added to the vault.")
is also announced to a screen reader (WCAG 2.2, 4.1.3), without moving the focus.

Qt sends an announcement as AT-SPI's `Object:Announcement` on Linux (and UI Automation's
notification on Windows, NSAccessibility's on macOS). A status bar's text alone is not
read out when it changes: a person who cannot see it would not know a save worked.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QStatusBar, QWidget, QWizard


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say `text`, from `widget`; `urgent` interrupts what they say."""
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def announce_status(bar: QStatusBar) -> None:
    """Announce every message `bar` shows from now on."""
    bar.messageChanged.connect(lambda text: announce(bar, text))


def announce_pages(wizard: QWizard) -> None:
    """Have screen readers say each page's title and subtitle as `wizard` turns to it.
    The focus goes to the page's first control, and that alone is said ("Me, for myself,
    radio button"): a person who cannot see the page would not know what it asks."""

    def turned(_: int) -> None:
        page = wizard.currentPage()
        if page is not None and wizard.isVisible():  # the first page is read with the window
            announce(page, " ".join(part for part in (page.title(), page.subTitle()) if part))

    wizard.currentIdChanged.connect(turned)
