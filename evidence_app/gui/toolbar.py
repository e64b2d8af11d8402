"""The main window's actions: capture, import, export, lock, quick exit, language, auto-lock.

The toolbar holds the actions (with icons, text and shortcuts) and their menus;
the main window puts the same actions in its menu bar, where the shortcuts are
listed, and connects them to its slots. Their shortcuts answer in every window
of the app that no modal dialog blocks (a record form, a capture browser);
Lock and Quick exit come from `gui.lock.safety` and answer in modal dialogs too.
Quick exit is not on the toolbar, whose end may fold into an overflow menu on a
small screen: the main window keeps it in the menu bar's corner instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from evidence_app.gui.capture.capture_controller import DELAY_CHOICES
from evidence_app.gui.common import i18n
from evidence_app.gui.common.icons import icon
from evidence_app.gui.common.one_stop import one_tab_stop
from evidence_app.gui.common.settings import AUTO_LOCK_CHOICES
from evidence_app.gui.common.text_size import TEXT_SIZES

T = TypeVar("T", int, str)


class MainToolBar(QToolBar):
    """Actions of the main window.

    Signals:
        language_chosen(code): a language was picked in the Language menu.
        auto_lock_chosen(minutes): a delay was picked in the Auto-lock menu.
        text_size_chosen(percent): a size was picked in the Text size menu.
        delay_chosen(seconds): a capture delay was picked (0: none).
    """

    language_chosen = Signal(str)
    auto_lock_chosen = Signal(int)
    text_size_chosen = Signal(int)
    delay_chosen = Signal(int)

    def __init__(
        self,
        language: str,
        auto_lock_minutes: int,
        lock: QAction,
        quick_exit: QAction,
        parent: QWidget | None = None,
        *,
        text_size: int = 100,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.setIconSize(QSize(24, 24))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)

        def action(icon_name: str, shortcut: QKeySequence | None = None) -> QAction:
            made = QAction(icon(icon_name), "", self)
            if shortcut is not None:
                made.setShortcut(shortcut)
                made.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            return made

        self.capture_screen = action("screen", QKeySequence("Ctrl+Shift+1"))
        self.capture_region = action("region", QKeySequence("Ctrl+Shift+2"))
        self.capture_window = action("window", QKeySequence("Ctrl+Shift+3"))
        self.capture_web = action("web", QKeySequence("Ctrl+Shift+4"))
        self.recheck = QAction(self)
        self.record_only = QAction(self)
        self.paste = action("paste", QKeySequence(QKeySequence.StandardKey.Paste))
        self.add_files = action("files", QKeySequence(QKeySequence.StandardKey.Open))
        self.add_folder = action("folder", QKeySequence("Ctrl+Shift+O"))
        self.export = action("export", QKeySequence("Ctrl+E"))
        self.lock = lock
        self.change_passphrase = QAction(self)
        self.new_recovery_key = QAction(self)
        self.check_vault = QAction(self)
        self.check_vault.setObjectName("check_vault")
        # Leave at once, from any window of the app: lock, close everything, quit.
        self.quick_exit = quick_exit
        self.capture_actions = (
            self.capture_screen,
            self.capture_region,
            self.capture_window,
            self.capture_web,
        )
        self.import_actions = (self.paste, self.add_files, self.add_folder)
        for made in self.capture_actions:
            self.addAction(made)

        self.delay_menu, self.delay_actions = self._choices(DELAY_CHOICES, 0, self._on_delay)
        self.delay_button = self._menu_button(self.delay_menu, "delay")
        self.delay_button.setIcon(icon("timer"))
        self.addSeparator()
        for made in (*self.import_actions, self.export):
            self.addAction(made)
        self.addSeparator()
        self.addAction(self.lock)

        self.language_menu, self.language_actions = self._choices(
            tuple(i18n.LANGUAGES), language, self._on_language
        )
        for code, name in i18n.LANGUAGES.items():
            self.language_actions[code].setText(name)  # each in its own language, always

        self.auto_lock_menu, self.auto_lock_actions = self._choices(
            AUTO_LOCK_CHOICES, auto_lock_minutes, self._on_auto_lock
        )
        self.text_size_menu, self.text_size_actions = self._choices(
            TEXT_SIZES, text_size, self._on_text_size
        )

        self.settings_menu = QMenu(self)
        self.settings_menu.addMenu(self.language_menu)
        self.settings_menu.addMenu(self.text_size_menu)
        self.settings_menu.addMenu(self.auto_lock_menu)
        # Going online by itself is the person's choice: off until they switch it on.
        self.recheck_at_unlock = QAction(self, checkable=True)
        self.recheck_at_unlock.setObjectName("recheck_at_unlock")
        self.settings_menu.addAction(self.recheck_at_unlock)
        self.discreet = QAction(self, checkable=True)
        self.discreet.setObjectName("discreet")
        self.settings_menu.addAction(self.discreet)
        self.blur = QAction(self, checkable=True)
        self.blur.setObjectName("blur")
        self.settings_menu.addAction(self.blur)
        self.about_you = QAction(self)
        self.about_you.setObjectName("about_you")
        self.settings_menu.addAction(self.about_you)
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(self.change_passphrase)
        self.settings_menu.addAction(self.new_recovery_key)
        self.settings_button = self._menu_button(self.settings_menu, "settings")
        self.settings_button.setIcon(icon("lock"))
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Kept for the tests and callers that open these menus directly.
        self.language_button = self.settings_button
        self.auto_lock_button = self.settings_button
        self.retranslate()
        one_tab_stop(self)  # Tab reaches it once; the arrow keys go through its buttons

    def _menu_button(self, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.addWidget(button)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Toolbar"))
        # Qt's own button for the actions that do not fit (a narrow window, 150 %).
        more = self.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("More actions"))
            more.setToolTip(self.tr("More actions"))
            more.setAccessibleDescription(
                self.tr("Shows the buttons that do not fit in the window.")
            )
        texts = {
            self.capture_screen: (
                self.tr("Whole screen"),
                self.tr("Capture everything on the screen"),
            ),
            self.capture_region: (
                self.tr("Part of the screen"),
                self.tr("The screen freezes: drag a rectangle around what to keep"),
            ),
            self.capture_window: (self.tr("One window"), self.tr("Capture one window")),
            self.capture_web: (
                self.tr("Web page…"),
                self.tr(
                    "Open a private browser and capture a whole web page with its address "
                    "and the time"
                ),
            ),
            self.paste: (self.tr("Paste"), self.tr("Store the picture or files you copied")),
            self.add_files: (self.tr("Add files…"), self.tr("Store pictures or other files")),
            self.add_folder: (
                self.tr("Add a folder…"),
                self.tr("Store every file in a folder (a phone's photos, a chat export)"),
            ),
            self.export: (
                self.tr("Export dossier…"),
                self.tr("Make a dossier for the police or someone who helps you"),
            ),
            self.lock: (self.tr("Lock"), self.tr("Lock the vault now")),
            self.quick_exit: (
                self.tr("Quick exit"),
                self.tr("Lock the vault and close every window of Bewijskluis at once"),
            ),
        }
        for made, (text, tip) in texts.items():
            made.setText(text)
            shortcut = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            made.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.change_passphrase.setText(self.tr("Change passphrase…"))
        self.check_vault.setText(self.tr("Check the vault…"))
        self.check_vault.setToolTip(
            self.tr("Read everything in the vault again and check that nothing was changed")
        )
        self.about_you.setText(self.tr("About you: who uses Bewijskluis…"))
        self.blur.setText(self.tr("Blur pictures until clicked"))
        self.new_recovery_key.setText(self.tr("New recovery key…"))
        self.record_only.setText(self.tr("Write it down, without a picture…"))
        self.record_only.setToolTip(
            self.tr(
                "Record the web address, the account and what happened, without keeping "
                "any file or picture"
            )
        )
        self.recheck.setText(self.tr("Is it still online?"))
        self.recheck.setToolTip(
            self.tr("Load the chosen item's web address again and save what is found")
        )
        self.delay_button.setText(self.tr("Delay"))
        self.delay_button.setToolTip(
            self.tr("Wait a few seconds before capturing, to open a menu or a chat")
        )
        self.delay_menu.setTitle(self.tr("Delay"))
        for seconds, choice in self.delay_actions.items():
            choice.setText(
                self.tr("No delay") if seconds == 0 else self.tr("%n second(s)", "", seconds)
            )
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setToolTip(
            self.tr("Language, text size, when to lock, and how Bewijskluis shows itself")
        )
        self.language_menu.setTitle(self.tr("Language"))
        self.auto_lock_menu.setTitle(self.tr("Auto-lock"))
        self.text_size_menu.setTitle(self.tr("Text size"))
        for percent, choice in self.text_size_actions.items():
            choice.setText(
                self.tr("Normal (as the computer's)")
                if percent == 100
                else self.tr("%1 % bigger").replace("%1", str(percent - 100))
            )
        self.discreet.setText(self.tr("Discreet: a neutral name in the task bar"))
        self.recheck_at_unlock.setText(
            self.tr("Look again at reported addresses when the vault opens (goes online)")
        )
        self.auto_lock_menu.setToolTip(
            self.tr("Lock the vault by itself when nobody uses it for a while")
        )
        for minutes, choice in self.auto_lock_actions.items():
            choice.setText(self.tr("After %n minute(s) without use", "", minutes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_vault_actions_enabled(self, on: bool) -> None:
        """Actions that need an open vault (Lock follows the session by itself)."""
        for made in (
            *self.capture_actions,
            *self.import_actions,
            self.export,
            self.check_vault,
            self.change_passphrase,
            self.new_recovery_key,
            self.recheck,
            self.record_only,
        ):
            made.setEnabled(on)
        self.delay_button.setEnabled(on)

    def _choices(
        self, values: Sequence[T], current: T, chosen: Callable[[QAction], None]
    ) -> tuple[QMenu, dict[T, QAction]]:
        """A menu of `values` to pick one of (`current` checked), and its actions by value;
        `chosen` gets the action picked. The actions' words are set in `retranslate`."""
        menu = QMenu(self)
        group = QActionGroup(self)
        actions: dict[T, QAction] = {}
        for value in values:
            choice = QAction(self, checkable=True)
            choice.setChecked(value == current)
            choice.setData(value)
            group.addAction(choice)
            menu.addAction(choice)
            actions[value] = choice
        group.triggered.connect(chosen)
        return menu, actions

    @Slot(QAction)
    def _on_language(self, choice: QAction) -> None:
        self.language_chosen.emit(str(choice.data()))

    @Slot(QAction)
    def _on_text_size(self, choice: QAction) -> None:
        self.text_size_chosen.emit(int(choice.data()))

    @Slot(QAction)
    def _on_auto_lock(self, choice: QAction) -> None:
        self.auto_lock_chosen.emit(int(choice.data()))

    @Slot(QAction)
    def _on_delay(self, choice: QAction) -> None:
        self.delay_chosen.emit(int(choice.data()))
