"""The main window: cases, the list of items, the chosen item, capture, import and locking.

Evidence comes in through the toolbar and the Capture menu (whole screen, part
of the screen, one window, paste, files, a folder) or by dropping files on the
window. A single capture or file opens the record form (`RecordDialog`) beside
its picture; a batch import shows its progress in the status bar instead.

Locking (button, Ctrl+L or no input for a while) saves what is typed in open
record forms, closes the vault, empties the list, the picture, the form, the
search and Qt's pixmap cache, then asks for the passphrase again; unlocking
fills the window again. "Quick exit" (Ctrl+Shift+Q, from any window of the
app) hides every window at once, locks the same way, closes everything and
quits: for when someone walks in.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture import clipboard
from evidence_app.capture.files import mime_paths
from evidence_app.capture.portal import PortalCancelled, PortalCopyLeft
from evidence_app.core.model import KIND_CLIPBOARD, Case, Item
from evidence_app.core.service import VaultService
from evidence_app.gui import item_model, messages, tasks
from evidence_app.gui.auto_lock import AutoLock
from evidence_app.gui.batch_import import BatchImport
from evidence_app.gui.capture_controller import CaptureController
from evidence_app.gui.change_passphrase_dialog import ChangePassphraseDialog
from evidence_app.gui.detail_pane import DetailPane
from evidence_app.gui.i18n import Translations
from evidence_app.gui.import_progress import ImportProgress
from evidence_app.gui.privacy import file_dialog_traces_undone
from evidence_app.gui.record_dialog import RecordDialog
from evidence_app.gui.settings import Settings
from evidence_app.gui.toolbar import MainToolBar
from evidence_app.gui.unlock_dialog import UnlockDialog
from evidence_app.gui.web_actions import WebActions

log = logging.getLogger(__name__)

PAGE_LOCKED, PAGE_VAULT = range(2)
COLUMN_WIDTHS = {0: 125, 1: 95, 2: 90, 3: 170, 4: 160, 5: 105}


class MainWindow(QMainWindow):
    """The evidence log of one open vault.

    Signals:
        locked(): the vault was locked and the window emptied.
        refilled(): after unlocking, the cases and items are shown again.
    """

    locked = Signal()
    refilled = Signal()

    def __init__(
        self,
        service: VaultService,
        translations: Translations,
        settings: Settings,
        *,
        via_recovery_key: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: VaultService | None = service
        self._folder: Path = service.folder
        self._translations = translations
        self._settings = settings
        self._via_recovery_key = via_recovery_key
        self._cases: list[Case] = []
        self.unlock_dialog: UnlockDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.setWindowTitle("Bewijskluis")
        self.resize(1200, 760)

        self.toolbar = MainToolBar(translations.current, settings.auto_lock_minutes(), self)
        self.addToolBar(self.toolbar)
        self.toolbar.add_files.triggered.connect(self.add_files)
        self.toolbar.add_folder.triggered.connect(self.add_folder)
        self.toolbar.paste.triggered.connect(self.paste)
        self.toolbar.export.triggered.connect(self.export_dossier)
        self.toolbar.record_only.triggered.connect(self.record_without_file)
        self.toolbar.lock.triggered.connect(self.lock_vault)
        self.toolbar.quick_exit.triggered.connect(self.quick_exit)
        self.toolbar.change_passphrase.triggered.connect(self.change_passphrase)
        self.toolbar.language_chosen.connect(self.set_language)
        self.toolbar.auto_lock_chosen.connect(self.set_auto_lock_minutes)
        self.capture = CaptureController(self, self.service, self.current_case_id)
        self.capture.stored.connect(self._captured)
        self.capture.failed.connect(self._capture_failed)
        self.toolbar.capture_screen.triggered.connect(self.capture.capture_screen)
        self.toolbar.capture_region.triggered.connect(self.capture.capture_region)
        self.toolbar.capture_window.triggered.connect(self.capture.capture_window)
        self.toolbar.delay_chosen.connect(self._set_delay)
        self.record_dialogs: list[RecordDialog] = []
        self.batch: BatchImport | None = None
        self.import_progress: ImportProgress | None = None
        self.capture_menu = QMenu(self)
        for action in self.toolbar.capture_actions:
            self.capture_menu.addAction(action)
        self.capture_menu.addMenu(self.toolbar.delay_menu)
        self.capture_menu.addSeparator()
        for action in self.toolbar.import_actions:
            self.capture_menu.addAction(action)
        self.capture_menu.addSeparator()
        self.capture_menu.addAction(self.toolbar.record_only)
        self.capture_menu.addAction(self.toolbar.recheck)
        self.vault_menu = QMenu(self)
        self.vault_menu.addAction(self.toolbar.export)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.toolbar.change_passphrase)
        self.vault_menu.addAction(self.toolbar.lock)
        self.menuBar().addMenu(self.vault_menu)
        self.menuBar().addMenu(self.capture_menu)
        self.menuBar().addMenu(self.toolbar.settings_menu)
        self.setAcceptDrops(True)

        self.model = item_model.ItemTableModel(self)
        self.proxy = item_model.ItemFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(item_model.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = DetailPane(service)
        self.web = WebActions(
            self, lambda: self._service, self.current_case_id, self.detail.current_item
        )
        self.toolbar.capture_web.triggered.connect(self.web.open_browser)
        self.toolbar.recheck.triggered.connect(self.web.recheck_current)
        self.web.captured.connect(self._web_captured)
        self.web.rechecked.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.detail.item_saved.connect(self.model.replace_item)
        self.detail.item_deleted.connect(self._on_deleted)

        self.case_label = QLabel()
        self.case_box = QComboBox()
        self.case_box.setMinimumWidth(200)
        self.case_box.currentIndexChanged.connect(self._on_case_chosen)
        self.new_case_button = QPushButton()
        self.new_case_button.clicked.connect(self.new_case)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.search.textChanged.connect(self.proxy.set_search)
        top = QHBoxLayout()
        top.addWidget(self.case_label)
        top.addWidget(self.case_box)
        top.addWidget(self.new_case_button)
        top.addStretch()
        top.addWidget(self.search, 1)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        vault_page = QWidget()
        vault_layout = QVBoxLayout(vault_page)
        vault_layout.addLayout(top)
        vault_layout.addWidget(splitter, 1)

        self.locked_note = QLabel()
        self.locked_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_note.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.show_unlock)
        locked_page = QWidget()
        locked_layout = QVBoxLayout(locked_page)
        locked_layout.addStretch()
        locked_layout.addWidget(self.locked_note)
        locked_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        locked_layout.addStretch()

        self.pages = QStackedWidget()
        self.pages.addWidget(locked_page)
        self.pages.addWidget(vault_page)
        self.setCentralWidget(self.pages)

        self.auto_lock = AutoLock(settings.auto_lock_minutes(), self)
        self.auto_lock.timed_out.connect(self.lock_vault)
        self.retranslate()
        self._fill()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        self.case_label.setText(self.tr("Case:"))
        self.new_case_button.setText(self.tr("New case…"))
        self.search.setPlaceholderText(self.tr("Search in this case…"))
        self.locked_note.setText(
            self.tr("The vault is locked. Nothing is shown until you open it.")
        )
        self.open_button.setText(self.tr("Open the vault…"))
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.capture_menu.setTitle(self.tr("&Capture"))
        self.toolbar.settings_menu.setTitle(self.tr("&Settings"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(str)
    def set_language(self, code: str) -> None:
        self._translations.switch(code)
        self._settings.set_language(code)

    @Slot(int)
    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._settings.set_auto_lock_minutes(minutes)
        self.auto_lock.set_minutes(minutes)

    # -- filling --------------------------------------------------------------
    def service(self) -> VaultService | None:
        return self._service

    def current_case_id(self) -> int | None:
        data = self.case_box.currentData()
        return int(data) if data is not None else None

    def _fill(self) -> None:
        """Show the open vault: its cases, then the items of the first."""
        self.pages.setCurrentIndex(PAGE_VAULT)
        self.toolbar.set_vault_actions_enabled(True)
        self.auto_lock.start()
        self._load_cases()
        if self._via_recovery_key:
            self.change_passphrase()

    def _load_cases(self, select: int | None = None) -> None:
        service = self._service
        if service is None:
            return
        tasks.run_task(
            service.cases, lambda cases: self._show_cases(cases, select), self._failed, context=self
        )

    def _show_cases(self, cases: list[Case], select: int | None) -> None:
        self._cases = cases
        self.case_box.blockSignals(True)
        self.case_box.clear()
        for case in cases:
            self.case_box.addItem(case.name, case.id)
        self.case_box.blockSignals(False)
        index = self.case_box.findData(select) if select is not None else 0
        self.case_box.setCurrentIndex(max(index, 0))
        self._on_case_chosen(self.case_box.currentIndex())

    @Slot(int)
    def _on_case_chosen(self, _: int) -> None:
        service, case_id = self._service, self.current_case_id()
        self.detail.show_item(None)
        self.model.clear()
        if service is None or case_id is None:
            return
        tasks.run_task(
            lambda: service.items(case_id),
            lambda items: self._show_items(case_id, items),
            self._failed,
            context=self,
        )

    def _show_items(self, case_id: int, items: list[Item]) -> None:
        if case_id != self.current_case_id() or self._service is None:
            return
        self.model.set_items(items)
        self.refilled.emit()

    # -- the list -------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_: object) -> None:
        if self.detail.form.changes():
            # Moving on keeps what was typed: save it rather than lose it.
            self.detail.save()
        rows = self.table.selectionModel().selectedRows()
        item_id = self.proxy.item_id(rows[0].row()) if rows else None
        row = self.model.row_of(item_id) if item_id is not None else None
        self.detail.show_item(self.model.item_at(row) if row is not None else None)

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())

    @Slot(int)
    def _on_deleted(self, item_id: int) -> None:
        self.model.remove_item(item_id)
        self.statusBar().showMessage(self.tr("The item was deleted."), 5000)

    # -- adding ---------------------------------------------------------------
    @Slot()
    def add_files(self) -> None:
        if self._service is None or self.current_case_id() is None:
            return
        with file_dialog_traces_undone():
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Add files to the vault"),
                "",
                self.tr(
                    "All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.heic);;"
                    "Videos and sound (*.mp4 *.mov *.m4a *.mp3 *.ogg *.opus);;"
                    "Chats, e-mails and documents (*.txt *.zip *.eml *.pdf)"
                ),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        self.import_paths([Path(name) for name in names])

    @Slot()
    def add_folder(self) -> None:
        if self._service is None or self.current_case_id() is None:
            return
        with file_dialog_traces_undone():
            folder = QFileDialog.getExistingDirectory(
                self,
                self.tr("Add every file of a folder"),
                "",
                QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
            )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], method: str = "import") -> None:
        """Store files and folders: one file opens the record form, more show progress."""
        service, case_id = self._service, self.current_case_id()
        if service is None or case_id is None or not paths:
            return
        if len(paths) == 1 and paths[0].is_file():
            path = paths[0]
            tasks.run_task(
                lambda: service.add_file(path, case_id=case_id, capture_method=method),
                lambda item: self._added(item, open_form=True),
                self._failed,
                context=self,
            )
            return
        if self.batch is not None and not self.batch.done:
            self.statusBar().showMessage(
                self.tr("Wait until the import that is running has finished."), 8000
            )
            return
        batch = BatchImport(service, case_id, paths, capture_method=method, parent=self)
        batch.item_added.connect(self._added)
        batch.finished.connect(self._batch_finished)
        progress = ImportProgress(batch)
        self.statusBar().addPermanentWidget(progress)
        self.batch, self.import_progress = batch, progress
        batch.start()

    @Slot(int, int, bool)
    def _batch_finished(self, added: int, failed: int, cancelled: bool) -> None:
        if self.import_progress is not None:
            self.statusBar().removeWidget(self.import_progress)
            self.import_progress.deleteLater()
            self.import_progress = None
        if cancelled:
            text = self.tr("Import stopped: %n file(s) stored.", "", added)
        else:
            text = self.tr("%n file(s) stored.", "", added)
        if failed:
            text += " " + self.tr("%n file(s) could not be read.", "", failed)
        self.statusBar().showMessage(text, 15000)

    def _added(self, item: Item, open_form: bool = False, image: QImage | None = None) -> None:
        if item.case_id != self.current_case_id() or self._service is None:
            return
        self.model.add_item(item)
        self.statusBar().showMessage(self.tr("Added to the vault."), 5000)
        if open_form:
            self.select_item(item.id)
            self.open_record(item, image)

    def open_record(self, item: Item, image: QImage | None = None) -> RecordDialog | None:
        """The record form for `item`, beside its picture."""
        if self._service is None:
            return None
        dialog = RecordDialog(self._service, item, image, self)
        dialog.item_saved.connect(self._record_saved)
        dialog.released.connect(lambda: self._forget_record(dialog))
        self.record_dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget_record(self, dialog: RecordDialog) -> None:
        if dialog in self.record_dialogs:
            self.record_dialogs.remove(dialog)
        dialog.deleteLater()

    def _record_saved(self, item: Item) -> None:
        self.model.replace_item(item)
        current = self.detail.current_item()
        if current is not None and current.id == item.id and not self.detail.form.changes():
            self.detail.form.set_item(item)

    def _captured(self, item: Item, image: QImage, open_form: bool) -> None:
        self._added(item, open_form=open_form, image=image)

    @Slot(int)
    def _web_captured(self, item_id: int) -> None:
        if self._service is not None:
            self._added(self._service.item(item_id), open_form=True)

    def _capture_failed(self, exc: BaseException) -> None:
        log.warning("a capture failed: %s", type(exc).__name__)
        if isinstance(exc, PortalCopyLeft):
            # A plain copy of the screenshot lies outside the vault: the person must know.
            QMessageBox.warning(
                self,
                self.tr("A copy of the screenshot is still on this computer"),
                self.tr(
                    "The desktop saved the screenshot as a file, and Bewijskluis could not "
                    "delete it. Nothing was stored in the vault. Please delete this file "
                    "yourself:\n\n%1"
                ).replace("%1", exc.path),
            )
            return
        if isinstance(exc, PortalCancelled):
            text = self.tr("The screenshot was cancelled. Nothing was stored.")
        else:
            text = self.tr("The screen could not be captured. Nothing was stored.")
        self.statusBar().showMessage(text, 10000)

    @Slot(int)
    def _set_delay(self, seconds: int) -> None:
        self.capture.delay_seconds = seconds

    @Slot()
    def record_without_file(self) -> None:
        """A new item of words only (no file, no picture); its record form opens to fill in."""
        service, case_id = self._service, self.current_case_id()
        if service is None or case_id is None:
            return
        tasks.run_task(
            lambda: service.add_record(case_id=case_id),
            lambda item: self._added(item, open_form=True),
            self._failed,
            context=self,
        )

    @Slot()
    def paste(self) -> None:
        """Store what was copied: files as files, a picture as a clipboard item."""
        service, case_id = self._service, self.current_case_id()
        if service is None or case_id is None:
            return
        pasted = clipboard.read(QGuiApplication.clipboard().mimeData())
        if pasted.paths:
            self.import_paths(pasted.paths, method="clipboard-files")
            return
        if pasted.empty():
            self.statusBar().showMessage(
                self.tr("There is no picture or file on the clipboard to paste."), 8000
            )
            return
        stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd_HH-mm-ss")
        name = f"clipboard-{stamp}{pasted.suffix}"
        tasks.run_task(
            lambda: service.add_bytes(
                clipboard.encoded(pasted),
                case_id=case_id,
                original_name=name,
                kind=KIND_CLIPBOARD,
                capture_method="clipboard-image",
            ),
            lambda item: self._added(item, open_form=True, image=pasted.image),
            self._failed,
            context=self,
        )

    # -- dropping files -------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._service is not None and mime_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._service is not None and mime_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = mime_paths(event.mimeData())
        if self._service is None or not paths:
            event.ignore()
            return
        # Copy, never move: the source file stays where it was.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.import_paths(paths, method="drop")

    # -- the dossier ----------------------------------------------------------
    @Slot()
    def export_dossier(self) -> None:
        service, case_id = self._service, self.current_case_id()
        if service is None or case_id is None:
            return
        from evidence_app.gui.export_dialog import ExportDialog  # written by the export work

        ExportDialog(service, case_id, parent=self).exec()

    @Slot()
    def new_case(self) -> None:
        service = self._service
        if service is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("New case"), self.tr("Name of the new case:"))
        if not ok or not name.strip():
            return
        tasks.run_task(
            lambda: service.create_case(name.strip()),
            lambda case: self._load_cases(select=case.id),
            self._failed,
            context=self,
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("a vault action failed: %s", type(exc).__name__)
        self.statusBar().showMessage(messages.error_text(exc), 10000)

    # -- the passphrase -------------------------------------------------------
    @Slot()
    def change_passphrase(self) -> None:
        if self._service is None:
            return
        dialog = ChangePassphraseDialog(
            self._service, ask_old=not self._via_recovery_key, parent=self
        )
        dialog.accepted.connect(self._passphrase_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    @Slot()
    def _passphrase_changed(self) -> None:
        self._via_recovery_key = False
        self.statusBar().showMessage(self.tr("Your passphrase was changed."), 8000)

    # -- locking --------------------------------------------------------------
    @Slot()
    def quick_exit(self) -> None:
        """Leave at once: out of sight first, then lock (committing open forms), close, quit."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self._lock(ask_again=False)
        QApplication.closeAllWindows()
        QApplication.quit()

    @Slot()
    def lock_vault(self) -> None:
        """Close the vault and empty every view of it, then ask to open it again."""
        self._lock(ask_again=True)

    def _lock(self, *, ask_again: bool) -> None:
        if self._service is None:
            return
        self.auto_lock.stop()
        self.capture.abort()  # our hidden windows come back; no half capture is kept
        for dialog in (self.passphrase_dialog,):
            if dialog is not None:
                dialog.reject()
        self.passphrase_dialog = None
        self._close_modal_dialogs()
        for record in list(self.record_dialogs):
            record.save_now()  # what was typed is committed before the vault closes
        self.record_dialogs.clear()
        if self.batch is not None:
            self.batch.cancel()
        self.web.close_all()
        service, self._service = self._service, None
        self.detail.set_service(None)
        service.lock()
        self.search.clear()
        self.detail.clear()
        self.model.clear()
        self.case_box.blockSignals(True)
        self.case_box.clear()
        self.case_box.blockSignals(False)
        self._cases = []
        self.statusBar().clearMessage()
        QPixmapCache.clear()
        self.toolbar.set_vault_actions_enabled(False)
        self.pages.setCurrentIndex(PAGE_LOCKED)
        self.locked.emit()
        if ask_again:
            self.show_unlock()

    def _close_modal_dialogs(self) -> None:
        """End every dialog of ours still open (an export, the redaction editor): a locked
        vault shows nothing of its evidence. `done()` rather than `reject()`, which an
        export overrides to keep running."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and not isinstance(widget, (RecordDialog, UnlockDialog))
                and widget.isVisible()
                and self._owns(widget)
            ):
                widget.done(QDialog.DialogCode.Rejected)

    def _owns(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parentWidget()
        return False

    @Slot()
    def show_unlock(self) -> None:
        if self._service is not None:
            return
        if self.unlock_dialog is None:
            dialog = UnlockDialog(self._folder, self)
            dialog.unlocked.connect(self._on_unlocked)
            dialog.finished.connect(self._unlock_closed)
            self.unlock_dialog = dialog
        self.unlock_dialog.open()

    @Slot(int)
    def _unlock_closed(self, _: int) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def _on_unlocked(self, service: VaultService, via_recovery_key: bool) -> None:
        self._service = service
        self._via_recovery_key = via_recovery_key
        self.detail.set_service(service)
        self._fill()

    def bring_to_front(self) -> None:
        """Another start of the app asked for us: show this window (or its dialog)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if self.unlock_dialog is not None:
            self.unlock_dialog.raise_()
            self.unlock_dialog.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.auto_lock.detach()
        for record in list(self.record_dialogs):
            record.save_now()
        self.record_dialogs.clear()
        if self.batch is not None:
            self.batch.cancel()
        if self._service is not None:
            self._service.lock()
            self._service = None
        self.detail.clear()
        self.model.clear()
        super().closeEvent(event)
