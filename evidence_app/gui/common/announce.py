"""Status messages said aloud: what the status bar shows ("Saved.", "Added to the vault.")
is also announced to a screen reader (WCAG 2.2, 4.1.3), without moving the focus.

A status bar's text alone is not read out when it changes: a person who cannot see it
would not know a save worked. How it is said depends on the platform's screen readers:

- Windows and macOS: Qt's announcement, sent as UI Automation's notification (NVDA,
  Narrator, JAWS) and NSAccessibility's announcement (VoiceOver).
- Linux and the other systems with AT-SPI: a notification appears. Qt sends its
  announcement there as `Object:Announcement`, which Orca says only since version 46
  (Debian 12 has Orca 43: it said nothing). Every Orca, old and new, says a notification
  as it is shown ("notification, Saved at 17:02."), as it says the desktop's; sending both
  would have the new ones say it twice. The notification is an empty widget in the window
  (nothing to see: the window shows the message itself), one per message, so that a
  message that follows quickly does not change the words of one not yet read; each goes
  after a while (`_NOTICE_KEPT_MS`).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QStatusBar, QWidget, QWizard

from evidence_app.gui.common import own_interface

_ANNOUNCED = sys.platform in ("win32", "darwin")  # Qt's announcements reach the readers
_NOTICE_KEPT_MS = 20_000  # long enough for a screen reader to read it, slow as it may be


class _NoticeInterface(QAccessibleWidget):
    """A notification, as a screen reader sees it: its words are its name."""

    def __init__(self, notice: QWidget) -> None:
        super().__init__(notice, QAccessible.Role.Notification)


def _notify(widget: QWidget, text: str) -> None:
    """Show a notification saying `text` in `widget`'s window (or the active one)."""
    window = widget.window() if widget.isVisible() else QApplication.activeWindow()
    if window is None:
        return
    notice = QWidget(window)
    notice.setObjectName("notice")
    notice.resize(0, 0)
    notice.setAccessibleName(text)
    own_interface.use(notice, _NoticeInterface(notice))
    notice.show()  # "showing": what a screen reader hears
    QTimer.singleShot(_NOTICE_KEPT_MS, notice, notice.deleteLater)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say `text`, from `widget`; `urgent` interrupts what they say."""
    if not text.strip():
        return
    if not _ANNOUNCED:
        _notify(widget, text)
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
