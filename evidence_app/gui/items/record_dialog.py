"""The window that opens after a capture: the picture, the record form and a tip.

The item is in the vault before this window opens; the window only adds what
the person knows. Whatever is typed is saved when the window closes, however it
closes (Done, the window's close button, Esc, or the vault locking), so nothing
typed is lost. A web address that cannot be stored keeps the window open once,
with a sentence saying why.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.model import Item, Preview
from evidence_app.gui.common import messages, tasks, text_size
from evidence_app.gui.common.announce import announce
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    Pages,
    a_stop_while_it_scrolls,
    fit_to_screen,
    free_area,
    say,
)
from evidence_app.gui.items.evidence_tips import EvidenceTips
from evidence_app.gui.items.image_viewer import ImageViewer, decode_image
from evidence_app.gui.items.record_form import RecordForm
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)


class RecordDialog(QDialog):
    """Tell what you know about one stored item.

    Signals:
        item_saved(item): the answers were committed; `item` is the stored record.
        released(): closed, and its last save has returned: the owner may delete it.
    """

    item_saved = Signal(object)
    released = Signal()

    def __init__(
        self,
        service: VaultService,
        item: Item,
        image: QImage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: VaultService | None = service
        self._closing = False
        self._warned_url = False
        self.setObjectName("record_dialog")
        self.setModal(False)
        fit_to_screen(self, QSize(1180, 640))

        self.viewer = ImageViewer()
        self.note = QLabel()
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setMargin(16)
        self.preview = Pages()
        self.preview.addWidget(self.note)
        self.preview.addWidget(self.viewer)

        self.saved_note = QLabel()
        self.saved_note.setObjectName("saved_note")
        self.saved_note.setWordWrap(True)
        self.form = RecordForm()
        self.form.edited.connect(self._on_edited)
        # Up and down only, as wide as its widest row: with big text the picture gives way,
        # rather than the questions being cut off at the side.
        form_area = DownScroll(self.form)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setObjectName("done")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.done_button)
        self.questions = middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.saved_note)
        middle_layout.addWidget(form_area, 1)
        middle_layout.addLayout(buttons)

        self.tips = EvidenceTips()
        # It scrolls too: with big text the tips are longer than the window is high.
        self.tips_area = tips_area = DownScroll(self.tips)
        tips_area.setObjectName("tips")
        a_stop_while_it_scrolls(tips_area)  # the keyboard scrolls them too

        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.preview)
        splitter.addWidget(middle)
        splitter.addWidget(tips_area)
        # The questions keep their width; on a small screen (or at 150 %) the picture
        # gives way, and gets what is left over on a big one.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([440, 470, 240])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.form.set_item(item, service)
        self._item_id = item.id
        self._show_preview(item, image)
        self.retranslate()
        self._fit_the_tips()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tell what you know"))
        item = self.form.item()
        stored = ""
        if item is not None:
            local = item.captured_local().strftime("%H:%M")
            stored = self.tr(
                "Stored safely in the vault at %1. Add what you know below: it is kept "
                "when you close this window. Leave empty what you do not know."
            ).replace("%1", local)
        self.saved_note.setText(stored)
        # Said as the window opens: Orca says a dialog's loose labels, but not this one,
        # inside the splitter, and a person who cannot see it would not know it is stored.
        self.setAccessibleDescription(stored)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleDescription(
            self.tr("Closes this window. What you typed is kept.")
        )
        if item is not None and item.preview != Preview.IMAGE:
            self.note.setText(messages.no_preview(item.preview))
        self.tips_area.setAccessibleName(self.tips.title())
        self.tips_area.setAccessibleDescription(
            self.tr("Tips. The arrow keys and Page Down scroll them.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            # Once the parts have their new words and sizes: they get them after this.
            QTimer.singleShot(0, self, self._fit_the_tips)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_the_tips()  # on the screen it opens on
        super().showEvent(event)

    def _fit_the_tips(self) -> None:
        """The tips as wide as reads well (200 px, more with bigger text), or narrower, down
        to their longest word, where the screen has no room for that beside the picture and
        the questions at their narrowest (big text on a laptop at 150 %): the window is
        then no wider than the screen."""
        bigger = text_size.factor()
        comfortable = round(200 * bigger)
        room = comfortable
        free = free_area(self)
        outer = self.layout()
        if free is not None and outer is not None:
            splitter = self.splitter
            others = (
                self.preview.minimumSizeHint().width() + self.questions.minimumSizeHint().width()
            )
            margins = outer.contentsMargins()
            room = (
                free.width()
                - margins.left()
                - margins.right()
                - splitter.handleWidth() * (splitter.count() - 1)
                - others
            )
        self.tips_area.setMinimumWidth(
            max(self.tips_area.minimumSizeHint().width(), min(comfortable, room))
        )
        self.tips_area.setMaximumWidth(round(300 * bigger))

    # -- the picture ----------------------------------------------------------
    def _show_preview(self, item: Item, image: QImage | None) -> None:
        if item.preview != Preview.IMAGE:
            self.note.setText(messages.no_preview(item.preview))
            self.preview.setCurrentWidget(self.note)
            return
        if image is not None:
            self._image_ready(image)
            return
        self.note.setText(self.tr("Opening the picture…"))
        service, item_id = self._service, item.id
        if service is None:
            return
        tasks.run_task(
            lambda: decode_image(service.original_bytes(item_id)),
            self._image_ready,
            lambda exc: self.note.setText(messages.error_text(exc)),
            context=self,
        )

    def _image_ready(self, image: QImage | None) -> None:
        if image is None:
            self.note.setText(messages.no_preview("broken-image"))
            return
        self.preview.setCurrentWidget(self.viewer)
        self.viewer.set_image(image)

    # -- saving ---------------------------------------------------------------
    def item_id(self) -> int:
        return self._item_id

    @Slot()
    def _on_edited(self) -> None:
        self.status.clear()

    def save(self) -> bool:
        """Commit the answers through the worker; `item_saved` follows. Whether it started."""
        changes, service = self.form.changes(), self._service
        if not changes or service is None:
            return False
        item_id = self._item_id
        self.status.setText(self.tr("Saving…"))
        tasks.run_task(
            lambda: service.update_item(item_id, changes),
            self._saved,
            self._save_failed,
            context=self,
        )
        return True

    def save_now(self) -> bool:
        """Commit at once on this thread (the vault is about to lock), then close. Whether
        something typed was kept."""
        changes, service = self.form.changes(), self._service
        self._service = None
        kept = False
        if changes and service is not None and not service.locked:
            try:
                with tasks.at_once():
                    item = service.update_item(self._item_id, changes)
                kept = True
                self.item_saved.emit(item)
            except Exception as exc:
                log.warning("could not save a record before locking: %s", type(exc).__name__)
        self._closing = True
        super().done(QDialog.DialogCode.Rejected)
        self.released.emit()
        return kept

    def _saved(self, item: Item) -> None:
        self.form.replace_item(item)
        self.item_saved.emit(item)
        saved = self.tr("Saved at %1.").replace("%1", QTime.currentTime().toString("HH:mm"))
        if self._closing:  # the window is gone: said from the one it came back to
            self.status.setText(saved)
            behind = self.parentWidget()
            if behind is not None and behind.isVisible():
                announce(behind, saved)
            self.released.emit()
        else:
            say(self.status, saved)

    def _save_failed(self, exc: BaseException) -> None:
        log.warning("could not save a record: %s", type(exc).__name__)
        if self._closing:
            # Closing: stay (or come back) so the answers are not lost.
            self._closing = False
            if self.isHidden():
                self.show()
        # After the window is back: its own words as it shows would cut this off.
        say(
            self.status,
            self.tr("Not saved. %1").replace("%1", messages.error_text(exc)),
            urgent=True,
        )

    def done(self, result: int) -> None:
        """Every way of closing saves first."""
        if self._closing:
            return
        problem = self.form.url_problem()
        if problem and not self._warned_url:
            self._warned_url = True
            self.form.url.setFocus()
            say(self.status, problem, urgent=True)  # after the focus: not cut off by it
            return
        self._closing = True
        started = self.save()
        if not self._closing:  # the save failed at once: stay open with the reason
            return
        super().done(result)
        if not started:
            self.released.emit()
