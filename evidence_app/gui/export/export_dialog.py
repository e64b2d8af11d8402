"""The dossier export dialog: choose what, for whom and where; then export with progress.

The summary (how many items, which persons, roughly how large) follows every
choice. One file is a ZIP; with a password it is a 7z (`export.sevenzip`), whose
file names are hidden too, and the password must be hard to guess (the rule of
the vault's passphrase), because whoever finds the file can try for as long as
they like. The dialog fits its height to what is shown: ticking "protect with a
password" or "a copy without the pictures" opens a section, and the dialog grows
with it so no note is cut off (Dutch and French notes are long). "Export" waits
until there is somewhere to save to.

The export itself runs through `gui.common.tasks` with a progress bar and a Cancel
button; a cancelled export leaves nothing behind (the export layer writes under
a temporary name and renames at the end). When it is done, the
bundle is verified at once, so the person knows the file is whole before they
hand it over.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import passphrase
from evidence_app.domain.errors import (
    BadInput,
    CannotWrite,
    PassphraseTooWeak,
    VaultBusy,
    VaultDamaged,
    VaultLocked,
)
from evidence_app.export import (
    ExportCancelled,
    ExportResult,
    TargetExists,
    build_dossier,
    export_dossier,
    verify_bundle,
)
from evidence_app.gui.common import contrast, messages, tasks
from evidence_app.gui.common.announce import announce
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    free_area,
    name_fields_after_labels,
    plain_size,
    unscrolled_height,
)
from evidence_app.gui.common.file_choice import file_to_save, folder_to_open
from evidence_app.gui.common.secret_field import make_secret
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox, WrappingRadioButton
from evidence_app.vault.service import VaultService

LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))


@dataclass(frozen=True)
class Outcome:
    """What the background export reports back."""

    result: ExportResult
    problems: list[str]


class ExportDialog(QDialog):
    """Export a police dossier for `case_id` (or the chosen `item_ids`).

    Signals:
        progressed(done, total): the export got this far (on the GUI thread).
    """

    progressed = Signal(int, int)

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        item_ids: list[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._item_ids = item_ids
        self._task: tasks.TaskHandle | None = None
        self._running = False
        self.result_path: Path | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: bold; padding: 6px 0;")

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = QLocale().name()[:2]
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.prepared_by = QLineEdit()

        self.as_file = WrappingRadioButton()
        self.as_folder = WrappingRadioButton()
        self.as_file.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.as_file)
        kind.addButton(self.as_folder)
        self.destination = QLineEdit()
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_destination)

        self.use_password = WrappingCheckBox()
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for field in (self.password, self.password_again):
            make_secret(field)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        # The form may give a wrapped note more height than it needs: keep it by its fields.
        self.password_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.redacted = WrappingCheckBox()
        self.redacted_note = QLabel()
        self.redacted_note.setWordWrap(True)
        self.redacted_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self._cancel_or_close)

        self._build_layout()
        for signal in (
            self.as_file.toggled,
            self.use_password.toggled,
            self.redacted.toggled,
        ):
            signal.connect(self._update_state)
        self.language.currentIndexChanged.connect(self._update_state)
        self.destination.textChanged.connect(self._update_export_button)
        # The summary reads every item of the case: in the worker, not on this thread.
        self._counts: tuple[int, int, int] | None = None
        self._counting = True
        self.retranslate()
        self._update_state()
        service, case_id, item_ids = self._service, self._case_id, self._item_ids
        tasks.run_task(
            lambda: _count(service, case_id, item_ids),
            self._counted,
            lambda _exc: self._counted(None),
            context=self,
        )

    def _build_layout(self) -> None:
        form = QFormLayout()
        # A field goes under its label where the two do not fit side by side (big text on
        # a small screen, a long language).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form = form
        self.language_label = QLabel()
        self.prepared_label = QLabel()
        self.kind_label = QLabel()
        self.destination_label = QLabel()
        form.addRow(self.language_label, self.language)
        form.addRow(self.prepared_label, self.prepared_by)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_file)
        kinds.addWidget(self.as_folder)
        kinds.addStretch()
        form.addRow(self.kind_label, kinds)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.choose)
        form.addRow(self.destination_label, where)
        self.password_label = QLabel()
        self.again_label = QLabel()
        form.addRow("", self.use_password)
        form.addRow(self.password_label, self.password)
        form.addRow(self.again_label, self.password_again)
        form.addRow("", self.password_note)
        form.addRow("", self.redacted)
        form.addRow("", self.redacted_note)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)

        # What the dialog says and asks scrolls where the screen is too short for it (big
        # text on a small screen); the progress, what happened, Close and Export stay in
        # sight below it.
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.intro)
        content_layout.addWidget(self.summary)
        content_layout.addLayout(form)
        self._content = DownScroll(content)
        self._below = QWidget()
        below = QVBoxLayout(self._below)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.progress)
        below.addWidget(self.message)
        below.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._content, 1)
        layout.addWidget(self._below)
        self.setMinimumWidth(560)

    # -- texts ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a dossier for the police"))
        self.intro.setText(
            self.tr(
                "This makes one dossier with everything in this case: a PDF that anyone can "
                "read, the original files exactly as they were saved, and a list of "
                "fingerprints so the police can check that nothing was changed."
            )
        )
        self.language_label.setText(self.tr("Language of the dossier:"))
        self.prepared_label.setText(self.tr("Prepared by (optional):"))
        self.prepared_by.setPlaceholderText(self.tr("Your name, or the name of who helps you"))
        self.kind_label.setText(self.tr("Save as:"))
        self.as_file.setText(self.tr("One file"))
        self.as_folder.setText(self.tr("A folder"))
        self.destination_label.setText(self.tr("Where:"))
        # Said with the field too: Export is not a stop of Tab's until a place is chosen, and
        # a person who cannot see it greyed out did not know it was there.
        self.destination.setPlaceholderText(self.tr("Choose a place first"))
        self.destination.setAccessibleDescription(
            self.tr(
                "Where the dossier is saved. Choose a place first; “Export” can be used once "
                "it is chosen."
            )
        )
        self.choose.setText(self.tr("Choose…"))
        self.choose.setAccessibleDescription(self.tr("Choose where the dossier is saved."))
        self.use_password.setText(self.tr("Protect the file with a password"))
        self.password_label.setText(self.tr("Password:"))
        self.again_label.setText(self.tr("Password again:"))
        self.password_note.setText(
            self.tr(
                "The file becomes a 7z file: without the password nobody can see what is in "
                "it, not even the names of the files. The police open it with 7-Zip (free), "
                "which asks for the password. Give this password in another way than the "
                "file: say it, or write it on paper. Never send it in the same e-mail or on "
                "the same USB stick."
            )
        )
        self.redacted.setText(
            self.tr("Make a copy without the pictures (for a school or a parent)")
        )
        self.redacted_note.setText(
            self.tr(
                "The copy leaves out the original files and hides the parts you marked. "
                "Pictures without marked parts are left out. The police need the full "
                "dossier, not this copy."
            )
        )
        # The notes below the two choices, said with them.
        self.use_password.setAccessibleDescription(self.password_note.text())
        self.redacted.setAccessibleDescription(self.redacted_note.text())
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleDescription(
            self.tr("Makes the dossier where you chose. Your vault stays as it is.")
        )
        self._say_cancel()
        self._refresh_summary()
        name_fields_after_labels(self)

    # -- choices -------------------------------------------------------------

    @Slot()
    def _update_state(self) -> None:
        one_file = self.as_file.isChecked()
        self.use_password.setEnabled(one_file and not self._running)
        protect = one_file and self.use_password.isChecked()
        # Whole rows, labels and spacing with them: a hidden field alone leaves a gap.
        for widget in (self.password, self.password_again, self.password_note):
            self._form.setRowVisible(widget, protect)
        self._form.setRowVisible(self.redacted_note, self.redacted.isChecked())
        target = self.destination.text().strip()
        if target:
            self.destination.setText(self._with_kind_suffix(Path(target)).as_posix())
        self._update_export_button()
        self._fit_to_content()

    @Slot()
    def _update_export_button(self) -> None:
        chosen = bool(self.destination.text().strip())
        self.export_button.setEnabled(chosen and not self._running and self._counts is not None)

    def _fit_to_content(self) -> None:
        """Give the dialog the height its content needs at its width (grow or shrink), up to
        the screen's: as wide as the screen allows first, then what is left scrolls."""
        layout = self.layout()
        if layout is None:
            return
        for part in (self._content.widget(), self._below, self):  # rows shown or hidden
            inner = part.layout() if part is not None else None
            if inner is not None:
                inner.invalidate()
                inner.activate()
        width = max(self.width(), self.minimumWidth(), layout.totalMinimumSize().width())
        height = unscrolled_height(self, self._content, width)
        free = free_area(self)
        if free is not None and height > free.height():
            width = max(width, free.width())
            height = min(unscrolled_height(self, self._content, width), free.height())
        self.setMinimumHeight(height)
        self.resize(width, height)

    def _with_kind_suffix(self, path: Path) -> Path:
        """`path` ending as the choices ask: `.7z` with a password, `.zip`, or no suffix."""
        if path.suffix.lower() in (".zip", ".7z"):
            path = path.with_suffix("")
        if not self.as_file.isChecked():
            return path
        suffix = ".7z" if self.use_password.isChecked() else ".zip"
        return path.with_name(path.name + suffix)

    @Slot()
    def _choose_destination(self) -> None:
        if self.as_file.isChecked():
            kind = (
                self.tr("7z file (*.7z)")
                if self.use_password.isChecked()
                else self.tr("ZIP file (*.zip)")
            )
            chosen = file_to_save(self, self.tr("Save the dossier as"), kind)
        else:
            chosen = folder_to_open(self, self.tr("Choose where to put the dossier folder"))
        if chosen and not self.as_file.isChecked():
            chosen = str(Path(chosen) / self.tr("dossier"))
        if chosen:
            self.destination.setText(self._with_kind_suffix(Path(chosen)).as_posix())

    def _counted(self, counts: tuple[int, int, int] | None) -> None:
        self._counts, self._counting = counts, False
        self._refresh_summary()
        self._update_export_button()

    def _refresh_summary(self) -> None:
        if self._counting:
            self.summary.setText(self.tr("Counting what will be in the dossier…"))
            return
        if self._counts is None:
            self.summary.setText(self.tr("There is nothing to export in this case yet."))
            return
        items, persons, size = self._counts
        self.summary.setText(
            self.tr("%1, %2, about %3.")
            .replace("%1", self.tr("%n item(s)", "", items))
            .replace("%2", self.tr("%n person(s) named", "", persons))
            .replace("%3", plain_size(size))
        )

    # -- running -------------------------------------------------------------

    def _password(self) -> str | None:
        if not (self.as_file.isChecked() and self.use_password.isChecked()):
            return None
        first, second = self.password.text(), self.password_again.text()
        if first != second:
            raise _Invalid(self.tr("The two passwords are not the same."))
        if len(passphrase.normalize(first)) < passphrase.MIN_LENGTH:
            raise _Invalid(
                self.tr("The password needs at least %n characters.", "", passphrase.MIN_LENGTH)
            )
        if passphrase.too_guessable(first):
            raise _Invalid(self._too_guessable())
        return first

    def _too_guessable(self) -> str:
        return self.tr(
            "This password is easy to guess: programs that guess passwords try common words, "
            "names, number rows and repeats first, and whoever finds the file can try for as "
            "long as they like. Put a few words together that only you would choose, with "
            "spaces between them."
        )

    @Slot()
    def _start(self) -> None:
        # This try's dossier, once made (Close says so, `_say_cancel`): not an earlier one.
        self.result_path = None
        self._say_cancel()
        text = self.destination.text().strip()
        if not text:
            self._say(self.tr("Choose where to save the dossier first."), error=True)
            return
        target = self._with_kind_suffix(Path(text))
        try:
            password = self._password()
        except _Invalid as problem:
            self._say(str(problem), error=True)
            return
        finally:
            self.password.clear()
            self.password_again.clear()
        if target.exists():
            self._say(self.tr("There is already a file or folder with that name."), error=True)
            return
        self._set_running(True)
        self._say(self.tr("Exporting… you can keep using your computer."))
        service, case_id, item_ids = self._service, self._case_id, self._item_ids
        language = str(self.language.currentData())
        prepared_by = self.prepared_by.text().strip()
        redacted = self.redacted.isChecked()

        def work(progress: tasks.Progress) -> Outcome:
            result = export_dossier(
                service,
                target,
                case_ids=[case_id],
                item_ids=item_ids,
                language=language,
                password=password,
                prepared_by=prepared_by,
                redacted=redacted,
                progress=lambda done, total: progress(done, total),
                cancel=progress.cancelled,
            )
            problems = [str(p) for p in verify_bundle(result.path, password)]
            return Outcome(result, problems)

        self._task = tasks.TaskHandle()
        tasks.run_task(
            work,
            self._finished,
            self._failed,
            context=self,
            on_progress=self._advance,
            handle=self._task,
        )

    def _set_running(self, running: bool) -> None:
        self._running = running
        self._say_cancel()  # "Cancel" before the focus goes there, not "Close"
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        focus = QApplication.focusWidget()
        if running and focus is not None and self.isAncestorOf(focus):
            # To Cancel first: disabled one after the other, each setting would hand the
            # focus on to the next, a burst of focus changes a screen reader must follow
            # (Orca 43 dropped "Exporting…" and "Done…" in it).
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        for widget in (
            self.export_button,
            self.language,
            self.prepared_by,
            self.as_file,
            self.as_folder,
            self.destination,
            self.choose,
            self.redacted,
            self.password,
            self.password_again,
        ):
            widget.setEnabled(not running)
        self._update_state()  # "Export" too: only with a destination, and not while running

    def _say_cancel(self) -> None:
        """Close, or Cancel while the dossier is being made, and what it does."""
        if self._running:
            self.cancel_button.setText(self.tr("Cancel"))
            self.cancel_button.setAccessibleDescription(
                self.tr("Stops making the dossier. Nothing is left behind.")
            )
        else:
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setAccessibleDescription(
                self.tr("Closes this window. The dossier is saved where you chose.")
                if self.result_path is not None
                else self.tr("Closes this window without making a dossier.")
            )

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progressed.emit(done, total)

    def _finished(self, outcome: Outcome) -> None:
        self.result_path = outcome.result.path  # before Close says what it does now
        self._set_running(False)
        if not outcome.result.complete:  # from a damaged vault: verify names what is missing
            count = len(outcome.result.missing) + len(outcome.result.audit_gaps)
            self._say(messages.dossier_incomplete(count), error=True)
            return
        if outcome.problems:
            self._say(
                self.tr("The dossier was saved, but the check found a problem: %1").replace(
                    "%1", "; ".join(outcome.problems)
                ),
                error=True,
            )
            return
        self._say(
            self.tr("Done. The dossier is saved as %1 and every file in it was checked.").replace(
                "%1", str(outcome.result.path)
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, (ExportCancelled, tasks.Cancelled)):
            self._say(self.tr("The export was stopped. Nothing was left behind."))
        elif isinstance(exc, TargetExists):
            self._say(self.tr("There is already a file or folder with that name."), error=True)
        elif isinstance(exc, PassphraseTooWeak):  # checked before, so not seen in practice
            self._say(self._too_guessable(), error=True)
        elif isinstance(exc, BadInput):
            self._say(self.tr("There is nothing to export with these choices."), error=True)
        elif isinstance(exc, (CannotWrite, VaultBusy, VaultDamaged)):
            self._say(messages.error_text(exc), error=True)
        elif isinstance(exc, OSError):
            self._say(
                self.tr(
                    "The dossier could not be written there (is the disk full or the USB "
                    "stick removed?). Nothing was left behind and nothing was lost from the vault."
                ),
                error=True,
            )
        else:
            self._say(self.tr("Something went wrong. Nothing was lost from the vault."), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        announce(self.message, text, urgent=error)  # "The dossier is ready", said aloud too
        self.message.setStyleSheet(contrast.error_style() if error else "")
        if self.message.isHidden() == bool(text):
            self.message.setVisible(bool(text))
            self._fit_to_content()

    @Slot()
    def _cancel_or_close(self) -> None:
        if self._running:
            self._stop()
            self._say(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self._running:  # never close under a running export: cancel it first
            self._stop()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closed from outside (the vault locks): an export under way stops too."""
        self._stop()
        super().done(result)

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()


class _Invalid(Exception):
    """A choice in the dialog that cannot be used; its text is shown as it is."""


def _count(
    service: VaultService, case_id: int, item_ids: list[int] | None
) -> tuple[int, int, int] | None:
    """(items, persons, bytes) of what would be exported; None when there is nothing."""
    try:
        dossier = build_dossier(service, case_ids=[case_id], item_ids=item_ids)
    except (BadInput, VaultLocked):
        return None
    size = sum(entry.item.size for entry in dossier.items)
    return len(dossier.items), len(dossier.persons), size
