"""The story of the case: a journal, when things happened, and a case's own name."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.domain import event_time
from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.domain.event_time import EventPrecision, EventTime
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.pages import plain
from tests.helpers.vaults import PASSPHRASE


def _reopened(service: VaultService) -> VaultService:
    folder = service.folder
    service.lock()
    return VaultService.unlock(folder, PASSPHRASE)


# -- when it happened ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "at", "stored"),
    [
        ("2024-11-13", None, "2024-11-13", "day"),
        ("2024-11-13T22:15", None, "2024-11-13T22:15+01:00", "exact"),  # Brussels, winter
        ("2024-07-02 08:05", "about", "2024-07-02T08:05+02:00", "about"),  # summer time
        ("2024-11-13T22:15:59Z", None, "2024-11-13T22:15+00:00", "exact"),
        ("2024-11-13T22:15-05:00", "exact", "2024-11-13T22:15-05:00", "exact"),
        ("", None, "", ""),
    ],
)
def test_a_time_of_the_event_is_read_as_people_write_it(
    text: str, precision: str | None, at: str, stored: str
) -> None:
    assert event_time.parse(text, precision, zone="Europe/Brussels") == EventTime(at, stored)


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("13/11/2024", None),
        ("2024-02-30", None),
        ("2024-11-13", "about"),
        ("2024-11-13T22:15", "day"),
        ("2024-11-13T25:00", None),
        ("2024-11-13", "soon"),
    ],
)
def test_a_time_that_cannot_be_read_is_refused(text: str, precision: str | None) -> None:
    with pytest.raises(BadInput):
        event_time.parse(text, precision)


def test_the_chronology_orders_by_event_where_known_else_by_capture() -> None:
    captured = "2024-11-20T10:00:00.000000Z"
    day = EventTime("2024-11-13", EventPrecision.DAY)
    morning = EventTime("2024-11-13T09:00+01:00", EventPrecision.ABOUT)
    evening = EventTime("2024-11-13T22:15+01:00", EventPrecision.EXACT)
    records = [
        ("not known", event_time.NOT_KNOWN, captured),
        ("evening", evening, "2024-11-20T09:00:00.000000Z"),
        ("day only", day, captured),
        ("morning", morning, captured),
        ("captured earlier", event_time.NOT_KNOWN, "2024-11-14T08:00:00.000000Z"),
    ]
    ordered = sorted(records, key=lambda r: event_time.sort_key(r[1], r[2]))
    assert [name for name, *_ in ordered] == [
        "day only",
        "morning",
        "evening",
        "captured earlier",
        "not known",
    ]


def test_an_items_event_time_is_kept_audited_and_checked(
    service: VaultService, tmp_path: Path
) -> None:
    source = tmp_path / "chat.png"
    source.write_bytes(b"not a picture, kept as it is")
    item = service.add_file(source, case_id=1)
    assert (item.event_at, item.event_precision) == ("", "")
    changed = service.update_item(item.id, {"event_at": "2024-11-13T22:15+01:00"})
    assert changed.event() == EventTime("2024-11-13T22:15+01:00", "exact")
    with pytest.raises(BadInput):
        service.update_item(item.id, {"event_at": "2024-11-13T22:15"})  # no offset: not one moment
    with pytest.raises(BadInput):
        service.update_item(item.id, {"event_precision": "day"})  # a day needs a date only
    service.update_item(item.id, {"event_at": "2024-11-13", "event_precision": "day"})
    again = _reopened(service)
    try:
        assert again.item(item.id).event() == EventTime("2024-11-13", "day")
        edits = [e for e in again.audit_entries() if e.action == "item.edit"]
        assert edits[-1].details["changes"]["event_at"] == {
            "before": "2024-11-13T22:15+01:00",
            "after": "2024-11-13",
        }
        assert again.check() == []
    finally:
        again.lock()


# -- the journal ----------------------------------------------------------------


def test_journal_entries_are_written_changed_removed_and_survive_a_lock(
    service: VaultService,
) -> None:
    threat = service.add_journal_entry(
        1,
        "Hij belde en dreigde de foto's naar mijn klas te sturen.",
        event=event_time.parse("2024-11-14T19:30", "about", zone="Europe/Brussels"),
        involved="x_francois",
    )
    told = service.add_journal_entry(1, "Ik heb het aan mijn mentor verteld.")
    service.update_journal_entry(told.id, {"involved": "  mevrouw Peeters ", "event_at": ""})
    wrong = service.add_journal_entry(1, "Een vergissing")
    service.remove_journal_entry(wrong.id)
    again = _reopened(service)
    try:
        entries = again.journal(1)
        assert [e.id for e in entries] == [threat.id, told.id]
        assert entries[0].event() == EventTime("2024-11-14T19:30+01:00", "about")
        assert entries[0].involved == "x_francois"
        assert entries[1].involved == "mevrouw Peeters"
        actions = [e.action for e in again.audit_entries() if e.target.startswith("journal:")]
        assert actions == [
            "journal.create",
            "journal.create",
            "journal.edit",
            "journal.create",
            "journal.edit",
        ]
        assert again.check() == []
    finally:
        again.lock()


def test_a_journal_entry_needs_words_a_case_and_a_readable_time(service: VaultService) -> None:
    with pytest.raises(BadInput):
        service.add_journal_entry(1, "   ")
    with pytest.raises(NotFound):
        service.add_journal_entry(99, "iets")
    with pytest.raises(BadInput):
        service.add_journal_entry(1, "iets", event=EventTime("gisteren", "exact"))
    entry = service.add_journal_entry(1, "iets")
    with pytest.raises(BadInput):
        service.update_journal_entry(entry.id, {"created_at": "2020-01-01T00:00:00Z"})
    service.remove_journal_entry(entry.id)
    with pytest.raises(NotFound):
        service.update_journal_entry(entry.id, {"text": "weer"})
    assert service.journal(1) == []


def test_check_finds_a_journal_entry_changed_behind_the_vaults_back(
    created: tuple[VaultService, str],
) -> None:
    service, recovery_key = created
    entry = service.add_journal_entry(1, "Hij stuurde een dreigbericht via Snapchat.")
    folder = service.folder
    service.lock()
    raw = plain(folder / VAULT_DB, recovery_key)
    raw.execute("UPDATE journal SET text = 'Er is niets gebeurd.' WHERE id = ?", (entry.id,))
    raw.execute("UPDATE journal SET deleted = 1 WHERE id = ?", (entry.id,))
    raw.close()
    again = VaultService.unlock(folder, PASSPHRASE)
    try:
        assert sorted(str(p) for p in again.check()) == [
            f"journal entry {entry.id}: field 'deleted' differs from what the audit chain recorded",
            f"journal entry {entry.id}: field 'text' differs from what the audit chain recorded",
        ]
    finally:
        again.lock()


# -- the case's name --------------------------------------------------------------


def test_a_case_is_renamed_audited_and_never_to_a_name_in_use(service: VaultService) -> None:
    other = service.create_case("School")
    renamed = service.rename_case(1, "Instagram, november")
    assert renamed.name == "Instagram, november"
    with pytest.raises(BadInput):
        service.rename_case(1, "School")
    with pytest.raises(BadInput):
        service.rename_case(other.id, " ")
    with pytest.raises(NotFound):
        service.rename_case(99, "x")
    edit = service.audit_entries()[-1]
    assert (edit.action, edit.target) == ("case.edit", "case:1")
    assert edit.details["changes"]["name"]["after"] == "Instagram, november"
    assert service.check() == []
