"""When something happened, as a person says it: a date, perhaps a time, and how sure.

Three choices in plain words: "I don't know", "on this day" (a date) and "at this
time" (a date and a time), with "roughly" for a time that is not exact. The time is
in this computer's zone; `value()` gives the stored form (`domain.event_time`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import event_time
from evidence_app.domain.event_time import EventPrecision, EventTime
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox

_UNKNOWN, _DAY, _TIME = 0, 1, 2


class EventTimeEdit(QWidget):
    """Choose when something happened.

    Signals:
        changed(): the person changed it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.date.setMaximumDate(QDate.currentDate().addDays(1))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.roughly = WrappingCheckBox()
        # The choice above the date and time: narrow enough for the detail pane.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        first = QHBoxLayout()
        first.addWidget(self.choice)
        first.addStretch()
        second = QHBoxLayout()
        for widget in (self.date, self.time, self.roughly):
            second.addWidget(widget)
        second.addStretch()
        layout.addLayout(first)
        layout.addLayout(second)
        self.setFocusProxy(self.choice)  # a form's label names it (`name_fields_after_labels`)
        self.choice.currentIndexChanged.connect(self._update)
        for signal in (
            self.choice.currentIndexChanged,
            self.date.dateChanged,
            self.time.timeChanged,
            self.roughly.toggled,
        ):
            signal.connect(self.changed)
        # What was shown by `set_value`, and the widgets' state then: returned unchanged
        # as long as the person changed nothing (a time from another zone stays as it was).
        self._shown: tuple[EventTime, tuple[object, ...]] | None = None
        self.retranslate()
        self._update()

    def _state(self) -> tuple[object, ...]:
        return (
            self.choice.currentIndex(),
            self.date.date(),
            self.time.time(),
            self.roughly.isChecked(),
        )

    def set_value(self, event: EventTime) -> None:
        moment = event.local()
        self.roughly.setChecked(False)
        if not event.known:
            self.choice.setCurrentIndex(_UNKNOWN)
        elif moment is None:  # a day
            day = event.moment()
            assert day is not None
            self.choice.setCurrentIndex(_DAY)
            self.date.setDate(QDate(day.year, day.month, day.day))
        else:
            local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
            self.choice.setCurrentIndex(_TIME)
            self.date.setDate(local.date())
            self.time.setTime(QTime(local.time().hour(), local.time().minute()))
            self.roughly.setChecked(event.precision == EventPrecision.ABOUT)
        self._update()
        self._shown = (event, self._state())

    def value(self) -> EventTime:
        """What was chosen, in the stored form (a time in this computer's zone)."""
        if self._shown is not None and self._shown[1] == self._state():
            return self._shown[0]
        choice = self.choice.currentIndex()
        if choice == _UNKNOWN:
            return event_time.NOT_KNOWN
        day = self.date.date().toString("yyyy-MM-dd")
        if choice == _DAY:
            return event_time.parse(day)
        at = f"{day}T{self.time.time().toString('HH:mm')}"
        return event_time.parse(at, "about" if self.roughly.isChecked() else None)

    @Slot()
    def _update(self) -> None:
        choice = self.choice.currentIndex()
        self.date.setVisible(choice != _UNKNOWN)
        self.time.setVisible(choice == _TIME)
        self.roughly.setVisible(choice == _TIME)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.choice.currentIndex()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems(
            [self.tr("I don't know"), self.tr("On this day"), self.tr("At this time")]
        )
        self.choice.setCurrentIndex(max(current, 0))
        self.choice.blockSignals(False)
        self.choice.setAccessibleName(self.tr("When it happened"))
        self.choice.setAccessibleDescription(
            self.tr("Say whether you know the day it happened, or the day and the time.")
        )
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setAccessibleDescription(
            self.tr("The day it happened. Alt+Down opens a calendar.")
        )
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setAccessibleDescription(
            self.tr("The time it happened, as this computer's clock shows it.")
        )
        self.roughly.setText(self.tr("roughly"))
        self.roughly.setAccessibleDescription(
            self.tr("Tick it when you do not know the exact time.")
        )
