"""Persons, captures made in memory, attachments and re-checks, and how `check` covers them."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.domain import audit
from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.domain.model import AttachmentRole, ItemKind, Preview, RecheckResult
from evidence_app.domain.recovery_key import parse
from evidence_app.storage import database, migrations
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.pages import plain
from tests.helpers.vaults import FAST_KDF, PASSPHRASE, back_to_schema_9


def _png(color: str, size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def test_persons_are_recorded_and_linked(service: VaultService, tmp_path: Path) -> None:
    person = service.add_person(
        1, name=" Kévin ", handles="@kev on Instagram\nkev_99", phone="+32 470 12 34 56"
    )
    assert (person.name, person.label()) == ("Kévin", "Kévin")
    assert service.persons(1) == [person]
    assert service.add_person(1, handles="@anon").label() == "@anon"
    with pytest.raises(BadInput):
        service.add_person(1, name="  ")
    with pytest.raises(BadInput):
        service.add_person(1, nickname="x")
    edited = service.update_person(person.id, {"email": "kev@example.org"})
    assert service.person(person.id).email == edited.email == "kev@example.org"
    assert service.audit_entries()[-1].details == {
        "changes": {"email": {"before": "", "after": "kev@example.org"}}
    }
    source = tmp_path / "a.txt"
    source.write_text("x")
    item = service.add_file(source, case_id=1)
    assert (
        service.update_item(item.id, {"poster_id": person.id, "place": "Klas 3B groep"}).poster_id
        == person.id
    )
    other_case = service.create_case("Other")
    stranger = service.add_person(other_case.id, name="Elsewhere")
    with pytest.raises(NotFound):
        service.update_item(item.id, {"poster_id": stranger.id})
    assert service.check() == []


def test_add_bytes_records_a_capture(service: VaultService) -> None:
    data = _png("red")
    item = service.add_bytes(
        data,
        case_id=1,
        original_name="screen.png",
        kind=ItemKind.SCREEN,
        capture_method="screen",
        fields={"place": "WhatsApp group 'Klas 3B'"},
    )
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert (item.preview, item.width, item.height, item.mime_type) == (
        Preview.IMAGE,
        40,
        30,
        "image/png",
    )
    assert item.place == "WhatsApp group 'Klas 3B'"
    assert service.original_bytes(item.id) == data
    with pytest.raises(BadInput):
        service.add_bytes(
            data,
            case_id=1,
            original_name="x.png",
            kind=ItemKind.SCREEN,
            capture_method="screen",
            fields={"sha256": "0" * 64},
        )
    with pytest.raises(BadInput):
        service.add_bytes(
            data,
            case_id=1,
            original_name="x.png",
            kind=ItemKind.SCREEN,
            capture_method="screen",
            fields={"final_url": "javascript:x"},
        )
    assert service.check() == []


def test_web_capture_with_attachments_and_rechecks(service: VaultService) -> None:
    page = _png("white", (100, 600))
    item = service.add_bytes(
        page,
        case_id=1,
        original_name="page.png",
        kind=ItemKind.WEB,
        capture_method="web",
        url="http://example.org/a",
        fields={
            "final_url": "https://example.org/b",
            "http_status": 200,
            "page_title": "Een pagina",
            "user_agent": "Mozilla/5.0",
        },
    )
    assert (item.final_url, item.http_status, item.platform) == (
        "https://example.org/b",
        200,
        "other",
    )
    archive = service.add_attachment(
        item.id,
        b"MIME-Version: 1.0\r\n" * 10,
        role=AttachmentRole.ARCHIVE,
        name="page.mhtml",
        mime_type="multipart/related",
    )
    stamped_bytes = _png("yellow", (100, 640))
    stamped = service.add_attachment(
        item.id,
        stamped_bytes,
        role=AttachmentRole.STAMPED,
        name="page-stamped.png",
        mime_type="image/png",
        derived=True,
    )
    assert (stamped.width, stamped.height, stamped.derived) == (100, 640, True)
    assert service.attachments(item.id) == [archive, stamped]
    assert service.attachment_bytes(stamped.id) == stamped_bytes
    with pytest.raises(NotFound):
        service.attachment_bytes(999)
    recheck = service.add_recheck(
        item.id, RecheckResult.REMOVED, http_status=404, note="account gone"
    )
    assert service.rechecks(item.id) == [recheck]
    assert service.audit_entries()[-1].action == audit.ITEM_RECHECK
    with pytest.raises(BadInput):
        service.add_recheck(item.id, "maybe")
    assert service.check() == []
    service.delete_item(item.id)
    assert service.check() == []


def test_check_finds_a_changed_attachment(created: tuple[VaultService, str]) -> None:
    service, recovery_key = created
    item = service.add_bytes(
        _png("red"), case_id=1, original_name="s.png", kind=ItemKind.SCREEN, capture_method="screen"
    )
    attachment = service.add_attachment(
        item.id,
        b"archive bytes",
        role=AttachmentRole.ARCHIVE,
        name="p.mhtml",
        mime_type="multipart/related",
    )
    folder = service.folder
    service.lock()
    conn = plain(folder / VAULT_DB, recovery_key)
    conn.execute(
        "UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?",
        (b"archive byteZ", attachment.id),
    )
    conn.execute("UPDATE attachments SET derived = 1 WHERE id = ?", (attachment.id,))
    conn.close()
    reopened = VaultService.unlock(folder, PASSPHRASE)
    where = f"item {item.id}, file {attachment.id} (archive)"
    assert [str(p) for p in reopened.check()] == [
        f"{where}: differs from what the audit chain recorded",
        f"{where}: stored bytes do not match their SHA-256",
    ]
    reopened.lock()


# The item columns that migrations after the first added.
LATER_COLUMNS = ("place", "poster_id", "http_status", "user_agent", "event_at", "event_precision")


def test_a_vault_from_schema_1_is_migrated_and_still_checks(tmp_path: Path) -> None:
    """Items recorded before a field existed replay with that field's default."""
    folder = tmp_path / "old"
    created, recovery_key = VaultService.create(folder, PASSPHRASE, kdf=FAST_KDF)
    source = tmp_path / "a.txt"
    source.write_text("recorded by version 1")
    item = created.add_file(source, case_id=1)
    created.lock()
    # Make it a schema-1 vault again: drop what later migrations added, as an old app left it.
    conn = database.open_database(folder / VAULT_DB, parse(recovery_key))
    with database.transaction(conn):
        back_to_schema_9(conn)
        for table in (
            "choices",
            "custody",
            "report_checks",
            "report_answers",
            "reports",
            "journal",
            "unfinished_exports",
            "rechecks",
            "attachment_chunks",
            "attachments",
            "persons",
            "redactions",
        ):
            conn.execute(f"DROP TABLE {table}")
        for column in LATER_COLUMNS:
            conn.execute(f"ALTER TABLE items DROP COLUMN {column}")
        entry = conn.execute(
            "SELECT seq, details FROM audit WHERE action = 'item.create'"
        ).fetchone()
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    # The create entry recorded every field of its day; rewrite the chain as version 1 wrote it.
    conn = database.open_database(folder / VAULT_DB, parse(recovery_key))
    rows = conn.execute(
        "SELECT seq, at_utc, actor, action, target, details FROM audit ORDER BY seq"
    ).fetchall()
    prev = audit.GENESIS
    with database.transaction(conn):
        for seq, at_utc, actor, action, target, details in rows:
            parsed = json.loads(details)
            if seq == entry[0]:
                for column in LATER_COLUMNS:
                    parsed["item"].pop(column)
            digest = audit.entry_hash(prev, seq, at_utc, actor, action, target, parsed)
            conn.execute(
                "UPDATE audit SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (json.dumps(parsed, sort_keys=True), prev, digest, seq),
            )
            prev = digest
    conn.close()
    (folder / "vault.seal").unlink()  # a vault of version 1's day had no seal
    reopened = VaultService.unlock(folder, PASSPHRASE)
    assert migrations.schema_version(reopened._conn) == migrations.LATEST  # type: ignore[arg-type]
    assert reopened.item(item.id).place == ""
    assert reopened.check() == []
    reopened.lock()


def test_a_capture_with_its_attachments_is_stored_whole_or_not_at_all(
    service: VaultService,
) -> None:
    from datetime import UTC, datetime, timedelta

    from evidence_app.domain.model import NewAttachment

    grabbed = datetime.now(UTC) - timedelta(seconds=2)
    page = _png("white", (50, 400))
    item = service.add_bytes(
        page,
        case_id=1,
        original_name="page.png",
        kind=ItemKind.WEB,
        capture_method="web",
        captured_at=grabbed,
        attachments=[
            NewAttachment(b"archive", AttachmentRole.ARCHIVE, "page.mhtml", "multipart/related")
        ],
    )
    assert item.captured_at == grabbed.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert [a.name for a in service.attachments(item.id)] == ["page.mhtml"]
    before = (len(service.items()), len(service.audit_entries()))
    with pytest.raises(BadInput):
        service.add_bytes(
            page,
            case_id=1,
            original_name="p.png",
            kind=ItemKind.WEB,
            capture_method="web",
            captured_at=datetime.now(UTC) + timedelta(hours=1),
        )
    with pytest.raises(NotFound):  # a capture that cannot be stored leaves nothing behind
        service.add_bytes(
            page,
            case_id=99,
            original_name="p.png",
            kind=ItemKind.WEB,
            capture_method="web",
            attachments=[NewAttachment(b"x", AttachmentRole.ARCHIVE, "a", "text/plain")],
        )
    assert (len(service.items()), len(service.audit_entries())) == before
    assert service.check() == []


def test_a_record_without_any_file(service: VaultService) -> None:
    """What a minor may keep: the address, the place and what happened, no picture."""
    from evidence_app.domain.model import ItemKind, Preview

    item = service.add_record(
        case_id=1,
        url="https://www.instagram.com/some.account/",
        place="Instagram, account some.account",
        description="A nude picture of me, posted on 3 May",
        posted_at="3 May, around 21:00",
    )
    assert (item.kind, item.preview, item.size) == (ItemKind.RECORD, Preview.RECORD_ONLY, 0)
    assert item.sha256 == hashlib.sha256(b"").hexdigest()
    assert item.platform == "instagram"
    assert service.original_bytes(item.id) == b""
    assert service.check() == []
    with pytest.raises(BadInput):
        service.add_bytes(
            b"x",
            case_id=1,
            original_name="x",
            kind=ItemKind.WEB,
            capture_method="web",
            fields={"preview": "image"},
        )


@pytest.mark.parametrize(
    "fields",
    [
        {"poster_id": 1},
        {"recorded_by": "Politie Gent"},
        {"app_version": "9.9"},
        {"exif_date": "2020:01:01 00:00:00"},
        {"platform": "other"},
        {"captured_at": "2000-01-01T00:00:00.000000Z"},
    ],
)
def test_a_capture_cannot_set_what_the_vault_records_itself(
    service: VaultService, fields: dict[str, object]
) -> None:
    with pytest.raises(BadInput):
        service.add_bytes(
            b"x",
            case_id=1,
            original_name="x",
            kind=ItemKind.WEB,
            capture_method="web",
            fields=fields,
        )
    assert service.items() == []


def test_an_item_of_words_only_cannot_carry_bytes(service: VaultService) -> None:
    from evidence_app.domain.model import ItemKind

    with pytest.raises(BadInput):
        service.add_bytes(
            _png("red"),
            case_id=1,
            original_name="x.png",
            kind=ItemKind.RECORD,
            capture_method="record-only",
        )
    assert service.items() == []
