"""The right side of the main window: the picture (or why there is none) and the details.

Loading the original bytes and decoding them runs through `tasks`; a result
that arrives after the person chose another item (or locked) is dropped. Save
calls `update_item` and says "Saved" only once it returned; Delete asks first.
"""

from __future__ import annotations

import itertools
import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTime, Signal, Slot
from PySide6.QtGui import QImage, QPixmapCache, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.model import Item, Preview
from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import DownScroll, Pages, RowThatWraps, say
from evidence_app.gui.items.image_viewer import ImageViewer, decode_image
from evidence_app.gui.items.item_form import ItemForm
from evidence_app.gui.lock.session import VaultSession

log = logging.getLogger(__name__)

PAGE_NOTE, PAGE_IMAGE = range(2)


class _Note(QLabel):
    """Words in place of the picture, as high as their lines at the width they get: in a
    short, narrow pane (text 200 % on a small screen) two lines had the height of one and a
    half. The pane scrolls where the window is too short for them."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hold()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hold()

    def _hold(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class DetailPane(QWidget):
    """Shows and edits the item chosen in the list.

    Signals:
        item_saved(item): the changes were committed; `item` is the stored record.
        item_deleted(item_id): the item was deleted from the vault.
    """

    item_saved = Signal(object)
    item_deleted = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._generation = 0  # bumps on every change of item, so stale results are dropped
        # Save stays enabled while it stores (disabled, the focus went on to Delete…, which
        # a screen reader said after each save); by item, as its generation.
        self._saves = tasks.SavesInTurn()
        self._overtaking = tasks.Overtaking()  # by the lock's write of what was typed
        # The saves asked for and not answered yet, by number: (item, changes). One may
        # wait behind other work while the person has moved on to another item.
        self._waiting: dict[int, tuple[int, dict[str, Any]]] = {}
        self._numbers = itertools.count()

        self.viewer = ImageViewer()
        self.note = _Note()
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room around the words at the sides; little above and below, where a short window
        # (big text, a small screen) needs its height for the details.
        self.note.setContentsMargins(24, 8, 24, 8)
        self.stack = Pages()
        self.stack.addWidget(self.note)
        self.stack.addWidget(self.viewer)

        self.zoom_buttons: dict[str, QToolButton] = {}
        zoom_row = QHBoxLayout()
        for name, slot in (
            ("fit", self.viewer.fit),
            ("zoom_out", self.viewer.zoom_out),
            ("zoom_in", self.viewer.zoom_in),
            ("actual", self.viewer.actual_size),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.clicked.connect(slot)
            zoom_row.addWidget(button)
            self.zoom_buttons[name] = button
        self.zoom_label = QLabel()
        zoom_row.addWidget(self.zoom_label)
        zoom_row.addStretch()
        self.redact_button = QToolButton()
        self.redact_button.setObjectName("redact")
        self.redact_button.clicked.connect(self.open_redaction)
        redact_row = QHBoxLayout()
        redact_row.addWidget(self.redact_button)
        redact_row.addStretch()
        # With big text the redaction button goes under the zoom buttons: on one line they
        # would make the pane so wide that the list beside it had hardly any room.
        self.picture_bar = RowThatWraps(zoom_row, redact_row)
        self.viewer.zoom_changed.connect(self._on_zoom)
        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addWidget(self.picture_bar)
        picture_layout.addWidget(self.stack, 1)

        self.form = ItemForm()
        self.form.save_requested.connect(self.save)
        self.form.delete_requested.connect(self.ask_delete)
        # The form scrolls, so the picture keeps most of the height.
        # Tab goes to the fields, which it shows; never sideways: the pane is as wide as the
        # fields need (no scroll bar under them with big text).
        form_area = DownScroll(self.form)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(form_area, 1)
        details_layout.addWidget(self.form.button_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(picture)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 340])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()
        self.clear()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        # What each button shows, its tooltip, and for a sign ("−") a name and what it does.
        texts = {
            "fit": (self.tr("Fit"), self.tr("Show the whole picture"), "", ""),
            "zoom_out": (
                "−",
                self.tr("Zoom out"),
                self.tr("Zoom out"),
                self.tr("Makes the picture smaller."),
            ),
            "zoom_in": (
                "+",
                self.tr("Zoom in"),
                self.tr("Zoom in"),
                self.tr("Makes the picture bigger."),
            ),
            "actual": (
                "100 %",
                self.tr("Show at real size"),
                self.tr("Real size"),
                self.tr("Shows the picture at 100 %, not smaller or bigger."),
            ),
        }
        for name, (text, tip, said, description) in texts.items():
            button = self.zoom_buttons[name]
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(said)
            button.setAccessibleDescription(description)
        self.redact_button.setText(self.tr("Hide parts for a redacted copy…"))
        self.redact_button.setToolTip(
            self.tr(
                "Mark what to black out or blur in a copy for people who must not see the "
                "picture. The original is never changed."
            )
        )
        item = self.form.item()
        if item is None:
            self.note.setText(self.tr("Choose an item in the list to see it here."))
        elif item.preview != Preview.IMAGE:
            self.note.setText(messages.no_preview(item.preview))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing --------------------------------------------------------------
    def current_item(self) -> Item | None:
        return self.form.item()

    def show_item(self, item: Item | None) -> None:
        """Show `item` (None: nothing chosen)."""
        self._generation += 1
        self.viewer.clear()
        if item is None:
            self.clear()
            return
        service = self._session.service()
        self.form.set_item(item, service)
        if item.preview != Preview.IMAGE:
            self._show_note(messages.no_preview(item.preview))
            return
        self._show_note(self.tr("Opening the picture…"))
        generation, item_id = self._generation, item.id
        if service is None:
            return
        tasks.run_task(
            lambda: decode_image(service.original_bytes(item_id)),
            lambda image: self._image_ready(generation, image),
            lambda exc: self._image_failed(generation, exc),
            context=self,
        )

    def clear(self) -> None:
        """Forget the shown item: picture, fields and cached pixmaps."""
        self._generation += 1
        self.viewer.clear()
        self.form.clear()
        QPixmapCache.clear()
        self._show_note(self.tr("Choose an item in the list to see it here."))

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.stack.setCurrentIndex(PAGE_NOTE)
        self._set_zoom_enabled(False)

    @Slot()
    def open_redaction(self) -> None:
        """Mark the parts of this picture to hide in a redacted export."""
        item, service = self.form.item(), self._session.service()
        if item is None or service is None or item.preview != Preview.IMAGE:
            return
        from evidence_app.gui.items.redaction_editor import (
            RedactionEditor,  # written by the export work
        )

        editor = RedactionEditor(service, item.id, parent=self)
        # Gone once closed, with the picture it decoded, said in so many words: not left to
        # Python letting go of its last reference (a child of the pane otherwise stays).
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.exec()

    def _set_zoom_enabled(self, on: bool) -> None:
        for button in self.zoom_buttons.values():
            button.setEnabled(on)
        item = self.form.item()
        self.redact_button.setEnabled(
            on and item is not None and item.preview == Preview.IMAGE and self._session.is_open()
        )
        if not on:
            self.zoom_label.clear()

    def _image_ready(self, generation: int, image: QImage | None) -> None:
        if generation != self._generation:
            return
        if image is None:
            self._show_note(messages.no_preview("broken-image"))
            return
        self.stack.setCurrentIndex(PAGE_IMAGE)
        self._set_zoom_enabled(True)
        self.viewer.set_image(image)

    def _image_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("could not load a picture: %s", type(exc).__name__)
        self._show_note(messages.error_text(exc))

    @Slot(float)
    def _on_zoom(self, scale: float) -> None:
        self.zoom_label.setText(f"{round(scale * 100)} %")

    # -- saving and deleting --------------------------------------------------
    @Slot()
    def save(self) -> None:
        """Store what changed in the form; "Saved" appears only after the commit."""
        item, service = self.form.item(), self._session.service()
        if item is None or service is None:
            return
        problem = self.form.url_problem()
        if problem:
            say(self.form.status, self.tr("Not saved. %1").replace("%1", problem), urgent=True)
            return
        changes = self.form.changes()
        if not changes:
            say(self.form.status, self.tr("Nothing to save: nothing was changed."))
            return
        self.form.status.setText(self.tr("Saving…"))
        if not self._saves.begin(self._generation):  # saves again once this one is stored
            return
        item_id, generation, number = item.id, self._generation, next(self._numbers)
        ticket, overtaking = self._overtaking.ticket(item_id), self._overtaking
        self._waiting[number] = (item_id, changes)

        def saved(stored: Item | tasks.Overtaken) -> None:
            self._waiting.pop(number, None)
            self._saved(generation, stored)

        def failed(exc: BaseException) -> None:
            self._waiting.pop(number, None)
            self._save_failed(generation, exc)

        tasks.run_task(
            lambda: overtaking.unless_overtaken(
                item_id, ticket, lambda: service.update_item(item_id, changes)
            ),
            saved,
            failed,
            context=self,
        )

    def keep_before_lock(self) -> bool:
        """The vault is about to lock: keep what was typed, as Save (or choosing another
        item) does; not an address that is not one. Written at once on this thread: first
        the saves still waiting behind other work (of items the person has moved on from),
        then what the form shows; each overtakes the saves of its item still waiting
        (`tasks.Overtaking`), which would otherwise meet a locked vault. Whether anything
        was kept."""
        item, service = self.form.item(), self._session.service()
        if service is None:
            return False
        changes = self.form.changes() if item is not None else {}
        shown = None if item is None or not changes or self.form.url_problem() else item.id
        # A waiting save of the item shown is in what it shows now, unless that is refused.
        writes = [w for w in self._waiting.values() if w[0] != shown]
        self._waiting = {}
        if shown is not None:
            writes.append((shown, changes))
        kept = False
        for item_id, values in writes:
            try:
                self._overtaking.overtake(item_id, partial(service.update_item, item_id, values))
                kept = True
            except Exception as exc:  # the lock goes on; these words are lost with the key
                log.warning("could not keep the details before locking: %s", type(exc).__name__)
        return kept

    def _saved(self, generation: int, stored: Item | tasks.Overtaken) -> None:
        if isinstance(stored, tasks.Overtaken):  # the lock wrote what was typed
            self._saves.failed(generation)
            return
        again = self._saves.stored(generation)
        self.item_saved.emit(stored)
        if generation != self._generation:
            return
        if again:  # pressed again while this was stored: store what is shown now
            self.save()  # compared with the item as it was: what is unchanged is left out
            return
        self.form.set_item(stored, self._session.service())
        time = QTime.currentTime().toString("HH:mm")
        say(self.form.status, self.tr("Saved at %1.").replace("%1", time))

    def _save_failed(self, generation: int, exc: BaseException) -> None:
        self._saves.failed(generation)
        log.warning("could not save an item: %s", type(exc).__name__)
        if generation == self._generation:
            say(
                self.form.status,
                self.tr("Not saved. %1").replace("%1", messages.error_text(exc)),
                urgent=True,
            )

    @Slot()
    def ask_delete(self) -> None:
        item, service = self.form.item(), self._session.service()
        if item is None or service is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this item?"),
            self.tr(
                "Delete this item from the vault? The file and its details will be gone. "
                "The vault's log keeps a note that an item was deleted, and when."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        item_id = item.id
        tasks.run_task(
            lambda: service.delete_item(item_id),
            lambda _: self._deleted(item_id),
            self._delete_failed,
            context=self,
        )

    def _deleted(self, item_id: int) -> None:
        current = self.form.item()
        if current is not None and current.id == item_id:
            self.clear()
        self.item_deleted.emit(item_id)

    def _delete_failed(self, exc: BaseException) -> None:
        log.warning("could not delete an item: %s", type(exc).__name__)
        say(
            self.form.status,
            self.tr("Not deleted. %1").replace("%1", messages.error_text(exc)),
            urgent=True,
        )
