"""`check` finds tampering done with the key, each kind in its own test."""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from PIL import Image

from evidence_app.vault import integrity
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.pages import plain
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def filled(created: tuple[VaultService, str], tmp_path: Path) -> tuple[Path, str]:
    """A locked vault with three items (one edited) and the recovery key."""
    service, recovery_key = created
    for n in range(3):
        source = tmp_path / f"file{n}.bin"
        source.write_bytes(bytes([n]) * (1024 * 1024 + 7))  # two chunks each
        service.add_file(source, case_id=1, url=f"https://example.org/{n}")
    service.update_item(2, {"description": "the second one"})
    assert service.check() == []
    service.lock()
    return service.folder, recovery_key


@pytest.fixture
def raw(filled: tuple[Path, str]) -> Iterator[sqlcipher3.Connection]:
    """The database opened with the key, as someone tampering with it would."""
    folder, recovery_key = filled
    conn = plain(folder / VAULT_DB, recovery_key)
    yield conn
    conn.close()


def _problems(folder: Path) -> list[str]:
    service = VaultService.unlock(folder, PASSPHRASE)
    try:
        return [str(p) for p in service.check()]
    finally:
        service.lock()


def test_one_changed_byte_in_a_blob(filled: tuple[Path, str], raw: sqlcipher3.Connection) -> None:
    data = bytearray(
        raw.execute("SELECT data FROM chunks WHERE item_id = 2 AND seq = 1").fetchone()[0]
    )
    data[3] ^= 0x01
    raw.execute("UPDATE chunks SET data = ? WHERE item_id = 2 AND seq = 1", (bytes(data),))
    assert _problems(filled[0]) == ["item 2: stored bytes do not match their SHA-256"]


def test_a_missing_chunk(filled: tuple[Path, str], raw: sqlcipher3.Connection) -> None:
    raw.execute("DELETE FROM chunks WHERE item_id = 3 AND seq = 0")
    problems = _problems(filled[0])
    assert "item 3: stored bytes: part 0 is missing" in problems
    assert "item 3: stored bytes do not match their SHA-256" in problems


def test_a_metadata_field_changed_in_the_database(
    filled: tuple[Path, str], raw: sqlcipher3.Connection
) -> None:
    raw.execute("UPDATE items SET url = 'https://elsewhere.example/' WHERE id = 1")
    assert _problems(filled[0]) == [
        "item 1: field 'url' differs from what the audit chain recorded"
    ]


def test_an_edit_reverted_in_the_database(
    filled: tuple[Path, str], raw: sqlcipher3.Connection
) -> None:
    raw.execute("UPDATE items SET description = '' WHERE id = 2")
    assert _problems(filled[0]) == [
        "item 2: field 'description' differs from what the audit chain recorded"
    ]


def test_an_audit_entry_deleted(filled: tuple[Path, str], raw: sqlcipher3.Connection) -> None:
    raw.execute("DELETE FROM audit WHERE seq = 4")
    problems = _problems(filled[0])
    assert problems[:2] == [
        "audit entry 5: expected entry 4 here: entries are missing or out of order",
        "audit entry 5: does not link to the entry before it",
    ]
    assert "item 2: has no entry in the audit chain" in problems


def test_an_audit_entry_altered(filled: tuple[Path, str], raw: sqlcipher3.Connection) -> None:
    details = raw.execute("SELECT details FROM audit WHERE seq = 6").fetchone()[0]
    raw.execute(
        "UPDATE audit SET details = ? WHERE seq = 6",
        (details.replace("the second one", "something else"),),
    )
    problems = _problems(filled[0])
    assert "audit entry 6: its content does not match its hash (altered)" in problems


def test_audit_entries_reordered(filled: tuple[Path, str], raw: sqlcipher3.Connection) -> None:
    raw.execute("UPDATE audit SET seq = 100 WHERE seq = 3")
    raw.execute("UPDATE audit SET seq = 3 WHERE seq = 4")
    raw.execute("UPDATE audit SET seq = 4 WHERE seq = 100")
    problems = _problems(filled[0])
    assert "audit entry 3: does not link to the entry before it" in problems
    assert "audit entry 3: its content does not match its hash (altered)" in problems


def test_an_item_inserted_behind_the_chain(
    filled: tuple[Path, str], raw: sqlcipher3.Connection
) -> None:
    columns = [r[1] for r in raw.execute("PRAGMA table_info(items)")][1:]
    names = ", ".join(columns)
    raw.execute(f"INSERT INTO items ({names}) SELECT {names} FROM items WHERE id = 1")
    assert _problems(filled[0]) == ["item 4: has no entry in the audit chain"]


def test_untouched_vault_passes(filled: tuple[Path, str]) -> None:
    assert _problems(filled[0]) == []


@pytest.fixture
def recorded(created: tuple[VaultService, str], tmp_path: Path) -> tuple[Path, str]:
    """A locked vault with a case summary, a person, a re-check and hidden parts of an image."""
    from evidence_app.domain.model import RecheckResult, Region

    service, recovery_key = created
    source = tmp_path / "shot.png"
    Image.new("RGB", (40, 30), "red").save(source)
    item = service.add_file(source, case_id=1, url="https://example.org/post")
    service.set_case_summary(1, "He sent the picture to my class on 12 May.")
    person = service.add_person(1, name="Kévin", phone="+32 470 12 34 56")
    service.update_person(person.id, {"email": "kev@example.org"})
    service.add_recheck(item.id, RecheckResult.PRESENT, http_status=200)
    service.set_redactions(item.id, [Region(5, 5, 20, 10)])
    assert service.check() == []
    service.lock()
    return service.folder, recovery_key


def _tampered(recorded: tuple[Path, str], *statements: str) -> list[str]:
    folder, recovery_key = recorded
    conn = plain(folder / VAULT_DB, recovery_key)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return _problems(folder)


def test_a_persons_phone_changed(recorded: tuple[Path, str]) -> None:
    assert _tampered(recorded, "UPDATE persons SET phone = '+32 479 99 99 99'") == [
        "person 1: field 'phone' differs from what the audit chain recorded"
    ]


def test_an_edited_persons_email_reverted(recorded: tuple[Path, str]) -> None:
    assert _tampered(recorded, "UPDATE persons SET email = ''") == [
        "person 1: field 'email' differs from what the audit chain recorded"
    ]


def test_the_case_summary_changed(recorded: tuple[Path, str]) -> None:
    assert _tampered(recorded, "UPDATE cases SET summary = 'Nothing happened.'") == [
        "case 1: field 'summary' differs from what the audit chain recorded"
    ]


def test_a_recheck_result_changed(recorded: tuple[Path, str]) -> None:
    assert _tampered(recorded, "UPDATE rechecks SET result = 'removed'") == [
        "re-check 1: field 'result' differs from what the audit chain recorded"
    ]


def test_hidden_parts_shrunk_to_nothing(recorded: tuple[Path, str]) -> None:
    """A 1x1 box would let a 'redacted' copy show the whole picture."""
    assert _tampered(recorded, "UPDATE redactions SET width = 1, height = 1") == [
        "hidden parts of item 1: field 'regions' differs from what the audit chain recorded"
    ]


def test_a_person_added_or_removed_behind_the_chain(recorded: tuple[Path, str]) -> None:
    problems = _tampered(
        recorded,
        "INSERT INTO persons (case_id, name, created_at) VALUES (1, 'Invented', 'x')",
        "DELETE FROM rechecks",
    )
    assert problems == [
        "person 2: has no entry in the audit chain",
        "re-check 1: is in the audit chain but not in the database",
    ]


def test_the_files_are_hashed_in_order_a_few_parts_behind_their_reading() -> None:
    # Parts of 1 MiB go to the hashing thread; small ones are hashed where they are read,
    # after every part handed over before them.
    rng = random.Random(7)
    sizes = [1 << 20, 7, 300_000, 1 << 20, 100, 1 << 20, 1 << 20, 1 << 20, 1 << 20, 1 << 20, 5]
    parts = [rng.randbytes(size) for size in sizes]
    hashing = integrity.Hashing()
    try:
        digest = hashlib.sha256()
        for part in parts:
            hashing.update(digest, part)
        assert "check-sha256" in " ".join(t.name for t in threading.enumerate())
        assert hashing.hexdigest(digest) == hashlib.sha256(b"".join(parts)).hexdigest()
    finally:
        hashing.close()
    assert "check-sha256" not in " ".join(t.name for t in threading.enumerate())
