"""`secretary-app check`: SQLite checks, foreign keys, numbering, order, finalised hashes."""

from __future__ import annotations

import sqlite3

import pytest

from secretary_app.storage.integrity import check_database
from tests.conftest import SEED_PATH, run_cli


@pytest.fixture
def office_db(tmp_path):
    """A database file with the seed meeting."""
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    return db


def _raw(db, *statements, foreign_keys=True):
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    for sql in statements:
        conn.execute(sql)
    conn.close()


def _check(db):
    result = run_cli("--db", str(db), "check")
    assert "Traceback" not in result.stderr
    return result


def test_healthy_database_exits_zero(office_db):
    result = _check(office_db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "không phát hiện lỗi" in result.stdout


def test_gap_in_an_ordered_list_is_reported(office_db):
    _raw(office_db, "UPDATE opinions SET position = position + 1 WHERE position >= 2")
    result = _check(office_db)
    assert result.returncode == 1
    assert "thứ tự hỏng: bảng opinions, meeting_id = 1" in result.stdout


def test_duplicate_positions_in_tasks_are_reported(office_db):
    _raw(office_db, "UPDATE tasks SET position = 0")
    assert "thứ tự hỏng: bảng tasks" in _check(office_db).stdout


def test_dangling_foreign_key_is_reported(office_db):
    _raw(office_db, "INSERT INTO opinions(meeting_id, position, key, text) "
                    "VALUES (99, 0, 'o1', 'mồ côi')", foreign_keys=False)
    result = _check(office_db)
    assert result.returncode == 1
    assert "khóa ngoại hỏng: bảng opinions" in result.stdout


def test_duplicate_document_number_is_reported(office_db):
    _raw(office_db, "INSERT INTO documents(meeting_id, position, kind, number, year) "
                    "SELECT meeting_id, 9, kind, 5, 2024 FROM documents",
         "INSERT INTO documents(meeting_id, position, kind, number, year) "
         "SELECT meeting_id, 10, kind, 5, 2024 FROM documents WHERE position = 9")
    result = _check(office_db)
    assert "số văn bản trùng: 05/" in result.stdout


def test_tampered_finalised_meeting_is_reported(office_db):
    assert run_cli("--db", str(office_db), "finalise", "1").returncode == 0
    assert _check(office_db).returncode == 0
    conn = sqlite3.connect(office_db, isolation_level=None)
    triggers = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'lock_opinions%'")]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE opinions SET text = text || ' (sửa lén)' WHERE position = 0")
    conn.close()
    result = _check(office_db)
    assert result.returncode == 1
    assert "biên bản đã chốt của cuộc họp 1 đã bị thay đổi" in result.stdout
    assert "thiếu trigger bảo vệ biên bản đã chốt: lock_opinions_delete" in result.stdout


def test_garbage_file_is_reported_not_crashed(tmp_path):
    db = tmp_path / "office.db"
    db.write_bytes(b"\x00\x01garbage" * 500)
    result = _check(db)
    assert result.returncode == 1
    assert "không phải cơ sở dữ liệu SQLite" in result.stdout


def test_corrupted_page_is_reported(office_db):
    data = bytearray(office_db.read_bytes())
    page = 4096
    for offset in range(3 * page + 8, 3 * page + 400):  # scribble inside a b-tree page
        data[offset] = 0xA5
    office_db.write_bytes(bytes(data))
    result = _check(office_db)
    assert result.returncode == 1
    assert result.stdout.count("\n- ") >= 1


def test_missing_database_is_an_error(tmp_path):
    result = _check(tmp_path / "nothing.db")
    assert result.returncode == 1
    assert "không tìm thấy tệp dữ liệu" in result.stderr
    assert not (tmp_path / "nothing.db").exists()


def test_check_database_on_a_fresh_store_is_clean(store):
    assert check_database(store.db) == []
