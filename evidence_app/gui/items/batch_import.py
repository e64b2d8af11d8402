"""Importing many files (a dropped folder, a selection, a paste) one by one, with cancel.

Each file is one task in the worker (`tasks`): read, hashed and committed in its
own transaction, then the next is asked for from the event loop. So the window
stays responsive, the progress moves file by file, and Cancel stops between
two files: every file committed before it stays in the vault, none after it is
stored. The list of files (folders walked) is made in the worker too.

Most of the cost of storing a picture is decoding it, to know that it is whole
(`item_store.prepare_file`). That needs no vault: the next few files are prepared on
the other cores (`run_task(..., spread=True)`) while the worker stores them in order.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from evidence_app.capture.files import expand
from evidence_app.domain.model import Item
from evidence_app.gui.common import tasks
from evidence_app.vault.item_store import PreparedFile, prepare_file
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

# Files prepared ahead of the one being stored, for each thread that prepares them: enough
# to keep those threads busy, few enough that a Cancel or a lock leaves little to decode.
AHEAD_PER_THREAD = 2


class BatchImport(QObject):
    """Stores `paths` (files and folders) in `case_id`, one file at a time.

    Signals:
        listed(total): the files to import are known.
        progress(done, total): after each file (stored or failed).
        item_added(item): one file is committed.
        finished(added, failed, cancelled): the import ended.
    """

    listed = Signal(int)
    progress = Signal(int, int)
    item_added = Signal(object)
    finished = Signal(int, int, bool)

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        paths: list[Path],
        *,
        capture_method: str = "import",
        picture_ok: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._paths = list(paths)
        self._method = capture_method
        self._picture_ok = picture_ok
        self._files: list[Path] = []
        self._next_index = 0
        self._prepared: dict[int, PreparedFile | None] = {}  # None: prepare it while storing
        self._asked = 0  # files asked to be prepared
        self._storing = False
        self.added: list[Item] = []
        self.failed: list[Path] = []
        self.cancelled = False
        self.done = False

    def total(self) -> int:
        return len(self._files)

    def start(self) -> None:
        paths = self._paths
        tasks.run_task(lambda: expand(paths), self._on_listed, self._on_list_failed, context=self)

    @Slot()
    def cancel(self) -> None:
        """Stop after the file being stored now; what was committed stays."""
        self.cancelled = True
        QTimer.singleShot(0, self, self._next)  # (when waiting for a picture to be decoded)

    def _on_listed(self, files: list[Path]) -> None:
        self._files = files
        self.listed.emit(len(files))
        self._prepare_ahead()
        QTimer.singleShot(0, self, self._next)

    def _prepare_ahead(self) -> None:
        ahead = AHEAD_PER_THREAD * tasks.spread_pool().maxThreadCount()
        while not self.cancelled and self._asked < min(len(self._files), self._next_index + ahead):
            index, path = self._asked, self._files[self._asked]
            self._asked += 1
            tasks.run_task(
                functools.partial(prepare_file, path),
                functools.partial(self._on_prepared, index),
                functools.partial(self._on_not_prepared, index),
                context=self,
                spread=True,
            )

    def _on_not_prepared(self, index: int, _exc: BaseException) -> None:
        self._on_prepared(index, None)  # storing it says what is wrong with it

    def _on_prepared(self, index: int, prepared: PreparedFile | None) -> None:
        self._prepared[index] = prepared
        if not self._storing and index == self._next_index:
            self._next()

    def _on_list_failed(self, exc: BaseException) -> None:
        log.warning("could not list the files to import: %s", type(exc).__name__)
        self._finish()

    @Slot()
    def _next(self) -> None:
        if self._storing or self.done:
            return
        if self.cancelled or self._next_index >= len(self._files):
            self._finish()
            return
        if self._next_index not in self._prepared:
            return  # asked for: `_on_prepared` comes back here
        prepared = self._prepared.pop(self._next_index)
        path = self._files[self._next_index]
        self._next_index += 1
        self._storing = True
        self._prepare_ahead()
        service, case_id, method = self._service, self._case_id, self._method
        ok = self._picture_ok
        tasks.run_task(
            lambda: service.add_file(
                path, case_id=case_id, capture_method=method, picture_ok=ok, prepared=prepared
            ),
            self._on_added,
            lambda exc: self._on_failed(path, exc),
            context=self,
        )

    def _on_added(self, item: Item) -> None:
        self.added.append(item)
        self.item_added.emit(item)
        self._step()

    def _on_failed(self, path: Path, exc: BaseException) -> None:
        log.warning("a file could not be imported: %s", type(exc).__name__)
        self.failed.append(path)
        self._step()

    def _step(self) -> None:
        self._storing = False
        self.progress.emit(self._next_index, len(self._files))
        QTimer.singleShot(0, self, self._next)

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.finished.emit(len(self.added), len(self.failed), self.cancelled)
