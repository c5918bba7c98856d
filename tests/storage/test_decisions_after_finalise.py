"""Migration 0012: after the minutes are finalised, the NQ/QĐ/GM are still drafted, edited and
numbered; the minutes stay locked, and the seal (hash, snapshot, check) leaves the decisions out."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest

from secretary_app.domain.drafting import DRAFTERS
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.package import meeting_to_package, package_to_json
from secretary_app.domain.register import RegisterError
from secretary_app.domain.sources import sources_of
from secretary_app.storage.audit_chain import append_line, now
from secretary_app.storage.decision_drafts import save_draft
from secretary_app.storage.finalise import (
    canonical_json,
    content_hash,
    finalise_meeting,
    finalised_hash,
    is_document_locked,
    sealed_digest,
    snapshot_hash,
)
from secretary_app.storage.integrity import check_database
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.migrations import MIGRATIONS
from secretary_app.storage.migrations.m0005_finalise import lock_triggers
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.sealed import seal_problems

NQ = DocumentKind.RESOLUTION


def _draft(store, kind=NQ):
    return DRAFTERS[kind](load_meeting(store.db, store.seed_id))


def test_resolution_is_drafted_edited_and_issued_after_finalising(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    save_draft(store, mid, NQ, _draft(store))  # drafted before: stays editable
    digest = finalise_meeting(store, mid)
    edited = dataclasses.replace(_draft(store), summary="Về nhiệm vụ sau khi chốt biên bản")
    save_draft(store, mid, NQ, edited)
    assert load_meeting(store.db, mid).document(NQ).content.summary == edited.summary
    save_draft(store, mid, DocumentKind.DECISION, _draft(store, DocumentKind.DECISION))  # new row
    entry = issue_meeting_document(store, mid, NQ)
    assert entry.number >= 1
    issue_meeting_document(store, mid, DocumentKind.INVITATION)  # made empty, then numbered
    assert content_hash(store.db, mid) == snapshot_hash(store.db, mid) == digest
    assert finalised_hash(store.db, mid) == digest
    assert seal_problems(store.db, mid) == []
    assert check_database(store.db) == []
    with pytest.raises(RegisterError, match="đã cấp số"):  # an issued one stays frozen
        save_draft(store, mid, NQ, _draft(store))


def test_the_snapshot_and_hash_leave_the_decisions_out(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    save_draft(store, mid, NQ, _draft(store))
    finalise_meeting(store, mid)
    row = store.db.execute("SELECT package_json FROM finalised_meetings WHERE meeting_id = ?",
                           [mid]).fetchone()
    assert {d["kind"] for d in json.loads(row[0])["documents"]} == {"BB", "TB"}
    assert not is_document_locked(store.db, mid, "NQ")
    assert is_document_locked(store.db, mid, "BB") and is_document_locked(store.db, mid, "TB")


def test_the_hash_of_minutes_without_decisions_is_unchanged(seeded_store):
    """A meeting with no NQ/QĐ/GM (every meeting finalised before 0008) hashes as it did."""
    meeting = load_meeting(seeded_store.db, seeded_store.seed_id)
    package, sources = meeting_to_package(meeting), sources_of(meeting)
    assert {d["kind"] for d in package["documents"]} == {"BB", "TB"}
    assert sealed_digest(package, sources) == sealed_digest(package, sources, with_decisions=True)
    assert finalise_meeting(seeded_store, seeded_store.seed_id) == sealed_digest(
        package, sources, with_decisions=True)


@pytest.mark.parametrize("sql", [
    "UPDATE documents SET signer_name = 'Người khác' WHERE meeting_id = ? AND kind = 'BB'",
    "UPDATE documents SET recipients = '[]' WHERE meeting_id = ? AND kind = 'TB'",
    "DELETE FROM documents WHERE meeting_id = ? AND kind = 'BB'",
    "INSERT INTO documents (meeting_id, position, kind) VALUES (?, 9, 'TB')",
    "UPDATE documents SET kind = 'BB' WHERE meeting_id = ? AND kind = 'NQ'",
    "UPDATE documents SET kind = 'NQ' WHERE meeting_id = ? AND kind = 'BB'",
    "UPDATE conclusions SET text = 'khác' WHERE meeting_id = ?",
])
def test_the_minutes_stay_locked(seeded_store, sql):
    store, mid = seeded_store, seeded_store.seed_id
    save_draft(store, mid, NQ, _draft(store))
    finalise_meeting(store, mid)
    with pytest.raises(sqlite3.DatabaseError, match="đã chốt"):
        store.db.execute(sql, [mid])
    assert check_database(store.db) == []


def test_decisions_can_be_deleted_and_remade_after_finalising(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    save_draft(store, mid, NQ, _draft(store))
    finalise_meeting(store, mid)
    store.db.execute("DELETE FROM documents WHERE meeting_id = ? AND kind = 'NQ'", [mid])
    save_draft(store, mid, NQ, _draft(store))
    assert check_database(store.db) == []


def _finalise_before_0012(store, mid):
    """Finalise as the code before migration 0012 did: the snapshot and the hash cover every
    document, NQ/QĐ/GM included, under the lock triggers of 0008."""
    db = store.db
    for op in ("update", "delete", "insert"):
        db.execute(f"DROP TRIGGER lock_documents_{op}")
    for statement in lock_triggers(db, "documents"):
        db.execute(statement)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_decisions_after_finalise'")
    meeting = load_meeting(db, mid)
    package, sources = meeting_to_package(meeting), sources_of(meeting)
    digest = sealed_digest(package, sources, with_decisions=True)
    with store.write():
        db.execute("INSERT INTO finalised_meetings(meeting_id, finalised_at, package_sha256, "
                   "package_json, sources_json) VALUES (?, ?, ?, ?, ?)",
                   [mid, now(), digest, package_to_json(package), canonical_json(sources)])
        append_line(db, mid, "finalise", sha256=digest)
    MIGRATIONS.apply(db)  # 0012 again, over the database finalised at 0011
    return digest


def test_minutes_finalised_before_0012_with_a_resolution_keep_their_seal(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    save_draft(store, mid, NQ, _draft(store))
    digest = _finalise_before_0012(store, mid)
    assert content_hash(store.db, mid) == snapshot_hash(store.db, mid) == digest
    assert check_database(store.db) == []
    assert is_document_locked(store.db, mid, "NQ")  # its hash covers it: it stays locked
    with pytest.raises(sqlite3.DatabaseError, match="đã chốt"):
        store.db.execute("UPDATE documents SET content = '{}' WHERE meeting_id = ? "
                         "AND kind = 'NQ'", [mid])
    with pytest.raises(sqlite3.DatabaseError, match="đã chốt"):
        store.db.execute("INSERT INTO documents (meeting_id, position, kind) VALUES (?, 9, 'QĐ')",
                         [mid])
    assert check_database(store.db) == []


def test_minutes_finalised_before_0012_without_decisions_get_them_afterwards(seeded_store):
    store, mid = seeded_store, seeded_store.seed_id
    digest = _finalise_before_0012(store, mid)
    save_draft(store, mid, NQ, _draft(store))
    issue_meeting_document(store, mid, NQ)
    assert content_hash(store.db, mid) == digest
    assert check_database(store.db) == []
