"""Issue 11.8-11.11: nothing left behind by a kill, private files, the log, no freeze for the
daily backup."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
import time

import pytest
from PySide6.QtCore import QUrl

from secretary_app.fileio import write_file_atomically
from secretary_app.logs import log_file, setup_logging
from secretary_app.storage import backup as backup_module
from secretary_app.storage.access import open_for_command
from secretary_app.storage.backup import backups_dir, list_backups, take_backup
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.ui import backup_schedule
from tests.conftest import SEED_PATH, run_cli


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _dead_pid() -> int:
    pid = 999_999
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        pid -= 1


# 11.8 ------------------------------------------------------------------------------------

def test_parts_of_a_killed_export_are_removed_by_the_next_write(tmp_path):
    dead = tmp_path / f".bb.pdf.{_dead_pid()}.0badc0de.part"
    live = tmp_path / f".bb.pdf.{os.getppid()}.0badc0de.part"  # someone writing right now
    dead.write_bytes(b"half a PDF")
    live.write_bytes(b"being written")
    write_file_atomically(tmp_path / "tb.docx", b"docx")
    assert not dead.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, "tb.docx"])


def test_parts_of_a_killed_backup_are_removed_at_the_next_start(seeded_file):
    folder = backups_dir(seeded_file)
    folder.mkdir()
    fresh = folder / ".secretary-20250101-000000.db.part"  # killed a second ago
    fresh.write_bytes(b"half a copy")
    (folder / "before-restore").mkdir()
    safety_part = folder / "before-restore" / ".secretary-20250101-000000-before-restore.db.part"
    safety_part.write_bytes(b"half a copy")
    store, lock = open_for_command(seeded_file, "write")
    store.close()
    lock.release()
    assert not fresh.exists() and not safety_part.exists()


def test_renames_are_made_durable_by_syncing_the_folder(tmp_path, monkeypatch):
    synced = []
    real = os.fsync

    def record(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real(fd)
    monkeypatch.setattr(os, "fsync", record)
    write_file_atomically(tmp_path / "bb.pdf", b"%PDF")
    assert synced == [False, True]  # the file's bytes, then the folder's new entry
    synced.clear()
    store = open_store(tmp_path / "d.db")
    take_backup(store.db.conn, tmp_path / "d.db")
    store.close()
    assert synced[-1] is True


# 11.9 ------------------------------------------------------------------------------------

def test_the_data_folder_database_wal_and_backups_are_private(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old = os.umask(0o022)
    try:
        assert run_cli("import", str(SEED_PATH)).returncode == 0  # the default database
        db = tmp_path / "data" / "secretary-app" / "secretary.db"
        assert mode(db.parent) == 0o700 and mode(db) == 0o600
        store = open_store(db)
        create_meeting(store, store_meeting(db))
        assert mode(f"{db}-wal") == 0o600
        made = take_backup(store.db.conn, db)
        store.close()
        assert mode(made) == 0o600 and mode(made.parent) == 0o700
        out = tmp_path / "copy.db"
        assert run_cli("backup", "-o", str(out)).returncode == 0
        assert mode(out) == 0o600
    finally:
        os.umask(old)


def store_meeting(db):
    from secretary_app.domain.package import parse_package_bytes

    return parse_package_bytes(SEED_PATH.read_bytes())


def test_an_older_versions_open_files_are_made_private_on_open(seeded_file):
    store = open_store(seeded_file)
    store.db.execute("UPDATE meetings SET title = title")  # leaves a WAL behind
    for path in (seeded_file, f"{seeded_file}-wal"):
        os.chmod(path, 0o644)
    store, lock = open_for_command(seeded_file, "write")
    store.close()
    lock.release()
    assert mode(seeded_file) == 0o600


def test_exports_keep_the_umask_and_never_loosen_a_file(tmp_path, monkeypatch):
    old = os.umask(0o027)
    try:
        made = write_file_atomically(tmp_path / "new.pdf", b"%PDF")
        assert mode(made) == 0o640  # the user's umask, as for any new file
        private = tmp_path / "private.pdf"
        private.write_bytes(b"old")
        os.chmod(private, 0o600)
        monkeypatch.setattr(os, "umask", lambda *_a: pytest.fail("process-wide umask change"))
        write_file_atomically(private, b"%PDF new")
        assert mode(private) == 0o600 and private.read_bytes() == b"%PDF new"
    finally:
        monkeypatch.undo()
        os.umask(old)


# 11.10 -----------------------------------------------------------------------------------

def test_commands_and_refusals_are_logged(tmp_path):
    db = tmp_path / "d.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    assert run_cli("--db", str(db), "export-package", "1", "-o", str(db)).returncode == 2
    text = log_file().read_text(encoding="utf-8")
    assert "start: import" in text
    assert "refused (exit 2): không ghi vào" in text
    assert "migrat" in text and "backup" in text.lower()


def test_unexpected_errors_go_to_the_log_with_their_traceback(tmp_path, monkeypatch, capsys):
    from secretary_app import app
    from secretary_app.cli import meetings

    setup_logging()

    def broken(args, store):
        raise ZeroDivisionError("boom in the middle")
    monkeypatch.setattr(meetings, "cmd_list", broken)
    monkeypatch.setattr("secretary_app.cli.meetings.cmd_list", broken)
    assert app.main(["--db", str(tmp_path / "d.db"), "list"]) == 1
    text = log_file().read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: boom in the middle" in text


def test_the_help_menu_opens_the_log_folder(qtbot, seeded_file, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from secretary_app.ui.main_window import MainWindow
    from secretary_app.ui.safety_actions import add_reliability_actions

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    store = open_store(seeded_file)
    window = MainWindow(store)
    add_reliability_actions(window)
    qtbot.addWidget(window)
    try:
        assert window.named_actions["openLogFolder"] in window.menus["help"].actions()
        window.named_actions["openLogFolder"].trigger()
        assert opened == [QUrl.fromLocalFile(str(log_file().parent))]
    finally:
        window.close()
        store.close()


# 11.11 -----------------------------------------------------------------------------------

def test_the_daily_backup_never_runs_on_the_ui_thread(qtbot, seeded_file, monkeypatch):
    ran_on = []
    real = backup_module.automatic_backup

    def slow(conn, path, *a, **k):
        ran_on.append(threading.current_thread())
        time.sleep(1.5)  # a large file
        return real(conn, path, *a, **k)
    monkeypatch.setattr(backup_module, "automatic_backup", slow)
    store = open_store(seeded_file)
    try:
        scheduler = backup_schedule.BackupScheduler(store)
        started = time.monotonic()
        thread = scheduler.start_if_due()
        assert time.monotonic() - started < 0.5  # the window goes on at once
        assert scheduler.start_if_due() is None  # one backup at a time
        thread.join(timeout=30)
        assert ran_on and ran_on[0] is not threading.main_thread()
        assert list_backups(seeded_file)
    finally:
        store.close()


def test_backups_of_the_day_are_taken_once(seeded_file):
    store = open_store(seeded_file)
    try:
        assert backup_module.daily_backup(seeded_file) is not None
        assert backup_module.daily_backup(seeded_file) is None
    finally:
        store.close()
    assert dt.datetime.now() - list_backups(seeded_file)[0].taken_at < dt.timedelta(minutes=5)
