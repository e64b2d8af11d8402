"""Grabbing the screen through the XDG desktop portal, where Qt cannot (Wayland).

A Wayland compositor gives no program the pixels of another's windows, so
`QScreen.grabWindow(0)` returns nothing there. The desktop's portal takes the
screenshot for us, with the person's consent where the desktop asks for it.
The protocol (flatpak.github.io/xdg-desktop-portal, "Screenshot" and
"Requests"), all on the session bus:

1. We choose a `handle_token` and subscribe to the `Response(u response,
   a{sv} results)` signal of `org.freedesktop.portal.Request` on the path the
   portal will use: `/org/freedesktop/portal/desktop/request/SENDER/TOKEN`,
   SENDER being our unique bus name without its ':' and with '.' as '_'.
   Subscribing first means a fast answer cannot slip past us.
2. We call `org.freedesktop.portal.Screenshot.Screenshot(s parent_window,
   a{sv} options)` on `org.freedesktop.portal.Desktop` at
   `/org/freedesktop/portal/desktop`, with `handle_token` and
   `interactive=False` (the whole screen; the desktop may still ask to share).
   It returns the Request's path (an old portal may pick another path; we then
   listen there too).
3. `Response` comes: 0 with `results["uri"]`, the `file://` URI of a PNG the
   portal wrote; 1 when the person cancelled; 2 when it ended otherwise.

Why the file is deleted at once: the portal writes the picture as a plain
file, and GNOME puts it in ~/Pictures/Screenshots, where file managers,
thumbnailers, indexers and backups find it. Bewijskluis keeps evidence only
inside its encrypted vault, so we read the file into memory and remove it
straight away, whether reading worked or not (unlinking does not scrub the
disk blocks; it does take the picture out of every listing). We only read and
remove a regular file on this computer; anything else is refused untouched.

The wait is a nested event loop on the GUI thread (user input is held back
until it ends, so no second capture can start), bounded by `timeout_ms`. On a
timeout we close the Request, so the desktop drops its dialog and writes no
file later. Call these with a Q(Gui)Application running.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from typing import Any

from PySide6.QtCore import SLOT, QEventLoop, QObject, QRect, QTimer, QUrl, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
    QDBusVariant,
)
from PySide6.QtGui import QGuiApplication, QImage

from evidence_app.capture.screen import GrabFailed, ScreenShot

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SCREENSHOT_INTERFACE = "org.freedesktop.portal.Screenshot"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
PORTAL_SCREEN_NAME = "xdg-desktop-portal"
# The desktop may show a dialog ("Share this screenshot?"): leave the person time for it.
DEFAULT_TIMEOUT_MS = 120_000
# Enough for a PNG of a desktop of several 8K screens; bounds what we read into memory.
MAX_FILE_BYTES = 1 << 30
RESPONSE_SUCCESS, RESPONSE_CANCELLED = 0, 1
# PySide6's stubs type the slot as bytes, but only the str that SLOT() makes is accepted:
# hence the `type: ignore` where it is passed.
_ON_RESPONSE = SLOT("on_response(uint,QVariantMap)")


class PortalCancelled(GrabFailed):
    """The person said no in the desktop's screenshot dialog."""


class PortalCopyLeft(GrabFailed):
    """The portal's picture file could not be deleted; `path` says where it still is."""

    def __init__(self, path: str) -> None:
        super().__init__("the desktop's copy of the screenshot could not be deleted")
        self.path = path


def portal_version(timeout_ms: int = 5000) -> int | None:
    """The version of the portal's Screenshot interface, or None without one.

    Blocks for at most `timeout_ms`: reading the property may start the portal
    (D-Bus activation).
    """
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(
        PORTAL_SERVICE, PORTAL_PATH, "org.freedesktop.DBus.Properties", "Get"
    )
    message.setArguments([SCREENSHOT_INTERFACE, "version"])
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    value = reply.arguments()[0]
    if isinstance(value, QDBusVariant):
        value = value.variant()
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return None
    return value


def portal_available() -> bool:
    """Whether the session bus answers and has a portal offering screenshots."""
    return portal_version() is not None


class _Request(QObject):
    """Waits for one portal request's Response; `outcome` holds (response, results)."""

    def __init__(self, bus: QDBusConnection, timeout_ms: int) -> None:
        super().__init__()
        self.bus = bus
        self.loop = QEventLoop(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.loop.quit)
        self.paths: list[str] = []
        self.outcome: tuple[int, dict[str, Any]] | None = None
        self.call_error: str | None = None

    def listen(self, path: str) -> None:
        if path in self.paths:
            return
        try:
            # PySide6 raises ValueError where Qt's connect() returns false (e.g. a bad path).
            connected = self.bus.connect(  # type: ignore[call-overload]
                PORTAL_SERVICE, path, REQUEST_INTERFACE, "Response", self, _ON_RESPONSE
            )
        except ValueError:
            connected = False
        if not connected:
            raise GrabFailed("could not listen to the desktop portal")
        self.paths.append(path)

    def stop_listening(self) -> None:
        for path in self.paths:
            with contextlib.suppress(ValueError):  # PySide6's way of saying "false"
                self.bus.disconnect(  # type: ignore[call-overload]
                    PORTAL_SERVICE, path, REQUEST_INTERFACE, "Response", self, _ON_RESPONSE
                )

    @Slot("uint", "QVariantMap")
    def on_response(self, response: int, results: dict[str, Any]) -> None:
        # QtDBus calls this only for a signal of the slot's signature, (u, a{sv}).
        if self.outcome is None:
            self.outcome = (response, results)
            self.loop.quit()

    @Slot(QDBusPendingCallWatcher)
    def on_called(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        if watcher.isError():
            self.call_error = watcher.error().message() or watcher.error().name()
            self.loop.quit()
            return
        handle = reply.arguments()[0] if reply.arguments() else None
        if isinstance(handle, QDBusObjectPath):
            handle = handle.path()
        if isinstance(handle, str) and handle:
            try:
                self.listen(handle)  # an old portal ignores handle_token
            except GrabFailed as exc:
                self.call_error = str(exc)
                self.loop.quit()

    def close_on_portal(self) -> None:
        """Ask the portal to end the request (its dialog goes, no file comes later)."""
        for path in self.paths:
            message = QDBusMessage.createMethodCall(
                PORTAL_SERVICE, path, REQUEST_INTERFACE, "Close"
            )
            self.bus.send(message)


def grab_via_portal(timeout_ms: int = DEFAULT_TIMEOUT_MS) -> ScreenShot:
    """The whole screen as the desktop portal captures it; raises GrabFailed.

    Runs a nested event loop until the portal answers (see the module's
    docstring). The picture file the portal wrote is deleted before this returns.
    """
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        raise GrabFailed("there is no session bus to reach the desktop portal")
    token = f"bewijskluis_{secrets.token_hex(8)}"
    sender = bus.baseService().lstrip(":").replace(".", "_")
    request = _Request(bus, timeout_ms)
    try:
        request.listen(f"{PORTAL_PATH}/request/{sender}/{token}")
        call = QDBusMessage.createMethodCall(
            PORTAL_SERVICE, PORTAL_PATH, SCREENSHOT_INTERFACE, "Screenshot"
        )
        call.setArguments(["", {"handle_token": token, "interactive": False}])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(call, timeout_ms), request)
        watcher.finished.connect(request.on_called)
        request.timer.start()
        if request.outcome is None and request.call_error is None:
            request.loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        request.timer.stop()
    finally:
        request.stop_listening()
    if request.call_error is not None and request.outcome is None:
        raise GrabFailed(f"the desktop portal refused the screenshot: {request.call_error}")
    if request.outcome is None:
        request.close_on_portal()
        raise GrabFailed("the desktop portal did not answer in time")
    response, results = request.outcome
    if response == RESPONSE_CANCELLED:
        raise PortalCancelled("the screenshot was cancelled")
    if response != RESPONSE_SUCCESS:
        raise GrabFailed("the desktop portal could not take the screenshot")
    uri = results.get("uri")
    if not isinstance(uri, str):
        raise GrabFailed("the desktop portal gave no picture")
    return _shot(_decode(take_file(uri)))


def take_file(uri: str) -> bytes:
    """The bytes of the local file at `uri`, which is deleted; raises GrabFailed.

    Refuses, untouched, a URI that is not a `file://` path on this computer or
    a path that is not a regular file (a symbolic link, a folder). Otherwise the
    file is removed even when reading it fails.
    """
    url = QUrl(uri)
    if not url.isValid() or not url.isLocalFile() or url.host() not in ("", "localhost"):
        raise GrabFailed("the desktop portal's picture is not a file on this computer")
    path = url.toLocalFile()
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise GrabFailed("the desktop portal's picture file is missing") from exc
    if not stat.S_ISREG(info.st_mode):
        raise GrabFailed("the desktop portal's picture is not a regular file")
    try:
        return _read(path)
    finally:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise PortalCopyLeft(path) from exc


def _read(path: str) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise GrabFailed("the desktop portal's picture could not be opened") from exc
    with os.fdopen(fd, "rb") as file:
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise GrabFailed("the desktop portal's picture is too large")
    return data


def _decode(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        raise GrabFailed("the desktop portal's picture could not be read")
    return image


def _shot(image: QImage) -> ScreenShot:
    """The portal's picture, placed over the whole desktop when its shape fits.

    The portal captures every screen into one image, in device pixels. When that
    image has the desktop's proportions its ratio to the desktop's logical size
    is the device pixel ratio (2 on a 2× screen); otherwise we claim nothing and
    use the image's own size at 1.
    """
    screen = QGuiApplication.primaryScreen()
    desktop = screen.virtualGeometry() if screen is not None else QRect()
    if desktop.width() > 0 and desktop.height() > 0:
        ratio = image.width() / desktop.width()
        if abs(image.height() - desktop.height() * ratio) < 1:
            return ScreenShot(image, PORTAL_SCREEN_NAME, desktop, ratio)
    return ScreenShot(image, PORTAL_SCREEN_NAME, QRect(0, 0, image.width(), image.height()), 1.0)
