"""Long reads through connections of their own, off the vault's lock (the check).

A check reads every byte of the vault, which takes minutes for a large one. Held
under the vault's lock it would keep every other call waiting, locking included.
It reads instead through connections of its own (`Reading`), each in a read
transaction of its own where it asks for one, so that what is saved meanwhile is
either wholly seen or not at all (SQLite's write-ahead log keeps the snapshot).

Fail closed: `Readers.stop_all` (called by `VaultBase.lock` once the key is wiped)
stops every reading. Replacing the vault's file (a new recovery key) first stops every
reading and keeps new ones out (`Readers.shut`): a connection left on the old file
would, on closing, remove the new file's write-ahead log by its name. Each connection
of a reading answers SQLite's progress handler with "stop", and the statement running
on it is interrupted now, so the reading ends at its next step and closes its
connections; `stop_all` waits a moment for that. A connection is opened only under the
vault's lock and only while the vault is open, so none can be opened after the lock.

SQLCipher's page check (`PRAGMA cipher_integrity_check`, run only when the check found
something wrong) cannot be interrupted: locking during it returns after that moment,
and the check's connection closes when the page check ends.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from evidence_app.domain.errors import VaultBusy, VaultLocked
from evidence_app.storage import database
from evidence_app.storage.repository import Repository

# SQLite calls the progress handler after this many steps of a statement (and for each
# page of the tree a structure check walks): often enough to stop within milliseconds.
_STEPS = 100


class Readers:
    """The vault's readings under way, so that locking can stop them."""

    def __init__(self, lock: threading.RLock) -> None:
        self._changed = threading.Condition(lock)
        self._open: dict[database.Connection, tuple[int, threading.Event]] = {}
        self._shut = False

    @contextlib.contextmanager
    def shut(self) -> Iterator[None]:
        """No reading while inside: those under way are stopped first (`VaultBusy` when one
        does not stop in time), and none opens until the end. The caller holds the lock."""
        with self._changed:
            self._shut = True
            try:
                if not self.stop_all():
                    raise VaultBusy("a check of the vault did not stop in time")
                yield
            finally:
                self._shut = False

    @contextlib.contextmanager
    def reading(self, connect: Callable[[], database.Connection]) -> Iterator[Reading]:
        """A reading that opens its connections with `connect` (which raises
        `VaultLocked` once the vault is locked); they are all closed at the end."""
        reading = Reading(self, connect)
        try:
            yield reading
        finally:
            reading.close()

    def stop_all(self, wait: float = 2.0) -> bool:
        """Stop every reading, and wait up to `wait` seconds for the connections of
        other threads to be closed; True when they were."""
        me = threading.get_ident()
        with self._changed:
            for conn, (_, stop) in self._open.items():
                stop.set()
                with contextlib.suppress(database.DatabaseError):
                    conn.interrupt()
            return self._changed.wait_for(
                lambda: all(owner == me for owner, _ in self._open.values()), timeout=wait
            )

    def _add(
        self, connect: Callable[[], database.Connection], stop: threading.Event
    ) -> database.Connection:
        with self._changed:
            if stop.is_set() or self._shut:
                raise VaultLocked("the reading was stopped")
            conn = connect()
            conn.set_progress_handler(lambda: int(stop.is_set()), _STEPS)
            self._open[conn] = (threading.get_ident(), stop)
            return conn

    def _close(self, conn: database.Connection) -> None:
        with self._changed:
            self._open.pop(conn, None)
            with contextlib.suppress(database.DatabaseError):
                conn.close()
            self._changed.notify_all()


class Reading:
    """One long read: repositories on connections of their own, and its `stop`."""

    def __init__(self, readers: Readers, connect: Callable[[], database.Connection]) -> None:
        self._readers = readers
        self._connect = connect
        self._repos: list[Repository] = []
        self.stop = threading.Event()

    def repository(self, *, snapshot: bool = False) -> Repository:
        """A repository on a new connection; with `snapshot`, in a read transaction,
        which a new connection after a damaged page (`fresh_connection`) is not."""
        conn = self._readers._add(self._connect, self.stop)
        repo: Repository

        def reopen() -> database.Connection:
            self._readers._close(repo.conn)
            return self._readers._add(self._connect, self.stop)

        repo = Repository(conn, reopen=reopen)
        self._repos.append(repo)
        if snapshot:
            conn.execute("BEGIN")
        return repo

    def interrupt(self) -> None:
        """Stop this reading: what runs on its connections ends at its next step."""
        self.stop.set()
        for repo in self._repos:
            with contextlib.suppress(database.DatabaseError):  # (closed meanwhile)
                repo.conn.interrupt()

    def close(self) -> None:
        for repo in self._repos:
            self._readers._close(repo.conn)
        self._repos.clear()
