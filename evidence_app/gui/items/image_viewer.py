"""An image viewer for one piece of evidence: fit, zoom, 100 % and pan by dragging.

Images are decoded by `decode_image` with `QImageReader` on the bytes in
memory (never a temporary file), keeping Qt's allocation limit so a
decompression bomb fails instead of taking the machine's memory. Decoding may
run in a worker thread (QImage is thread-safe); the QPixmap is made here, on
the GUI thread.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsBlurEffect,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from evidence_app.domain import images

MIN_SCALE = 0.02
MAX_SCALE = 32.0
ZOOM_STEP = 1.25


def decode_image(data: bytes) -> QImage | None:
    """The picture in `data`, or None when it cannot be decoded within the limits.

    Qt's own readers first; for what Qt cannot read (HEIC photos from a phone),
    Pillow, with the same pixel limit the core applies.
    """
    image = _decode_with_qt(data)
    return image if image is not None else _decode_with_pillow(data)


def _decode_with_qt(data: bytes) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # respect the phone's EXIF orientation
        # QImageReader's default allocation limit (256 MiB) is kept on purpose.
        image = reader.read()
        return None if image.isNull() else image
    finally:
        buffer.close()


def _decode_with_pillow(data: bytes) -> QImage | None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > images.MAX_PREVIEW_PIXELS:
                    return None
                rgba = ImageOps.exif_transpose(img).convert("RGBA")
        except images.DECODE_ERRORS:
            return None
    raw = rgba.tobytes()
    image = QImage(raw, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: `raw` goes away with this function


class ImageViewer(QGraphicsView):
    """Shows one image; the wheel zooms, dragging pans.

    Signals:
        zoom_changed(scale): the scale shown now (1.0 is 100 %).
    """

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item: QGraphicsPixmapItem | None = None
        self._fit = True
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Blurred until clicked (a setting): someone passing by sees no picture.
        self._blur = False
        self.veiled = False
        self._revealed_by_press = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        # As short as a line of text (a scroll area asks for room for both its scroll bars):
        # in a short window, big text on a small screen, what is below keeps its room, and
        # the splitter above it gives the picture more.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.fontMetrics().height() + 2 * self.frameWidth())

    def retranslate(self) -> None:
        # Named here, so that every viewer is (the record window's was not).
        self.setAccessibleName(self.tr("Picture"))
        self.setAccessibleDescription(
            self.tr(
                "The picture. When it is blurred, Space shows it. The arrow keys move a "
                "picture that is bigger than this place."
            )
        )
        self._tip()

    def _tip(self) -> None:
        self.setToolTip(self.tr("Blurred: click to show the picture") if self.veiled else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content --------------------------------------------------------------
    def set_image(self, image: QImage) -> None:
        self.clear()
        self._item = self._scene.addPixmap(QPixmap.fromImage(image))
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.setSceneRect(self._item.boundingRect())
        self._veil(self._blur)
        self.fit()

    def set_blur(self, on: bool) -> None:
        """Blur every picture until it is clicked (or Space is pressed); the one shown too."""
        self._blur = on
        self._veil(on)

    def reveal(self) -> None:
        self._veil(False)

    def _veil(self, on: bool) -> None:
        self.veiled = on and self._item is not None
        if self._item is not None:
            if self.veiled:
                effect = QGraphicsBlurEffect()
                effect.setBlurRadius(60)
                effect.setBlurHints(QGraphicsBlurEffect.BlurHint.PerformanceHint)
                self._item.setGraphicsEffect(effect)
            else:
                self._item.setGraphicsEffect(None)  # type: ignore[arg-type]
        self._tip()
        self.viewport().update()

    def has_image(self) -> bool:
        return self._item is not None

    def image_size(self) -> tuple[int, int] | None:
        if self._item is None:
            return None
        size = self._item.pixmap().size()
        return size.width(), size.height()

    def clear(self) -> None:
        """Forget the picture entirely: no pixmap stays in the scene or the view."""
        if self._item is not None:
            self._scene.removeItem(self._item)
            self._item.setPixmap(QPixmap())
            self._item = None
        self._scene.clear()
        self._scene.setSceneRect(0, 0, 0, 0)
        self.resetTransform()
        self._veil(False)  # nothing shown: nothing to blur, nothing to say

    # -- zoom -----------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    @Slot()
    def fit(self) -> None:
        """Show the whole picture, never larger than 100 %."""
        self._fit = True
        if self._item is None:
            return
        self.resetTransform()
        rect = self._item.boundingRect()
        view = self.viewport().rect()
        if rect.width() > 0 and rect.height() > 0 and view.width() > 0 and view.height() > 0:
            factor = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
            self.scale(factor, factor)
        self.zoom_changed.emit(self.scale_factor())

    @Slot()
    def actual_size(self) -> None:
        """Show the picture at 100 %: one image pixel on one screen pixel."""
        self._set_scale(1.0)

    @Slot()
    def zoom_in(self) -> None:
        self._set_scale(self.scale_factor() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_scale(self.scale_factor() / ZOOM_STEP)

    def _set_scale(self, scale: float) -> None:
        if self._item is None:
            return
        self._fit = False
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        factor = scale / self.scale_factor()
        self.scale(factor, factor)
        self.zoom_changed.emit(self.scale_factor())

    # -- events ---------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.veiled and event.button() == Qt.MouseButton.LeftButton:
            self.reveal()
            self._revealed_by_press = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._revealed_by_press:  # the press only showed the picture
            self._revealed_by_press = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.veiled and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.reveal()
            event.accept()
            return
        super().keyPressEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if not self.veiled:
            return
        painter.save()
        painter.resetTransform()
        area = self.viewport().rect()
        text = self.tr("Blurred: click to show the picture")
        box = painter.fontMetrics().boundingRect(area, Qt.AlignmentFlag.AlignCenter, text)
        box.adjust(-12, -8, 12, 8)
        painter.fillRect(box, QColor(0, 0, 0, 190))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._item is None:
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self._set_scale(self.scale_factor() * (ZOOM_STEP**steps))
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()
