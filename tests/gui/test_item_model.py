"""The item table model over items in memory (`ReadSource`, as for a damaged vault), without
a view. The same model over a real vault, at 100,000 items: `test_item_list_at_scale.py`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import Item
from evidence_app.gui.common import messages
from evidence_app.gui.items import item_model
from evidence_app.gui.items.item_model import ID_ROLE, ItemTableModel
from evidence_app.gui.items.item_picker import CHECK_COLUMN, ItemPicker
from evidence_app.gui.items.item_source import ReadSource

BASE = Item(
    id=0,
    case_id=1,
    kind="file",
    captured_at="2024-05-01T10:00:00Z",
    time_zone="Europe/Brussels",
    utc_offset_minutes=120,
    sha256="ab" * 32,
)


def _items() -> list[Item]:
    return [
        dataclasses.replace(
            BASE,
            id=1,
            captured_at="2024-05-03T08:30:00Z",
            platform="instagram",
            url="https://instagram.com/p/1",
            description="Story met mijn foto\nmeer tekst",
            sha256="c0ffee" + "0" * 58,
        ),
        dataclasses.replace(
            BASE,
            id=2,
            kind="screen",
            captured_at="2024-05-01T21:15:00Z",
            platform="snapchat",
            notes="he asked for money",
            sha256="beef00" + "0" * 58,
        ),
        dataclasses.replace(
            BASE,
            id=3,
            captured_at="2024-05-02T12:00:00Z",
            platform="tiktok",
            posted_by="@bad.actor",
            description="x" * 200,
            sha256="0123ab" + "0" * 58,
        ),
    ]


def shown(items: list[Item], qtbot: QtBot) -> ItemTableModel:
    """A model listing `items` (case 1), every row read."""
    model = ItemTableModel()
    model.show_case(ReadSource(items, item_model.search_text), 1)
    read_every_row(model, qtbot)
    return model


def read_every_row(model: ItemTableModel, qtbot: QtBot) -> None:
    """Ask for every row's cells, then wait until their items arrived."""
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: all(model.item_at(r) for r in range(model.rowCount())))


def test_model_passes_the_model_tester(qtmodeltester, qtbot: QtBot) -> None:
    model = shown(_items(), qtbot)
    qtmodeltester.check(model)
    model.sort(item_model.COL_URL, Qt.SortOrder.DescendingOrder)
    model.set_search("instagram")
    model.relist()
    qtmodeltester.check(model)


def test_display_values_use_local_time_and_short_forms(qtbot: QtBot) -> None:
    model = shown(_items(), qtbot)
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.DescendingOrder)
    read_every_row(model, qtbot)
    first = [model.index(0, c).data() for c in range(item_model.COLUMN_COUNT)]
    # 08:30 UTC at UTC+2 (Brussels summer time) is 10:30 local.
    assert first == [
        "",  # when it happened: not known
        "3 May 2024, 10:30",
        "File",
        "Instagram",
        "https://instagram.com/p/1",
        "Story met mijn foto",
        "c0ffee000000",
    ]
    assert model.index(2, item_model.COL_KIND).data() == "Screenshot"
    long_description = model.index(1, item_model.COL_DESCRIPTION).data()
    assert len(long_description) == item_model.SHORT_DESCRIPTION
    assert long_description.endswith("…")
    assert model.index(1, 0).data(ID_ROLE) == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When it happened"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Captured"


def _ids(model: ItemTableModel) -> list[int | None]:
    return [model.item_id(row) for row in range(model.rowCount())]


def test_sorting_by_time_uses_the_real_moment_and_by_text_ignores_case(qtbot: QtBot) -> None:
    model = shown(_items(), qtbot)
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
    assert _ids(model) == [2, 3, 1]
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == [1, 3, 2]
    model.sort(item_model.COL_PLATFORM, Qt.SortOrder.AscendingOrder)
    assert _ids(model) == [1, 2, 3]
    model.sort(item_model.COL_HASH, Qt.SortOrder.AscendingOrder)
    assert _ids(model) == [3, 2, 1]


def test_search_looks_in_every_field_and_needs_every_word(qtbot: QtBot) -> None:
    model = shown(_items(), qtbot)

    def search(text: str) -> list[int | None]:
        model.set_search(text)
        model.relist()  # at once, rather than after the pause for typing
        return _ids(model)

    assert search("MONEY") == [2]  # in the notes, which the table does not show
    assert search("@bad.actor") == [3]
    assert search("instagram foto") == [1]
    assert search("instagram money") == []
    assert search("screensh") == [2]  # the kind, as it is named
    assert sorted(search("  ")) == [1, 2, 3]


def test_add_replace_remove_keep_rows_in_step(qtbot: QtBot) -> None:
    items = _items()
    model = shown(items[:2], qtbot)
    model.add_item(items[2])
    assert model.rowCount() == 3
    model.relist()  # as it does soon after: a list in memory (a damaged vault) took it in
    assert sorted(_ids(model)) == [1, 2, 3]
    model.replace_item(dataclasses.replace(items[0], platform="facebook"))
    assert model.index(model.row_of(1), item_model.COL_PLATFORM).data() == "Facebook"
    model.remove_item(2)
    assert sorted(_ids(model)) == [1, 3]
    model.clear()
    assert model.rowCount() == 0


def test_rows_added_or_gone_are_told_as_such(qtbot: QtBot) -> None:
    """A search that narrows the list removes rows, one that widens it inserts them; the
    chosen row is a persistent index that follows its item."""
    model = shown(_items(), qtbot)
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
    chosen = QPersistentModelIndex(model.index(model.row_of(3), 0))
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_search("bad")
    model.relist()
    assert (_ids(model), removed, chosen.row()) == ([3], [(2, 2), (0, 0)], 0)
    model.set_search("")
    model.relist()
    assert (_ids(model), inserted, chosen.row()) == ([2, 3, 1], [(0, 0), (2, 2)], 1)
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.DescendingOrder)
    assert (_ids(model), chosen.row(), resets) == ([1, 3, 2], 1, [])


def test_notes_show_when_nothing_says_what_it_shows(qtbot, translations) -> None:
    model = shown(
        [
            dataclasses.replace(BASE, id=1, description="Mijn foto", notes="ook in de klasgroep"),
            dataclasses.replace(BASE, id=2, notes="Chat met Jonas\nTweede regel"),
            dataclasses.replace(BASE, id=3),
        ],
        qtbot,
    )
    cells = [model.index(row, item_model.COL_DESCRIPTION) for row in range(3)]
    assert [cell.data() for cell in cells] == ["Mijn foto", "Notes: Chat met Jonas", ""]
    assert cells[1].data(Qt.ItemDataRole.ToolTipRole) == "Chat met Jonas\nTweede regel"
    dimmed = cells[1].data(Qt.ItemDataRole.ForegroundRole)
    assert dimmed is not None
    assert dimmed.color() == QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert cells[0].data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_file_brought_in_shows_its_name_until_words_are_given(qtbot, translations) -> None:
    """A batch of a phone's screenshots differ, in the list, only by their names until the
    person describes them; a capture's made-up name is not shown, nor a name over words."""
    name = "Screenshot_20261103-221503_Instagram.jpg"
    model = shown(
        [
            dataclasses.replace(BASE, id=1, original_name=name),
            dataclasses.replace(BASE, id=2, original_name=name, notes="van Sam"),
            dataclasses.replace(BASE, id=3, original_name=name, description="Zijn bericht"),
            dataclasses.replace(BASE, id=4, kind="screen", original_name="screen-1.png"),
            dataclasses.replace(BASE, id=5, original_name="x" * 200 + ".png"),
            dataclasses.replace(BASE, id=6, original_name="<b>foto\n\u202egnp.exe"),
        ],
        qtbot,
    )
    cells = [model.index(model.row_of(n), item_model.COL_DESCRIPTION) for n in range(1, 7)]
    # Made by someone else: a line break and a bidi control (which would make it read
    # "exe.png") show as their escapes, and the tip shows the name, not bold text.
    assert cells[5].data() == "File: <b>foto\\x0a\\u202egnp.exe"
    assert cells[5].data(Qt.ItemDataRole.ToolTipRole) == (
        "<p style='white-space:pre-wrap'>&lt;b&gt;foto\\x0a\\u202egnp.exe</p>"
    )
    assert [cell.data() for cell in cells[:4]] == [
        f"File: {name}",
        "Notes: van Sam",
        "Zijn bericht",
        "",
    ]
    assert cells[4].data() == "File: " + item_model.short_description("x" * 200 + ".png")
    assert cells[4].data(Qt.ItemDataRole.ToolTipRole) == "x" * 200 + ".png"  # whole
    assert cells[3].data(Qt.ItemDataRole.ToolTipRole) is None  # nor in a tip
    dimmed = cells[0].data(Qt.ItemDataRole.ForegroundRole)
    assert dimmed is not None
    assert dimmed.color() == QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert cells[2].data(Qt.ItemDataRole.ForegroundRole) is None
    translations.switch("nl")
    assert cells[0].data() == f"Bestand: {name}"
    translations.switch("fr")
    assert cells[0].data() == f"Fichier : {name}"


def test_a_report_s_list_names_each_item_alike_whatever_its_kind(qtbot, translations) -> None:
    """The report editor's list has no other column to tell items apart: an item with no
    words shows its file's name (escaped), or its kind, in the text's own colour."""
    picker = ItemPicker(
        ReadSource(
            [
                dataclasses.replace(BASE, id=1, original_name="post\u202egnp.exe"),
                dataclasses.replace(BASE, id=2, kind="screen", original_name="screen-1.png"),
                dataclasses.replace(BASE, id=3, kind="screen"),
                dataclasses.replace(BASE, id=4, original_name="a.png", notes="van Sam"),
            ],
            item_model.search_text,
        ),
        1,
        chosen=[],
    )
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 4)
    model = picker.model
    for row in range(4):
        model.index(row, 0).data()  # asks for the row's item
    checks = picker.checks

    def cells() -> dict[int, str]:
        found = {}
        for row in range(4):
            index = checks.index(row, CHECK_COLUMN)
            found[int(index.data(item_model.ID_ROLE))] = index.data()
        return found

    qtbot.waitUntil(lambda: all(cells().values()))
    assert cells() == {
        1: "post\\u202egnp.exe",
        2: "screen-1.png",
        3: messages.kind_label("screen"),
        4: "Notes: van Sam",
    }
    for row in range(4):
        index = checks.index(row, CHECK_COLUMN)
        grey = index.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert grey == (int(index.data(item_model.ID_ROLE)) == 4)  # only "Notes: …"


def test_the_chronology_is_ordered_by_when_it_happened(qtbot) -> None:
    """Screenshots stored today of things that happened earlier go where they happened."""
    today = "2026-12-02T10:00:00.000000Z"

    def made(item_id: int, captured: str, event_at: str = "", precision: str = "") -> Item:
        return Item(
            item_id, 1, "screen", captured, "Europe/Brussels", 60,
            event_at=event_at, event_precision=precision,
        )  # fmt: skip

    model = shown(
        [
            made(1, today),  # not known: where it was captured
            made(2, today, "2024-11-20", "day"),
            made(3, "2026-12-02T10:05:00.000000Z", "2024-11-13T22:15+01:00", "exact"),
            made(4, "2024-12-01T08:00:00.000000Z"),
        ],
        qtbot,
    )
    assert _ids(model) == [3, 2, 4, 1]
    assert model.index(0, item_model.COL_EVENT).data() == "13 November 2024, 22:15 (UTC+01:00)"
    assert model.index(3, item_model.COL_EVENT).data() == ""


class HeldSource(ReadSource):
    """Answers reads only when let go, as the read thread does when it is busy."""

    def __init__(self, items: list[Item]) -> None:
        super().__init__(items, item_model.search_text)
        self.held: list[Callable[[], None]] = []

    def read(self, ids, done, failed) -> None:  # type: ignore[no-untyped-def]
        self.held.append(lambda: ReadSource.read(self, ids, done, failed))


def test_rows_read_before_a_lock_are_never_kept(qtbot: QtBot) -> None:
    source = HeldSource(_items())
    model = ItemTableModel()
    model.show_case(source, 1)
    assert model.index(0, item_model.COL_DESCRIPTION).data() is None  # asked, not there yet
    qtbot.waitUntil(lambda: len(source.held) == 1)
    chosen: list[Item | None] = []
    model.fetch(3, chosen.append)  # the chosen row's item, asked for the detail pane
    model.clear()  # the lock
    for answer in source.held:
        answer()
    assert (model.rowCount(), len(model._cache), chosen) == (0, 0, [])


def test_an_item_gone_while_another_came_unchooses_its_row(qtbot: QtBot) -> None:
    """As many rows, one item in place of another (deleted elsewhere while one was added):
    the row of the one gone is no longer chosen; the others follow their items."""
    items = _items()
    source = ReadSource(items, item_model.search_text)
    model = ItemTableModel()
    model.show_case(source, 1)
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
    gone = QPersistentModelIndex(model.index(model.row_of(2), 0))
    kept = QPersistentModelIndex(model.index(model.row_of(1), 0))
    newer = dataclasses.replace(items[1], id=4, captured_at="2024-05-04T00:00:00Z")
    model.show_case(ReadSource([items[0], items[2], newer], item_model.search_text), 1)
    assert _ids(model) == [3, 1, 4]
    assert not gone.isValid() and not kept.isValid()  # a new case: nothing stays chosen

    model = ItemTableModel()
    changing = ReadSource(items, item_model.search_text)
    model.show_case(changing, 1)
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
    gone = QPersistentModelIndex(model.index(model.row_of(2), 0))
    kept = QPersistentModelIndex(model.index(model.row_of(1), 0))
    changing._items = {i.id: i for i in (items[0], items[2], newer)}  # the vault changed
    model.relist()
    assert _ids(model) == [3, 1, 4]
    assert not gone.isValid()
    assert (kept.isValid(), kept.row()) == (True, 1)


def test_rows_read_while_the_list_moved_are_shown_and_gone_ones_not_asked_again(
    qtbot: QtBot,
) -> None:
    """A page asked for before a sort arrives after it: its rows are drawn where they are
    now. An item deleted meanwhile is not asked for again at every paint."""
    items = _items()
    source = HeldSource(items)
    model = ItemTableModel()
    model.show_case(source, 1)
    model.index(0, 0).data()
    qtbot.waitUntil(lambda: len(source.held) == 1)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.sort(item_model.COL_CAPTURED, Qt.SortOrder.DescendingOrder)  # moves every row
    source._items.pop(3)  # deleted elsewhere before the page is read
    source.held.pop(0)()
    assert model.item_at(model.row_of(1)) is not None and changed
    assert model.index(model.row_of(3), 0).data() is None  # gone: empty, and not asked again
    qtbot.wait(20)
    assert source.held == []
