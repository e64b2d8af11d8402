"""A rectangle placed with the keys, for a person who cannot drag (part of the screen, a
part of a picture to hide): the first arrow key puts one over the middle half of the
area, the arrows move it, Shift and the arrows change its size (its right and bottom
edges), Ctrl with either goes by one unit instead of a step. It never leaves the area."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


@dataclass(frozen=True)
class ArrowKey:
    dx: int  # -1, 0 or 1
    dy: int
    fine: bool  # Ctrl: by one unit
    resize: bool  # Shift: the right and bottom edges


def arrow_key(event: QKeyEvent) -> ArrowKey | None:
    """What an arrow key asks of the rectangle; None for any other key."""
    direction = _ARROWS.get(Qt.Key(event.key())) if event.key() in _ARROWS else None
    if direction is None:
        return None
    modifiers = event.modifiers()
    return ArrowKey(
        dx=direction[0],
        dy=direction[1],
        fine=bool(modifiers & Qt.KeyboardModifier.ControlModifier),
        resize=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
    )


def moved(
    rect: QRectF | None, area: QRectF, key: ArrowKey, *, step: float, min_side: float
) -> QRectF:
    """`rect` (None or empty: none yet) after `key`, within `area`; `step` is how far an
    arrow goes without Ctrl, `min_side` the smallest width and height."""
    if rect is None or rect.isEmpty():
        middle = QRectF(0, 0, area.width() / 2, area.height() / 2)
        middle.moveCenter(area.center())
        return middle
    by = 1.0 if key.fine else step
    result = QRectF(rect)
    if key.resize:
        result.setWidth(min(max(min_side, rect.width() + key.dx * by), area.right() - rect.x()))
        result.setHeight(min(max(min_side, rect.height() + key.dy * by), area.bottom() - rect.y()))
    else:
        x = min(max(area.left(), rect.x() + key.dx * by), area.right() - rect.width())
        y = min(max(area.top(), rect.y() + key.dy * by), area.bottom() - rect.height())
        result.moveTo(x, y)
    return result
