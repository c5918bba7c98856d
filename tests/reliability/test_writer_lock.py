"""One writer per database: the sidecar OS lock, across processes, and how commands respect it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from secretary_app.domain.model import Organization
from secretary_app.storage.access import open_for_command
from secretary_app.storage.backup import list_backups
from secretary_app.storage.database import open_store
from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock, is_locked, lock_path
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest, launch_app, wait_for_event


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


SECOND_APP = """
import sys
from secretary_app.ui import messages
messages.show_error = lambda parent, title, text: print("SHOWN", title, "|", text, flush=True)
from secretary_app.app import main
sys.exit(main(["--db", sys.argv[1], "--smoke-test"]))
"""


def test_a_second_real_app_is_refused_while_the_first_runs(tmp_path, seed_meeting):
    """Two processes of the real app: the first types; the second says why it cannot open."""
    db = tmp_path / "live.db"
    store = open_store(db)
    save_organization(store, Organization(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO"), make_default=True)
    create_meeting(store, seed_meeting)
    store.close()
    log = tmp_path / "first.jsonl"
    with open(tmp_path / "first.out", "wb") as out:
        first = launch_app(db, log, 0, out)
        try:
            wait_for_event(log, first, "start")
            backups = len(list_backups(db))
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
            second = subprocess.run([sys.executable, "-c", SECOND_APP, str(db)], env=env,
                                    capture_output=True, text=True, timeout=120)
            assert first.poll() is None  # the first one is still typing
        finally:
            first.kill()
            first.wait(timeout=30)
    assert second.returncode == 1
    assert f"SHOWN Tệp dữ liệu đang được dùng | Tệp dữ liệu {db}" in second.stdout
    assert f"tiến trình {first.pid}" in second.stdout
    assert len(list_backups(db)) == backups  # the second one did not even take a backup
