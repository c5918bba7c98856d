"""One writer per database: the sidecar OS lock, across processes, and how commands respect it."""

from __future__ import annotations

import signal

import pytest

from secretary_app.storage.access import open_for_command
from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock, is_locked, lock_path
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest


@pytest.fixture
def office_db(tmp_path):
    """A database file holding the seed meeting (imported through the CLI)."""
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    return db


def test_second_lock_in_the_same_process_is_refused(tmp_path):
    db = tmp_path / "a.db"
    with DatabaseLock(db) as first:
        assert first.held and is_locked(db)
        with pytest.raises(DatabaseBusyError, match="đang được một cửa sổ khác"):
            DatabaseLock(db).acquire()
    assert not is_locked(db)
    assert lock_path(db).exists()  # the sidecar stays; only the OS lock is released


def test_lock_names_its_holder(tmp_path, lock_holder):
    db = tmp_path / "a.db"
    proc = lock_holder(db)
    with pytest.raises(DatabaseBusyError) as caught:
        DatabaseLock(db).acquire()
    assert f"tiến trình {proc.pid}" in str(caught.value)


def test_write_commands_are_refused_while_another_process_holds_the_lock(office_db, lock_holder):
    lock_holder(office_db)
    before = digest(office_db)
    result = run_cli("--db", str(office_db), "import", str(SEED_PATH))
    assert result.returncode == 1
    assert "đang được một cửa sổ khác của ứng dụng" in result.stderr
    assert "Traceback" not in result.stderr
    for command in (["finalise", "1"], ["reopen", "1", "--reason", "x"], ["restore", "x.db"]):
        refused = run_cli("--db", str(office_db), *command)
        assert refused.returncode == 1, command
        assert "chỉ một nơi được ghi" in refused.stderr
    assert digest(office_db) == before


def test_read_commands_proceed_read_only(office_db, lock_holder, tmp_path):
    lock_holder(office_db)
    listed = run_cli("--db", str(office_db), "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("1\t2024-10-16\t")
    copy = tmp_path / "copy.db"
    assert run_cli("--db", str(office_db), "backup", "-o", str(copy)).returncode == 0
    assert run_cli("--db", str(copy), "list").stdout == listed.stdout
    assert run_cli("--db", str(office_db), "check").returncode == 0


def test_read_access_alongside_a_writer_cannot_write(office_db, lock_holder):
    lock_holder(office_db)
    store, lock = open_for_command(office_db, "read")
    try:
        assert lock is None
        with pytest.raises(Exception, match="readonly"):
            store.db.execute("DELETE FROM meetings")
    finally:
        store.close()


def test_a_killed_holder_releases_the_lock(office_db, lock_holder):
    proc = lock_holder(office_db)
    assert is_locked(office_db)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert not is_locked(office_db)
    assert run_cli("--db", str(office_db), "import", str(SEED_PATH)).stdout.strip() == "2"
