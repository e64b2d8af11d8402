"""Next steps: the guide of a case, one card per step (`domain.guide`).

Each card says what to do in a few plain sentences (`gui.guide.step_words`), has a
button that does it (opens Where to get help, capture, the report editor, the
reports, the ready texts, the dossier, the hand-overs), and three choices: done, not
now, not for me. Clicking the choice that is on takes it off again. The choice is
kept in the vault per case (audited); the guide never decides for the person.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import guide
from evidence_app.domain.guide import Action, Profile, Step, StepState
from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import (
    buttons_last,
    fit_to_screen,
    scrolls_to_the_focus_only,
)
from evidence_app.gui.guide import step_words
from evidence_app.vault.service import VaultService

_CHOICES = (StepState.DONE, StepState.LATER, StepState.SKIP)


class StepCard(QFrame):
    """One step: its words, its button, and done / not now / not for me.

    Signals:
        marked(str, str): the step's key and the state the person chose ("" to open it).
        wanted(str): the step's action (`domain.guide.Action`) was asked for.
    """

    marked = Signal(str, str)
    wanted = Signal(str)

    def __init__(
        self,
        step: Step,
        role: guide.Role,
        capture: Sequence[QAction],
        parent: QWidget,
        *,
        minors: bool = False,
    ) -> None:
        super().__init__(parent)
        self.step = step
        self._role = role
        self._minors = minors
        self.state = StepState.OPEN
        self.setObjectName(f"step-{step.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action: QPushButton | None = None
        row = QHBoxLayout()
        if step.action is not Action.READ:
            self.action = QPushButton()
            self.action.setObjectName(f"do-{step.key}")
            if step.action is Action.CAPTURE and capture:
                menu = QMenu(self.action)
                for made in capture:
                    menu.addAction(made)
                self.action.setMenu(menu)
            else:
                self.action.clicked.connect(lambda: self.wanted.emit(step.action.value))
            row.addWidget(self.action)
        row.addStretch()
        self.choices: dict[StepState, QPushButton] = {}
        for state in _CHOICES:
            choice = QPushButton()
            choice.setCheckable(True)
            choice.setObjectName(f"{state.value}-{step.key}")
            choice.clicked.connect(lambda _=False, s=state: self._chosen(s))
            self.choices[state] = choice
            row.addWidget(choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(row)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self, state: StepState) -> None:
        new = StepState.OPEN if state is self.state else state
        self.show_state(self.state)  # as it was, until the vault has it
        self.marked.emit(self.step.key, new.value)

    def show_state(self, state: StepState) -> None:
        self.state = state
        for value, choice in self.choices.items():
            choice.setChecked(value is state)
        self.retranslate()

    def retranslate(self) -> None:
        title, body = step_words.words(self.step.key, self._role, minors=self._minors)
        shown = (
            title if self.state is StepState.OPEN else f"{title} ({step_words.state(self.state)})"
        )
        self.title.setText(f"<b>{_escape(shown)}</b>")
        self.title.setAccessibleName(shown)
        self.body.setText(body)
        if self.action is not None:
            self.action.setText(step_words.button(self.step.action))
            self.action.setAccessibleName(f"{self.action.text()}: {title}")
            self.action.setAccessibleDescription(step_words.button_description(self.step.action))
        labels = {
            StepState.DONE: self.tr("Done"),
            StepState.LATER: self.tr("Not now"),
            StepState.SKIP: self.tr("Not for me"),
        }
        for state, choice in self.choices.items():
            choice.setText(labels[state])
            choice.setAccessibleName(f"{labels[state]}: {title}")
            choice.setAccessibleDescription(step_words.choice_description(state))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class GuideDialog(QDialog):
    """The next steps of a case.

    Signals:
        wanted(str): a step's button was clicked: the main window does what it says
            (`domain.guide.Action`); the guide closes first.
    """

    wanted = Signal(str)

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        case_name: str,
        parent: QWidget | None = None,
        *,
        capture: Sequence[QAction] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self._service = service
        self._case_id = case_id
        self._case_name = case_name
        self._capture = capture
        self.profile = Profile()
        self.minors = False  # the case's pictures show someone under 18
        self.cards: dict[str, StepCard] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("guide-progress")
        self.problem = QLabel()  # a step that could not be kept, and why
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)
        scrolls_to_the_focus_only(scroll)  # Tab goes to the steps' buttons
        self.help_button = QPushButton()
        self.help_button.clicked.connect(lambda: self._want(Action.HELP.value))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addStretch()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.retranslate()
        fit_to_screen(self, QSize(760, 640))
        self.reload()

    def reload(self) -> None:
        service, case_id = self._service, self._case_id

        def read() -> tuple[Profile, dict[str, StepState], bool]:
            return service.profile(), service.step_states(case_id), service.minors(case_id)

        tasks.run_task(read, lambda found: self._show(*found), self._failed, context=self)

    def _show(self, profile: Profile, states: dict[str, StepState], minors: bool) -> None:
        if profile.role is not self.profile.role or minors != self.minors or not self.cards:
            self.profile, self.minors = profile, minors
            for card in self.cards.values():
                card.deleteLater()
            self.cards = {}
            for step in guide.steps_for(profile.role):
                card = StepCard(
                    step, profile.role, self._capture_actions(), self._list, minors=minors
                )
                card.marked.connect(self._mark)
                card.wanted.connect(self._want)
                self._list_layout.insertWidget(self._list_layout.count() - 1, card)
                self.cards[step.key] = card
            buttons_last(self, self.help_button, self.close_button)  # after the steps
        self.profile = profile
        for key, card in self.cards.items():
            card.show_state(states.get(key, StepState.OPEN))
        self._count()
        self.retranslate()

    def _capture_actions(self) -> list[QAction]:
        """The capture actions, each closing the guide before it starts (so that the guide
        is not in the picture)."""
        made = []
        for action in self._capture:
            proxy = QAction(action.icon(), action.text(), self)
            proxy.triggered.connect(lambda _=False, a=action: self._then(a.trigger))
            made.append(proxy)
        return made

    def _then(self, what: object) -> None:
        self.accept()
        QTimer.singleShot(0, what)  # type: ignore[call-overload]

    def _want(self, action: str) -> None:
        self.accept()
        self.wanted.emit(action)

    def _mark(self, key: str, state: str) -> None:
        service, case_id = self._service, self._case_id
        tasks.run_task(
            lambda: service.mark_step(case_id, key, StepState(state)),
            lambda _: self._marked(key, StepState(state)),
            self._failed,
            context=self,
        )

    def _marked(self, key: str, state: StepState) -> None:
        card = self.cards.get(key)
        if card is not None:
            card.show_state(state)
        self._count()

    def _count(self) -> None:
        done = sum(1 for c in self.cards.values() if c.state is StepState.DONE)
        self.progress.setText(
            self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(self.cards)))
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            raise exc
        self.problem.setText(messages.error_text(exc))
        self.problem.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Next steps: %1").replace("%1", self._case_name))
        if self.profile.role is guide.Role.SCHOOL:
            intro = self.tr(
                "What a school can do, step by step. Mark each step done, not now, or not for "
                "this incident."
            )
        elif self.profile.role is guide.Role.HELPER:
            intro = self.tr(
                "What you can do together, one step at a time. You decide the order; mark each "
                "step done, not now, or not for you."
            )
        else:
            intro = self.tr(
                "One step at a time, in your own time. Mark each step done, not now, or not for "
                "you: you decide."
            )
        self.intro.setText(intro)
        self.help_button.setText(self.tr("Where to get help"))
        self.help_button.setAccessibleDescription(step_words.button_description(Action.HELP))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes the steps. What you marked is kept.")
        )
        self._count()
