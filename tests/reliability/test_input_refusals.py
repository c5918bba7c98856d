"""Issue 11.5, 11.7, 11.12: bad input refused before it is read; damaged or newer databases
never written; messages that say what happened."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from secretary_app.storage.database import open_store
from secretary_app.storage.faults import describe_error
from secretary_app.ui import messages
from secretary_app.ui.startup_checks import open_database
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest
from tests.reliability.test_startup_checks import scribble_inside_a_page

INVISIBLE = "\u200b\u200e\ufeff\u2060 \u00ad"


@pytest.fixture
def office_db(tmp_path):
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    return db


def _package(tmp_path, name="p.json", **changes):
    package = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key == "title":
            package["meeting"]["title"] = value
        else:
            package[key] = value
    path = tmp_path / name
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    return path


def _timed_cli(*args, timeout=30.0):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "secretary_app", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=timeout)
    return done, time.monotonic() - started


def test_special_and_huge_inputs_are_refused_at_once(office_db, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # nobody writes to it: reading would wait for ever
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(3 * 1024 ** 3)  # 3 GB (sparse)
    before = digest(office_db)
    for source, words in ((fifo, "không phải tệp thường"), ("/dev/zero", "không phải tệp thường"),
                          (huge, "tệp quá lớn"), (tmp_path, "thư mục")):
        result, seconds = _timed_cli("--db", str(office_db), "import", str(source))
        assert result.returncode == 2, (source, result.stderr)
        assert words in result.stderr, source
        assert seconds < 20
    assert digest(office_db) == before


def test_a_package_with_duplicate_document_numbers_is_refused(office_db, tmp_path):
    numbered = [{"kind": "BB", "number": 5, "year": 2024}]
    twice = _package(tmp_path, "twice.json", documents=numbered * 2)
    once = _package(tmp_path, "once.json", documents=numbered)
    before = digest(office_db)
    result = run_cli("--db", str(office_db), "import", str(twice))
    assert result.returncode == 2 and "05/BB năm 2024" in result.stderr and "trùng" in result.stderr
    assert digest(office_db) == before
    assert run_cli("--db", str(office_db), "import", str(once)).returncode == 0
    again = run_cli("--db", str(office_db), "import", str(once))  # the number is now taken
    assert again.returncode == 2 and "trùng" in again.stderr
    assert run_cli("--db", str(office_db), "check").returncode == 0
    assert len(run_cli("--db", str(office_db), "list").stdout.splitlines()) == 2


def test_invisible_characters_alone_count_as_empty(office_db, tmp_path):
    result = run_cli("--db", str(office_db), "import", str(_package(tmp_path, title=INVISIBLE)))
    assert result.returncode == 2 and "không được để trống" in result.stderr
    assert run_cli("--db", str(office_db), "finalise", "1").returncode == 0
    refused = run_cli("--db", str(office_db), "reopen", "1", "--reason", INVISIBLE)
    assert refused.returncode == 2 and "lý do" in refused.stderr
    assert run_cli("--db", str(office_db), "reserve-number", "--kind", "TB").returncode == 0
    cancel = run_cli("--db", str(office_db), "cancel-number", "1", "--reason", INVISIBLE)
    assert cancel.returncode != 0 and "lý do" in cancel.stderr


def test_a_damaged_database_is_never_written(office_db):
    scribble_inside_a_page(office_db)
    before = digest(office_db)
    for command in (["import", str(SEED_PATH)], ["finalise", "1"]):
        result = run_cli("--db", str(office_db), *command)
        assert result.returncode == 1, command
        assert "bị hỏng" in result.stderr and "không ghi vào tệp hỏng" in result.stderr
    assert digest(office_db) == before


def _from_the_future(db):
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "SELECT migration_set, '9999_future', applied_at FROM _sqlite_migrations LIMIT 1")
    conn.commit()
    conn.close()


def test_a_database_of_a_newer_version_is_read_but_never_written(office_db):
    _from_the_future(office_db)
    before = digest(office_db)
    for command in (["import", str(SEED_PATH)], ["finalise", "1"],
                    ["task-status", "1", "done"]):
        result = run_cli("--db", str(office_db), *command)
        assert result.returncode == 1, command
        assert "phiên bản mới hơn" in result.stderr
    listed = run_cli("--db", str(office_db), "list")
    assert listed.returncode == 0 and listed.stdout.startswith("1\t")
    assert digest(office_db) == before


def test_the_app_opens_a_newer_database_read_only_and_says_so(qtbot, office_db, monkeypatch):
    _from_the_future(office_db)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))
    before = digest(office_db)
    store, lock = open_database(office_db)
    try:
        assert shown[0][0] == "Chỉ mở để đọc" and "phiên bản mới hơn" in shown[0][1]
        assert store.db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            with store.write():
                store.db.execute("UPDATE meetings SET title = 'x'")
    finally:
        store.close()
        lock.release()
    assert digest(office_db) == before


def test_db_paths_that_cannot_be_databases_are_named_for_what_they_are(tmp_path):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    for db, words in ((tmp_path, "là một thư mục"), (fifo, "không phải tệp thường"),
                      (tmp_path / "typo" / "nested" / "d.db", "không tồn tại")):
        result, _seconds = _timed_cli("--db", str(db), "list")
        assert result.returncode == 2, (db, result.stderr)
        assert words in result.stderr
        assert "chỉ cho đọc" not in result.stderr and "đầy" not in result.stderr
    assert not (tmp_path / "typo").exists()  # a mistyped path creates no folders


def test_the_app_names_a_folder_for_what_it_is(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append(text))
    assert open_database(tmp_path, create_folders=False) is None
    assert "là một thư mục" in shown[0] and "chỉ cho đọc" not in shown[0]


@pytest.mark.parametrize("english", ["no such table: meetings", "malformed database schema (x)",
                                     "database is locked", "UNIQUE constraint failed: a.b"])
def test_sqlite_words_become_vietnamese_and_the_detail_goes_to_the_log(english, caplog):
    store = open_store(":memory:")
    try:
        store.db.execute("SELECT * FROM nowhere")
    except sqlite3.Error as exc:
        real = exc
    store.close()
    for exc in (real, sqlite3.OperationalError(english), sqlite3.IntegrityError(english)):
        with caplog.at_level("WARNING"):
            said = describe_error(exc)
        assert said and not said.isascii() and str(exc) not in said
        assert str(exc) in caplog.text


def test_the_app_writes_nothing_more_once_the_full_check_finds_damage(qtbot, office_db,
                                                                     monkeypatch):
    from secretary_app.storage.database import RefusedWriteError
    from secretary_app.ui.application import refuse_writes_if_damaged
    from secretary_app.ui.startup_checks import StartupChecks

    monkeypatch.setattr(messages, "show_error", lambda *_a: None)
    store = open_store(office_db)
    try:
        scribble_inside_a_page(office_db)  # found only by reading every page
        checks = StartupChecks(office_db)
        checks.problem.connect(lambda kind, _message: refuse_writes_if_damaged(store, kind))
        checks.run()
        before = digest(office_db)
        with pytest.raises(RefusedWriteError) as refused:
            with store.write():
                store.db.execute("UPDATE meetings SET title = 'x'")
        assert "CHƯA được lưu" in describe_error(refused.value)
        assert digest(office_db) == before
    finally:
        store.close()
