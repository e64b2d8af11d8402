"""The database schema and its migrations.

The schema version is SQLite's `user_version`. Each migration is a script that
takes the database from version N-1 to N inside one transaction. A database
whose version is higher than the newest migration here was written by a newer
Bewijskluis and is refused (`VaultUnreadable(TOO_NEW)`), never modified.
"""

from __future__ import annotations

import sqlcipher3

from evidence_app.domain.errors import VaultUnreadable
from evidence_app.storage import salvage
from evidence_app.storage.database import Connection, DatabaseError, read_only, transaction

_V1 = """
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    summary     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- Metadata only: the bytes live in `chunks`, so that lists stay fast.
CREATE TABLE items (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL REFERENCES cases(id),
    kind                TEXT NOT NULL,
    captured_at         TEXT NOT NULL,
    time_zone           TEXT NOT NULL,
    utc_offset_minutes  INTEGER NOT NULL,
    url                 TEXT NOT NULL DEFAULT '',
    final_url           TEXT NOT NULL DEFAULT '',
    platform            TEXT NOT NULL DEFAULT '',
    page_title          TEXT NOT NULL DEFAULT '',
    posted_by           TEXT NOT NULL DEFAULT '',
    posted_at           TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    original_name       TEXT NOT NULL DEFAULT '',
    file_modified_at    TEXT NOT NULL DEFAULT '',
    exif_date           TEXT NOT NULL DEFAULT '',
    mime_type           TEXT NOT NULL,
    size                INTEGER NOT NULL,
    sha256              TEXT NOT NULL,
    width               INTEGER,
    height              INTEGER,
    preview             TEXT NOT NULL,
    app_version         TEXT NOT NULL,
    capture_method      TEXT NOT NULL,
    recorded_by         TEXT NOT NULL DEFAULT '',
    deleted             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX items_case ON items(case_id, captured_at);

-- The original bytes, in order, in chunks of at most CHUNK_SIZE.
CREATE TABLE chunks (
    item_id  INTEGER NOT NULL REFERENCES items(id),
    seq      INTEGER NOT NULL,
    data     BLOB NOT NULL,
    PRIMARY KEY (item_id, seq)
);

-- Append-only: hash = SHA-256(prev_hash || canonical JSON of the entry).
CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY,
    at_utc     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL,
    details    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
"""

# Regions of an item's image to hide in a redacted export (the original never changes).
_V2 = """
CREATE TABLE redactions (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES items(id),
    x        INTEGER NOT NULL,
    y        INTEGER NOT NULL,
    width    INTEGER NOT NULL,
    height   INTEGER NOT NULL,
    style    TEXT NOT NULL
);
CREATE INDEX redactions_item ON redactions(item_id);
"""

# Persons (who posted or sent something) and where an item was seen without a URL.
_V3 = """
CREATE TABLE persons (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    name        TEXT NOT NULL DEFAULT '',
    handles     TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX persons_case ON persons(case_id);
ALTER TABLE items ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN poster_id INTEGER REFERENCES persons(id);
"""

# Web captures: further files per item, later re-checks of the URL, what the browser saw.
_V4 = """
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES items(id),
    role        TEXT NOT NULL,
    name        TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    width       INTEGER,
    height      INTEGER,
    derived     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_item ON attachments(item_id);
CREATE TABLE attachment_chunks (
    attachment_id  INTEGER NOT NULL REFERENCES attachments(id),
    seq            INTEGER NOT NULL,
    data           BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
CREATE TABLE rechecks (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES items(id),
    checked_at   TEXT NOT NULL,
    result       TEXT NOT NULL,
    http_status  INTEGER,
    final_url    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rechecks_item ON rechecks(item_id);
ALTER TABLE items ADD COLUMN http_status INTEGER;
ALTER TABLE items ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
"""

# Exports under way: their temporary bundle, so that one cut short (the process killed,
# the power gone) is removed at the next start. Not evidence: no audit entry.
_V5 = """
CREATE TABLE unfinished_exports (
    temp        TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL
);
"""

# The case's story: when an item's event happened (structured, `domain.event_time`),
# and a journal of events that have no file.
_V6 = """
ALTER TABLE items ADD COLUMN event_at TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN event_precision TEXT NOT NULL DEFAULT '';
CREATE TABLE journal (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    text             TEXT NOT NULL,
    event_at         TEXT NOT NULL DEFAULT '',
    event_precision  TEXT NOT NULL DEFAULT '',
    involved         TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX journal_case ON journal(case_id);
"""

# Reports to platforms (`domain.report`), their answers and the re-checks of their addresses.
_V7 = """
CREATE TABLE reports (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL REFERENCES cases(id),
    platform              TEXT NOT NULL,
    status                TEXT NOT NULL,
    channel               TEXT NOT NULL DEFAULT '',
    via                   TEXT NOT NULL DEFAULT '',
    urls                  TEXT NOT NULL DEFAULT '[]',
    item_ids              TEXT NOT NULL DEFAULT '[]',
    sent_at               TEXT NOT NULL DEFAULT '',
    text                  TEXT NOT NULL DEFAULT '',
    ticket                TEXT NOT NULL DEFAULT '',
    confirmation_item_id  INTEGER,
    created_at            TEXT NOT NULL,
    status_at             TEXT NOT NULL DEFAULT '',
    deleted               INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reports_case ON reports(case_id);
CREATE TABLE report_answers (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports(id),
    answered_at  TEXT NOT NULL,
    text         TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX report_answers_report ON report_answers(report_id);
CREATE TABLE report_checks (
    id                  INTEGER PRIMARY KEY,
    report_id           INTEGER NOT NULL REFERENCES reports(id),
    url                 TEXT NOT NULL,
    checked_at          TEXT NOT NULL,
    time_zone           TEXT NOT NULL,
    utc_offset_minutes  INTEGER NOT NULL,
    result              TEXT NOT NULL,
    http_status         INTEGER,
    final_url           TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_checks_report ON report_checks(report_id);
"""

# Hand-overs of the evidence (`domain.custody`).
_V8 = """
CREATE TABLE custody (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    given_to    TEXT NOT NULL,
    at          TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX custody_case ON custody(case_id);
"""

# What the person chose (`domain.guide`): who uses the app, the country, whether the
# pictures show a minor, each step of the guide per case. Only added to, never changed.
_V9 = """
CREATE TABLE choices (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER REFERENCES cases(id),
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    chosen_at  TEXT NOT NULL
);
CREATE INDEX choices_case ON choices(case_id);
"""

# Lists of any size (`domain.listing`), all derived from `items` and kept up to date by
# triggers: not evidence, no audit entry, never read back into a record.
# - `sort_event`, the key of the chronology: when it happened where known (a day at its
#   start in this machine's zone), else when it was captured; ISO UTC, then `#0` for a
#   day, so that it comes before the timed events of that day, `#1` otherwise.
# - Indexes that list a case's items in each order of the list, so nothing is sorted.
# - `item_words`: the words of every item for searching (SQLite's FTS5, inside the
#   encrypted file like every other table). Only the index is kept ("contentless"): the
#   text stays in `items`. `captured` is the local time of capture as it is shown.
# The statements are repeated in full rather than built: a migration never changes.
_V10 = """
ALTER TABLE items ADD COLUMN sort_event TEXT NOT NULL DEFAULT '';
UPDATE items SET sort_event = CASE
    WHEN event_at = '' THEN strftime('%Y-%m-%dT%H:%M:%f', captured_at) || '#1'
    WHEN event_precision = 'day' THEN strftime('%Y-%m-%dT%H:%M:%f', event_at, 'utc') || '#0'
    ELSE strftime('%Y-%m-%dT%H:%M:%f', event_at) || '#1' END;
CREATE TRIGGER items_sort_event_added AFTER INSERT ON items BEGIN
    UPDATE items SET sort_event = CASE
        WHEN event_at = '' THEN strftime('%Y-%m-%dT%H:%M:%f', captured_at) || '#1'
        WHEN event_precision = 'day' THEN strftime('%Y-%m-%dT%H:%M:%f', event_at, 'utc') || '#0'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', event_at) || '#1' END
    WHERE id = new.id;
END;
CREATE TRIGGER items_sort_event_changed
AFTER UPDATE OF captured_at, event_at, event_precision ON items BEGIN
    UPDATE items SET sort_event = CASE
        WHEN event_at = '' THEN strftime('%Y-%m-%dT%H:%M:%f', captured_at) || '#1'
        WHEN event_precision = 'day' THEN strftime('%Y-%m-%dT%H:%M:%f', event_at, 'utc') || '#0'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', event_at) || '#1' END
    WHERE id = new.id;
END;
DROP INDEX items_case;
CREATE INDEX items_list ON items(case_id, deleted, captured_at, id);
CREATE INDEX items_event ON items(case_id, deleted, sort_event, id);
CREATE INDEX items_kind ON items(case_id, deleted, kind, captured_at, id);
CREATE INDEX items_platform ON items(case_id, deleted, platform COLLATE NOCASE, captured_at, id);
CREATE INDEX items_url ON items(case_id, deleted, url COLLATE NOCASE, captured_at, id);
CREATE INDEX items_shown ON items(
    case_id, deleted,
    (CASE WHEN trim(description) = '' THEN notes ELSE description END) COLLATE NOCASE,
    captured_at, id
);
CREATE INDEX items_hash ON items(case_id, deleted, sha256, id);
CREATE VIRTUAL TABLE item_words USING fts5(
    url, final_url, platform, place, posted_by, posted_at, description, notes,
    original_name, page_title, sha256, captured,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO item_words (
    rowid, url, final_url, platform, place, posted_by, posted_at, description, notes,
    original_name, page_title, sha256, captured
)
SELECT
    id, url, final_url, platform, place, posted_by, posted_at, description, notes,
    original_name, page_title, sha256,
    strftime('%Y-%m-%d %H:%M', captured_at, utc_offset_minutes || ' minutes')
FROM items;
CREATE TRIGGER item_words_added AFTER INSERT ON items BEGIN
    INSERT INTO item_words (
        rowid, url, final_url, platform, place, posted_by, posted_at, description, notes,
        original_name, page_title, sha256, captured
    ) VALUES (
        new.id, new.url, new.final_url, new.platform, new.place, new.posted_by,
        new.posted_at, new.description, new.notes, new.original_name, new.page_title,
        new.sha256, strftime('%Y-%m-%d %H:%M', new.captured_at,
                             new.utc_offset_minutes || ' minutes')
    );
END;
CREATE TRIGGER item_words_removed AFTER DELETE ON items BEGIN
    DELETE FROM item_words WHERE rowid = old.id;
END;
CREATE TRIGGER item_words_changed
AFTER UPDATE OF url, final_url, platform, place, posted_by, posted_at, description, notes,
    original_name, page_title, sha256, captured_at, utc_offset_minutes ON items BEGIN
    DELETE FROM item_words WHERE rowid = old.id;
    INSERT INTO item_words (
        rowid, url, final_url, platform, place, posted_by, posted_at, description, notes,
        original_name, page_title, sha256, captured
    ) VALUES (
        new.id, new.url, new.final_url, new.platform, new.place, new.posted_by,
        new.posted_at, new.description, new.notes, new.original_name, new.page_title,
        new.sha256, strftime('%Y-%m-%d %H:%M', new.captured_at,
                             new.utc_offset_minutes || ' minutes')
    );
END;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10)
# Versions whose tables reading the evidence does not need: a vault opened for reading
# only (on a full or read-only disk) is read without them rather than refused.
NOT_NEEDED_TO_READ = frozenset({5, 9, 10})
LATEST = len(MIGRATIONS)
# Versions that only derive from the items (lists of any size): nothing reads the
# evidence through them, so a vault that cannot make them is used without (see
# `storage.item_list`) rather than refused.
DERIVED = frozenset({10})


class DerivedNotMade(Exception):
    """A derived version could not be made (a damaged page): the connection met the
    damage and must be opened again; the vault is at the version before."""

    def __init__(self, version: int) -> None:
        super().__init__(f"version {version} not made")
        self.version = version


def statements(script: str) -> list[str]:
    """The statements of `script`, whole: a trigger's body holds semicolons of its own."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("a statement is not complete")
    return found


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> None:
    """Bring the schema to `LATEST`; refuse a database from a newer version."""
    current = schema_version(conn)
    if current > LATEST:
        raise VaultUnreadable(VaultUnreadable.TOO_NEW, f"schema version {current}")
    missing = set(range(current + 1, LATEST + 1))
    if read_only(conn) and missing <= NOT_NEEDED_TO_READ:
        return  # read as it is; the next time it opens writable it is brought up to date
    for version in range(current + 1, LATEST + 1):
        try:
            with transaction(conn):
                for statement in statements(MIGRATIONS[version - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
        except DatabaseError as exc:
            if version not in DERIVED or not salvage.is_damage(exc):
                raise
            # What it derives is read from every item: on a damaged vault it waits for a
            # vault whose items can all be read, and the vault opens as it is (rolled back).
            raise DerivedNotMade(version) from exc
