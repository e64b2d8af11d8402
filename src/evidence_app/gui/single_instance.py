"""One running app per vault: a second start brings the first window forward and exits.

The first instance listens on a local socket whose name is a hash of the vault
folder, so the name tells nothing about where the vault is. A second instance
connects, says "activate" and exits 0; the first raises its window.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


def server_name(vault_dir: Path) -> str:
    """A socket name for this vault and this user; a hash, never the path."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    digest = hashlib.sha256(f"{uid}:{vault_dir.resolve()}".encode()).hexdigest()
    return f"bewijskluis-{digest[:32]}"


class SingleInstance(QObject):
    """Claims the vault for this process, or tells the process that has it.

    Signals:
        activation_requested(): another start of the app asked us to show ourselves.
    """

    activation_requested = Signal()

    def __init__(self, vault_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(vault_dir)
        self._server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """Ask an instance that is already running to come forward; whether one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def claim(self) -> bool:
        """Start listening; False when another instance runs (it was told to come forward)."""
        if self.notify_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket left behind by a crashed instance: nobody answered, so remove it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance guard unavailable: %s", server.errorString())
                return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    @Slot()
    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if MESSAGE.strip() in data:
            self.activation_requested.emit()
