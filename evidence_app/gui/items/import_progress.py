"""The progress of a batch import in the status bar: how many, a bar, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from evidence_app.gui.items.batch_import import BatchImport


class ImportProgress(QWidget):
    """Shows one `BatchImport`; Cancel stops it between two files."""

    def __init__(self, batch: BatchImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress")
        self._batch = batch
        self._done = 0
        self._total = 0
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(220)
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_import")
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        batch.listed.connect(self._on_listed)
        batch.progress.connect(self._on_progress)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr(
                "Stops the import after the file it is storing now. "
                "The files stored so far stay in the vault."
            )
        )
        if self._batch.cancelled:
            self.label.setText(self.tr("Stopping…"))
        elif self._total:
            self.label.setText(
                self.tr("Storing file %1 of %2…")
                .replace("%1", str(min(self._done + 1, self._total)))
                .replace("%2", str(self._total))
            )
        else:
            self.label.setText(self.tr("Looking for files…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(int)
    def _on_listed(self, total: int) -> None:
        self._total = total
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.retranslate()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.bar.setValue(done)
        self.retranslate()

    @Slot()
    def _cancel(self) -> None:
        self._batch.cancel()
        self.cancel_button.setEnabled(False)
        self.retranslate()
