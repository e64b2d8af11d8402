"""A long list on a real desktop (Xvfb, xcb, AT-SPI): searched by typing, sorted by clicking
a column's header, read as a screen reader reads it. The records are made in one go, in
order: by the time of capture, they sort as by their numbers."""

from __future__ import annotations

import time
from pathlib import Path

from evidence_app.gui.items import item_model
from evidence_app.vault.service import VaultService
from tests.helpers.desktop import AppProcess, Desktop, Node, wait_until
from tests.helpers.vaults import PASSPHRASE

ITEMS = 5_000
EVERY = 100  # one record in EVERY holds "needle"
PAUSE = 0.6  # between two clicks of a person, longer than a double-click (Qt: 400 ms)


def _fill(base: Path) -> None:
    service = VaultService.unlock(base / "vault", PASSPHRASE)
    service.add_records(
        case_id=1,
        records=[
            {"description": f"record {n:06d}", "notes": "a needle" if n % EVERY == 0 else ""}
            for n in range(ITEMS)
        ],
    )
    service.lock()


def _top(table: Node) -> str:
    """The description in the list's first row, once it arrived."""
    return str(
        wait_until(
            "the first row to show",
            lambda: table.cell(0, item_model.COL_DESCRIPTION).name or None,
        )
    )


def _becomes(table: Node, description: str, *, seconds: float) -> bool:
    try:
        wait_until(
            f"{description} first",
            lambda: table.cell(0, item_model.COL_DESCRIPTION).name == description,
            timeout=seconds,
        )
    except AssertionError:
        return False
    return True


def test_a_long_list_is_searched_and_sorted_by_hand(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    base, _ = desktop_vault
    _fill(base)
    app: AppProcess = start_app(base)
    app.unlock(PASSPHRASE)
    app.window("frame", "Bewijskluis")
    table = app.root().find("table")
    wait_until("every item to be listed", lambda: table.rows() == ITEMS)
    assert _top(table) == "record 000000"  # the chronology: here, the order of capture

    desktop.click(app.root().find("text", "Search in this case"))
    desktop.type("needle")
    wait_until("the list to keep the one in a hundred", lambda: table.rows() == ITEMS // EVERY)
    assert _top(table) == "record 000000"

    # A click sorts by the column, a second turns the order around: Qt's first order for
    # a column is either, so click until the last record comes first, then once more.
    # "Captured" is in sight beside the item's pane (the description is further right).
    header = table.column_header(item_model.COL_CAPTURED)
    last = f"record {ITEMS - EVERY:06d}"
    desktop.click(header)
    if not _becomes(table, last, seconds=5):
        time.sleep(PAUSE)
        desktop.click(header)
        assert _becomes(table, last, seconds=30)
    time.sleep(PAUSE)
    desktop.click(header)
    assert _becomes(table, "record 000000", seconds=30)

    desktop.click(app.root().find("text", "Search in this case"))
    desktop.key("ctrl+a", "BackSpace")
    wait_until("every item to be listed again", lambda: table.rows() == ITEMS)
