"""Bringing files into the vault: Add files, Add a folder, Paste, a written record, and
drops on the window.

One file opens its record form at once; more run as a batch with its progress in the
status bar. All vault work runs in the background (`gui.common.tasks`). What was
added is handed to the window through `added`, which shows it in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMainWindow

from evidence_app.capture import clipboard
from evidence_app.domain.model import Item, ItemKind
from evidence_app.gui.common import tasks
from evidence_app.gui.common.file_choice import files_to_open, folder_to_open
from evidence_app.gui.items.batch_import import BatchImport
from evidence_app.gui.items.import_progress import ImportProgress
from evidence_app.gui.lock.session import VaultSession
from evidence_app.vault.service import VaultService

WithCase = Callable[[Callable[[VaultService, int], None]], None]


class Importer(QObject):
    """The import actions of `window`, which shows their outcome.

    `with_case(action)` runs `action(service, case_id)` for the case shown (the window
    knows it); `failed(exc)` says what went wrong.

    Signals:
        added(item, open_form, image): an item was stored; open its form if asked.
    """

    added = Signal(Item, bool, object)

    def __init__(
        self,
        session: VaultSession,
        window: QMainWindow,
        with_case: WithCase,
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._with_case = with_case
        self._failed = failed
        self.batch: BatchImport | None = None
        self.progress: ImportProgress | None = None

    def add_files(self, picture_ok: bool = False) -> None:
        if not self._session.is_open():
            return
        names = files_to_open(
            self._window,
            self.tr("Add files to the vault"),
            self.tr(
                "All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;"
                "Videos and sound (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;"
                "Chats, e-mails and documents (*.txt *.zip *.eml *.pdf)"
            ),
        )
        self.import_paths([Path(name) for name in names], picture_ok=picture_ok)

    def add_folder(self, picture_ok: bool = False) -> None:
        if not self._session.is_open():
            return
        folder = folder_to_open(self._window, self.tr("Add every file of a folder"))
        if folder:
            self.import_paths([Path(folder)], picture_ok=picture_ok)

    def import_paths(
        self, paths: list[Path], method: str = "import", *, picture_ok: bool = False
    ) -> None:
        """Store files and folders: one file opens the record form, more show progress.

        Right after unlocking, before the case list has arrived, the import waits for it.
        `picture_ok`: the person chose twice to keep pictures of a case about a minor.
        """
        if paths:
            self._with_case(
                lambda service, case_id: self._import(service, case_id, paths, method, picture_ok)
            )

    def _import(
        self, service: VaultService, case_id: int, paths: list[Path], method: str, ok: bool
    ) -> None:
        if len(paths) == 1 and paths[0].is_file():
            path = paths[0]
            tasks.run_task(
                lambda: service.add_file(
                    path, case_id=case_id, capture_method=method, picture_ok=ok
                ),
                lambda item: self.added.emit(item, True, None),
                self._failed,
                context=self,
            )
            return
        if self.batch is not None and not self.batch.done:
            self._say(self.tr("Wait until the import that is running has finished."), 8000)
            return
        batch = BatchImport(
            service, case_id, paths, capture_method=method, picture_ok=ok, parent=self
        )
        batch.item_added.connect(lambda item: self.added.emit(item, False, None))
        batch.finished.connect(self._batch_finished)
        progress = ImportProgress(batch)
        self._window.statusBar().addPermanentWidget(progress)
        self.batch, self.progress = batch, progress
        batch.start()

    def stop(self) -> None:
        """Stop a batch under way (the vault is about to lock)."""
        if self.batch is not None:
            self.batch.cancel()

    @Slot(int, int, bool)
    def _batch_finished(self, added: int, failed: int, cancelled: bool) -> None:
        if self.progress is not None:
            self._window.statusBar().removeWidget(self.progress)
            self.progress.deleteLater()
            self.progress = None
        if cancelled:
            text = self.tr("Import stopped: %n file(s) stored.", "", added)
        else:
            text = self.tr("%n file(s) stored.", "", added)
        if failed:
            text += " " + self.tr("%n file(s) could not be read.", "", failed)
        self._say(text, 15000)

    @Slot()
    def record_without_file(self) -> None:
        """A new item of words only (no file, no picture); its record form opens to fill in."""

        def add(service: VaultService, case_id: int) -> None:
            tasks.run_task(
                lambda: service.add_record(case_id=case_id),
                lambda item: self.added.emit(item, True, None),
                self._failed,
                context=self,
            )

        self._with_case(add)

    def paste(self, picture_ok: bool = False) -> None:
        """Store what was copied: files as files, a picture as a clipboard item."""
        if not self._session.is_open():
            return
        pasted = clipboard.read(QGuiApplication.clipboard().mimeData())
        if pasted.paths:
            self.import_paths(pasted.paths, method="clipboard-files", picture_ok=picture_ok)
            return
        if pasted.empty():
            self._say(self.tr("There is no picture or file on the clipboard to paste."), 8000)
            return
        stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd_HH-mm-ss")
        name = f"clipboard-{stamp}{pasted.suffix}"
        image: QImage | None = pasted.image

        def store(service: VaultService, case_id: int) -> None:
            tasks.run_task(
                lambda: service.add_bytes(
                    clipboard.encoded(pasted),
                    case_id=case_id,
                    original_name=name,
                    kind=ItemKind.CLIPBOARD,
                    capture_method="clipboard-image",
                    picture_ok=picture_ok,
                ),
                lambda item: self.added.emit(item, True, image),
                self._failed,
                context=self,
            )

        self._with_case(store)

    def _say(self, text: str, msecs: int) -> None:
        self._window.statusBar().showMessage(text, msecs)
