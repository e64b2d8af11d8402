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
  after a while (`_NOTICE_KEPT_MS`), or when its window hides (`_Notices`). A dialog's
  message is put in the main window behind it (`_host`): Orca 43 says a notification's
  dialog first, with the dialog's whole text ("Hide parts … dialog. Drag over the parts
  … notification Saved."), at every message; in the main window it says the message
  alone, as today's Orca does anywhere. Each is said a moment after it is shown
  (`_SETTLE_MS`), past the burst of events that came with it, unless the same status
  line said something newer meanwhile: only what it shows then is said. A dialog that
  closes in that moment ("Saved." and Escape at once) hands what it had not said yet to
  the main window behind it, which says it (`_Notices._hand_over`); a lock drops it.
"""

from __future__ import annotations

import itertools
import sys
from functools import partial
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QMainWindow, QStatusBar, QWidget, QWizard

from evidence_app.gui.common import own_interface

_ANNOUNCED = sys.platform in ("win32", "darwin")  # Qt's announcements reach the readers
_NOTICE_KEPT_MS = 20_000  # long enough for a screen reader to read it, slow as it may be
_WAITS_MS = 10_000  # how long a message waits for its window to be shown again (a capture)
# A message is said this long after it is shown: what brought it (a dialog closing, the
# windows coming back from a capture, an export ending) comes with a burst of events, and
# Orca 43 drops what waits behind more than 50 of them ("Added to the vault." was lost).
_SETTLE_MS = 300


class _NoticeInterface(QAccessibleWidget):
    """A notification, as a screen reader sees it: its words are its name."""

    def __init__(self, notice: QWidget) -> None:
        super().__init__(notice, QAccessible.Role.Notification)


def _host(window: QWidget) -> QWidget:
    """Where `window`'s notifications go: the main window it belongs to, while that shows;
    else the window itself."""
    above = window.parentWidget()
    while above is not None:
        top = above.window()
        if isinstance(top, QMainWindow) and top.isVisible():
            return top
        above = top.parentWidget()
    return window


class _Message(NamedTuple):
    text: str
    source: int  # the id of the widget that said it (a status line, a status bar)
    number: int  # in the order said
    urgent: bool = False  # what went wrong: its window's own, never handed over


class _Notices(QObject):
    """A window's notifications. When the window hides (closed, locked, hidden for a
    capture), they go: shown again with it, each would be said again, long after it was
    true ("Added to the vault." as the windows come back from the next capture). A message
    for a hidden window waits, a while, until the window shows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[tuple[_Message, QDeadlineTimer]] = []
        # Each source's newest message: one replaced before it was said is not said.
        self._newest: dict[int, int] = {}
        self._numbers = itertools.count()
        self._forgotten = 0  # how many times `forget` ran: a message let out before is dropped
        self._shown: list[QWidget] = []  # the notifications said, wherever they are
        self._settling: list[_Message] = []  # to be said once the window settles
        window.installEventFilter(self)

    @staticmethod
    def of(window: QWidget) -> _Notices:
        found = window.findChild(_Notices, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else _Notices(window)

    def say(self, text: str, source: QWidget, *, urgent: bool = False) -> None:
        self._say(text, id(source), urgent)

    def _say(self, text: str, source: int, urgent: bool = False) -> None:
        message = _Message(text, source, next(self._numbers), urgent)
        self._newest[message.source] = message.number
        if not self._window.isVisible():
            self._waiting.append((message, QDeadlineTimer(_WAITS_MS)))
            return
        self._settle(message)

    def _settle(self, message: _Message) -> None:
        self._settling.append(message)
        QTimer.singleShot(_SETTLE_MS, self, partial(self._let_out, message, self._forgotten))

    def _show(self, text: str) -> None:
        host = _host(self._window)
        if host is not self._window:
            _Notices.of(host)  # its hiding, and a lock, take this one away too
        notice = QWidget(host)
        notice.setObjectName("notice")
        notice.resize(0, 0)
        notice.setAccessibleName(text)
        own_interface.use(notice, _NoticeInterface(notice))
        notice.show()  # "showing": what a screen reader hears
        QTimer.singleShot(_NOTICE_KEPT_MS, notice, notice.deleteLater)
        self._shown = [n for n in self._shown if shiboken6.isValid(n)] + [notice]

    def said(self) -> list[QWidget]:
        """The window's notifications still on the bus."""
        return [n for n in self._shown if shiboken6.isValid(n) and n.isVisible()]

    def forget(self) -> None:
        """Take every message of the window off the accessibility bus, and those waiting."""
        self._waiting = []
        self._settling = []
        self._forgotten += 1
        shown, self._shown = self._shown, []
        # And every notification in the window, whoever said it: a dialog's, put here
        # (`_host`), whose dialog went without hiding, or is still open while this hides.
        hosted = self._window.findChildren(
            QWidget, "notice", Qt.FindChildOption.FindDirectChildrenOnly
        )
        for notice in (*shown, *hosted):
            if shiboken6.isValid(notice):
                notice.hide()  # not shown again with the window, nor said again
                notice.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Hide, QEvent.Type.Show) or event.spontaneous():
            return False
        # A window going (its Python half first) still sends events here: ours may be gone.
        if watched is getattr(self, "_window", None):
            if kind == QEvent.Type.Hide:
                self._hand_over()
                self.forget()
            elif self._waiting:
                waiting, self._waiting = self._waiting, []
                for message, deadline in waiting:
                    if not deadline.hasExpired():
                        self._settle(message)
        return False

    def _hand_over(self) -> None:
        """The window hides before it said its last messages: a dialog's are said from
        the main window behind it, if that shows ("Saved." and Escape at once: the person
        still hears it was saved). Not what went wrong ("Not saved."): a window that failed
        stays or comes back, and says it again itself. A lock takes them away wherever they
        are (`forget_said`), whether the dialogs close before it or after. A main window
        hiding (a capture) hands nothing over: what it did not say is dropped."""
        host = _host(self._window)
        if host is self._window:
            return
        newest = [
            m for m in self._settling if self._newest.get(m.source) == m.number and not m.urgent
        ]
        for message in newest:
            _Notices.of(host)._say(message.text, message.source)

    def _let_out(self, message: _Message, forgotten: int) -> None:
        """Say a message once the window has settled, unless it was forgotten since (the
        window hid, the vault locked) or its source said something newer meanwhile
        ("Exporting…" of a dossier already done, "Saving…" already saved)."""
        if message in self._settling:
            self._settling.remove(message)
        if (
            forgotten == self._forgotten
            and self._window.isVisible()
            and self._newest.get(message.source) == message.number
        ):
            self._show(message.text)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say `text`, from `widget`. `urgent` (what went wrong) has it
    interrupt what they say, on Windows and macOS; on Linux every notification does."""
    if not text.strip():
        return
    if not _ANNOUNCED:
        _Notices.of(widget.window()).say(text, widget, urgent=urgent)
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def said_by(window: QWidget) -> list[str]:
    """The words of `window`'s notifications still on the accessibility bus, oldest first
    (wherever they are, `_host`); none on Windows and macOS."""
    found = window.findChild(_Notices, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [n.accessibleName() for n in found.said()] if found is not None else []


def forget_said(window: QWidget) -> None:
    """Take what `window` and the windows it holds (its dialogs) said off the accessibility
    bus, and what they have yet to say (the vault locked: "Captured and saved as item 12"
    is not for whoever comes next, nor handed over by a dialog that closes after)."""
    for found in window.findChildren(_Notices):
        found.forget()


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
