"""Migration 0008: new kinds and columns, indexes and triggers of documents kept, lock widened."""

from __future__ import annotations

import sqlite3

import pytest

from secretary_app.storage.finalise import finalise_meeting
from secretary_app.storage.integrity import check_database


def _names(db, kind):
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = ?", [kind])}


def test_documents_take_the_new_kinds_and_keep_triggers(seeded_store):
    db = seeded_store.db
    assert {"documents_issued_frozen", "lock_documents_update", "audit_documents_insert",
            "lock_attendees_update", "lock_meetings_update"} <= _names(db, "trigger")
    assert "documents_meeting" in _names(db, "index")
    for kind in ("NQ", "QĐ", "GM"):
        db.execute("INSERT INTO documents (meeting_id, position, kind, content) "
                   "VALUES (?, 9, ?, '{}')", [seeded_store.seed_id, kind])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO documents (meeting_id, position, kind) VALUES (?, 9, 'XX')",
                   [seeded_store.seed_id])


def test_a_migrated_database_checks_clean(seeded_store):
    assert check_database(seeded_store.db) == []


def test_finalised_lock_covers_the_new_columns(seeded_store):
    finalise_meeting(seeded_store, seeded_store.seed_id)
    db = seeded_store.db
    for sql in ("UPDATE attendees SET count = 5 WHERE meeting_id = ?",
                "UPDATE meetings SET convened_total = 5 WHERE id = ?",
                "UPDATE documents SET content = 'x' WHERE meeting_id = ?"):
        with pytest.raises(sqlite3.DatabaseError, match="đã chốt"):
            db.execute(sql, [seeded_store.seed_id])
