"""The toolbar's icons: simple SVGs of our own in `resources/icons/`."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from evidence_app.bundled import resource


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon when it is missing)."""
    path = resource("icons", f"{name}.svg")
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return QIcon()
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        if pixmap.loadFromData(data, "SVG"):
            result.addPixmap(pixmap)
    return result
