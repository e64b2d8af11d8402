"""The item table model and its sort/search proxy, without a view."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from evidence_app.domain.model import Item
from evidence_app.gui.items import item_model
from evidence_app.gui.items.item_model import ID_ROLE, SORT_ROLE, ItemFilterProxy, ItemTableModel

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


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ItemTableModel()
    model.set_items(_items())
    qtmodeltester.check(model)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_display_values_use_local_time_and_short_forms() -> None:
    model = ItemTableModel()
    model.set_items(_items())
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
    assert model.index(1, item_model.COL_KIND).data() == "Screenshot"
    long_description = model.index(2, item_model.COL_DESCRIPTION).data()
    assert len(long_description) == item_model.SHORT_DESCRIPTION
    assert long_description.endswith("…")
    assert model.index(2, 0).data(ID_ROLE) == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When it happened"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Captured"


def _ids(proxy: ItemFilterProxy) -> list[int]:
    return [proxy.item_id(row) for row in range(proxy.rowCount())]


def test_sorting_by_time_uses_the_real_moment_and_by_text_ignores_case() -> None:
    model = ItemTableModel()
    model.set_items(_items())
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy) == [2, 3, 1]
    proxy.sort(item_model.COL_CAPTURED, Qt.SortOrder.DescendingOrder)
    assert _ids(proxy) == [1, 3, 2]
    proxy.sort(item_model.COL_PLATFORM, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy) == [1, 2, 3]
    proxy.sort(item_model.COL_HASH, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy) == [3, 2, 1]
    assert model.index(0, item_model.COL_CAPTURED).data(SORT_ROLE).startswith("2024-05-03T08:30")


def test_search_looks_in_every_field_and_needs_every_word() -> None:
    model = ItemTableModel()
    model.set_items(_items())
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("MONEY")  # in the notes, which the table does not show
    assert _ids(proxy) == [2]
    proxy.set_search("@bad.actor")
    assert _ids(proxy) == [3]
    proxy.set_search("instagram foto")
    assert _ids(proxy) == [1]
    proxy.set_search("instagram money")
    assert _ids(proxy) == []
    proxy.set_search("  ")
    assert sorted(_ids(proxy)) == [1, 2, 3]


def test_add_replace_remove_keep_rows_in_step() -> None:
    model = ItemTableModel()
    items = _items()
    model.set_items(items[:2])
    model.add_item(items[2])
    assert model.rowCount() == 3
    model.replace_item(dataclasses.replace(items[0], platform="facebook"))
    assert model.index(0, item_model.COL_PLATFORM).data() == "Facebook"
    model.remove_item(2)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [1, 3]
    model.clear()
    assert model.rowCount() == 0


def test_notes_show_when_nothing_says_what_it_shows(qtbot, translations) -> None:
    model = ItemTableModel()
    model.set_items(
        [
            dataclasses.replace(BASE, id=1, description="Mijn foto", notes="ook in de klasgroep"),
            dataclasses.replace(BASE, id=2, notes="Chat met Jonas\nTweede regel"),
            dataclasses.replace(BASE, id=3),
        ]
    )
    cells = [model.index(row, item_model.COL_DESCRIPTION) for row in range(3)]
    assert [cell.data() for cell in cells] == ["Mijn foto", "Notes: Chat met Jonas", ""]
    assert cells[1].data(Qt.ItemDataRole.ToolTipRole) == "Chat met Jonas\nTweede regel"
    dimmed = cells[1].data(Qt.ItemDataRole.ForegroundRole)
    assert dimmed is not None
    assert dimmed.color() == QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert cells[0].data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_chronology_is_ordered_by_when_it_happened(qtbot) -> None:
    """Screenshots stored today of things that happened earlier go where they happened."""
    model = item_model.ItemTableModel()
    proxy = item_model.ItemFilterProxy()
    proxy.setSourceModel(model)
    today = "2026-12-02T10:00:00.000000Z"

    def made(item_id: int, captured: str, event_at: str = "", precision: str = "") -> Item:
        return Item(
            item_id, 1, "screen", captured, "Europe/Brussels", 60,
            event_at=event_at, event_precision=precision,
        )  # fmt: skip

    model.set_items(
        [
            made(1, today),  # not known: where it was captured
            made(2, today, "2024-11-20", "day"),
            made(3, "2026-12-02T10:05:00.000000Z", "2024-11-13T22:15+01:00", "exact"),
            made(4, "2024-12-01T08:00:00.000000Z"),
        ]
    )
    proxy.sort(item_model.COL_EVENT, Qt.SortOrder.AscendingOrder)
    assert [proxy.item_id(row) for row in range(4)] == [3, 2, 4, 1]
    assert model.index(2, item_model.COL_EVENT).data() == "13 November 2024, 22:15 (UTC+01:00)"
    assert model.index(0, item_model.COL_EVENT).data() == ""
