"""0008: headcount (group counts, convened total), body rules, documents NQ/QĐ/GM with content."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS
from secretary_app.storage.migrations.m0005_finalise import audit_triggers, lock_triggers

KINDS = ("BB", "TB", "NQ", "QĐ", "GM")

COLUMNS = """
ALTER TABLE attendees ADD COLUMN count INTEGER CHECK (count IS NULL OR count >= 1);
ALTER TABLE meetings ADD COLUMN convened_total INTEGER
    CHECK (convened_total IS NULL OR convened_total >= 0);
ALTER TABLE organizations ADD COLUMN body_type TEXT NOT NULL DEFAULT 'generic';
ALTER TABLE organizations ADD COLUMN quorum_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN pass_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN percent_base TEXT NOT NULL DEFAULT ''
"""

DOCUMENTS = f"""
CREATE TABLE documents_0008 (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(f"'{k}'" for k in KINDS)})),
    number INTEGER,
    year INTEGER,
    issued_on TEXT,
    has_signer INTEGER NOT NULL DEFAULT 0,
    signer_authority TEXT NOT NULL DEFAULT '',
    signer_authority_title TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '[]',
    archive TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT ''
)"""

_OLD_COLUMNS = ("id, meeting_id, position, kind, number, year, issued_on, has_signer, "
                "signer_authority, signer_authority_title, signer_title, signer_name, "
                "recipients, archive")


def _rebuild_documents(db: Database) -> None:
    """Widen the kind CHECK (SQLite cannot alter one): copy into a new table, keep indexes and
    triggers (those of the finalise lock are made again, as they list the columns)."""
    kept = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'documents' AND type IN "
        "('index', 'trigger') AND sql IS NOT NULL AND name NOT IN "
        "('lock_documents_update', 'lock_documents_delete', 'lock_documents_insert', "
        "'audit_documents_update', 'audit_documents_delete', 'audit_documents_insert')")]
    db.execute("PRAGMA legacy_alter_table = ON")  # rename without re-checking other triggers
    try:
        db.execute(DOCUMENTS)
        db.execute(f"INSERT INTO documents_0008 ({_OLD_COLUMNS}) "
                   f"SELECT {_OLD_COLUMNS} FROM documents")
        db.execute("DROP TABLE documents")
        db.execute("ALTER TABLE documents_0008 RENAME TO documents")
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
    for sql in kept:
        db.execute(sql)


def _remake_lock(db: Database, table: str) -> None:
    """The finalise lock and audit triggers again, now listing the new columns."""
    for op in ("update", "delete", "insert"):
        db.execute(f"DROP TRIGGER IF EXISTS lock_{table}_{op}")
        db.execute(f"DROP TRIGGER IF EXISTS audit_{table}_{op}")
    for statement in lock_triggers(db, table) + audit_triggers(db, table):
        db.execute(statement)


def _search_marks(db: Database) -> None:
    """The drafted text of NQ/QĐ/GM is searchable: a change of a document marks its meeting
    stale for the search index (as 0003 does for the other tables)."""
    for event, rows in (("insert", ("NEW",)), ("delete", ("OLD",)), ("update", ("OLD", "NEW"))):
        body = " ".join(f"INSERT OR IGNORE INTO search_dirty (meeting_id) SELECT {r}.meeting_id;"
                        for r in rows)
        db.execute(f"CREATE TRIGGER search_mark_documents_{event} AFTER {event.upper()} "
                   f"ON documents BEGIN {body} END")


@MIGRATIONS(name="0008_headcount_decisions")
def m0008_headcount_decisions(db: Database) -> None:
    """Add the headcount and body-rule columns; let documents hold NQ, QĐ and GM."""
    for statement in COLUMNS.split(";\n"):
        if statement.strip():
            db.execute(statement)
    _rebuild_documents(db)
    for table in ("attendees", "meetings", "documents"):
        _remake_lock(db, table)
    _search_marks(db)
