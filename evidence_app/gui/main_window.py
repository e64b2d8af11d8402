"""The main window: cases, the list of items, the chosen item, capture, import and locking.

Evidence comes in through the toolbar and the Capture menu (whole screen, part
of the screen, one window, paste, files, a folder) or by dropping files on the
window. A single capture or file opens the record form (`RecordDialog`) beside
its picture; a batch import shows its progress in the status bar instead.

The open vault is held by the `VaultSession`, never by this window. Locking
(button, Ctrl+L from any window, or no input for a while) first covers the
window, then the session commits what is typed in open record forms, stops an
import and closes the vault; only then does this window empty the list, the
picture, the form, the search and Qt's pixmap cache, each step on its own so
that none can keep another from running, and ask for the passphrase again.
"Quick exit" (Ctrl+Shift+Q, from any window: `gui.lock.safety`) hides every window,
locks the same way, closes everything and ends the process: for when someone
walks in. It sits in the menu bar's corner, visible at every window size.

Evidence that arrives before the case list does (files dropped right after
unlocking) waits for it, and is then stored in the first case.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QItemSelection, QLocale, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStatusBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture.files import mime_paths
from evidence_app.capture.portal import PortalCancelled, PortalCopyLeft
from evidence_app.domain.errors import PictureRefused, VaultDamaged, VaultLocked
from evidence_app.domain.guide import Action, Profile
from evidence_app.domain.model import Item
from evidence_app.export.leftovers import sweep_unfinished
from evidence_app.gui.capture.capture_controller import CaptureController
from evidence_app.gui.capture.picture_gate import PictureGate
from evidence_app.gui.cases.case_bar import CaseBar
from evidence_app.gui.cases.report_editor import forget_copied_text
from evidence_app.gui.check.check_dialog import CheckDialog
from evidence_app.gui.common import discretion, messages, tasks, text_size
from evidence_app.gui.common.announce import announce_status, forget_said
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    Pages,
    fit_to_screen,
    list_follows_the_text,
    list_for_the_keyboard,
)
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.common.unsaved import AsksBeforeDropping, titled
from evidence_app.gui.guide.about_you import AboutYouDialog
from evidence_app.gui.guide.help_dialog import HelpMenu
from evidence_app.gui.items import item_model
from evidence_app.gui.items.detail_pane import DetailPane
from evidence_app.gui.items.importing import Importer
from evidence_app.gui.items.item_source import ReadSource, VaultSource
from evidence_app.gui.items.record_dialog import RecordDialog
from evidence_app.gui.keys.key_actions import KeyActions
from evidence_app.gui.lock.auto_lock import AutoLock
from evidence_app.gui.lock.safety import SafetyKeys
from evidence_app.gui.lock.session import VaultSession, run_guarded
from evidence_app.gui.lock.unlock_dialog import UnlockDialog
from evidence_app.gui.toolbar import MainToolBar
from evidence_app.gui.web.web_actions import WebActions
from evidence_app.vault.item_store import ReadableItems
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

PAGE_LOCKED, PAGE_VAULT = range(2)
# Column 1 holds "30 september 2026, 22:15" whole.
COLUMN_WIDTHS = {0: 150, 1: 165, 2: 95, 3: 90, 4: 150, 5: 240, 6: 105}
PREFERRED_SIZE = QSize(1200, 760)

WithCase = Callable[[VaultService, int], None]


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
        session: VaultSession,
        translations: Translations,
        settings: Settings,
        *,
        safety: SafetyKeys | None = None,
        show_guide: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        # Right after the setup, the guide of next steps opens once the case is shown.
        self._show_guide = show_guide
        self._own_safety = safety is None  # made here (in tests): undone when this closes
        self.safety = safety if safety is not None else SafetyKeys(session, self)
        self._translations = translations
        self._settings = settings
        self._waiting_for_case: list[WithCase] = []
        self._refill_pending = False  # `refilled` is said when the first list arrives
        self.unlock_dialog: UnlockDialog | None = None
        self.setWindowTitle(discretion.window_name())
        fit_to_screen(self, PREFERRED_SIZE)

        self.toolbar = MainToolBar(
            translations.current,
            settings.auto_lock_minutes(),
            self.safety.lock,
            self.safety.quick_exit,
            self,
            text_size=settings.text_size(),
        )
        self.addToolBar(self.toolbar)
        self.importer = Importer(session, self, self._with_case, self._failed)
        # Before a picture of a case about a minor: ask, and offer words only.
        self.pictures = PictureGate(
            self,
            session.service,
            lambda: self.current_case_id(),
            self.importer.record_without_file,
            self._failed,
        )
        self.importer.added.connect(self._added)
        self.keys = KeyActions(session, self)
        announce_status(self.statusBar())  # "Saved.", "Added to the vault." said aloud too
        self.keys.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.toolbar.add_files.triggered.connect(
            lambda: self.pictures.first(self.importer.add_files)
        )
        self.toolbar.add_folder.triggered.connect(
            lambda: self.pictures.first(self.importer.add_folder)
        )
        self.toolbar.paste.triggered.connect(lambda: self.pictures.first(self.importer.paste))
        self.toolbar.export.triggered.connect(self.export_dossier)
        self.toolbar.check_vault.triggered.connect(self.check_vault)
        self.toolbar.record_only.triggered.connect(self.importer.record_without_file)
        self.toolbar.lock.triggered.connect(self.lock_vault)
        self.toolbar.change_passphrase.triggered.connect(self.keys.change_passphrase)
        self.toolbar.new_recovery_key.triggered.connect(self.keys.new_recovery_key)
        self.toolbar.language_chosen.connect(self.set_language)
        self.toolbar.auto_lock_chosen.connect(self.set_auto_lock_minutes)
        self.toolbar.text_size_chosen.connect(self.set_text_size)
        self.capture = CaptureController(self, session.service, self._with_case)
        self.capture.stored.connect(self._captured)
        self.capture.failed.connect(self._capture_failed)
        self.toolbar.capture_screen.triggered.connect(
            lambda: self.pictures.first(self.capture.capture_screen)
        )
        self.toolbar.capture_region.triggered.connect(
            lambda: self.pictures.first(self.capture.capture_region)
        )
        self.toolbar.capture_window.triggered.connect(
            lambda: self.pictures.first(self.capture.capture_window)
        )
        self.toolbar.delay_chosen.connect(self._set_delay)
        self.record_dialogs: list[RecordDialog] = []
        # Where something typed was kept as the vault locked: said once it is open again.
        self._kept_at_lock: list[str] = []
        self._kept_in = ""  # the language they are named in
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
        self.vault_menu.addAction(self.toolbar.check_vault)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.toolbar.change_passphrase)
        self.vault_menu.addAction(self.toolbar.new_recovery_key)
        self.vault_menu.addAction(self.toolbar.lock)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.toolbar.quick_exit)
        self.menu_bar = QMenuBar()
        self.menu_bar.addMenu(self.vault_menu)
        self.menu_bar.addMenu(self.capture_menu)
        self.menu_bar.addMenu(self.toolbar.settings_menu)
        self.help_menu = HelpMenu(settings, self)
        self.menu_bar.addMenu(self.help_menu)
        # Quick exit at the end of the menu bar's row: always in sight, whatever the window's
        # width (the toolbar folds its end away), and a button of its own for screen readers
        # (a menu bar's corner widget is not in the accessibility tree).
        self.quick_exit_button = QToolButton()
        self.quick_exit_button.setObjectName("quick_exit_button")
        self.quick_exit_button.setDefaultAction(self.toolbar.quick_exit)
        self.quick_exit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.quick_exit_button.setAutoRaise(True)
        menu_row = QWidget()
        menu_layout = QHBoxLayout(menu_row)
        menu_layout.setContentsMargins(0, 0, 6, 0)
        menu_layout.addWidget(self.menu_bar, 1)
        menu_layout.addWidget(self.quick_exit_button)
        self.setMenuWidget(menu_row)
        self.setAcceptDrops(True)

        self.model = item_model.ItemTableModel(self)
        self.model.listed.connect(self._listed)
        self.model.failed.connect(self._list_failed)
        self.table = QTableView()
        list_for_the_keyboard(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(item_model.COL_EVENT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        list_follows_the_text(self.table, COLUMN_WIDTHS)
        # What the item shows comes right after when: in sight beside the item's pane even on
        # a small screen (the fingerprint, last, takes what room is left).
        header.moveSection(header.visualIndex(item_model.COL_DESCRIPTION), 2)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = DetailPane(session)
        self.web = WebActions(self, session.service, self.detail.current_item)
        self.toolbar.capture_web.triggered.connect(
            lambda: self._with_case(
                lambda service, case_id: self.pictures.first(
                    lambda ok: self.web.open_browser(service, case_id, picture_ok=ok)
                )
            )
        )
        self.toolbar.recheck.triggered.connect(self.web.recheck_current)
        self.web.captured.connect(self._web_captured)
        self.web.rechecked.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.detail.item_saved.connect(self.model.replace_item)
        self.detail.item_deleted.connect(self._on_deleted)

        self.case_bar = CaseBar(session)
        self.case_bar.chosen.connect(self._on_case_chosen)
        self.case_bar.shown.connect(self._run_waiting)
        self.case_bar.failed.connect(self._failed)
        self.case_bar.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.case_bar.search.textChanged.connect(self.model.set_search)
        self.case_bar.chosen_items = self._chosen_item_ids
        self.case_bar.language = lambda: translations.current
        self.case_bar.recheck_at_unlock = self._settings.recheck_at_unlock
        self.toolbar.recheck_at_unlock.setChecked(self._settings.recheck_at_unlock())
        self.toolbar.recheck_at_unlock.toggled.connect(self._settings.set_recheck_at_unlock)
        self.toolbar.discreet.setChecked(self._settings.discreet())
        self.toolbar.discreet.toggled.connect(self._set_discreet)
        self.toolbar.about_you.triggered.connect(self.about_you)
        self.toolbar.blur.setChecked(self._settings.blur_pictures())
        self.toolbar.blur.toggled.connect(self._set_blur)
        self.detail.viewer.set_blur(self._settings.blur_pictures())
        self.case_bar.capture_again = lambda url: self._with_case(
            lambda service, case_id: self.pictures.first(
                lambda ok: self.web.open_browser(service, case_id, url, picture_ok=ok)
            )
        )
        self.case_bar.capture_actions = (
            *self.toolbar.capture_actions,
            self.toolbar.add_files,
            self.toolbar.record_only,
        )
        self.case_bar.guide_wanted = self._guide_wants
        self.case_bar.minors_changed.connect(self.pictures.refresh)
        self.help_menu.minors = self.pictures.minors
        self.help_menu.country_changed = self._country_changed

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        vault_page = QWidget()
        vault_layout = QVBoxLayout(vault_page)
        vault_layout.addWidget(self.case_bar)
        # Where the screen is too short for the list and the details at their smallest
        # (a laptop at 150 % with a task bar and the text at 200 %), they scroll, under the
        # case's bar, rather than the window going past the screen's edge.
        vault_layout.addWidget(DownScroll(splitter), 1)

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

        self.pages = Pages()
        self.pages.addWidget(locked_page)
        self.pages.addWidget(vault_page)
        self.setCentralWidget(self.pages)

        self.auto_lock = AutoLock(settings.auto_lock_minutes(), self)
        self.auto_lock.timed_out.connect(self.lock_vault)
        # Looked up when the lock comes, not now (so a test can break one and see).
        # The import first: it stops taking files, and no longer competes with what follows.
        session.add_before_lock("the import", lambda: self._stop_import())
        session.add_before_lock("the windows written in", lambda: self._keep_typed())
        session.add_before_lock("the record forms", lambda: self._save_record_forms())
        session.add_tidy("the window", lambda: self._tidy_after_lock())
        session.opened.connect(self._fill)
        self.retranslate()
        if session.is_open():
            self._fill()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        if self._settings.discreet():
            discretion.apply(True)  # the neutral word in the new language
        self.locked_note.setText(
            self.tr("The vault is locked. Nothing is shown until you open it.")
        )
        self.open_button.setText(self.tr("Open the vault…"))
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.capture_menu.setTitle(self.tr("&Capture"))
        self.toolbar.settings_menu.setTitle(self.tr("&Settings"))
        self.table.setAccessibleName(self.tr("Items of this case"))
        self.table.setAccessibleDescription(
            self.tr("Choose an item to see it, and what you know about it, beside the list.")
        )
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
    def set_text_size(self, percent: int) -> None:
        self._settings.set_text_size(percent)
        text_size.apply(percent)

    @Slot(int)
    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._settings.set_auto_lock_minutes(minutes)
        self.auto_lock.set_minutes(minutes)

    # -- filling --------------------------------------------------------------
    def service(self) -> VaultService | None:
        """The open vault (None while locked); the session holds it."""
        return self.session.service()

    def current_case_id(self) -> int | None:
        return self.case_bar.current_case_id()

    def _with_case(self, action: WithCase) -> None:
        """Run `action(service, case_id)` now, or once the case list has arrived."""
        service, case_id = self.session.service(), self.current_case_id()
        if service is None:
            return
        if case_id is None:
            self._waiting_for_case.append(action)
            return
        action(service, case_id)

    @Slot()
    def _fill(self) -> None:
        """Show the open vault: its cases, then the items of the first."""
        self.pages.setCurrentIndex(PAGE_VAULT)
        # The keyboard starts at the list, what the window is about: it started at the first
        # button of the toolbar ("Delay"), which a screen reader said first.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.toolbar.set_vault_actions_enabled(True)
        self.auto_lock.start()
        self.case_bar.load()
        service = self.session.service()
        if service is not None:  # what an export cut short left behind goes now
            tasks.run_task(lambda: sweep_unfinished(service), lambda _: None, context=self)
        if service is not None and service.rollback is not None:
            rollback = service.rollback
            self._tell_rollback(rollback.missing, rollback.other_history)
        if self._kept_at_lock:
            places, self._kept_at_lock = list(dict.fromkeys(self._kept_at_lock)), []
            kept = self.tr("What you were writing when the vault locked is saved: %1.").replace(
                "%1", QLocale().createSeparatedList(places)
            )
            bar = self.statusBar()
            # Named in another language, or more places than the bar's one line holds (three
            # windows' titles at 150 %): said without them, whole.
            if self._kept_in != self._translations.current or not _fits(bar, kept):
                kept = self.tr("What you were writing when the vault locked is saved.")
            bar.showMessage(kept, 15000)
        if self.session.via_recovery_key():
            self.keys.change_passphrase()

    def _tell_rollback(self, missing: int, other_history: bool) -> None:
        """Say, without blocking, that saves were lost before this opening."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some saves are missing"),
            messages.rollback(missing, other_history),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _run_waiting(self) -> None:
        """The cases arrived: run what waited for one (an import right after unlocking)."""
        waiting, self._waiting_for_case = self._waiting_for_case, []
        for action in waiting:
            self._with_case(action)
        if self._show_guide:
            self._show_guide = False
            self.case_bar.open_guide()

    @Slot(object)
    def _on_case_chosen(self, case_id: int | None) -> None:
        service = self.session.service()
        self.detail.show_item(None)
        self.model.clear()
        if service is None or case_id is None:
            return
        self._refill_pending = True
        self.model.show_case(VaultSource(service, self), case_id)
        self.pictures.refresh()

    def _listed(self) -> None:
        if self._refill_pending:
            self._refill_pending = False
            self.refilled.emit()

    def _list_failed(self, exc: BaseException) -> None:
        """The list could not be read: a damaged vault lists what can still be read."""
        service, case_id = self.session.service(), self.current_case_id()
        if not isinstance(exc, VaultDamaged) or service is None or case_id is None:
            if not isinstance(exc, VaultLocked):  # a read that crossed a lock: nothing to say
                self._failed(exc)
            return
        tasks.run_task(
            lambda: service.items_readable(case_id),
            lambda found: self._show_readable(service, case_id, found),
            self._failed,
            context=self,
        )

    def _show_readable(self, service: VaultService, case_id: int, found: ReadableItems) -> None:
        if case_id != self.current_case_id() or self.session.service() is not service:
            return  # another case, or read before a lock
        self.model.show_case(ReadSource(found.items, item_model.search_text), case_id)
        # What can be read is listed, and the rest said (until the vault is replaced).
        if found.lost:
            self.statusBar().showMessage(messages.items_unreadable(len(found.lost)))
        elif found.unknown_lost:
            self.statusBar().showMessage(messages.some_items_unreadable())

    # -- the list -------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_: object) -> None:
        if self.detail.form.changes():
            # Moving on keeps what was typed: save it rather than lose it.
            self.detail.save()
        rows = self.table.selectionModel().selectedRows()
        item_id = self.model.item_id(rows[0].row()) if rows else None
        if item_id is None or self.model.item_at(rows[0].row()) is None:
            self.detail.show_item(None)  # nothing of the one before stays to be typed into
        if item_id is not None:
            self.model.fetch(item_id, lambda item: self._show_chosen(item_id, item))

    def _show_chosen(self, item_id: int, item: Item | None) -> None:
        """The chosen row's item arrived (at once when it was already read)."""
        if item_id in self._chosen_item_ids():
            self.detail.show_item(item)

    @Slot(bool)
    def _set_discreet(self, on: bool) -> None:
        self._settings.set_discreet(on)
        discretion.apply(on)

    def _chosen_item_ids(self) -> tuple[int, ...]:
        rows = self.table.selectionModel().selectedRows()
        return tuple(
            item_id
            for item_id in (self.model.item_id(r.row()) for r in rows)
            if item_id is not None
        )

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.table.selectRow(row)

    @Slot(int)
    def _on_deleted(self, item_id: int) -> None:
        self.model.remove_item(item_id)
        self.statusBar().showMessage(self.tr("The item was deleted."), 5000)

    # -- adding ---------------------------------------------------------------
    def import_paths(
        self, paths: list[Path], method: str = "import", *, picture_ok: bool = False
    ) -> None:
        """Store files and folders (`Importer.import_paths`)."""
        self.importer.import_paths(paths, method, picture_ok=picture_ok)

    def _added(self, item: Item, open_form: bool = False, image: QImage | None = None) -> None:
        """Show a stored item; open its record form if asked."""
        if item.case_id != self.current_case_id() or not self.session.is_open():
            return
        self.model.add_item(item)
        self.statusBar().showMessage(self.tr("Added to the vault."), 5000)
        if open_form:
            self.select_item(item.id)
            self.open_record(item, image)

    def open_record(self, item: Item, image: QImage | None = None) -> RecordDialog | None:
        """The record form for `item`, beside its picture."""
        service = self.session.service()
        if service is None:
            return None
        dialog = RecordDialog(service, item, image, self)
        dialog.viewer.set_blur(self._settings.blur_pictures())
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
            self.detail.form.set_item(item, self.session.service())

    def _captured(self, item: Item, image: QImage, open_form: bool) -> None:
        self._added(item, open_form=open_form, image=image)

    @Slot(int)
    def _web_captured(self, item_id: int) -> None:
        service = self.session.service()
        if service is not None:
            tasks.run_task(
                lambda: service.item(item_id),
                lambda item: self._added(item, open_form=True),
                self._failed,
                context=self,
            )

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
        elif isinstance(exc, PictureRefused):
            text = messages.error_text(exc)
        else:
            text = self.tr("The screen could not be captured. Nothing was stored.")
        self.statusBar().showMessage(text, 10000)

    @Slot(int)
    def _set_delay(self, seconds: int) -> None:
        self.capture.delay_seconds = seconds

    # -- dropping files -------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session.is_open() and mime_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.session.is_open() and mime_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = mime_paths(event.mimeData())
        if not self.session.is_open() or not paths:
            event.ignore()
            return
        # Copy, never move: the source file stays where it was.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if not self.pictures.asks_first(paths):
            self.import_paths(paths, method="drop")
            return
        # Asked after the drop has ended: a question inside it would hold the drag open.
        QTimer.singleShot(
            0,
            lambda: self.pictures.first(
                lambda ok: self.import_paths(paths, method="drop", picture_ok=ok),
                paths,
                rest=lambda kept: self.import_paths(kept, method="drop"),
            ),
        )

    def _set_blur(self, on: bool) -> None:
        self._settings.set_blur_pictures(on)
        for viewer in (self.detail.viewer, *(d.viewer for d in self.record_dialogs)):
            viewer.set_blur(on)

    @Slot()
    def about_you(self) -> None:
        """Who uses the app, and whether the pictures show a minor (Settings)."""
        service = self.service()
        if service is not None:  # read in a task, as every read of the vault
            tasks.run_task(service.profile, self._ask_about_you, self._failed, context=self)

    def _ask_about_you(self, before: Profile) -> None:
        if self.service() is None:  # the vault locked meanwhile
            return
        dialog = AboutYouDialog(before, self)

        def store(profile: Profile) -> None:
            service = self.service()
            if service is None:  # the vault locked meanwhile
                return

            def saved(_: object) -> None:
                self.statusBar().showMessage(self.tr("Saved."), 8000)
                self.pictures.refresh()

            tasks.run_task(lambda: service.set_profile(profile), saved, self._failed, context=self)

        def store_at_lock() -> bool:
            profile = dialog.profile()
            if before.minors and not profile.minors:  # asked only with the person there
                profile = dataclasses.replace(profile, minors=True)
            if profile == before:
                return False  # nothing else changed: nothing kept
            store(profile)
            return True

        dialog.stores_at_lock(store_at_lock)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            profile = dialog.profile()
        finally:
            dialog.deleteLater()
        if not accepted or self.service() is None:  # a lock meanwhile kept it (above)
            return
        if before.minors and not profile.minors:
            answer = QMessageBox.question(
                self,
                discretion.window_name(),
                self.tr(
                    "Keep pictures again? Only do this if the pictures do not show anyone under 18."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store(profile)

    def _country_changed(self, country: str) -> None:
        """The country chosen in the help panel is the vault's too (`guide` uses it)."""
        service = self.service()
        if service is not None:
            tasks.run_task(
                lambda: service.choose("country", country),
                lambda _: None,
                self._failed,
                context=self,
            )

    # -- the guide ------------------------------------------------------------
    def _guide_wants(self, action: str) -> None:
        """Do what a step of the guide's button says (`domain.guide.Action`)."""
        bar = self.case_bar
        doing: dict[str, Callable[[], object]] = {
            Action.HELP: self.help_menu.open_help,
            Action.WEB: self.toolbar.capture_web.trigger,
            Action.REPORT: lambda: bar.open_reports(write_new=True),
            Action.RECHECK: bar.open_reports,
            Action.MESSAGES: bar.open_messages,
            Action.EXPORT: self.export_dossier,
            Action.CUSTODY: bar.open_custody,
        }
        if action in doing:
            doing[action]()

    # -- the dossier ----------------------------------------------------------
    @Slot()
    def export_dossier(self) -> None:
        def export(service: VaultService, case_id: int) -> None:
            from evidence_app.gui.export.export_dialog import (
                ExportDialog,  # the PDF code: load late
            )

            ExportDialog(service, case_id, parent=self).exec()

        self._with_case(export)

    @Slot()
    def check_vault(self) -> None:
        """Check the whole vault, in a window of its own that leaves this one usable."""
        service = self.session.service()
        if service is None:
            return
        found = self.findChild(CheckDialog, "check_dialog")
        if found is None or not found.isVisible():  # (a closed one is on its way out)
            found = CheckDialog(service, self)
            found.start()
        found.show()
        found.raise_()
        found.activateWindow()

    def _failed(self, exc: BaseException) -> None:
        log.warning("a vault action failed: %s", type(exc).__name__)
        self.statusBar().showMessage(messages.error_text(exc), 10000)

    # -- locking --------------------------------------------------------------
    @Slot()
    def quick_exit(self) -> None:
        """Leave at once (`gui.lock.safety.quick_exit`): hide, lock, close, end the process."""
        self.safety.quick_exit.trigger()

    @Slot()
    def lock_vault(self) -> None:
        """Cover the window, close the vault, empty every view of it, then ask to open it again."""
        if not self.session.is_open():
            return
        try:
            # Out of sight now: closing may wait for a long write in the worker to end.
            self.pages.setCurrentIndex(PAGE_LOCKED)
            self.pages.repaint()
        finally:
            self.session.lock()

    def _kept(self, place: str) -> None:
        """Something typed was kept at the lock, in `place` (said once the vault is open)."""
        self._kept_at_lock.append(place)
        self._kept_in = self._translations.current

    def _keep_typed(self) -> None:
        """Before the vault closes: what was typed in a window that keeps it on Save (a
        journal entry, the summary, a report, a person, the parts to hide…) is kept as its
        Save keeps it (`unsaved.AsksBeforeDropping.keep_before_lock`), then what was typed
        beside the list (`DetailPane.keep_before_lock`): a person made there is linked to
        the item first. All this while the record forms the windows belong to still show."""
        for widget in QApplication.topLevelWidgets():
            try:  # each window on its own: the others, and the lock, go on
                if (
                    shiboken6.isValid(widget)
                    and isinstance(widget, AsksBeforeDropping)
                    and self._owns(widget)
                    and widget.keep_before_lock()
                ):
                    self._kept(widget.kept_where())
            except Exception as exc:
                log.error("keeping a window's words failed while locking: %s", type(exc).__name__)
        if self.detail.keep_before_lock():
            self._kept(self.tr("the details beside the list"))

    def _save_record_forms(self) -> None:
        """Before the vault closes: what was typed in open record forms is committed."""
        records, self.record_dialogs = list(self.record_dialogs), []
        for record in records:
            if shiboken6.isValid(record) and record.save_now():
                self._kept(titled(record))

    def _stop_import(self) -> None:
        self.importer.stop()

    def _tidy_after_lock(self) -> None:
        """After the vault closed: nothing of it stays in sight or in memory (module docstring)."""
        leaving = self.session.leaving
        steps: list[tuple[str, Callable[[], None]]] = [
            ("stopping auto-lock", self.auto_lock.stop),
            ("showing the locked page", lambda: self.pages.setCurrentIndex(PAGE_LOCKED)),
            # A capture under way stops; our windows come back unless we are leaving.
            ("stopping a capture", lambda: self.capture.abort(show_windows=not leaving)),
            ("closing dialogs", self._close_dialogs),
            ("closing capture browsers", self.web.close_all),
            ("taking a copied report text off the clipboard", forget_copied_text),
            ("emptying the search", self.case_bar.search.clear),
            ("emptying the details", self.detail.clear),
            ("emptying the list", self.model.clear),
            ("emptying the cases", self._clear_cases),
            ("emptying the status bar", self.statusBar().clearMessage),
            ("taking what was said off the accessibility bus", lambda: forget_said(self)),
            ("emptying the pixmap cache", QPixmapCache.clear),
            ("disabling actions", lambda: self.toolbar.set_vault_actions_enabled(False)),
            ("announcing the lock", self.locked.emit),
        ]
        if not leaving:
            steps.append(("asking for the passphrase", self.show_unlock))
        run_guarded(steps)

    def _clear_cases(self) -> None:
        self._waiting_for_case = []
        self.pictures.known.clear()
        self.case_bar.clear()

    def _close_dialogs(self) -> None:
        """End every dialog of ours still open (an export, the redaction editor, a question,
        a file dialog): a locked vault shows nothing of its evidence. `done()` rather than
        `reject()`, which an export overrides to keep running."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and not isinstance(widget, UnlockDialog)
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
        if self.session.is_open():
            return
        if self.unlock_dialog is None:
            dialog = UnlockDialog(self.session.folder, self)
            dialog.unlocked.connect(self._on_unlocked)
            dialog.finished.connect(self._unlock_closed)
            self.unlock_dialog = dialog
        # Not announced as well: a screen reader reads the window's text as it opens
        # ("Bewijskluis dialog. Your vault is locked. …", Orca 43), and a notification
        # made Orca say it two more times.
        self.unlock_dialog.open()

    @Slot(int)
    def _unlock_closed(self, _: int) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def _on_unlocked(self, service: VaultService, via_recovery_key: bool) -> None:
        self.session.open(service, via_recovery_key=via_recovery_key)

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
        """Closing the window locks the vault (what was typed in record forms is kept)."""
        self.auto_lock.detach()
        self.session.leaving = True  # nothing asks for the passphrase or comes back
        try:
            self.session.lock()
        finally:
            if self._own_safety:
                self.safety.detach()
        super().closeEvent(event)


def _fits(bar: QStatusBar, text: str) -> bool:
    """Whether `text` shows whole on the status bar's one line, beside what else it holds
    (its size grip, widgets of its own)."""
    beside = sum(
        child.width() + 6
        for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible()
    )
    return bar.fontMetrics().horizontalAdvance(text) + 12 <= bar.contentsRect().width() - beside
