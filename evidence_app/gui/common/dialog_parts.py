"""Pieces every dialog of ours builds the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QTreeView,
    QWidget,
)

from evidence_app.gui.common import contrast, focus_ring, text_size
from evidence_app.gui.common.announce import announce

# Room left around a window for the window manager's frame and title bar.
FRAME_ALLOWANCE = QSize(16, 48)
# Room above and below a line of text in a list's row.
ROW_PADDING = 10


def plain_size(size: int) -> str:
    """A size as people read it in a file manager: "25 kB", "3 MB" (powers of 1000, no "KiB")."""
    precision = 1 if size >= 1000**3 else 0
    return QLocale().formattedDataSize(size, precision, QLocale.DataSizeFormat.DataSizeSIFormat)


def _where_the_focus_is(control: QWidget) -> QRect:
    """What of `control` a scroll area shows when it has the focus, as Qt's
    `ensureWidgetVisible` measures it: the text cursor of a field, the current row of a
    list, or else the whole control (Qt's default answer is a line as high as it)."""
    query = Qt.InputMethodQuery.ImCursorRectangle
    said = control.inputMethodQuery(query)
    default = QWidget.inputMethodQuery(control, query)
    if isinstance(said, QRect) and said != default:
        return said
    return control.rect()


class _FollowFocus(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)  # goes with the area, and its connection with it
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._changed)

    @Slot(QWidget, QWidget)
    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The focus also moves while the area's window is being taken down, before this
        # helper goes with it: the area may be gone already.
        if not shiboken6.isValid(self._area):
            return
        inside = self._area.widget()
        if new is None or inside is None or not inside.isAncestorOf(new):
            return
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a press: what was pressed is in sight, and must stay under the pointer
        # The whole part it is in first, where it fits (a guide's step: its words above
        # its buttons), then the control itself.
        part: QWidget | None = new
        while part is not None and part.parentWidget() is not inside:
            part = part.parentWidget()
        if part is not None and part is not new and part.height() <= self._area.viewport().height():
            self._area.ensureWidgetVisible(part, 0, 0)
        if _where_the_focus_is(new).height() > self._area.viewport().height():
            # Taller than the area (a list, in the main window on a short screen): its top,
            # where its header and first rows are. Qt showed its middle.
            self._area.verticalScrollBar().setValue(new.mapTo(inside, QPoint(0, 0)).y())
        else:
            self._area.ensureWidgetVisible(new)
        # Words before the first control or after the last one (a page's introduction,
        # a warning under its last field) are reached by no Tab: reaching the first or
        # last control shows them. Looked at once the event is over, never while a window
        # is being taken apart (the focus moves then too).
        QTimer.singleShot(0, self, lambda: self._show_the_edge(new))

    def _show_the_edge(self, control: QWidget) -> None:
        if not (shiboken6.isValid(self._area) and shiboken6.isValid(control)):
            return
        inside = self._area.widget()
        if inside is None or not control.hasFocus() or not inside.isAncestorOf(control):
            return
        if not control.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            return  # not reached with Tab (a click, a window coming back): left where it is
        stops = [
            widget
            for widget in inside.findChildren(QWidget)
            if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and widget.isEnabled()
            and widget.isVisibleTo(inside)
        ]
        if not stops:
            return
        tops = [widget.mapTo(inside, QPoint(0, 0)).y() for widget in stops]
        bottoms = [top + widget.height() for top, widget in zip(tops, stops, strict=True)]
        top = control.mapTo(inside, QPoint(0, 0)).y()
        first, last = top <= min(tops), top + control.height() >= max(bottoms)
        if first == last:
            return  # in between, or the only one: it is in sight, and that is enough
        bar = self._area.verticalScrollBar()
        bar.setValue(bar.minimum() if first else bar.maximum())
        self._area.ensureWidgetVisible(control)  # and itself still, if the words are long


def scroll_to_the_focus(area: QScrollArea) -> None:
    """`area` shows the field that has the keyboard focus, also when the focus came from
    outside it: Qt scrolls only while Tab moves inside the area, so the first field
    reached from a control before it could stay out of sight, typed into unseen."""
    _FollowFocus(area)


_TO_THE_ENDS = {
    Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
    Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
}


class DownScroll(QScrollArea):
    """Holds `inside` and scrolls it up and down, never sideways: it asks for the width of
    the widest row of what it holds, with room for its scroll bar, so that nothing is cut
    off at the right (a small screen, 150 %) when the scroll bar comes."""

    def __init__(self, inside: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(inside)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrolls_to_the_focus_only(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Home and End too, as in a browser (Qt's scroll area knows only the arrows and
        the page keys), when the area itself has the focus (a Tab stop of words only): a key
        a control inside leaves unused must not scroll that control out of sight."""
        action = _TO_THE_ENDS.get(Qt.Key(event.key())) if self.hasFocus() else None
        if action is None:
            super().keyPressEvent(event)
        else:
            self.verticalScrollBar().triggerAction(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds needs another width: ask the window again
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inside = self.widget()
        if inside is None:
            return hint
        width = (
            inside.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())


class _LinesHigh(QObject):
    """Keeps a text box `lines` lines of its own text high, also after the text size changed."""

    def __init__(self, edit: QPlainTextEdit, lines: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self._lines = lines
        edit.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        edit = self._edit
        margins = edit.contentsMargins()
        edit.setFixedHeight(
            edit.fontMetrics().lineSpacing() * self._lines
            + round(2 * edit.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return False


def lines_high(edit: QPlainTextEdit, lines: int) -> None:
    """Make `edit` as high as `lines` lines of its text, in any text size (a height in
    pixels shows fewer lines as the text grows: under two at 200 %)."""
    _LinesHigh(edit, lines)


class LinkLabel(QLabel):
    """Rich text whose links Tab and Shift+Tab go through, then on to the next control.

    Qt's own label keeps the focus going back when the text starts with a link (Qt 6.11):
    Shift+Tab into it chooses that link, and every Shift+Tab after chooses it again, a
    trap for a person who has only the keyboard. A text with no link is no stop, unless
    `always_a_stop` (a card among others that a person goes through with Tab)."""

    def __init__(self, parent: QWidget | None = None, *, always_a_stop: bool = False) -> None:
        super().__init__(parent)
        self._always_a_stop = always_a_stop
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setMargin(2)  # room for the focus ring (`focus_ring`) inside its edge
        self.setText("")

    def setText(self, text: str) -> None:
        super().setText(text)
        stop = self._always_a_stop or "<a " in text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if stop else Qt.FocusPolicy.NoFocus)

    def focusNextPrevChild(self, next: bool) -> bool:
        if next:
            return super().focusNextPrevChild(next)
        chosen = (self.selectionStart(), self.selectedText())
        moved = super().focusNextPrevChild(next)
        if self.hasFocus() and (self.selectionStart(), self.selectedText()) == chosen:
            return QWidget.focusNextPrevChild(self, next)  # no link before it: leave
        return moved


def scrolls_to_the_focus_only(area: QScrollArea) -> None:
    """`area` is no Tab stop of its own: Tab goes to the controls it holds, and it scrolls
    to each (`scroll_to_the_focus`); as a stop it would have no name and show nothing."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll_to_the_focus(area)


def a_stop_while_it_scrolls(area: QAbstractScrollArea) -> None:
    """`area` holds words only (no control Tab could go to), more of them than it shows at
    some text sizes: while they do not all fit, it is a Tab stop, so that a person with
    only the keyboard can scroll them (the arrow keys, Page Up and Page Down), with the
    focus ring around it; once they fit, Tab passes it by. Give it a name to be said."""
    margin = focus_ring.WIDTH  # room for the ring, kept always: the words do not jump

    def follow(_low: int, high: int) -> None:
        if high == 0 and area.hasFocus():
            area.focusNextChild()  # no stop any more: the keyboard goes on to the next one
        policy = Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus
        area.setFocusPolicy(policy)

    area.setViewportMargins(margin, margin, margin, margin)
    area.verticalScrollBar().rangeChanged.connect(follow)
    follow(0, area.verticalScrollBar().maximum())


def buttons_last(window: QWidget, *buttons: QWidget) -> None:
    """`buttons` at the end of `window`'s Tab order, in that order: after what the window
    was given once it was built (steps filled in when the vault has read them), which Qt
    puts last. (Qt's `setTabOrder` does nothing when a widget in it takes no focus: each
    button goes after the last control that takes it.)"""
    anchor = window.previousInFocusChain()
    while (
        anchor is not None
        and anchor is not window
        and (anchor in buttons or anchor.focusPolicy() == Qt.FocusPolicy.NoFocus)
    ):
        anchor = anchor.previousInFocusChain()
    for button in buttons:
        if anchor is not None and anchor is not window:
            QWidget.setTabOrder(anchor, button)
        anchor = button


def set_hint(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show `text` in grey in the empty field, and have screen readers say it with the
    field: Qt gives a line edit's hint as its description, but not a text area's, and Orca
    said "Usernames: text" without "One per line, e.g. @someone on Instagram"."""
    field.setPlaceholderText(text)
    field.setAccessibleDescription(text)


def status_label() -> QLabel:
    """The label in which a dialog says what went wrong (plain text: never markup)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("status")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def say(label: QLabel, text: str, *, urgent: bool = False) -> None:
    """Show `text` in `label` (a window's status: "Saved at 17:02.", "Not saved. …") and
    have screen readers say it; `urgent`, for what went wrong, at once. Shown alone, a
    status reaches only the eyes: the focus stays where it was, and a screen reader says
    nothing of a label that changes elsewhere."""
    label.setText(text)
    if text:
        announce(label, text, urgent=urgent)


def show_problem(label: QLabel, text: str) -> None:
    """Say in `label` what went wrong, in the colour of problems, and have screen readers
    say it at once: after a wrong passphrase the focus goes back to its field, and nothing
    else tells a person who cannot see the window that it was refused."""
    label.setStyleSheet(contrast.error_style())
    say(label, text, urgent=True)


def name_fields_after_labels(root: QWidget) -> None:
    """Give every field of a form (a QFormLayout row) its label's words as its accessible
    name, and the label the field as its buddy, so that a screen reader, and a test, can
    tell the fields apart; a row of choices in words (radio buttons) keeps each choice's
    own words after the label's. Call it again after the language changed."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if field_item is None or not isinstance(label, QLabel) or not label.text():
                continue
            field = _field_of(field_item)
            if field is None:
                continue
            label.setBuddy(field)
            name = label.text().replace("&", "").rstrip(" :").strip()
            choices = _choices_of(field_item)
            for choice in choices:  # "Save as: One file", "Save as: A folder"
                choice.setAccessibleName(f"{name}: {choice.text().replace('&', '')}")
            if choices:
                continue
            field.setAccessibleName(name)
            # A field made of parts (a list and its buttons) is reached through the part
            # that takes the keyboard: that part carries the name too.
            proxy = field.focusProxy()
            if proxy is not None:
                proxy.setAccessibleName(name)
                if isinstance(proxy, QComboBox):
                    _labelled(proxy, name)


def _labelled(box: QComboBox, name: str) -> None:
    """Give a list inside a field made of parts a label of its own, hidden beside it.

    On Linux Qt gives a combo box its value as its name ("(not known)") and says what it
    is through the label whose buddy it is; it looks for that label among the box's
    siblings only, and the form's label is the buddy of the whole field. A screen reader
    said "(not known) combo box" for "Who posted or sent it?". The hidden label is found
    (Qt looks at hidden siblings too) and is never shown."""
    holder = box.parentWidget()
    if holder is None:
        return
    label = holder.findChild(QLabel, "relation_label", Qt.FindChildOption.FindDirectChildrenOnly)
    if label is None:
        label = QLabel(holder)
        label.setObjectName("relation_label")
        label.hide()
    label.setText(name)
    label.setBuddy(box)


def _choices_of(item: QLayoutItem) -> list[QAbstractButton]:
    """The radio buttons or check boxes, with words of their own, that make a form's field."""
    layout = item.layout()
    if layout is None:
        parts = [item.widget()]
    else:
        inner = (layout.itemAt(index) for index in range(layout.count()))
        parts = [part.widget() for part in inner if part is not None]
    return [
        part
        for part in parts
        if isinstance(part, QAbstractButton) and part.isCheckable() and part.text()
    ]


def _field_of(item: QLayoutItem) -> QWidget | None:
    """The widget of a form's field; for a row of widgets (a text field and its "Choose…"
    button), the first one that takes the keyboard."""
    widget = item.widget()
    if widget is not None:
        return widget
    layout = item.layout()
    if layout is None:
        return None
    for index in range(layout.count()):
        inner = layout.itemAt(index)
        part = inner.widget() if inner is not None else None
        if part is not None and part.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return part
    return None


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A button box with our own OK and Cancel buttons; their texts are set by `retranslate`.

    Not the standard buttons: QDialogButtonBox resets their text to Qt's own words
    ("OK") when the language changes.
    """
    box = QDialogButtonBox()
    ok = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel


def set_busy(
    dialog: QDialog,
    busy: bool,
    ok: QPushButton,
    fields: Sequence[QWidget],
    focus: QWidget,
) -> None:
    """While `dialog` works (a key derivation): its fields and OK wait. Afterwards OK is
    the default button again and `focus` has the focus, so Enter after a retype means OK.

    The focus leaves the fields before they are disabled: Qt hands the focus of a widget
    being disabled to the next one in the tab order, which is Cancel once OK is off, and
    a button that gets the focus in a dialog becomes its default. One typo at unlock, a
    retype and Enter then closed the app.
    """
    if busy:
        dialog.setFocus(Qt.FocusReason.OtherFocusReason)
    for field in fields:
        field.setEnabled(not busy)
    ok.setEnabled(not busy)
    if not busy:
        ok.setDefault(True)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


class _ChooseWhenTabbedTo(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.FocusIn
            or not isinstance(event, QFocusEvent)
            or not isinstance(watched, QAbstractItemView)
        ):
            return False
        model, chosen = watched.model(), watched.selectionModel()
        if model is None or chosen is None or chosen.hasSelection():
            return False
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            current = watched.currentIndex()
            if not current.isValid() and model.rowCount() > 0:
                current = model.index(0, 0)
            if current.isValid():
                watched.setCurrentIndex(current)  # chosen too (one line at a time)
        elif reason != Qt.FocusReason.MouseFocusReason:
            # The focus given (a window opening on the list, coming back to it): Qt then
            # makes the first line current without choosing it, and Down went on to the
            # second. Nothing current, Down chooses the first; nothing is shown unasked.
            QTimer.singleShot(0, watched, lambda: _nothing_current(watched))
        return False


def _nothing_current(view: QAbstractItemView) -> None:
    chosen = view.selectionModel()
    if chosen is not None and not chosen.hasSelection():
        chosen.clearCurrentIndex()


def list_for_the_keyboard(view: QAbstractItemView) -> None:
    """A list as the keyboard uses it, like a file manager's: Tab leaves it for the next
    control (Qt's tables keep Tab to go from cell to cell, a trap) and the arrow keys move
    inside; reached with Tab, it chooses its current line (the first, if none), so its
    details show at once. Without that the focus rests on a line that is not chosen, and
    with a single line Down does nothing: a person on the keyboard alone could not open it.
    Given the focus otherwise (a window that opens on it), it chooses nothing, so that no
    picture shows unasked, and leaves no line current: Down then chooses the first."""
    view.setTabKeyNavigation(False)
    view.installEventFilter(_ChooseWhenTabbedTo(view))


def frame_inside(window: QWidget) -> bool:
    """Move `window` so that its frame, its title bar above all, is inside its screen's free
    area; whether it was moved. Call it once the window is shown, moved or resized (through
    the event loop): a window not framed yet is left as it is.

    With the text at 200 % on a screen at 150 %, Openbox was seen (one start in eight) to
    leave the unlock window, the app's first, with its title bar above the top of the
    screen, where it cannot be taken to move the window.
    """
    screen = window.screen()
    if screen is None or not window.isVisible() or window.isMaximized():
        return False
    free, frame = screen.availableGeometry(), window.frameGeometry()
    if free.contains(frame) or frame.size() == window.size():
        return False  # inside, or not framed yet
    x = max(free.left(), min(frame.left(), free.right() + 1 - frame.width()))
    y = max(free.top(), min(frame.top(), free.bottom() + 1 - frame.height()))
    if (x, y) == (frame.left(), frame.top()):
        return False  # larger than the free area: as far inside as it goes
    window.move(x, y)  # where its frame goes
    return True


def free_area(window: QWidget) -> QSize | None:
    """The room `window` has on its screen (or the main screen), its window manager's frame
    around it; None where there is no screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry().size() - FRAME_ALLOWANCE


def unscrolled_height(window: QWidget, area: QScrollArea, width: int) -> int:
    """How high `window` is at `width` with nothing in `area` to scroll: what `area` holds,
    as high as it asks at its width beside a scroll bar (one that has come stays while the
    words need it at the narrower width), and the rest of the window's layout as it asks.
    Added up here: a scroll area's size hint does not follow what it holds."""
    layout = window.layout()
    held = area.widget()
    if layout is None or held is None:
        return window.sizeHint().height()
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():  # a hidden part
            continue
        if item.widget() is area:
            beside_bar = inner - area.verticalScrollBar().sizeHint().width()
            hfw = held.heightForWidth(beside_bar) if held.hasHeightForWidth() else -1
            heights.append(hfw if hfw > 0 else held.sizeHint().height())
        elif item.hasHeightForWidth():
            heights.append(item.heightForWidth(inner))
        else:
            heights.append(item.sizeHint().height())
    spacing = layout.spacing() * max(len(heights) - 1, 0)
    return margins.top() + sum(heights) + spacing + margins.bottom()


def fit_to_what_it_holds(
    window: QWidget, area: QScrollArea, width: int, least_height: int = 0
) -> None:
    """Size `window` whose content scrolls in `area`: `width` (at the normal text size, as
    much wider as the text) and as high as its content then, at least `least_height` (as
    much higher), as far as the screen allows; beyond that, the content scrolls."""
    factor = text_size.factor()
    width = round(width * factor)
    free = free_area(window)
    if free is not None:
        width = min(width, free.width())
    height = max(unscrolled_height(window, area, width), round(least_height * factor))
    fit_to_screen(window, QSize(width, height), for_normal_text=False)


def side_by_side_if_room(window: QWidget, columns: QBoxLayout) -> None:
    """Lay the parts of `columns` side by side when the screen is wide enough for the window
    with them so at their smallest, else one above the other (a small screen, big text, a
    long language): the window then never needs to be wider than the screen, and is made
    no wider. Call it when the window is shown, with its texts in place, and again when its
    font or language changed."""
    free = free_area(window)
    if free is None:
        return
    columns.setDirection(QBoxLayout.Direction.LeftToRight)
    if _smallest_now(window).width() <= free.width():
        return
    columns.setDirection(QBoxLayout.Direction.TopToBottom)
    _smallest_now(window)  # and the window's minimum with it
    if window.width() > free.width():  # made as wide as the parts were side by side
        window.resize(free.width(), window.height())


def _smallest_now(window: QWidget) -> QSize:
    """The smallest `window` can be, with its words and parts as they are now: its layouts
    work it out again (they would on the next turn of the event loop, a scroll area's
    content later still), with the fonts the window will show (as it is first shown, its
    parts have not been given theirs yet)."""
    window.ensurePolished()
    for layout in window.findChildren(QLayout):
        layout.invalidate()
    for area in window.findChildren(QScrollArea):  # what it holds is in another layout
        area.updateGeometry()
    outer = window.layout()
    if outer is not None:
        outer.activate()
    return window.minimumSizeHint()


class Pages(QWidget):
    """One of its pages shown at a time, as a QStackedWidget, but passed over by screen
    readers: a QStackedWidget is a "layered pane" to them, and Orca said "layered pane" each
    time the focus went into one (the main window's case selector, a picture). A plain
    widget without a name is a filler, which they take for layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:  # as QStackedWidget names it
        return self._stack.addWidget(page)

    def setCurrentIndex(self, index: int) -> None:
        self._stack.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self._stack.currentIndex()

    def setCurrentWidget(self, page: QWidget) -> None:
        self._stack.setCurrentWidget(page)

    def currentWidget(self) -> QWidget | None:
        return self._stack.currentWidget()


class RowThatWraps(QWidget):
    """Two groups of controls on one line when there is room for both, the second under the
    first when there is not (big text, a long language, a narrow pane). Its narrowest is the
    wider of the two, not both side by side: the pane it is in can leave room to the rest."""

    def __init__(
        self,
        first: QLayout,
        second: QLayout,
        parent: QWidget | None = None,
        *,
        packed: bool = False,
        second_grows: bool = False,
    ) -> None:
        """`packed`: the room left over goes after both groups, not to the first, so that
        on one line the second group follows the first rather than sitting at the end.
        `second_grows`: it goes to the second group (to a field in it that stretches)."""
        super().__init__(parent)
        self._groups: list[QWidget] = []
        for layout in (first, second):
            group = QWidget()
            layout.setContentsMargins(0, 0, 0, 0)
            group.setLayout(layout)
            self._groups.append(group)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self._groups[0], 0 if packed or second_grows else 1)
        self._box.addWidget(self._groups[1], 1 if second_grows else 0)
        if packed:
            self._box.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        hints = [group.minimumSizeHint() for group in self._groups]
        width = max(hint.width() for hint in hints)
        if self.wrapped:
            return QSize(width, sum(hint.height() for hint in hints) + self._box.spacing())
        return QSize(width, max(hint.height() for hint in hints))

    @property
    def wrapped(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _one_line_width(self) -> int:
        widths = [group.minimumSizeHint().width() for group in self._groups]
        return sum(widths) + self._box.spacing()

    def _choose(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= self._one_line_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()  # the pane's layout asks again how high this is

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._choose(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Other words or another text size change the groups' widths, not this one's.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._choose(self.width())
        return super().event(event)


class _ListFollowsTheText(QObject):
    """Sizes a list's rows and columns with its font (`list_follows_the_text`)."""

    def __init__(self, view: QTableView | QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._points = view.font().pointSizeF()
        # A table's rows are as high as its style says, whatever the text (a tree's follow
        # their text): the style's height is kept for normal text.
        self._row = (
            view.verticalHeader().defaultSectionSize() if isinstance(view, QTableView) else 0
        )
        self._rows_fit()
        view.installEventFilter(self)

    def _rows_fit(self) -> None:
        if isinstance(self._view, QTableView):
            # As high as the style wants, or as a line of the text needs with room above
            # and below, when that is more.
            line = self._view.fontMetrics().lineSpacing() + ROW_PADDING
            self._view.verticalHeader().setDefaultSectionSize(max(self._row, line))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.FontChange:
            points = self._view.font().pointSizeF()
            if points > 0 and self._points > 0 and points != self._points:
                header = _columns(self._view)
                ratio = points / self._points
                for section in range(header.count()):
                    if not header.isSectionHidden(section):
                        header.resizeSection(section, round(header.sectionSize(section) * ratio))
            self._points = points
            self._rows_fit()
        return False


def _columns(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def list_follows_the_text(
    view: QTableView | QTreeView, widths: Mapping[int, int] | None = None
) -> None:
    """`view`'s rows and columns grow and shrink with the text size (Settings > Text size),
    column widths a person set kept in proportion, so that bigger letters are not cut off.

    `widths` (column: pixels at the normal text size) are set first, for the size in use.
    """
    factor = text_size.factor()
    header = _columns(view)
    for section, width in (widths or {}).items():
        header.resizeSection(section, round(width * factor))
    _ListFollowsTheText(view)


def fit_to_screen(window: QWidget, preferred: QSize, *, for_normal_text: bool = True) -> None:
    """Give `window` its preferred size, or less, so that it fits the free area of its screen
    (a 1366×768 laptop, or any screen at 150 % scale) with the window manager's frame.

    `preferred` is for the normal text size: with bigger text (Settings > Text size) the
    window is as much bigger, as far as the screen allows, so that its words take as many
    lines as at the normal size, and what does not wrap (a row of buttons) is not cut off at
    its side. Not so when it was measured in the text size in use (`for_normal_text=False`).
    """
    if for_normal_text:
        preferred = preferred * max(1.0, text_size.factor())
    free = free_area(window)
    if free is None:
        window.resize(preferred)
        return
    window.resize(preferred.boundedTo(free).expandedTo(QSize(1, 1)))
