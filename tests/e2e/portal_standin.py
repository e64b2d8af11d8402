"""A stand-in for xdg-desktop-portal's Screenshot portal, for `test_portal.py`.

Usage: python portal_standin.py MODE PICTURE OUTDIR LOG

It owns `org.freedesktop.portal.Desktop` on the session bus, exports
`/org/freedesktop/portal/desktop` with `org.freedesktop.portal.Screenshot`
(method `Screenshot(s, a{sv}) -> o` and property `version` (u)) and answers
each call on the Request path the spec derives from the caller's unique name
and `handle_token`. It emits `Response(u, a{sv})` *before* it replies to the
method call, so a client that subscribes only after the reply misses it (the
race `handle_token` exists to avoid).

MODE: `ok` copies PICTURE into OUTDIR (under a name with spaces and non-ASCII
letters, as GNOME's "Screenshot from …" names) and answers 0 with its
`file://` URI; `cancel` answers 1 and `error` answers 2 with no file;
`silent` never answers; `remote` answers 0 with an `https://` URI. Each call's
sender, options and Request path go to LOG as JSON lines, and so
does each `Close` of a Request. It prints `ready`
once it owns the name.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
FILE_NAME = "Schermafbeelding van 2026-05-12 21-04-09 — ü.png"


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class Request(QObject):
    """One Request object; its signal is exported with the signature (u, a{sv})."""

    Response = Signal("uint", "QVariantMap")

    def __init__(self, log: Path) -> None:
        super().__init__()
        self._log = log

    @Slot(QDBusMessage)
    def Close(self, message: QDBusMessage) -> None:
        with self._log.open("a", encoding="utf-8") as log:
            log.write(json.dumps({"closed": message.path()}) + "\n")


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Screenshot"})
class Screenshot(QObject):
    """The portal object; QtDBus exports its slot and its `version` property."""

    def __init__(self, bus: QDBusConnection, mode: str, picture: Path, outdir: Path, log: Path):
        super().__init__()
        self._bus, self._mode, self._picture, self._outdir, self._log = (
            bus,
            mode,
            picture,
            outdir,
            log,
        )
        self._requests: list[Request] = []

    def _version(self) -> int:
        return 2

    version = Property("uint", _version, constant=True)

    @Slot(str, "QVariantMap", QDBusMessage, result=QDBusObjectPath)
    def Screenshot(
        self, parent_window: str, options: dict[str, Any], message: QDBusMessage
    ) -> QDBusObjectPath:
        sender = message.service().lstrip(":").replace(".", "_")
        token = str(options.get("handle_token", "t0"))
        path = f"{PATH}/request/{sender}/{token}"
        entry = {"sender": message.service(), "parent_window": parent_window, "path": path}
        entry["options"] = {key: value for key, value in options.items()}
        with self._log.open("a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")
        request = Request(self._log)
        self._requests.append(request)
        self._bus.registerObject(
            path,
            request,
            QDBusConnection.RegisterOption.ExportAllSignals
            | QDBusConnection.RegisterOption.ExportAllSlots,
        )
        if self._mode == "ok":
            target = self._outdir / FILE_NAME
            shutil.copyfile(self._picture, target)
            # Percent-encoded, as GLib's g_file_get_uri() writes it.
            uri = bytes(QUrl.fromLocalFile(str(target.resolve())).toEncoded().data()).decode()
            request.Response.emit(0, {"uri": uri})
        elif self._mode == "remote":
            request.Response.emit(0, {"uri": "https://example.org/shot.png"})
        elif self._mode == "cancel":
            request.Response.emit(1, {})
        elif self._mode == "error":
            request.Response.emit(2, {})
        return QDBusObjectPath(path)


def main() -> int:
    mode, picture, outdir, log = (
        sys.argv[1],
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        Path(sys.argv[4]),
    )
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    portal = Screenshot(bus, mode, picture, outdir, log)
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllProperties
    )
    if not bus.registerObject(PATH, portal, options) or not bus.registerService(SERVICE):
        print(f"cannot serve: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
