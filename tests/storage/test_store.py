"""The store: pragmas, migrations, the write funnel, ordered lists kept exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary_app.domain.model import Attendee, Opinion
from secretary_app.storage.database import Change, Noun, open_store
from secretary_app.storage.lists import ATTENDEES, OPINIONS
from secretary_app.storage.meetings import (
    count_meetings,
    delete_meeting,
    list_meetings,
    load_meeting,
    update_meeting_info,
)
from secretary_app.storage.migrations import pending_migrations


def test_pragmas_and_migrations(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert pending_migrations(store.db) == []
    assert "0001_initial" in {r["name"] for r in store.db.query(
        "SELECT name FROM _sqlite_migrations")}


def test_reopen_applies_nothing_and_calls_no_backup(tmp_path):
    calls = []
    open_store(tmp_path / "a.db", before_migrate=calls.append).close()
    assert calls == []  # a brand-new file needs no backup
    open_store(tmp_path / "a.db", before_migrate=calls.append).close()
    assert calls == []


def test_write_funnel_announces_changes_after_commit(seeded_store):
    heard = []
    seeded_store.subscribe(heard.append)
    update_meeting_info(seeded_store, seeded_store.seed_id, location="Phòng họp số 2")
    assert heard == [[Change(Noun.MEETING_INFO, seeded_store.seed_id)]]
    assert load_meeting(seeded_store.db, seeded_store.seed_id).location == "Phòng họp số 2"


def test_failed_multi_step_write_rolls_back_everything(seeded_store):
    mid = seeded_store.seed_id
    heard = []
    seeded_store.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with seeded_store.write(Change("opinions", mid)):
            OPINIONS.add(seeded_store, mid, Opinion(key="", text="first"))
            OPINIONS.add(seeded_store, mid, Opinion(key="", text="second"))
            raise RuntimeError("power cut")
    assert [o.text for o in load_meeting(seeded_store.db, mid).opinions][-1].startswith(
        "Đại diện")
    assert heard == []


def test_nested_write_that_rolls_back_announces_nothing(seeded_store):
    mid = seeded_store.seed_id
    before = [a.name for a in load_meeting(seeded_store.db, mid).attendees]
    heard = []
    seeded_store.subscribe(heard.append)
    with seeded_store.write(Change(Noun.OPINIONS, mid)):
        OPINIONS.add(seeded_store, mid, Opinion(key="", text="kept"))
        with pytest.raises(RuntimeError):
            with seeded_store.write(Change(Noun.VOTES, mid)):
                ATTENDEES.add(seeded_store, mid, Attendee(key="", name="Nguyễn Văn Thoáng"))
                raise RuntimeError("refused half-way")
    meeting = load_meeting(seeded_store.db, mid)
    assert [a.name for a in meeting.attendees] == before  # the nested write rolled back
    assert meeting.opinions[-1].text == "kept"  # the outer one committed
    assert heard == [[Change(Noun.OPINIONS, mid), Change(Noun.OPINIONS, mid)]]


def test_change_nouns_are_a_closed_set():
    assert Change("meeting", 3) == Change(Noun.MEETING_INFO, 3)
    assert Change("meetings").noun is Noun.MEETING_LIST
    with pytest.raises(ValueError):
        Change("meetingz", 3)


def test_order_kept_and_moves_without_gaps(seeded_store):
    mid = seeded_store.seed_id
    ids = ATTENDEES.ids(seeded_store.db, mid)
    ATTENDEES.move(seeded_store, ids[5], 0)
    ATTENDEES.delete(seeded_store, ids[2])
    new_id = ATTENDEES.add(seeded_store, mid, Attendee(key="", name="Nguyễn Văn Mới"), 1)
    names = [a.name for a in load_meeting(seeded_store.db, mid).attendees]
    assert names == ["Đại diện các phòng liên quan của Sở GDĐT", "Nguyễn Văn Mới",
                     "Lê Thị Thanh Xuân", "Phạm Đăng Khoa", "Thường trực Hội Khuyến học tỉnh",
                     "Thường trực Hội Cựu giáo chức tỉnh"]
    positions = [r[0] for r in seeded_store.db.execute(
        "SELECT position FROM attendees WHERE meeting_id = ? ORDER BY position", [mid])]
    assert positions == list(range(6))
    key = seeded_store.db.execute("SELECT key FROM attendees WHERE id = ?", [new_id]).fetchone()
    assert key[0] == "a7"


def test_set_order_and_update_with_domain_names(seeded_store):
    mid = seeded_store.seed_id
    ids = OPINIONS.ids(seeded_store.db, mid)
    OPINIONS.set_order(seeded_store, mid, list(reversed(ids)))
    OPINIONS.update(seeded_store, ids[0], speaker="a2", agenda="g2", text="Sửa lại")
    meeting = load_meeting(seeded_store.db, mid)
    assert [o.key for o in meeting.opinions] == ["o4", "o3", "o2", "o1"]
    assert (meeting.opinions[-1].speaker, meeting.opinions[-1].agenda) == ("a2", "g2")
    with pytest.raises(ValueError):
        OPINIONS.set_order(seeded_store, mid, ids[:2])


def test_list_and_delete(seeded_store, seed_meeting):
    from secretary_app.storage.meetings import create_meeting
    seed_meeting.title = "Họp giao ban tháng 11"
    seed_meeting.date = seed_meeting.date.replace(month=11)
    second = create_meeting(seeded_store, seed_meeting)
    rows = list_meetings(seeded_store.db)
    assert [r.id for r in rows] == [second, seeded_store.seed_id]
    assert rows[1].open_tasks == 3
    delete_meeting(seeded_store, second)
    assert count_meetings(seeded_store.db) == 1
    orphans = seeded_store.db.execute(
        "SELECT count(*) FROM attendees WHERE meeting_id = ?", [second]).fetchone()[0]
    assert orphans == 0


def test_directory_keeps_latest_title(seeded_store, seed_meeting):
    from secretary_app.storage.meetings import create_meeting
    seed_meeting.date = seed_meeting.date.replace(year=2025)
    seed_meeting.attendees[0].title = "Giám đốc Sở GDĐT (mới)"
    create_meeting(seeded_store, seed_meeting)
    row = seeded_store.db.execute(
        "SELECT title FROM people WHERE name = 'Lê Thị Thanh Xuân'").fetchone()
    assert row[0] == "Giám đốc Sở GDĐT (mới)"
    old = load_meeting(seeded_store.db, seeded_store.seed_id).attendees[0]
    assert old.title == "Tỉnh ủy viên, Giám đốc Sở GDĐT"


def test_default_database_path_is_per_user(monkeypatch, tmp_path):
    from platformdirs import windows

    from secretary_app import paths
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.delenv("SECRETARY_APP_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.default_database_path() == tmp_path / "secretary-app" / "secretary.db"
    monkeypatch.setattr(paths.sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setattr(windows, "_RESOLVE_WIN_FOLDER", windows.get_win_folder_from_env_vars)
    # the local profile: a roaming profile never carries a live database across the network
    assert paths.default_database_path() == tmp_path / "Local" / "secretary-app" / "secretary.db"
    assert paths.user_log_dir() == tmp_path / "Local" / "secretary-app" / "Logs"
    legacy = tmp_path / "Roaming" / "secretary-app" / "secretary.db"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"")  # an older version's database, while it is the only one
    assert paths.default_database_path() == legacy
    monkeypatch.setattr(paths.sys, "platform", "darwin")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    assert paths.user_data_dir() == Path.home() / "Library" / "Application Support" / "secretary-app"
    assert paths.user_log_dir() == Path.home() / "Library" / "Logs" / "secretary-app"
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.user_log_dir() == tmp_path / "state" / "secretary-app" / "log"


def test_two_processes_creating_meetings_at_once_both_succeed(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "shared.db"
    open_store(db).close()
    code = (
        "import sys; from secretary_app.storage.database import open_store\n"
        "from secretary_app.storage.meetings import create_meeting\n"
        "from secretary_app.domain.package import parse_package_bytes\n"
        "m = parse_package_bytes(open(sys.argv[2], 'rb').read())\n"
        "s = open_store(sys.argv[1])\n"
        "for _ in range(25): create_meeting(s, m)\n"
    )
    from tests.conftest import SEED_PATH
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db), str(SEED_PATH)],
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    store = open_store(db)
    assert count_meetings(store.db) == 50
    store.close()
