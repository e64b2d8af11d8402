"""One running app per vault: a second start brings the first window forward and exits.

The first instance listens on a local socket; a second instance connects, says
"activate" and exits 0; the first raises its window. The socket says nothing of
the app or the vault: its name is a hash of the user and the vault folder, and it
lives in the user's private runtime folder (`XDG_RUNTIME_DIR`, mode 0700), or in a
private folder of ours beside the vault (`run/`) when there is none. It is removed when the
app ends, by Quick exit or a signal too (`gui.lock.safety.quit_on_signals`); one left
by a killed process is removed by the next start.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from evidence_app.paths import ensure_private_dir

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


# A Unix socket path must fit in `sockaddr_un.sun_path` (108 bytes on Linux).
_MAX_SOCKET_PATH = 100


def server_name(vault_dir: Path) -> str:
    """A socket name for this vault and this user: a hash, naming neither the app nor the path."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return hashlib.sha256(f"bewijskluis:{uid}:{vault_dir.resolve()}".encode()).hexdigest()[:32]


def server_address(vault_dir: Path) -> str:
    """Where the socket lives (see the module docstring); a bare name on Windows (a pipe)."""
    name = server_name(vault_dir)
    if os.name != "posix":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime) and len(runtime) + len(name) + 1 <= _MAX_SOCKET_PATH:
        return os.path.join(runtime, name)
    folder = vault_dir.parent / "run"
    if len(str(folder)) + len(name) + 1 <= _MAX_SOCKET_PATH:
        ensure_private_dir(folder)
        return str(folder / name)
    return name  # Qt puts it in the temporary folder: still a name that says nothing


class SingleInstance(QObject):
    """Claims the vault for this process, or tells the process that has it.

    Signals:
        activation_requested(): another start of the app asked us to show ourselves.
    """

    activation_requested = Signal()

    def __init__(self, vault_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_address(vault_dir)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

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
        """Stop listening (the next start of the app may claim the vault)."""
        for socket in self._clients:
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server = None

    @Slot()
    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    @Slot()
    def _on_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._clients:
            self._read(socket)
            self._clients.remove(socket)
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() and MESSAGE.strip() in bytes(socket.readAll().data()):
            self.activation_requested.emit()
