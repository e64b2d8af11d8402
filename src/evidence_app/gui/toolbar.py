"""The main window's toolbar: add files, lock, change passphrase, language, auto-lock.

It only holds actions and menus; the main window connects them to its slots.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from evidence_app.gui import i18n
from evidence_app.gui.settings import AUTO_LOCK_CHOICES


class MainToolBar(QToolBar):
    """Actions of the main window.

    Signals:
        language_chosen(code): a language was picked in the Language menu.
        auto_lock_chosen(minutes): a delay was picked in the Auto-lock menu.
    """

    language_chosen = Signal(str)
    auto_lock_chosen = Signal(int)

    def __init__(
        self, language: str, auto_lock_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.add_files = QAction(self)
        self.add_files.setShortcut(QKeySequence.StandardKey.Open)
        self.lock = QAction(self)
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.change_passphrase = QAction(self)
        for action in (self.add_files, self.lock, self.change_passphrase):
            self.addAction(action)
        self.addSeparator()

        self.language_menu = QMenu(self)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        group.triggered.connect(self._on_language)
        self.language_button = self._menu_button(self.language_menu, "language")

        self.auto_lock_menu = QMenu(self)
        lock_group = QActionGroup(self)
        self.auto_lock_actions: dict[int, QAction] = {}
        for minutes in AUTO_LOCK_CHOICES:
            action = QAction(self, checkable=True)
            action.setChecked(minutes == auto_lock_minutes)
            action.setData(minutes)
            lock_group.addAction(action)
            self.auto_lock_menu.addAction(action)
            self.auto_lock_actions[minutes] = action
        lock_group.triggered.connect(self._on_auto_lock)
        self.auto_lock_button = self._menu_button(self.auto_lock_menu, "auto_lock")
        self.retranslate()

    def _menu_button(self, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(button)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Toolbar"))
        self.add_files.setText(self.tr("Add files…"))
        self.add_files.setToolTip(self.tr("Store pictures or other files as evidence"))
        self.lock.setText(self.tr("Lock"))
        self.lock.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.change_passphrase.setText(self.tr("Change passphrase…"))
        self.language_button.setText(self.tr("Language"))
        self.auto_lock_button.setText(self.tr("Auto-lock"))
        self.auto_lock_button.setToolTip(
            self.tr("Lock the vault by itself when nobody uses it for a while")
        )
        for minutes, action in self.auto_lock_actions.items():
            action.setText(self.tr("After %n minute(s) without use", "", minutes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_vault_actions_enabled(self, on: bool) -> None:
        """Actions that need an open vault."""
        for action in (self.add_files, self.lock, self.change_passphrase):
            action.setEnabled(on)

    @Slot(QAction)
    def _on_language(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))

    @Slot(QAction)
    def _on_auto_lock(self, action: QAction) -> None:
        self.auto_lock_chosen.emit(int(action.data()))
