"""Lists of items sorted and searched in the database (`storage.item_list`), on real vaults."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from evidence_app.domain.listing import ListQuery, Order, Word
from evidence_app.domain.model import ItemKind
from evidence_app.domain.recovery_key import parse
from evidence_app.storage import database, item_list, migrations
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.pages import damage, page_failing
from tests.helpers.vaults import FAST_KDF, PASSPHRASE, back_to_schema_9


@pytest.fixture
def listed(tmp_path: Path) -> tuple[VaultService, dict[str, int], str]:
    """A vault with five items of a case and one of another case; their ids by name."""
    service, recovery_key = VaultService.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    other = service.create_case("Other").id
    records = [
        {"url": "https://www.instagram.com/p/Cx1/", "description": "Zij stuurde één foto"},
        {"url": "https://snapchat.com/add/jonas", "notes": "Blackmail: pay or else"},
        {"description": "Story in de klasgroep", "place": "WhatsApp group 3B"},
        {"url": "https://example.com/forum/thread-9", "description": "a forum thread"},
        {"notes": "only notes here", "posted_at": "last Tuesday"},
    ]
    made = service.add_records(case_id=1, records=records)
    ids = dict(zip(("insta", "snap", "group", "forum", "notes"), (i.id for i in made), strict=True))
    ids["elsewhere"] = service.add_record(case_id=other, description="Zij stuurde ook").id
    service.update_item(ids["group"], {"event_at": "2024-11-13T22:15+01:00"})
    service.update_item(ids["forum"], {"event_at": "2024-11-13", "event_precision": "day"})
    return service, ids, recovery_key


def _ids(service: VaultService, **query: object) -> list[int]:
    return service.item_ids(ListQuery(**{"case_id": 1, **query}))  # type: ignore[arg-type]


def test_every_order_sorts_in_the_database(listed) -> None:
    service, ids, _ = listed
    insta, snap, group, forum, notes = (
        ids[n] for n in ("insta", "snap", "group", "forum", "notes")
    )
    # The chronology: the day first (at the start of its day), then the timed event of that
    # day, then the items whose event is not known, by capture.
    assert _ids(service) == [forum, group, insta, snap, notes]
    assert _ids(service, descending=True) == [notes, snap, insta, group, forum]
    assert _ids(service, order=Order.CAPTURED) == [insta, snap, group, forum, notes]
    assert _ids(service, order=Order.URL) == [group, notes, forum, snap, insta]
    # What the item shows, else its notes; any case.
    assert _ids(service, order=Order.DESCRIPTION) == [forum, snap, notes, group, insta]
    hashes = sorted((service.item(i).sha256, i) for i in ids.values() if i != ids["elsewhere"])
    assert _ids(service, order=Order.HASH) == [i for _, i in hashes]


def test_kinds_and_platforms_sort_in_the_order_the_window_names_them(listed) -> None:
    service, ids, _ = listed
    insta, snap = ids["insta"], ids["snap"]
    by_name = ("snapchat", "instagram")  # as a window would sort their names
    found = _ids(service, order=Order.PLATFORM, platform_order=by_name)
    assert found[:2] == [snap, insta] and len(found) == 5
    assert _ids(service, order=Order.PLATFORM, platform_order=by_name, descending=True)[-2:] == [
        insta,
        snap,
    ]
    assert _ids(service, order=Order.KIND, kind_order=(ItemKind.RECORD,)) == _ids(
        service, order=Order.CAPTURED
    )


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("foto",), ["insta"]),
        (("EEN",), ["insta"]),  # "één": any case, any accent
        (("black",), ["snap"]),  # the start of a word, in the notes
        (("instagram.com/p",), ["insta"]),  # a piece of an address, in order
        (("klasgroep", "story"), ["group"]),  # every word
        (("klasgroep", "foto"), []),
        (("3b",), ["group"]),  # the place
        (("tuesday",), ["notes"]),  # when it was posted, in the person's words
        (('"',), ["insta", "snap", "group", "forum", "notes"]),  # no word in it: not a filter
    ],
)
def test_search_finds_words_in_every_field(listed, words, expected) -> None:
    service, ids, _ = listed
    found = _ids(service, order=Order.CAPTURED, words=tuple(Word(w) for w in words))
    assert found == [ids[name] for name in expected]


def test_search_finds_the_time_of_capture_as_shown_and_named_kinds(listed) -> None:
    service, ids, _ = listed
    local = service.item(ids["snap"]).captured_local().strftime("%Y-%m-%d %H:%M")
    assert ids["snap"] in _ids(service, words=(Word(local),))
    assert _ids(service, words=(Word(local[:10]), Word("pay"))) == [ids["snap"]]
    # "screenshot" names no stored word: the window says which kinds it names.
    assert _ids(service, words=(Word("screenshot"),)) == []
    assert len(_ids(service, words=(Word("writ", kinds=(ItemKind.RECORD,)),))) == 5


def test_edits_and_deletions_reach_the_search_and_the_chronology(listed) -> None:
    service, ids, _ = listed
    service.update_item(ids["insta"], {"description": "iets anders"})
    assert _ids(service, words=(Word("foto"),)) == []
    assert _ids(service, words=(Word("anders"),)) == [ids["insta"]]
    service.update_item(ids["notes"], {"event_at": "2020-01-01T10:00Z"})
    assert _ids(service)[0] == ids["notes"]
    service.delete_item(ids["forum"])
    assert ids["forum"] not in _ids(service)
    assert _ids(service, words=(Word("forum"),)) == []
    assert _ids(service, case_id=None, order=Order.CAPTURED)[-1] == ids["elsewhere"]


def test_rows_are_read_by_id_in_the_order_asked(listed) -> None:
    service, ids, _ = listed
    wanted = [ids["notes"], ids["insta"], 999_999, ids["snap"]]
    found = service.items_by_id(wanted)
    assert [item.id for item in found] == [ids["notes"], ids["insta"], ids["snap"]]
    assert found[1] == service.item(ids["insta"])
    many = service.items_by_id(list(range(1, 2000)))  # more than one query's worth
    assert [item.id for item in many] == sorted(i for i in ids.values())


def test_a_vault_from_schema_9_gets_its_lists_on_opening(listed, tmp_path: Path) -> None:
    service, ids, recovery_key = listed
    before = {order: _ids(service, order=order) for order in Order}
    searched = _ids(service, words=(Word("stuurde"),))
    service.lock()
    conn = database.open_database(tmp_path / "v" / VAULT_DB, parse(recovery_key))
    with database.transaction(conn):
        back_to_schema_9(conn)
        # What the chronology needs the machine's zone for, read the old way: the same.
        old = [
            int(row[0])
            for sql, params in item_list.select_ids(ListQuery(1), with_fts=False)
            for row in conn.execute(sql, params)
        ]
        old_search = [
            int(row[0])
            for sql, params in item_list.select_ids(
                ListQuery(1, words=(Word("stuurde"),)), with_fts=False
            )
            for row in conn.execute(sql, params)
        ]
    conn.close()
    assert (old, old_search) == (before[Order.EVENT], searched)
    reopened = VaultService.unlock(tmp_path / "v", PASSPHRASE)
    assert migrations.schema_version(reopened._conn) == migrations.LATEST
    assert {order: _ids(reopened, order=order) for order in Order} == before
    assert _ids(reopened, words=(Word("stuurde"),)) == searched == [ids["insta"]]
    assert reopened.check() == []
    reopened.lock()


def test_many_records_are_kept_at_once_or_none(listed) -> None:
    service, _, _ = listed
    before = len(service.audit_entries())
    with pytest.raises(Exception, match="fields of a record"):
        service.add_records(case_id=1, records=[{"description": "ok"}, {"colour": "red"}])
    made = service.add_records(case_id=1, records=[{"description": f"n{i}"} for i in range(3)])
    assert [dataclasses.asdict(i)["description"] for i in made] == ["n0", "n1", "n2"]
    assert len(service.audit_entries()) == before + 3
    assert service.check() == []


def test_a_damaged_vault_from_schema_9_still_opens_and_lists_what_it_can(
    listed, tmp_path: Path
) -> None:
    """Migration 10 reads every item: on a damaged page it is not made, and the vault opens
    as it is, as before (its lists then come from what can be read)."""
    service, ids, recovery_key = listed
    service.lock()
    folder = tmp_path / "v"
    conn = database.open_database(folder / VAULT_DB, parse(recovery_key))
    with database.transaction(conn):
        back_to_schema_9(conn)
    conn.close()
    damage(folder, page_failing(folder, recovery_key, "SELECT * FROM items"))
    reopened = VaultService.unlock(folder, PASSPHRASE)
    try:
        assert migrations.schema_version(reopened._conn) == 9
        found = reopened.items_readable(1)
        # Every item of the case, rebuilt from the audit chain where its row is damaged.
        case_ids = {i for name, i in ids.items() if name != "elsewhere"}
        assert {item.id for item in found.items} == case_ids and not found.lost
        assert any("is damaged" in str(problem) for problem in reopened.check())
    finally:
        reopened.lock()
