"""The app's windows as a person opens them, for the tests that walk every window (the
accessibility names, the keyboard round): one line each in `WINDOWS`, a few in a second
state (the check under way, the recovery key asked instead of the passphrase)."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator
from unittest import mock

from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication (the capture browser)

from PySide6.QtCore import QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget  # noqa: E402

from evidence_app.domain.guide import Profile, Role  # noqa: E402
from evidence_app.domain.model import ItemKind  # noqa: E402
from evidence_app.domain.report import ReportStatus  # noqa: E402
from evidence_app.export.others_text import Kind  # noqa: E402
from evidence_app.gui.cases.custody_dialog import CustodyDialog, CustodyEditor  # noqa: E402
from evidence_app.gui.cases.journal_dialog import JournalDialog, JournalEntryEditor  # noqa: E402
from evidence_app.gui.cases.report_editor import ReportEditor  # noqa: E402
from evidence_app.gui.cases.reports_dialog import AnswerEditor, ReportsDialog  # noqa: E402
from evidence_app.gui.cases.summary_dialog import SummaryDialog  # noqa: E402
from evidence_app.gui.cases.todo_dialog import TodoDialog  # noqa: E402
from evidence_app.gui.check import check_dialog  # noqa: E402
from evidence_app.gui.check.check_dialog import CheckDialog  # noqa: E402
from evidence_app.gui.common.i18n import Translations  # noqa: E402
from evidence_app.gui.common.settings import Settings  # noqa: E402
from evidence_app.gui.export.export_dialog import ExportDialog  # noqa: E402
from evidence_app.gui.guide.about_you import AboutYouDialog  # noqa: E402
from evidence_app.gui.guide.guide_dialog import GuideDialog  # noqa: E402
from evidence_app.gui.guide.help_dialog import HelpDialog  # noqa: E402
from evidence_app.gui.guide.messages_dialog import MessagesDialog  # noqa: E402
from evidence_app.gui.items.batch_import import BatchImport  # noqa: E402
from evidence_app.gui.items.import_progress import ImportProgress  # noqa: E402
from evidence_app.gui.items.item_picker import ItemChooser  # noqa: E402
from evidence_app.gui.items.item_source import VaultSource  # noqa: E402
from evidence_app.gui.items.person_editor import PersonEditor  # noqa: E402
from evidence_app.gui.items.record_dialog import RecordDialog  # noqa: E402
from evidence_app.gui.items.redaction_editor import RedactionEditor  # noqa: E402
from evidence_app.gui.keys.change_passphrase_dialog import ChangePassphraseDialog  # noqa: E402
from evidence_app.gui.keys.new_recovery_key_wizard import NewRecoveryKeyWizard  # noqa: E402
from evidence_app.gui.lock.session import VaultSession  # noqa: E402
from evidence_app.gui.lock.unlock_dialog import UnlockDialog  # noqa: E402
from evidence_app.gui.main_window import MainWindow  # noqa: E402
from evidence_app.gui.setup.setup_flow import SetupFlow  # noqa: E402
from evidence_app.gui.setup.setup_wizard import SetupWizard  # noqa: E402
from evidence_app.gui.web.capture_browser import CaptureBrowser  # noqa: E402
from evidence_app.paths import Paths  # noqa: E402
from evidence_app.storage.keyheader import KdfParams  # noqa: E402
from evidence_app.vault.service import VaultService  # noqa: E402
from tests.helpers.images import noise_png  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402


def when_a_file_dialog_opens(
    context: QObject, then: Callable[[QFileDialog], None], tries: int = 250
) -> None:
    """Once Qt's file dialog is shown (it runs its own event loop, so the test cannot wait
    for it), `then` does what a person does in it. Looked for every 20 ms, `tries` times,
    for as long as `context` lives: never into a later test."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    if dialogs and dialogs[0].isVisible():
        then(dialogs[0])
    elif tries > 0:
        QTimer.singleShot(20, context, lambda: when_a_file_dialog_opens(context, then, tries - 1))


def check_under_way(vault: Vault) -> CheckDialog:
    """The check window while it checks (its Stop shown): the check itself is held back."""
    dialog = CheckDialog(vault.service)
    with mock.patch.object(check_dialog.tasks, "run_task"):
        dialog.start()
    return dialog


def check_done(vault: Vault) -> CheckDialog:
    dialog = CheckDialog(vault.service)
    dialog.start()  # the tasks run inline: the check is over
    return dialog


def unlock_with_the_recovery_key(vault: Vault) -> UnlockDialog:
    dialog = UnlockDialog(vault.service.folder)
    dialog.use_recovery.setChecked(True)
    return dialog


def record_with_a_time(vault: Vault) -> RecordDialog:
    """The record of an item whose day and time are known: their fields are shown."""
    dialog = RecordDialog(vault.service, vault.service.items()[0])
    dialog.form.when.choice.setCurrentIndex(2)  # "At this time"
    return dialog


def redaction_of_a_picture(vault: Vault) -> RedactionEditor:
    """The redaction editor of a screenshot (its picture shown to draw on)."""
    data = noise_png(vault.paths.base / "screen.png", 160, 120)
    item = vault.service.add_bytes(
        data,
        case_id=1,
        original_name="screen.png",
        kind=ItemKind.SCREEN,
        capture_method="screen-grab",
    )
    return RedactionEditor(vault.service, item.id)


def record_of_a_picture(vault: Vault) -> RecordDialog:
    """The record window of a screenshot: its picture is shown beside the questions."""
    data = noise_png(vault.paths.base / "shot.png", 160, 120)
    item = vault.service.add_bytes(
        data, case_id=1, original_name="shot.png", kind=ItemKind.SCREEN, capture_method="test"
    )
    image = QImage.fromData(data)
    return RecordDialog(vault.service, item, image)


def import_under_way(vault: Vault) -> ImportProgress:
    """The progress of an import at its third file of twelve: the batch itself is not
    started, its signals are given by hand."""
    batch = BatchImport(vault.service, 1, [])
    progress = ImportProgress(batch)
    batch.setParent(progress)  # goes with the window
    batch.listed.emit(12)
    batch.progress.emit(2, 12)
    return progress


WINDOWS: dict[str, Callable[[Vault], QWidget]] = {
    "export": lambda vault: ExportDialog(vault.service, 1),
    "reports": lambda vault: ReportsDialog(vault.service, 1, "School"),
    "report editor": lambda vault: ReportEditor(None, VaultSource(vault.service, None), 1),
    "journal": lambda vault: JournalDialog(vault.service, 1, "School"),
    "to do": lambda vault: TodoDialog(vault.service, 1, "School"),
    "custody": lambda vault: CustodyDialog(vault.service, 1, "School"),
    "unlock": lambda vault: UnlockDialog(vault.service.folder),
    "unlock, with the recovery key": unlock_with_the_recovery_key,
    "summary": lambda vault: SummaryDialog("School", "It started in May."),
    "check, under way": check_under_way,
    "check, done": check_done,
    "guide": lambda vault: GuideDialog(vault.service, 1, "School"),
    "help": lambda vault: HelpDialog(Settings(vault.paths.settings_file)),
    "ready texts": lambda vault: MessagesDialog(vault.service, 1, "School"),
    "ready texts, to the school": lambda vault: MessagesDialog(
        vault.service, 1, "School", kind=Kind.SCHOOL
    ),
    "about you": lambda vault: AboutYouDialog(Profile(Role.HELPER, "Ann (mama)")),
    "change passphrase": lambda vault: ChangePassphraseDialog(vault.service),
    "record": lambda vault: RecordDialog(vault.service, vault.service.items()[0]),
    "record, a day and a time": record_with_a_time,
    "record, a picture": record_of_a_picture,
    "capture browser": lambda vault: CaptureBrowser(vault.service, 1),
    "person editor": lambda vault: PersonEditor(vault.service, 1),
    "redaction editor": redaction_of_a_picture,
    "an answer came": lambda vault: AnswerEditor(ReportStatus.SENT),
    "journal entry": lambda vault: JournalEntryEditor(None),
    "hand-over": lambda vault: CustodyEditor(),
    "choose an item": lambda vault: ItemChooser(VaultSource(vault.service, None), 1),
    "import progress": import_under_way,
}


def shown_main_window(vault: Vault, qtbot: QtBot, translations: Translations) -> MainWindow:
    """The main window of the vault as it is, shown."""
    window = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def main_window(vault: Vault, qtbot: QtBot, translations: Translations) -> MainWindow:
    """The main window of the vault, shown with one item."""
    vault.service.add_records(case_id=1, records=[{"description": "x", "url": "https://x.com/a"}])
    window = shown_main_window(vault, qtbot, translations)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    return window


def open_journal(window: MainWindow, qtbot: QtBot) -> JournalDialog:
    """The journal of the window's case, opened from the case bar."""
    qtbot.waitUntil(lambda: window.case_bar.box.count() == 1)
    window.case_bar.journal_action.trigger()
    journal = window.case_bar.journal_dialog
    assert journal is not None
    qtbot.waitExposed(journal)
    return journal


# What the window says once the vault is open again after a lock kept what was typed,
# before where it was kept.
KEPT_AT_LOCK = "What you were writing when the vault locked is saved: "


def unlock_again(window: MainWindow, qtbot: QtBot, passphrase: str) -> VaultService:
    """After a lock: the passphrase typed in the window that asks for it, and Enter."""
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.refilled):
        qtbot.keyClicks(dialog.passphrase, passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    service = window.service()
    assert service is not None
    return service


@contextlib.contextmanager
def shown(window: QWidget, qtbot: QtBot) -> Iterator[QWidget]:
    """`window` shown, then closed. Not left to pytest-qt, which would close it once more
    at the end: some windows delete themselves when closed (the browser, the check)."""
    try:
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        window.close()


# -- the wizards, page by page ------------------------------------------------------------

Count = Callable[[QWidget], list[str]]


def setup_wizard(paths: Paths, translations: Translations, kdf: KdfParams) -> SetupWizard:
    """The setup of a new vault in `paths`, as it opens (not shown yet)."""
    return SetupWizard(
        paths.vault_dir,
        translations,
        Settings(paths.settings_file),
        kdf=kdf,
        flow=SetupFlow(rng=random.Random(7)),
    )


def recovery_key_wizard(vault: Vault) -> NewRecoveryKeyWizard:
    return NewRecoveryKeyWizard(vault.service, flow=SetupFlow(rng=random.Random(3)))


def setup_pages(wizard: SetupWizard, count: Count) -> dict[str, list[str]]:
    """The setup, each page as a person goes through it (a helper: their name is asked)."""
    found = {"welcome": count(wizard)}
    wizard.next()
    wizard.about.form.role_buttons[Role.HELPER].setChecked(True)
    found["about you"] = count(wizard)
    wizard.next()
    fields = wizard.passphrase.fields
    found["passphrase"] = count(wizard)
    fields.first.setText("mijn geheime zin om te onthouden")
    fields.second.setText("mijn geheime zin om te onthouden")
    wizard.next()  # makes the vault (inline) and shows its key
    return found | key_pages(wizard, count)


def recovery_key_pages(
    wizard: NewRecoveryKeyWizard, vault: Vault, count: Count
) -> dict[str, list[str]]:
    found = {"passphrase": count(wizard)}
    wizard.ask.passphrase.setText(vault.passphrase)
    wizard.next()
    return found | key_pages(wizard, count)


def walk_setup(
    paths: Paths, translations: Translations, kdf: KdfParams, qtbot: QtBot, count: Count
) -> dict[str, list[str]]:
    """`count` of each page of a setup shown, as a person goes through it; then closed
    (the caller answers its question on closing)."""
    setup = setup_wizard(paths, translations, kdf)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.waitExposed(setup)
    found = setup_pages(setup, count)
    setup.reject()
    return found


def walk_recovery_key(vault: Vault, qtbot: QtBot, count: Count) -> dict[str, list[str]]:
    """`count` of each page of a new recovery key shown, as a person goes through it."""
    renewal = recovery_key_wizard(vault)
    qtbot.addWidget(renewal)
    renewal.show()
    qtbot.waitExposed(renewal)
    found = recovery_key_pages(renewal, vault, count)
    renewal.reject()
    return found


def key_pages(wizard: SetupWizard | NewRecoveryKeyWizard, count: Count) -> dict[str, list[str]]:
    """The recovery key shown, then asked back: the last two pages of both wizards."""
    assert wizard.currentPage() is wizard.key
    found = {"recovery key": count(wizard)}
    wizard.key.kept.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.check
    found["check the key"] = count(wizard)
    return found
