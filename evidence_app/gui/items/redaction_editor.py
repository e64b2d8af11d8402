"""Marking the parts of an image to hide in a redacted copy (for a school or a parent).

The person drags rectangles over the picture; each is blacked out or blurred
in the redacted export. Or with the keyboard alone, the picture having the focus: an
arrow key marks its middle, the arrows move that part, Shift and the arrows change its
size, Ctrl with either goes by one pixel, Enter places it (the next arrow marks a new
one) and Esc takes it away (on the picture Esc never closes the window, which would drop
the parts not saved yet). The regions are saved through the service, in the image's own
pixels, and audited; the original in the vault never changes.

What the keys do is also said (and shown under the picture): where the part is, in
percent of the picture, once the arrows rest; that it is placed, and how many there are;
that one or all were taken away. Else a person who cannot see the picture well, or at
all, would mark and move it in silence.

Closing the window (Close, Esc, its close button) with parts marked and not saved asks
first: save them, close without them, or go back. Closing while a save is under way
waits for it to be stored, so that one that fails is shown, not lost with the window
("Saved." is then said from the main window behind it). A lock closes it at once
(`done`), without asking: nothing of the vault stays in sight.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.model import RedactStyle, Region
from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import fit_to_screen, say, show_problem
from evidence_app.gui.common.keyed_rect import ArrowKey, arrow_key, moved
from evidence_app.gui.common.unsaved import AsksBeforeDropping
from evidence_app.gui.common.wrapping_choice import WrappingRadioButton
from evidence_app.gui.items.image_viewer import decode_image
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

_BLUR_FILL = QColor(40, 90, 200, 110)
MIN_SIDE = 2.0  # image pixels: less is a click, not a part


def _marker(rect: QRectF, style: str) -> QGraphicsRectItem:
    item = QGraphicsRectItem(rect)
    if style == RedactStyle.BLACK:
        item.setBrush(QBrush(Qt.GlobalColor.black))
        item.setPen(QPen(Qt.GlobalColor.black))
    else:
        item.setBrush(QBrush(_BLUR_FILL, Qt.BrushStyle.Dense4Pattern))
        item.setPen(QPen(QColor(40, 90, 200), 0))
    item.setData(0, style)
    return item


class _Canvas(QGraphicsView):
    """Shows the picture fitted to the view; a drag draws a new region.

    Signals:
        keyed(str): what the keys did to the part being placed: "marked", "moved",
            "placed" or "dropped".
    """

    keyed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.style_name = RedactStyle.BLACK
        self._picture: QGraphicsPixmapItem | None = None
        self._origin: QPointF | None = None
        self._drawing: QGraphicsRectItem | None = None
        self._keyed: QGraphicsRectItem | None = None  # the part the keys move, until Enter

    def set_picture(self, pixmap: QPixmap) -> None:
        self.scene().clear()
        self._picture = self.scene().addPixmap(pixmap)
        self.scene().setSceneRect(QRectF(pixmap.rect()))
        self.fitInView(self._picture, Qt.AspectRatioMode.KeepAspectRatio)

    def markers(self) -> list[QGraphicsRectItem]:
        return [i for i in self.scene().items() if isinstance(i, QGraphicsRectItem)]

    def add_marker(self, rect: QRectF, style: str) -> None:
        self.scene().addItem(_marker(rect, style))

    def _image_point(self, event: QMouseEvent) -> QPointF:
        point = self.mapToScene(event.position().toPoint())
        bounds = self.sceneRect()
        return QPointF(
            min(max(point.x(), bounds.left()), bounds.right()),
            min(max(point.y(), bounds.top()), bounds.bottom()),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._picture is not None:
            self._origin = self._image_point(event)
            self._drawing = _marker(QRectF(self._origin, self._origin), self.style_name)
            self.scene().addItem(self._drawing)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None and self._origin is not None:
            self._drawing.setRect(QRectF(self._origin, self._image_point(event)).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None:
            rect = self._drawing.rect()
            if rect.width() < 2 or rect.height() < 2:  # a click, not a drag
                self.scene().removeItem(self._drawing)
            self._drawing, self._origin = None, None
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._keyed is not None and self._keyed.scene() is None:
            self._keyed = None  # taken away meanwhile ("Undo last", "Remove all")
        arrow = arrow_key(event)
        if self._picture is None:
            super().keyPressEvent(event)
        elif arrow is not None:
            self._move_keyed(arrow)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._keyed is not None:
            self._keyed = None  # kept; the next arrow marks a new part
            self.keyed.emit("placed")
        elif key == Qt.Key.Key_Escape:
            # Takes the part being placed away; never the window, with parts not saved yet.
            if self._keyed is not None:
                self.scene().removeItem(self._keyed)
                self._keyed = None
                self.keyed.emit("dropped")
        else:
            event.ignore()  # Enter goes on to the window: Save

    def _move_keyed(self, arrow: ArrowKey) -> None:
        bounds = self.sceneRect()
        step = max(1.0, round(min(bounds.width(), bounds.height()) / 50))
        rect = moved(
            self._keyed.rect() if self._keyed else None,
            bounds,
            arrow,
            step=step,
            min_side=MIN_SIDE,
        )
        if self._keyed is None:  # the first arrow marks the middle of the picture
            self._keyed = _marker(rect, self.style_name)
            self.scene().addItem(self._keyed)
            self.keyed.emit("marked")
        else:
            self._keyed.setRect(rect)
            self.keyed.emit("moved")

    def keyed_part(self) -> QRectF | None:
        """The part the keys are placing, in the picture's pixels (None once placed)."""
        return self._keyed.rect() if self._keyed is not None and self._keyed.scene() else None

    def resizeEvent(self, event: object) -> None:  # keep the picture fitted
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._picture is not None:
            self.fitInView(self._picture, Qt.AspectRatioMode.KeepAspectRatio)


class RedactionEditor(AsksBeforeDropping, QDialog):
    """Draw rectangles over `item_id`'s image to blur or black out; saved through the service."""

    def __init__(self, service: VaultService, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._item_id = item_id
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.canvas = _Canvas(self)
        self.black = WrappingRadioButton()
        self.blur = WrappingRadioButton()
        self.black.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.black)
        group.addButton(self.blur)
        self.black.toggled.connect(self._style_changed)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_all)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.canvas.keyed.connect(self._keyed)
        # Where a moved part is, said once the arrows rest (not at each step of a held key).
        self._where_later = QTimer(self, singleShot=True, interval=400)
        self._where_later.timeout.connect(self._say_where)
        # Save stays enabled while it stores (disabled, the focus went to the window's
        # first control and stayed there).
        self._saves = tasks.SavesInTurn()
        self._overtaking = tasks.Overtaking()  # by the lock's write of the parts marked
        self._lock_came = False  # what a save under way answers after that is not shown
        self._saving: list[Region] = []
        self._close_when_stored = False

        tools = QHBoxLayout()
        tools.addWidget(self.black)
        tools.addWidget(self.blur)
        tools.addStretch()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(820, 640))
        self.retranslate()
        self._load()

    def _load(self) -> None:
        """Read and decode the picture and its marked parts in the background."""
        service, item_id = self._service, self._item_id
        self.save_button.setEnabled(False)

        def work() -> tuple[QImage | None, list[Region]]:
            image = decode_image(service.original_bytes(item_id))
            return image, service.redactions().get(item_id, [])

        tasks.run_task(work, self._loaded, self._failed, context=self)

    def _loaded(self, found: tuple[QImage | None, list[Region]]) -> None:
        image, regions = found
        if image is None:
            self.message.setText(self.tr("This picture cannot be shown, so nothing can be marked."))
            return
        self.canvas.set_picture(QPixmap.fromImage(image))
        for region in regions:
            self.canvas.add_marker(
                QRectF(region.x, region.y, region.width, region.height), region.style
            )
        self._kept_now()  # the parts the vault has: closing now asks nothing
        self.save_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            raise exc
        show_problem(self.message, messages.error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hide parts for a copy without the pictures"))
        keys = self.tr(
            "Or with the keys, on the picture: an arrow marks its middle, the arrows move "
            "that part, Shift+arrows change its size, Enter places it, Esc takes it away."
        )
        self.intro.setText(
            self.tr(
                "Drag over the parts that others must not see (a face, a body, a name). "
                "They are hidden only in the copy for a school or a parent. The original "
                "stays exactly as it is, and the police always get the original."
            )
            + " "
            + keys
        )
        self.canvas.setAccessibleName(self.tr("Picture"))
        self.canvas.setAccessibleDescription(
            self.tr("Drag with the mouse over a part of the picture to hide it in the copy.")
            + " "
            + keys
        )
        self.black.setText(self.tr("Black out"))
        self.blur.setText(self.tr("Blur"))
        self.undo_button.setText(self.tr("Undo last"))
        self.undo_button.setAccessibleDescription(self.tr("Takes away the last part you marked."))
        self.clear_button.setText(self.tr("Remove all"))
        self.clear_button.setAccessibleDescription(
            self.tr("Takes away every part you marked on this picture.")
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr(
                "Keeps the parts you marked. They are hidden only in the copy for a school "
                "or a parent; the original does not change."
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. If you marked parts and did not save them, it asks first.")
        )

    @Slot(bool)
    def _style_changed(self, black: bool) -> None:
        self.canvas.style_name = RedactStyle.BLACK if black else RedactStyle.BLUR

    def regions(self) -> list[Region]:
        """The marked regions in the image's pixels, in the order they were drawn."""
        found = []
        for marker in reversed(self.canvas.markers()):  # items() lists the newest first
            rect = marker.rect().toAlignedRect()
            found.append(
                Region(rect.x(), rect.y(), rect.width(), rect.height(), str(marker.data(0)))
            )
        return found

    @Slot()
    def undo(self) -> None:
        markers = self.canvas.markers()
        if not markers:
            self._say(self.tr("There is no part to take away."))
            return
        self.canvas.scene().removeItem(markers[0])
        self._say(self.tr("The last part is taken away; %n left.", "", len(markers) - 1))

    @Slot()
    def clear_all(self) -> None:
        markers = self.canvas.markers()
        if not markers:
            self._say(self.tr("There is no part to take away."))
            return
        for marker in markers:
            self.canvas.scene().removeItem(marker)
        self._say(self.tr("Every part is taken away."))

    # -- what the keys did, in words --------------------------------------------
    def _say(self, text: str) -> None:
        self._where_later.stop()
        self.message.setStyleSheet("")  # no longer the colour of a problem
        say(self.message, text)

    @Slot(str)
    def _keyed(self, what: str) -> None:
        if what == "marked":
            self._say(self.tr("A part is marked: %1.").replace("%1", self._where()))
        elif what == "moved":
            self._where_later.start()
        elif what == "placed":
            count = len(self.canvas.markers())
            self._say(self.tr("Placed. In all, %n part(s) to hide; Save keeps them.", "", count))
        elif what == "dropped":
            self._say(self.tr("The part you were placing is taken away."))

    @Slot()
    def _say_where(self) -> None:
        if self.canvas.keyed_part() is not None:
            self._say(self.tr("Moved: %1.").replace("%1", self._where()))

    def _where(self) -> str:
        """Where the part being placed is, in percent of the picture."""
        part, whole = self.canvas.keyed_part(), self.canvas.sceneRect()
        if part is None or whole.width() <= 0 or whole.height() <= 0:
            return ""

        def percent(at: float, size: float) -> str:
            return str(round(100 * at / size))

        return (
            self.tr("from %1 to %2 % across, from %3 to %4 % down")
            .replace("%1", percent(part.left(), whole.width()))
            .replace("%2", percent(part.right(), whole.width()))
            .replace("%3", percent(part.top(), whole.height()))
            .replace("%4", percent(part.bottom(), whole.height()))
        )

    @Slot()
    def save(self) -> None:
        """Save the marked parts in the background; the original never changes."""
        if not self.save_button.isEnabled():  # nothing loaded
            return
        if not self._saves.begin():  # saves again once this one is stored ("Saving…" shows)
            return
        service, item_id, regions = self._service, self._item_id, self.regions()
        self._saving = regions
        self.message.setStyleSheet("")  # no longer the colour of a problem
        self.message.setText(self.tr("Saving…"))
        ticket, overtaking = self._overtaking.ticket(item_id), self._overtaking
        tasks.run_task(
            lambda: overtaking.unless_overtaken(
                item_id, ticket, lambda: service.set_redactions(item_id, regions)
            ),
            self._saved,
            self._save_failed,
            context=self,
        )

    def _saved(self, result: object) -> None:
        if self._lock_came or isinstance(result, tasks.Overtaken):  # the lock wrote them
            self._saves.failed()
            return
        self._kept_now(self._saving)
        if self._saves.stored():  # pressed again while this was stored: the parts marked now
            self.save()
            return
        say(self.message, self.tr("Saved."))
        if self._close_when_stored:
            self._close_when_stored = False
            self.reject()  # closes, or asks again if more was marked meanwhile

    def _save_failed(self, exc: BaseException) -> None:
        self._saves.failed()
        if self._lock_came:  # nothing of the vault is shown once it locks
            log.warning("could not save the hidden parts: %s", type(exc).__name__)
            return
        self._close_when_stored = False  # stays open, with what went wrong
        self._failed(exc)

    # -- closing (`unsaved.AsksBeforeDropping`) ---------------------------------------
    _stores_itself = True  # its Save stores the parts, also just before a lock

    def _kept_state(self) -> object:
        return self.regions()

    def keep_before_lock(self) -> bool:
        """As Save, also while a save is under way or waiting behind other work: the parts
        marked now are written at once, and the save still waiting then writes nothing
        (`tasks.Overtaking`; the same parts again add nothing to the chain)."""
        if not self._saves.running():
            return super().keep_before_lock()
        self._lock_came = True
        if self._settled or not self.changed_by_hand():
            return False
        service, item_id, regions = self._service, self._item_id, self.regions()
        try:
            self._overtaking.overtake(item_id, lambda: service.set_redactions(item_id, regions))
            self._kept_now(regions)  # stored now: nothing is asked about them after
        except Exception as exc:  # the lock goes on
            log.warning("could not keep the hidden parts before locking: %s", type(exc).__name__)
            return False
        return True

    def _question(self) -> tuple[str, str]:
        return (
            self.tr("Keep the parts you marked?"),
            self.tr(
                "You marked parts of this picture that are not saved yet. Save them before "
                "the window closes?"
            ),
        )

    def _keep_and_close(self) -> None:
        self._close_when_stored = True
        self.save()

    def reject(self) -> None:
        """Close, Esc and the window's close button: not before a save under way is
        stored (then it closes by itself), and not without asking when parts are marked
        and not saved."""
        if self._saves.running() and self._asking is None:
            self._close_when_stored = True
            say(self.message, self.tr("Saving… The window closes once the parts are saved."))
            return
        super().reject()
