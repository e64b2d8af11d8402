"""Who uses the app, and whether the pictures show someone under 18: asked at setup and
changed later in Settings (`domain.guide`). The guide's words follow the role; a
helper's or a school's name is what the audit chain records as who did each action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.guide import MAX_NAME, Profile, Role
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    fit_to_what_it_holds,
)
from evidence_app.gui.common.unsaved import AsksBeforeDropping
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox, WrappingRadioButton


class AboutYouForm(QWidget):
    """The role, the helper's name and the minors choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.roles = QButtonGroup(self)
        self.role_buttons: dict[Role, WrappingRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        for role in Role:
            button = WrappingRadioButton()
            button.setObjectName(f"role-{role.value}")
            self.roles.addButton(button)
            self.role_buttons[role] = button
            layout.addWidget(button)
        self.role_buttons[Role.SELF].setChecked(True)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("helper_name")
        self.name.setMaxLength(MAX_NAME)
        self.name_label.setBuddy(self.name)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addSpacing(12)
        self.minors = WrappingCheckBox()
        self.minors.setObjectName("minors")
        self.minors_note = QLabel()
        self.minors_note.setWordWrap(True)
        layout.addWidget(self.minors)
        layout.addWidget(self.minors_note)
        layout.addStretch()
        self.roles.buttonToggled.connect(lambda *_: self._show_name())
        # A school's incident is about pupils: under 18, unless the school says otherwise.
        self.role_buttons[Role.SCHOOL].toggled.connect(
            lambda on: self.minors.setChecked(True) if on else None
        )
        self.retranslate()
        self._show_name()

    def role(self) -> Role:
        return next((r for r, b in self.role_buttons.items() if b.isChecked()), Role.SELF)

    def profile(self, country: str = "") -> Profile:
        role = self.role()
        name = self.name.text().strip() if role is not Role.SELF else ""
        return Profile(role, name, self.minors.isChecked(), country)

    def show_profile(self, profile: Profile) -> None:
        self.role_buttons[profile.role].setChecked(True)
        self.name.setText(profile.helper_name)
        self.minors.setChecked(profile.minors)
        self._show_name()

    def _show_name(self) -> None:
        helping = self.role() is not Role.SELF
        self.name_label.setVisible(helping)
        self.name.setVisible(helping)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Who is using Bewijskluis?"))
        self.role_buttons[Role.SELF].setText(self.tr("Me, for myself"))
        self.role_buttons[Role.HELPER].setText(
            self.tr("I am helping someone (as a parent, a friend, a teacher or a counsellor)")
        )
        self.role_buttons[Role.SCHOOL].setText(self.tr("A school handling an incident"))
        if self.role() is Role.SCHOOL:
            self.name_label.setText(
                self.tr("Your name and role (kept with everything you do here):")
            )
        else:
            self.name_label.setText(self.tr("Your name (kept with everything you do here):"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.minors.setText(self.tr("The pictures show someone under 18"))
        self.minors_note.setText(
            self.tr(
                "Also when they were under 18 when the pictures were made. Then Bewijskluis "
                "keeps the web address, the account and what happened, without the pictures, "
                "unless you choose otherwise."
            )
        )
        self.minors.setAccessibleDescription(self.minors_note.text())  # the note, said with it


class AboutYouDialog(AsksBeforeDropping, QDialog):
    """The same questions, in Settings."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_you")
        self.form = AboutYouForm(self)
        self.form.show_profile(profile)
        self._country = profile.country
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Its questions scroll where the screen is too short (text 200 % above a task bar),
        # Save and Cancel in sight: they were squeezed, their words cut off above and below.
        area = DownScroll(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.retranslate()
        fit_to_what_it_holds(self, area, 560, least_height=420)

    def profile(self) -> Profile:
        return self.form.profile(self._country)

    def _kept_state(self) -> object:
        return self.profile()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About you"))
