"""The list of items at 100,000 items, on a real vault: the model reads only what is shown,
and sorting, scrolling and searching are right at that size (speed: `bench/listing.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from evidence_app.domain.listing import ListQuery
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.items import item_model
from evidence_app.gui.items.item_model import ItemTableModel
from evidence_app.gui.items.item_picker import CHECK_COLUMN, ItemPicker
from evidence_app.gui.items.item_source import VaultSource
from evidence_app.vault.service import VaultService
from tests.helpers.vaults import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.slow  # a vault of 100,000 records: about a minute to make

ITEMS = 100_000
EVERY = 100  # one item in EVERY holds the word "needle": 1 % of them


def _record(n: int) -> dict[str, str]:
    record = {"description": f"record {n:06d}", "url": f"https://example.com/{n:06d}"}
    if n % EVERY == 0:
        record["notes"] = "a needle in the list"
    return record


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultService]:
    """A vault of 100,000 records, made through the service in batches (about half a
    minute): built once for this file's tests."""
    folder: Path = tmp_path_factory.mktemp("big") / "vault"
    service, _ = VaultService.create(folder, PASSPHRASE, kdf=FAST_KDF)
    for start in range(0, ITEMS, 10_000):
        service.add_records(case_id=1, records=[_record(n) for n in range(start, start + 10_000)])
    yield service
    service.lock()


@pytest.fixture
def table(qtbot: QtBot, big: VaultService) -> QTableView:
    view = QTableView()
    model = ItemTableModel(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(item_model.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    model.show_case(VaultSource(big, view), 1)
    assert model.rowCount() == item_model.FIRST_ROWS  # the first rows at once
    qtbot.waitUntil(lambda: model.rowCount() == ITEMS)  # the whole list right after
    return view


def _model(view: QTableView) -> ItemTableModel:
    model = view.model()
    assert isinstance(model, ItemTableModel)
    return model


def _shown(view: QTableView, qtbot: QtBot) -> list[str]:
    """The descriptions of the rows in sight, once they arrived."""
    model = _model(view)
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    rows = range(first, last + 1)
    qtbot.waitUntil(lambda: all(model.item_at(r) is not None for r in rows))
    return [model.index(r, item_model.COL_DESCRIPTION).data() for r in rows]


def test_the_list_reads_only_the_rows_in_sight(table: QTableView, qtbot: QtBot) -> None:
    model = _model(table)
    assert model.rowCount() == ITEMS
    shown = _shown(table, qtbot)
    assert shown[:2] == ["record 000000", "record 000001"]
    assert len(model._cache) <= 2 * item_model.PAGE_ROWS


def test_scrolling_to_the_end_shows_the_last_items(table: QTableView, qtbot: QtBot) -> None:
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _shown(table, qtbot)[-1] == f"record {ITEMS - 1:06d}"


def test_clicking_a_header_sorts_the_whole_list(table: QTableView, qtbot: QtBot) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(item_model.COL_DESCRIPTION) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    if not descending:  # a second click turns it around
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _shown(table, qtbot)[:2] == [f"record {ITEMS - 1:06d}", f"record {ITEMS - 2:06d}"]


def test_a_search_keeps_the_one_in_a_hundred(table: QTableView, qtbot: QtBot) -> None:
    model = _model(table)
    model.set_search("needle")
    qtbot.waitUntil(lambda: model.rowCount() == ITEMS // EVERY)
    assert _shown(table, qtbot)[:2] == ["record 000000", f"record {EVERY:06d}"]
    model.set_search("")
    qtbot.waitUntil(lambda: model.rowCount() == ITEMS)


def test_the_model_passes_the_model_tester(table: QTableView, qtmodeltester) -> None:
    qtmodeltester.check(_model(table))


def test_a_report_picks_its_items_from_a_case_of_100_000(
    big: VaultService, qtbot: QtBot, qtmodeltester, translations: Translations
) -> None:
    # The report editor's list: the same model, a check box per row, the search typed.
    last = big.item_ids(ListQuery(1))[-1]
    picker = ItemPicker(VaultSource(big, None), 1, chosen=[last])
    qtbot.addWidget(picker)
    picker.resize(700, 400)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.model.rowCount() == item_model.FIRST_ROWS  # at once, not after 100,000
    qtbot.waitUntil(lambda: picker.model.rowCount() == ITEMS)
    qtbot.keyClicks(picker.search, "needle")
    qtbot.waitUntil(lambda: picker.model.rowCount() == ITEMS // EVERY)
    view = picker.view
    view.setFocus()  # on the first row
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Down):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    rows = [picker.checks.index(row, CHECK_COLUMN) for row in range(4)]
    needles = [int(index.data(item_model.ID_ROLE)) for index in rows]
    checked = Qt.CheckState.Checked
    assert [index.data(Qt.ItemDataRole.CheckStateRole) == checked for index in rows] == [
        True,
        True,
        True,
        False,
    ]
    # The one chosen before stays chosen, though the search does not show it.
    assert picker.chosen() == [last, *needles[:3]]  # the one chosen before first
    assert picker.count.text() == "4 items chosen"
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the third again: unchecked
    assert picker.chosen() == [last, *needles[:2]]
    picker.search.clear()
    picker.only_chosen.click()
    qtbot.waitUntil(lambda: picker.model.rowCount() == 3)
    shown = [
        int(picker.checks.index(row, CHECK_COLUMN).data(item_model.ID_ROLE)) for row in range(3)
    ]
    assert shown == sorted(picker.chosen())  # by when it happened: the order they were added
    assert len(picker.model._cache) <= item_model.CACHED_ITEMS
    qtmodeltester.check(picker.checks)
