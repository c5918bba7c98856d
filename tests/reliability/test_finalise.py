"""Finalised minutes: the SQL lock, reopening with a reason, the audit log, tamper detection."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from secretary_app.domain.model import Opinion
from secretary_app.storage.finalise import (
    FinaliseError,
    audit_log,
    content_hash,
    exports_matching,
    finalise_meeting,
    finalised_hash,
    is_finalised,
    is_finalised_error,
    record_export,
    reopen_meeting,
    tampered_meetings,
)
from secretary_app.storage.guards import FINALISED_MESSAGE
from secretary_app.storage.lists import ATTENDEES, CONCLUSIONS, OPINIONS, SUB_ITEMS, TASKS
from secretary_app.storage.meetings import delete_meeting, load_meeting, update_meeting_info


@pytest.fixture
def finalised(seeded_store):
    """The seed meeting, finalised."""
    seeded_store.digest = finalise_meeting(seeded_store, seeded_store.seed_id)
    return seeded_store


def test_finalise_stores_hash_of_content(finalised):
    mid = finalised.seed_id
    assert is_finalised(finalised.db, mid)
    assert finalised_hash(finalised.db, mid) == finalised.digest == content_hash(finalised.db, mid)
    assert len(finalised.digest) == 64
    assert [e.action for e in audit_log(finalised.db, mid)] == ["finalise"]
    assert tampered_meetings(finalised.db) == []


@pytest.mark.parametrize("edit", [
    lambda s, m: update_meeting_info(s, m, title="Đổi tên"),
    lambda s, m: OPINIONS.add(s, m, Opinion(key="", text="Thêm ý kiến")),
    lambda s, m: OPINIONS.update(s, OPINIONS.ids(s.db, m)[0], text="sửa"),
    lambda s, m: OPINIONS.delete(s, OPINIONS.ids(s.db, m)[0]),
    lambda s, m: OPINIONS.move(s, OPINIONS.ids(s.db, m)[0], 3),
    lambda s, m: ATTENDEES.delete(s, ATTENDEES.ids(s.db, m)[-1]),
    lambda s, m: SUB_ITEMS.update(s, _first_sub_item(s, m), text="x"),
    lambda s, m: TASKS.update(s, _first_task(s, m), description="x"),
    lambda s, m: CONCLUSIONS.delete(s, CONCLUSIONS.ids(s.db, m)[0]),
    lambda s, m: delete_meeting(s, m),
], ids=["info", "add-opinion", "edit-opinion", "delete-opinion", "move", "delete-attendee",
        "sub-item", "task-text", "delete-conclusion", "delete-meeting"])
def test_every_change_to_a_finalised_meeting_is_refused(finalised, edit):
    before = load_meeting(finalised.db, finalised.seed_id)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        edit(finalised, finalised.seed_id)
    assert is_finalised_error(caught.value)
    assert FINALISED_MESSAGE in str(caught.value)
    assert load_meeting(finalised.db, finalised.seed_id) == before
    assert tampered_meetings(finalised.db) == []


def test_raw_sql_is_refused_too(finalised):
    with pytest.raises(sqlite3.IntegrityError, match="Biên bản đã chốt"):
        finalised.db.execute("UPDATE opinions SET text = 'x' WHERE meeting_id = ?",
                             [finalised.seed_id])
    with pytest.raises(sqlite3.IntegrityError, match="Mở lại"):
        finalised.db.execute("DELETE FROM finalised_meetings")
    with pytest.raises(sqlite3.IntegrityError, match="chỉ được ghi thêm"):
        finalised.db.execute("DELETE FROM meeting_audit")


def test_follow_up_and_registration_stay_open(finalised):
    mid = finalised.seed_id
    TASKS.update(finalised, _first_task(finalised, mid), status="done")
    finalised.db.execute("UPDATE documents SET number = 7, year = 2024 WHERE meeting_id = ?", [mid])
    assert tampered_meetings(finalised.db) == []


def test_reopen_needs_a_reason_then_edits_and_refinalise_are_logged(finalised):
    mid = finalised.seed_id
    with pytest.raises(FinaliseError, match="lý do"):
        reopen_meeting(finalised, mid, "  \u0007 ")
    assert is_finalised(finalised.db, mid)
    reopen_meeting(finalised, mid, "Sửa lỗi chính tả theo ý kiến chủ trì")
    OPINIONS.update(finalised, OPINIONS.ids(finalised.db, mid)[0], text="Đã sửa")
    new_id = OPINIONS.add(finalised, mid, Opinion(key="", text="Bổ sung"))
    second = finalise_meeting(finalised, mid)
    assert second != finalised.digest
    log = audit_log(finalised.db, mid)
    assert [e.action for e in log] == ["finalise", "reopen", "edit", "edit", "finalise"]
    assert log[1].reason == "Sửa lỗi chính tả theo ý kiến chủ trì"
    assert log[1].sha256 == finalised.digest
    assert log[3].detail == f"opinions:insert:{new_id}"
    assert log[4].sha256 == second


def test_finalise_twice_and_reopen_unfinalised_are_refused(finalised):
    with pytest.raises(FinaliseError, match="đã được chốt"):
        finalise_meeting(finalised, finalised.seed_id)
    reopen_meeting(finalised, finalised.seed_id, "lý do")
    with pytest.raises(FinaliseError, match="chưa được chốt"):
        reopen_meeting(finalised, finalised.seed_id, "lý do")


def test_tampering_with_triggers_dropped_is_reported(finalised):
    db = finalised.db
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE 'lock_%'").fetchall():
        db.execute(f"DROP TRIGGER [{name}]")
    db.execute("UPDATE opinions SET text = text || '!' WHERE meeting_id = ?", [finalised.seed_id])
    [(mid, stored, current)] = tampered_meetings(db)
    assert (mid, stored) == (finalised.seed_id, finalised.digest)
    assert current != stored


def test_exports_after_finalising_are_hashed(finalised, tmp_path):
    out = tmp_path / "bien-ban.docx"
    out.write_bytes(b"exported bytes")
    digest = record_export(finalised, finalised.seed_id, out)
    assert digest == hashlib.sha256(b"exported bytes").hexdigest()
    entry = audit_log(finalised.db, finalised.seed_id)[-1]
    assert (entry.action, entry.sha256, entry.detail) == ("export", digest, str(out.resolve()))
    assert [m for m, _at, _p in exports_matching(finalised.db, out)] == [finalised.seed_id]
    out.write_bytes(b"changed later")
    assert exports_matching(finalised.db, out) == []


def test_export_of_an_open_meeting_is_not_recorded(seeded_store, tmp_path):
    out = tmp_path / "draft.pdf"
    out.write_bytes(b"%PDF")
    assert record_export(seeded_store, seeded_store.seed_id, out) is None
    assert audit_log(seeded_store.db, seeded_store.seed_id) == []


def test_reused_meeting_id_starts_a_fresh_history(finalised, seed_meeting):
    from secretary_app.storage.meetings import create_meeting

    mid = finalised.seed_id
    reopen_meeting(finalised, mid, "xóa cuộc họp nhập nhầm")
    delete_meeting(finalised, mid)
    again = create_meeting(finalised, seed_meeting)
    assert again == mid  # SQLite reuses the highest rowid
    OPINIONS.add(finalised, again, Opinion(key="", text="mới"))
    assert audit_log(finalised.db, again) == []


def _first_task(store, meeting_id):
    return store.db.execute("SELECT t.id FROM tasks t JOIN conclusions c ON c.id = t.conclusion_id "
                            "WHERE c.meeting_id = ? LIMIT 1", [meeting_id]).fetchone()[0]


def _first_sub_item(store, meeting_id):
    return store.db.execute("SELECT i.id FROM conclusion_items i JOIN conclusions c ON "
                            "c.id = i.conclusion_id WHERE c.meeting_id = ? LIMIT 1",
                            [meeting_id]).fetchone()[0]
