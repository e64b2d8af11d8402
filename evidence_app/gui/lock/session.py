"""The one holder of the open vault in the GUI, and the one place that locks it.

Widgets never keep a `VaultService` of their own for longer than one call: they
ask `session.service()` when they need it (None while locked) and react to
`opened` and `locked`. Windows made for one open vault (a record form, the
export, a capture browser) may take the service for their lifetime: locking
closes them, and a locked service refuses every call anyway.

Locking is fail-closed (`lock()`):
1. the steps that asked for it run (`add_before_lock`): what was typed is kept as Save
   would keep it (in the details beside the list, in open record forms, and in the
   windows that ask before dropping it: a journal entry, the summary, a report…), an
   import stops taking new files; each step on its own, so one that fails cannot stop
   the next or the lock;
2. in a `finally`, the session lets go of the service and the service forgets its
   key and closes the database: from here on nothing of the vault can be read;
3. only then is `locked` emitted, and each tidy-up registered with `add_tidy` runs
   on its own, logged but never stopping the others when it fails.
A failure in step 1 or 3 can leave a form or a picture less tidy; it can never
leave the vault open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

Step = Callable[[], None]


def run_guarded(steps: list[tuple[str, Step]]) -> None:
    """Run every step, even when one before it raised; each failure is logged by name."""
    for name, step in steps:
        try:
            step()
        except Exception as exc:  # each step stands alone: see the module docstring
            log.error("%s failed while locking: %s", name, type(exc).__name__)


class VaultSession(QObject):
    """Holds the open vault of one folder, or nothing while it is locked.

    Signals:
        opened(): a vault was opened; `service()` returns it.
        locked(): the vault was locked (its key forgotten, its file closed); then the
            tidy-ups run. Not emitted when nothing was open.
    """

    opened = Signal()
    locked = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._service: VaultService | None = None
        self._via_recovery_key = False
        self._before_lock: list[tuple[str, Step]] = []
        self._tidies: list[tuple[str, Step]] = []
        self.leaving = False  # Quick exit: tidy-ups must not bring any window back

    @classmethod
    def holding(cls, service: VaultService, *, via_recovery_key: bool = False) -> VaultSession:
        """A session around a vault that is open already (after setup or unlock)."""
        session = cls(service.folder)
        session.open(service, via_recovery_key=via_recovery_key)
        return session

    # -- what is open -----------------------------------------------------------
    def service(self) -> VaultService | None:
        """The open vault, or None while locked."""
        return self._service

    def is_open(self) -> bool:
        return self._service is not None

    def via_recovery_key(self) -> bool:
        """Whether the open vault was unlocked with the recovery key (a new passphrase is due)."""
        return self._service is not None and self._via_recovery_key

    def passphrase_replaced(self) -> None:
        """The person chose a new passphrase: no longer 'opened with the recovery key'."""
        self._via_recovery_key = False

    def open(self, service: VaultService, *, via_recovery_key: bool = False) -> None:
        if self._service is not None and self._service is not service:
            self.lock()
        self._service = service
        self._via_recovery_key = via_recovery_key
        self.opened.emit()

    # -- what runs around a lock --------------------------------------------------
    def add_before_lock(self, name: str, step: Step) -> None:
        """`step` commits what the person typed, or stops what would still write,
        just before the vault closes."""
        self._before_lock.append((name, step))

    def add_tidy(self, name: str, step: Step) -> None:
        """`step` clears something shown of the vault, right after it closed."""
        self._tidies.append((name, step))

    def lock(self) -> None:
        """Lock now: save what was typed, close the vault, then tidy (module docstring)."""
        service = self._service
        if service is None:
            return
        try:
            run_guarded(self._before_lock)
        finally:
            self._service = None
            self._via_recovery_key = False
            try:
                service.lock()  # wipes the key even when closing the file raises
            finally:
                try:
                    self.locked.emit()
                finally:
                    run_guarded(self._tidies)
