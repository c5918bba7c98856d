"""The benchmark generator at a small size: deterministic, realistic, stored through the real API."""

import dataclasses
import re

import pytest

from bench.generate import build_database, large_meeting, meetings
from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.text import clean_text
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import count_meetings, list_meetings, load_meeting

VIETNAMESE_LETTERS = re.compile("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")


def _words(text: str) -> int:
    return len(text.split())


def _content(meeting) -> dict:
    """The meeting without storage ids, for comparing generated and loaded meetings."""
    data = dataclasses.asdict(meeting)
    return _without_ids(data)


def _without_ids(value):
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k not in ("id", "person_id")}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def test_same_seed_same_meetings_other_seed_other_meetings():
    first = [_content(m) for m in meetings(3, seed=7)]
    assert first == [_content(m) for m in meetings(3, seed=7)]
    assert first != [_content(m) for m in meetings(3, seed=8)]
    assert _content(large_meeting(7)) == _content(large_meeting(7))


def test_database_meetings_have_the_promised_shape():
    for meeting in meetings(20, seed=3):
        assert 26 <= len(meeting.attendees) <= 37
        assert 34 <= len(meeting.opinions) <= 46
        assert 7 <= len(meeting.conclusions) <= 9
        assert all(80 <= _words(o.text) <= 400 for o in meeting.opinions)
        assert meeting.chair == "a1" and meeting.attendee("a1") is not None


def test_large_meeting_has_the_promised_shape():
    meeting = large_meeting()
    assert len(meeting.attendees) == 60
    assert len(meeting.opinions) == 300
    assert len(meeting.conclusions) == 40
    sizes = [_words(o.text) for o in meeting.opinions]
    assert min(sizes) >= 80 and max(sizes) <= 400 and sum(sizes) > 300 * 200
    assert any(c.items for c in meeting.conclusions)
    tasks = [t for c in meeting.conclusions for t in c.tasks]
    assert any(t.deadline for t in tasks) and any(t.deadline_text for t in tasks)
    assert {t.status for t in tasks} >= {TaskStatus.OPEN}


def test_content_is_realistic_vietnamese():
    meeting = large_meeting()
    names = [a.name for a in meeting.attendees if not a.group]
    assert sum(bool(VIETNAMESE_LETTERS.search(n.lower())) for n in names) > len(names) // 2
    assert all(len(n.split()) >= 3 for n in names)
    assert all(a.title and a.organization for a in meeting.attendees if not a.group)
    text = " ".join(o.text for o in meeting.opinions)
    assert "\n" in text and "%" in text and "&" in text and "<" in text
    assert all(clean_text(o.text) == o.text for o in meeting.opinions)  # already NFC, clean
    assert all(c.text.strip() for c in meeting.conclusions)


def test_built_database_holds_every_generated_row(tmp_path):
    path = build_database(tmp_path / "bench.db", meetings=6, seed=11)
    expected = list(meetings(6, seed=11))
    store = open_store(path)
    try:
        db = store.db
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert count_meetings(db) == 6
        assert db.execute("SELECT count(*) FROM opinions").fetchone()[0] == \
            sum(len(m.opinions) for m in expected)
        newest = list_meetings(db, limit=1)[0]
        assert newest.date == max(m.date for m in expected)
        stored = load_meeting(db, newest.id)
        generated = next(m for m in expected if m.title == stored.title and m.date == stored.date)
        assert _content(stored)["opinions"] == _content(generated)["opinions"]
        assert _content(stored)["conclusions"] == _content(generated)["conclusions"]
        assert all(a.person_id is not None for a in stored.attendees)
    finally:
        store.close()


def test_people_come_back_across_meetings(tmp_path):
    path = build_database(tmp_path / "bench.db", meetings=12, seed=5)
    store = open_store(path)
    try:
        attendees = store.db.execute("SELECT count(*) FROM attendees").fetchone()[0]
        people = store.db.execute("SELECT count(*) FROM people").fetchone()[0]
        assert people < attendees  # the directory links repeat visitors to one entry
    finally:
        store.close()


def test_build_refuses_to_overwrite(tmp_path):
    target = tmp_path / "exists.db"
    target.write_bytes(b"")
    with pytest.raises(FileExistsError):
        build_database(target, meetings=1)
