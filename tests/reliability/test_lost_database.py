"""Issue 11.2 and 11.3: an emptied or deleted database never costs the backups; what a restore
replaces is kept for good, outside the rotation."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.storage.backup import (
    automatic_backup,
    count_meetings,
    list_backups,
    prune_backups,
    safety_copies,
    take_backup,
)
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.ui import messages
from secretary_app.ui.dialogs.lost_database import LostDatabaseDialog
from secretary_app.ui.dialogs.safety_dialogs import QUIT, RESTORE, START_EMPTY
from secretary_app.ui.startup_checks import StartupChecks, open_database
from tests.conftest import SEED_PATH, run_cli

DAY0 = dt.datetime(2025, 3, 1, 9, 0)


@pytest.fixture
def said(monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def ten_days(seeded_file):
    """The seeded file (1 meeting) with the backups of ten days of use."""
    for day in range(10):
        take_backup(seeded_file, seeded_file, now=DAY0 + dt.timedelta(days=day))
    return seeded_file


def empty(path, how: str) -> None:
    if how == "deleted":
        path.unlink()
    else:
        path.write_bytes(b"")


def _start_app(path) -> None:
    """What the app does at start: open (lock, quick check, offer a backup), then after the
    window shows the full check and the backup on open; then quit."""
    store, lock = open_database(path, checks_later=True)
    StartupChecks(path).run()
    store.close()
    lock.release()


@pytest.mark.parametrize("how", ["deleted", "zero bytes"])
def test_twelve_starts_on_an_emptied_database_keep_every_good_backup(qtbot, ten_days, said,
                                                                     monkeypatch, how):
    offered = []
    monkeypatch.setattr(LostDatabaseDialog, "ask", classmethod(
        lambda cls, _parent, lost, current: offered.append((lost, current)) or START_EMPTY))
    good = {b.path for b in list_backups(ten_days)}
    empty(ten_days, how)
    for _start in range(12):
        _start_app(ten_days)
    [(lost, current)] = offered  # said once, at the first start: then it was started empty
    assert lost.meetings == 1 and lost.backup.path == max(good)
    assert current.startswith("0 cuộc họp, ")  # what the app said the file holds
    counts = {b.path: count_meetings(b.path) for b in list_backups(ten_days)}
    assert good <= set(counts)  # every good backup is still there
    assert [counts[p] for p in sorted(good)] == [1] * 10


def test_the_app_offers_the_newest_good_backup_and_restores_it(qtbot, ten_days, said,
                                                             monkeypatch):
    monkeypatch.setattr(LostDatabaseDialog, "ask", classmethod(lambda cls, *a: RESTORE))
    empty(ten_days, "zero bytes")
    store, lock = open_database(ten_days)
    try:
        assert store.db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    finally:
        store.close()
        lock.release()


def test_quit_leaves_everything_as_it_was(qtbot, ten_days, said, monkeypatch):
    monkeypatch.setattr(LostDatabaseDialog, "ask", classmethod(lambda cls, *a: QUIT))
    empty(ten_days, "zero bytes")
    assert open_database(ten_days) is None
    assert ten_days.read_bytes() == b"" and len(list_backups(ten_days)) == 10


def test_the_dialog_says_what_the_file_holds_and_where_the_safety_copy_goes(qtbot, ten_days):
    from secretary_app.storage.db_file import describe_current, lost_database

    empty(ten_days, "zero bytes")
    lost = lost_database(ten_days)
    dialog = LostDatabaseDialog(lost, describe_current(ten_days))
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "1 cuộc họp" in text and "0 cuộc họp, thay đổi lần cuối lúc" in text
    assert str(ten_days.parent / "backups" / "before-restore") in text
    assert any(b.text().startswith("Khôi phục bản sao lưu lúc ") for b in dialog.buttons())


@pytest.mark.parametrize("how", ["deleted", "zero bytes"])
def test_the_cli_refuses_an_emptied_database_and_names_the_restore_command(ten_days, how):
    empty(ten_days, how)
    for command in (["import", str(SEED_PATH)], ["list"]):
        result = run_cli("--db", str(ten_days), *command)
        assert result.returncode == 1, command
        assert "secretary-app --db" in result.stderr and " restore " in result.stderr
        assert str(list_backups(ten_days)[0].path) in result.stderr
    assert len(list_backups(ten_days)) == 10
    newest = list_backups(ten_days)[0].path
    assert run_cli("--db", str(ten_days), "restore", str(newest)).returncode == 0
    assert run_cli("--db", str(ten_days), "list").stdout.startswith("1\t")


def test_nothing_is_pruned_while_the_database_has_no_meetings(tmp_path, seed_meeting):
    db = tmp_path / "d.db"
    store = open_store(db)
    create_meeting(store, seed_meeting)
    for day in range(25):
        take_backup(store.db.conn, db, now=DAY0 + dt.timedelta(days=day))
    store.db.execute("DELETE FROM meetings")
    assert automatic_backup(store.db.conn, db, force=True) is None  # no copy of nothing
    assert prune_backups(db, now=DAY0 + dt.timedelta(days=30)) == []
    store.close()
    assert len(list_backups(db)) == 25


def test_the_newest_backup_holding_more_meetings_is_never_pruned(tmp_path, seed_meeting):
    db = tmp_path / "d.db"
    store = open_store(db)
    for _ in range(3):
        create_meeting(store, seed_meeting)
    fuller = take_backup(store.db.conn, db, now=DAY0)
    store.db.execute("DELETE FROM meetings WHERE id > 1")  # two meetings lost by mistake
    for day in range(1, 15):
        automatic_backup(store.db.conn, db, force=True, now=DAY0 + dt.timedelta(hours=day))
    store.close()
    assert fuller in {b.path for b in list_backups(db)}
    assert count_meetings(fuller) == 3


def test_the_safety_copy_of_a_restore_outlives_any_rotation(seeded_file, tmp_path):
    saved = tmp_path / "saved.db"
    assert run_cli("--db", str(seeded_file), "backup", "-o", str(saved)).returncode == 0
    assert run_cli("--db", str(seeded_file), "import", str(SEED_PATH)).returncode == 0
    result = run_cli("--db", str(seeded_file), "restore", str(saved))
    assert result.returncode == 0
    [kept] = safety_copies(seeded_file)
    assert kept.path.parent.name == "before-restore" and str(kept.path) in result.stdout
    store = open_store(seeded_file)
    for day in range(40):
        automatic_backup(store.db.conn, seeded_file, force=True,
                         now=DAY0 + dt.timedelta(days=day))
    store.close()
    assert [b.path for b in safety_copies(seeded_file)] == [kept.path]
    assert count_meetings(kept.path) == 2
