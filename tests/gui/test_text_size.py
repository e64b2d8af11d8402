"""Settings > Text size makes every letter of the app bigger, at once, and is kept."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.guide import Profile, Role
from evidence_app.gui.common import dialog_parts, text_size
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.guide.about_you import AboutYouDialog
from evidence_app.gui.items.item_model import COL_DESCRIPTION
from evidence_app.gui.items.item_picker import ItemPicker
from evidence_app.gui.items.item_source import VaultSource
from evidence_app.gui.items.person_editor import PersonEditor
from evidence_app.gui.items.person_picker import PersonPicker
from evidence_app.gui.keys.new_passphrase import NewPassphraseFields
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.vaults import Vault


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations: Translations) -> Iterator[MainWindow]:
    system = QApplication.font()
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QApplication.setFont(system)  # as it was, for the other tests


def test_text_twice_as_big_is_chosen_in_the_settings_menu_and_kept(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    points = QApplication.font().pointSizeF()
    button = window.case_bar.new_button
    height = button.sizeHint().height()
    choice = window.toolbar.text_size_actions[200]
    assert choice.text() == "100 % bigger"
    assert window.toolbar.text_size_actions[100].isChecked()
    choice.trigger()  # Settings > Text size > 100 % bigger
    assert QApplication.font().pointSizeF() == pytest.approx(points * 2)
    # The windows follow: a button's words, and the room the button asks for.
    qtbot.waitUntil(lambda: button.font().pointSizeF() == pytest.approx(points * 2))
    qtbot.waitUntil(lambda: button.sizeHint().height() > height * 1.5)
    assert Settings(vault.paths.settings_file).text_size() == 200
    assert text_size.current() == 200
    # Also what has a style sheet of its own (a bold label), which Qt would leave as it was.
    label = window.detail.form.fields.labels["captured"]
    assert label.styleSheet()
    assert label.font().pointSizeF() == pytest.approx(points * 2)
    assert label.font().bold()

    window.toolbar.text_size_actions[100].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(points)
    assert Settings(vault.paths.settings_file).text_size() == 100


def test_a_size_that_is_not_offered_is_read_as_normal(vault: Vault) -> None:
    settings = Settings(vault.paths.settings_file)
    settings.set_text_size(333)
    assert settings.text_size() == 100


def test_with_text_twice_as_big_the_list_keeps_half_the_window(
    window: MainWindow, qtbot: QtBot, translations: Translations
) -> None:
    """In Dutch, with the text twice as big, the picture's buttons on one line made the
    details pane 964 px wide: the list of evidence beside it kept a third of a laptop's
    screen. The redaction button now goes under the zoom buttons when there is no room."""
    translations.switch("nl")
    window.resize(1366, 740)
    bar = window.detail.picture_bar
    assert not bar.wrapped  # normal text: one line
    window.toolbar.text_size_actions[200].trigger()
    qtbot.waitUntil(lambda: bar.wrapped)
    qtbot.waitUntil(lambda: window.table.width() >= 1366 // 2)
    redact, fit = window.detail.redact_button, window.detail.zoom_buttons["fit"]

    def below() -> bool:
        top = redact.mapTo(window, redact.rect().topLeft()).y()
        return top > fit.mapTo(window, fit.rect().bottomLeft()).y()

    qtbot.waitUntil(below)
    # The details' fields are not cut off at the right or put behind a sideways scroll bar.
    fields = window.detail.form
    window.resize(1200, 700)  # as a window manager places it on a 1366×768 screen
    qtbot.waitUntil(lambda: window.width() == 1200)
    qtbot.waitUntil(lambda: fields.width() >= fields.minimumSizeHint().width())
    window.toolbar.text_size_actions[100].trigger()
    window.resize(1366, 740)  # normal text, the whole width: one line again
    qtbot.waitUntil(lambda: not bar.wrapped)
    qtbot.waitUntil(lambda: not below())


def test_the_item_picker_columns_follow_the_text_size(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """Opened with bigger text, its columns start wider; changed while it is open, they follow."""
    system = QApplication.font()
    try:
        picker = ItemPicker(VaultSource(vault.service, None), 1)
        qtbot.addWidget(picker)
        header = picker.view.header()
        normal = header.sectionSize(COL_DESCRIPTION)
        text_size.apply(150)
        picker = ItemPicker(VaultSource(vault.service, None), 1)
        qtbot.addWidget(picker)
        header = picker.view.header()
        assert header.sectionSize(COL_DESCRIPTION) == round(normal * 1.5)
        header.resizeSection(COL_DESCRIPTION, 300)  # a person widened it
        text_size.apply(200)
        qtbot.waitUntil(lambda: header.sectionSize(COL_DESCRIPTION) == 400)
    finally:
        QApplication.setFont(system)


def _square_side(box: QCheckBox) -> int:
    """The height, in pixels, of what the check box draws left of its words: its square."""
    box.setText("")
    image = box.grab().toImage()
    background = image.pixel(image.width() - 1, 0)
    rows = [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != background for x in range(image.width()))
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_a_check_box_square_grows_with_the_text(qtbot: QtBot) -> None:
    """At text 200 % the square beside "Show the passphrase" is twice as big, as drawn, and
    back to its size at 100 %."""

    kept: list[NewPassphraseFields] = []

    def opened() -> QCheckBox:
        fields = NewPassphraseFields()
        kept.append(fields)
        qtbot.addWidget(fields)
        fields.show()
        qtbot.waitExposed(fields)
        return fields.show_toggle

    system = QApplication.font()
    try:
        normal = _square_side(opened())
        assert normal >= 10
        text_size.apply(200)
        box = opened()
        assert _square_side(box) in (normal * 2 - 1, normal * 2, normal * 2 + 1)
        assert box.sizeHint().height() >= normal * 2
        text_size.apply(100)
        qtbot.waitUntil(lambda: _square_side(box) == normal)
    finally:
        QApplication.setFont(system)


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_with_text_twice_as_big_a_new_persons_fields_hold_their_lines_one_under_another(
    qtbot: QtBot, twice_as_big: None
) -> None:
    """Its boxes were 64 pixels high, one and a half lines at 200 %, and its fields
    overlapped with Save below them: now each box holds four lines, the words and fields
    scroll, and Save stays in the window."""
    editor = PersonEditor(None, 1)  # type: ignore[arg-type]  # nothing is saved here
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    line = editor.notes.fontMetrics().lineSpacing()
    for box in (editor.handles, editor.notes):
        assert box.height() >= 4 * line
    fields = [editor.name, editor.handles, editor.email, editor.phone, editor.notes]
    rects = [_rect_in(field, editor) for field in fields]
    for upper, lower in itertools.pairwise(rects):
        assert upper.bottom() < lower.top()
    assert editor.rect().contains(_rect_in(editor.ok_button, editor))
    # Back to normal text, the boxes follow.
    text_size.apply(100)
    qtbot.waitUntil(lambda: editor.notes.height() < 4 * line)
    assert editor.notes.height() >= 4 * editor.notes.fontMetrics().lineSpacing()


def test_the_buttons_beside_the_persons_go_under_them_where_the_three_do_not_fit(
    qtbot: QtBot, twice_as_big: None
) -> None:
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.resize(2000, 100)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.waitUntil(
        lambda: _rect_in(picker.new_button, picker).top() < _rect_in(picker.box, picker).bottom()
    )
    narrow = picker.minimumSizeHint().width()
    picker.resize(narrow, 200)
    qtbot.waitUntil(
        lambda: _rect_in(picker.new_button, picker).top() > _rect_in(picker.box, picker).bottom()
    )
    assert _rect_in(picker.edit_button, picker).right() <= picker.width()
    assert narrow < (
        picker.box.minimumSizeHint().width()
        + picker.new_button.sizeHint().width()
        + picker.edit_button.sizeHint().width()
    )


def test_with_text_twice_as_big_about_you_is_narrow_its_choices_words_on_more_lines(
    qtbot: QtBot, twice_as_big: None, translations: Translations
) -> None:
    """In Dutch, at 200 %, "I am helping someone (as a parent, …)" kept its words on one
    line, and About you could not be narrower than that line: 1,541 px at 150 % scale. Its
    words now wrap, are all painted in the window, and a click on the last line chooses it."""
    translations.switch("nl")
    dialog = AboutYouDialog(Profile(Role.SELF, ""))
    qtbot.addWidget(dialog)
    helping = dialog.form.role_buttons[Role.HELPER]
    one_line = helping.sizeHint().width()
    narrow = int(one_line * 0.45)
    assert dialog.minimumSizeHint().width() < narrow
    area = dialog.findChild(QScrollArea)  # its questions scroll on a short screen: not here
    dialog.resize(narrow, dialog_parts.unscrolled_height(dialog, area, narrow))
    dialog.show()
    qtbot.waitExposed(dialog)
    lines = helping.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: helping.height() >= 3 * lines)
    assert helping.width() < one_line / 2
    assert dialog.rect().contains(_rect_in(helping, dialog))
    # Its words are painted where it is, from its first line to its last.
    image = helping.grab().toImage()

    def darkest(y: int) -> int:
        return min(image.pixelColor(x, y).lightness() for x in range(helping.width()))

    assert darkest(helping.height() // 2 - lines) < 100
    assert darkest(helping.height() - lines // 2) < 100
    # A screen reader says its words, as for Qt's own.
    said = QAccessible.queryAccessibleInterface(helping).text(QAccessible.Text.Name)
    assert said == helping.text() and said.startswith("Ik help iemand")
    qtbot.mouseClick(
        helping,
        Qt.MouseButton.LeftButton,
        pos=QPoint(helping.width() // 2, helping.height() - lines // 2),
    )
    assert helping.isChecked()
    assert dialog.form.role() is Role.HELPER
