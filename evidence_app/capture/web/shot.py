"""The images of a page: the viewport as the person sees it, and the whole scrollable page.

The full page is rendered by a hidden view of its own (`WA_DontShowOnScreen`)
to which the page is lent for the time of the capture, so the browser window
does not jump. The hidden view is made as tall as the page, up to `TILE`
pixels; a taller page is scrolled tile by tile and the tiles are stitched.
Tiles keep each texture within what any GPU accepts (8,192 px at least);
a fixed header shows once per tile.

A page taller than `MAX_HEIGHT`, or larger than `MAX_PIXELS` (the vault
previews images up to 50 megapixels), is cut there and the result says so.

Chromium paints asynchronously: after a resize or a scroll, two animation
frames in the page (so Blink painted) and then a grab that stays the same over
one more Qt render are waited for before the pixels are taken.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from evidence_app.capture.web.load import (
    CaptureFailed,
    run_js,
    run_js_json,
    wait_ms,
    wait_signal,
)

TILE = 8_000
MAX_HEIGHT = 30_000
MAX_PIXELS = 45_000_000
SETTLE_TIMEOUT_MS = 10_000

_MEASURE = """(() => {
  const d = document.documentElement, b = document.body;
  return [Math.max(d.scrollHeight, b ? b.scrollHeight : 0, d.clientHeight),
          window.scrollX, window.scrollY];
})()"""
_FRAME = """(() => {
  const t = (window.__bkTick = (window.__bkTick || 0) + 1);
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__bkDone = t; }));
  return t;
})()"""


@dataclass(frozen=True)
class FullPage:
    """The whole page as one image."""

    image: QImage
    page_height: int  # the page's full height in CSS pixels
    truncated: bool  # the image stops before the page's end (see MAX_HEIGHT)


def _as_rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def settle(view: QWebEngineView, page: QWebEnginePage) -> QImage:
    """Wait until what the view shows is painted and stable; the grab."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_MS / 1000
    tick = run_js(page, _FRAME)
    while run_js(page, "window.__bkDone || 0") != tick:
        if time.monotonic() > deadline:
            raise CaptureFailed(CaptureFailed.TIMEOUT, "the page did not paint")
        wait_ms(5)
    quick = view.findChild(QQuickWidget)  # QtWebEngine's render widget (an implementation detail)
    window = quick.quickWindow() if quick is not None else None
    previous: QImage | None = None
    while True:
        if window is not None:
            wait_signal(window.afterRendering, 100)
        else:  # pragma: no cover - other render backends
            wait_ms(50)
        wait_ms(5)
        if not shiboken6.isValid(view):
            raise CaptureFailed(CaptureFailed.CLOSED)
        image = view.grab().toImage()
        ratio = image.devicePixelRatio()
        image.setDevicePixelRatio(1.0)  # pixel coordinates from here on
        if image.size() == view.size() * ratio and image == previous:
            return image
        if time.monotonic() > deadline:
            raise CaptureFailed(CaptureFailed.TIMEOUT, "the page did not paint")
        previous = image


def viewport(view: QWebEngineView, page: QWebEnginePage) -> QImage:
    """What the view shows now."""
    return _as_rgb(settle(view, page))


def full_page(view: QWebEngineView, page: QWebEnginePage) -> FullPage:
    """The whole scrollable page at the view's width; the page goes back to `view` afterwards."""
    width = view.width()
    settings = page.settings()
    scrollbars = settings.testAttribute(QWebEngineSettings.WebAttribute.ShowScrollBars)
    height, scroll_x, scroll_y = (int(v) for v in run_js_json(page, _MEASURE))
    shooter = QWebEngineView()
    shooter.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    shooter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    try:
        settings.setAttribute(QWebEngineSettings.WebAttribute.ShowScrollBars, False)
        shooter.resize(width, min(max(height, 1), TILE))
        shooter.setPage(page)
        shooter.show()
        settle(shooter, page)
        # Without scroll bars, at this height, the page may lay out a little differently.
        height = int(run_js_json(page, _MEASURE)[0])
        total = min(height, MAX_HEIGHT, MAX_PIXELS // max(width, 1))
        result = _stitch(shooter, page, width, total)
    finally:
        settings.setAttribute(QWebEngineSettings.WebAttribute.ShowScrollBars, scrollbars)
        if shiboken6.isValid(view):
            view.setPage(page)
        shooter.close()
    run_js(page, f"window.scrollTo({scroll_x}, {scroll_y})")
    return FullPage(result, height, total < height)


def _stitch(shooter: QWebEngineView, page: QWebEnginePage, width: int, total: int) -> QImage:
    tile = min(total, TILE)
    if shooter.height() != tile:
        shooter.resize(width, tile)
    run_js(page, "window.scrollTo(0, 0)")
    first = settle(shooter, page)
    ratio = first.width() / max(width, 1)  # 1 but on a high-density screen
    if total <= tile:
        return _as_rgb(first).copy(0, 0, first.width(), round(total * ratio))
    out = QImage(first.width(), round(total * ratio), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    try:
        top = 0
        while top < total:
            run_js(page, f"window.scrollTo(0, {top})")
            grabbed = settle(shooter, page)
            # Near the end the page cannot scroll as far as asked: take the rows below.
            scrolled = int(run_js(page, "window.scrollY"))
            rows = min(tile, total - top)
            source = QRect(0, round((top - scrolled) * ratio), grabbed.width(), round(rows * ratio))
            painter.drawImage(QPoint(0, round(top * ratio)), grabbed, source)
            top += rows
    finally:
        painter.end()
    return out
