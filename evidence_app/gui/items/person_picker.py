"""Choose who posted or sent an item from the persons of its case, or add one.

The picker lists the case's persons by `Person.label()`; "New person…" opens
`PersonEditor` and chooses the new person at once. The picker only holds the
choice: the record form stores it as the item's `poster_id` (and the person's
label as `posted_by`). Until the list of persons has arrived, `ready()` is
False, so a form does not mistake "not loaded yet" for "nobody".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from evidence_app.domain.model import Person
from evidence_app.gui.common import tasks
from evidence_app.gui.common.dialog_parts import RowThatWraps
from evidence_app.gui.items.person_editor import PersonEditor
from evidence_app.vault.service import VaultService


class PersonPicker(QWidget):
    """A list of persons with "New person…" and "Change…".

    Signals:
        person_chosen(person_or_None): the person changed the choice (or added someone).
    """

    person_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: VaultService | None = None
        self._case_id: int | None = None
        self._persons: dict[int, Person] = {}
        self._setting = False
        self._loads = 0  # bumps on every load, so a stale list of persons is dropped
        self._ready = False
        self._draft = ""  # words already written about the poster, offered to "New person…"
        self.editor: PersonEditor | None = None  # the open editor, for tests
        self.box = QComboBox()
        self.box.setObjectName("person")
        self.box.setMinimumContentsLength(16)
        self.box.currentIndexChanged.connect(self._on_index)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_person")
        self.new_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("edit_person")
        self.edit_button.clicked.connect(self.edit_person)
        chooser = QHBoxLayout()
        chooser.addWidget(self.box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        # The buttons under the list where the three do not fit on one line (big text).
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(RowThatWraps(chooser, buttons))
        self.setFocusProxy(self.box)  # a form's label names it (`name_fields_after_labels`)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New person…"))
        self.new_button.setToolTip(self.tr("Add someone with their name, usernames, e-mail, phone"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setAccessibleDescription(
            self.tr("Change the details of the person chosen: their name, usernames, e-mail, phone")
        )
        if self.box.count():
            self.box.setItemText(0, self.tr("(not known)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content --------------------------------------------------------------
    def load(self, service: VaultService, case_id: int, chosen: int | None) -> None:
        """Fill the list with the persons of `case_id` and choose `chosen`."""
        self._service, self._case_id = service, case_id
        self._loads += 1
        self._ready = False
        load = self._loads
        tasks.run_task(
            lambda: service.persons(case_id),
            lambda persons: self._fill(load, persons, chosen),
            context=self,
        )

    def ready(self) -> bool:
        """Whether the list of persons is loaded (the choice means what it shows)."""
        return self._ready

    def set_draft(self, text: str) -> None:
        """Words written earlier about who posted it: "New person…" starts from them."""
        self._draft = text.strip()

    def clear(self) -> None:
        """Forget the vault, the case and its persons (nothing stays in the widget)."""
        self._loads += 1
        self._ready = False
        self._service = self._case_id = None
        self._persons = {}
        self._draft = ""
        self._setting = True
        try:
            self.box.clear()
        finally:
            self._setting = False
        self._update_buttons()

    def _fill(self, load: int, persons: list[Person], chosen: int | None) -> None:
        if load != self._loads:
            return
        self._ready = True
        self._persons = {p.id: p for p in persons}
        self._setting = True
        try:
            self.box.clear()
            self.box.addItem(self.tr("(not known)"), None)
            for person in sorted(persons, key=lambda p: p.label().casefold()):
                self.box.addItem(person.label(), person.id)
            index = self.box.findData(chosen) if chosen is not None else 0
            self.box.setCurrentIndex(max(index, 0))
        finally:
            self._setting = False
        self._update_buttons()

    def person_id(self) -> int | None:
        data = self.box.currentData()
        return int(data) if data is not None else None

    def person(self) -> Person | None:
        person_id = self.person_id()
        return self._persons.get(person_id) if person_id is not None else None

    def choose(self, person_id: int | None) -> None:
        index = self.box.findData(person_id) if person_id is not None else 0
        self.box.setCurrentIndex(max(index, 0))

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.person_id() is not None)

    @Slot(int)
    def _on_index(self, _: int) -> None:
        self._update_buttons()
        if not self._setting:
            self.person_chosen.emit(self.person())

    # -- adding and changing --------------------------------------------------
    @Slot()
    def add_person(self) -> None:
        self._open_editor(None)

    @Slot()
    def edit_person(self) -> None:
        person = self.person()
        if person is not None:
            self._open_editor(person)

    def _open_editor(self, person: Person | None) -> None:
        if self._service is None or self._case_id is None:
            return
        editor = PersonEditor(self._service, self._case_id, person, self)
        if person is None and self._draft:
            editor.handles.setPlainText(self._draft)
        editor.accepted.connect(lambda: self._edited(editor.result_person()))
        # Stored by a Save that waited while the window was closed: listed, not chosen.
        editor.stored_after_closing.connect(self._listed)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()

    @Slot(int)
    def _editor_closed(self, _: int) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if editor.saving():  # its Save still waits: kept until stored, or by a lock
            editor.saves_done.connect(editor.deleteLater)
        else:
            editor.deleteLater()

    def _edited(self, person: Person | None) -> None:
        if person is None:
            return
        index = self._listed(person)
        self._setting = True
        try:
            self.box.setCurrentIndex(index)
        finally:
            self._setting = False
        self.person_chosen.emit(person)
        self._update_buttons()

    def _listed(self, person: Person) -> int:
        """`person`, as stored, in the list (added, or its words changed); its place."""
        self._persons[person.id] = person
        index = self.box.findData(person.id)
        self._setting = True
        try:
            if index < 0:
                self.box.addItem(person.label(), person.id)
                return self.box.count() - 1
            self.box.setItemText(index, person.label())
            return index
        finally:
            self._setting = False
