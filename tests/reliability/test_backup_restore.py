"""Backups: online copies, the daily rule, retention, before-migrate copies, restore round trip."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time

import pytest
from sqlite_utils import Database

from secretary_app.domain.model import Opinion
from secretary_app.storage.access import open_for_command
from secretary_app.storage.backup import (
    automatic_backup,
    backup_connection,
    backups_dir,
    list_backups,
    prune_backups,
    safety_copies,
    take_backup,
)
from secretary_app.storage.database import open_store
from secretary_app.storage.lists import OPINIONS
from secretary_app.storage.meetings import create_meeting, list_meetings, load_meeting
from secretary_app.storage.migrations import MIGRATIONS, pending_migrations
from secretary_app.storage.restore import RestoreError, restore_database
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest

T0 = dt.datetime(2025, 3, 14, 9, 30)


def _titles(path) -> list[str]:
    store = open_store(path)
    try:
        return [m.title for m in list_meetings(store.db)]
    finally:
        store.close()


def test_online_backup_copies_everything_into_one_file(seeded_store, tmp_path):
    target = backup_connection(seeded_store.db.conn, tmp_path / "copy.db")
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    copy = open_store(target)
    assert load_meeting(copy.db, seeded_store.seed_id) == load_meeting(seeded_store.db,
                                                                        seeded_store.seed_id)
    copy.close()
    assert not list(tmp_path.glob(".*.part"))


def test_automatic_backup_on_open_then_at_most_daily(seeded_store):
    path = seeded_store.path
    first = automatic_backup(seeded_store.db.conn, path, force=True, now=T0)
    assert first.parent == backups_dir(path) == path.parent / "backups"
    assert automatic_backup(seeded_store.db.conn, path, now=T0 + dt.timedelta(hours=23)) is None
    later = automatic_backup(seeded_store.db.conn, path, now=T0 + dt.timedelta(hours=24))
    assert later is not None and later != first
    assert [b.path for b in list_backups(path)] == [later, first]


def test_retention_keeps_last_ten_and_one_per_month_for_a_year(seeded_store):
    path = seeded_store.path
    days = [T0 - dt.timedelta(days=3 * k) for k in range(160)]  # about 16 months, every 3 days
    for when in days:
        take_backup(seeded_store.db.conn, path, now=when)
    removed = prune_backups(path, now=T0)
    kept = list_backups(path)
    newest = sorted(days, reverse=True)
    expected = set(newest[:10])
    for k in range(12):
        month = (T0.year * 12 + T0.month - 1) - k
        in_month = [d for d in newest if d.year * 12 + d.month - 1 == month]
        expected.add(in_month[0])
    assert {b.taken_at for b in kept} == expected
    assert len(removed) == 160 - len(expected)
    assert all(not p.exists() for p in removed)


def test_backups_of_other_databases_in_the_folder_are_left_alone(seeded_store, tmp_path):
    other = open_store(tmp_path / "test-archive.db")
    take_backup(other.db.conn, other.path, now=T0)
    for k in range(12):
        take_backup(seeded_store.db.conn, seeded_store.path, now=T0 + dt.timedelta(minutes=k))
    prune_backups(seeded_store.path, now=T0 + dt.timedelta(hours=1))
    assert len(list_backups(other.path)) == 1
    assert len(list_backups(seeded_store.path)) == 10
    other.close()


def test_a_migration_is_always_preceded_by_a_backup(tmp_path):
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    MIGRATIONS.apply(db, stop_before="0002_register")
    db.close()
    store, lock = open_for_command(path, "write")
    store.close()
    lock.release()
    [copy] = list_backups(path)
    assert copy.tag == "before-migrate"
    old = Database(sqlite3.connect(copy.path))
    assert [m.name for m in MIGRATIONS.applied(old)] == ["0001_initial"]
    assert pending_migrations(old)
    old.close()


def test_cli_backup_restore_round_trip_keeps_what_it_replaces(tmp_path):
    db, saved = tmp_path / "office.db", tmp_path / "saved.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    assert run_cli("--db", str(db), "backup", "-o", str(saved)).returncode == 0
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    assert len(_titles(db)) == 2
    result = run_cli("--db", str(db), "restore", str(saved))
    assert result.returncode == 0, result.stderr
    assert len(_titles(db)) == 1
    assert list_backups(db) == []  # the safety copy is outside the rotation
    [kept] = safety_copies(db)
    assert kept.path.parent == backups_dir(db) / "before-restore"
    assert kept.tag == "before-restore" and str(kept.path) in result.stdout
    assert len(_titles(kept.path)) == 2
    assert run_cli("--db", str(db), "check").returncode == 0


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 5000])
def test_restore_refuses_files_that_are_not_backups(tmp_path, content):
    db, bogus = tmp_path / "office.db", tmp_path / "bogus.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    bogus.write_bytes(content)
    before = digest(db)
    result = run_cli("--db", str(db), "restore", str(bogus))
    assert result.returncode == 2
    assert "không khôi phục từ" in result.stderr and "Traceback" not in result.stderr
    assert digest(db) == before
    assert list_backups(db) == []


def test_restore_refuses_another_applications_database(tmp_path):
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE meetings (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(RestoreError, match="không phải dữ liệu của ứng dụng"):
        restore_database(foreign, tmp_path / "office.db")
    assert not (tmp_path / "office.db").exists()


def test_restore_over_a_damaged_file_sets_it_aside(seeded_store, tmp_path):
    saved = backup_connection(seeded_store.db.conn, tmp_path / "saved.db")
    damaged = tmp_path / "office.db"
    damaged.write_bytes(b"garbage" * 1000)
    kept = restore_database(saved, damaged, now=T0)
    assert kept.name == "office.db.damaged-20250314-093000"
    assert kept.read_bytes() == b"garbage" * 1000
    assert len(_titles(damaged)) == 1


def test_restore_into_an_open_database_is_seen_by_the_next_read(seeded_store, tmp_path):
    saved = backup_connection(seeded_store.db.conn, tmp_path / "saved.db")
    OPINIONS.add(seeded_store, seeded_store.seed_id, Opinion(key="", text="sau sao lưu"))
    seeded_store.close()
    restore_database(saved, seeded_store.path, now=T0)
    store = open_store(seeded_store.path)
    texts = [o.text for o in load_meeting(store.db, 1).opinions]
    store.close()
    assert "sau sao lưu" not in texts
    kept = open_store(safety_copies(seeded_store.path)[0].path)
    assert "sau sao lưu" in [o.text for o in load_meeting(kept.db, 1).opinions]
    kept.close()


def test_a_restored_old_backup_is_migrated_with_a_backup_first(tmp_path, seed_meeting):
    old = tmp_path / "old.db"
    db = Database(sqlite3.connect(old))
    MIGRATIONS.apply(db, stop_before="0002_register")
    db.close()
    store = open_store(tmp_path / "office.db")
    create_meeting(store, seed_meeting)
    store.close()
    restore_database(old, tmp_path / "office.db", now=T0)
    store, lock = open_for_command(tmp_path / "office.db", "write")
    assert pending_migrations(store.db) == []
    store.close()
    lock.release()
    assert {b.tag for b in list_backups(tmp_path / "office.db")} == {"before-migrate"}
    assert {b.tag for b in safety_copies(tmp_path / "office.db")} == {"before-restore"}


def test_prune_removes_parts_of_interrupted_backups_only_when_stale(seeded_store):
    folder = backups_dir(seeded_store.path)
    folder.mkdir()
    stale, fresh = folder / ".test-20250101-000000.db.part", folder / ".test-x.db.part"
    stale.write_bytes(b"half a copy")
    fresh.write_bytes(b"a copy being written now")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    prune_backups(seeded_store.path)
    assert not stale.exists() and fresh.exists()
