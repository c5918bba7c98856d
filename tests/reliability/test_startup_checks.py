"""The app's start: a quick check before the window, the full check and backup after it."""

from __future__ import annotations

import pytest

from secretary_app.domain.model import Organization
from secretary_app.storage.backup import list_backups
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.storage.restore import damage_of
from secretary_app.ui import messages
from secretary_app.ui.dialogs.safety_dialogs import QUIT, DamagedDatabaseDialog
from secretary_app.ui.startup_checks import (
    StartupChecks,
    needs_check_marker,
    open_database,
)


@pytest.fixture
def said(monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def office_file(tmp_path, seed_meeting):
    path = tmp_path / "secretary.db"
    store = open_store(path)
    save_organization(store, Organization(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO", abbreviation="SGDĐT"),
                      make_default=True)
    create_meeting(store, seed_meeting)
    store.close()
    return path


def scribble_inside_a_page(path) -> None:
    """Damage that only reading every page finds (the header and the schema stay sound)."""
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096 + 8, 3 * 4096 + 400):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_quick_check_reads_header_and_schema_only(office_file):
    scribble_inside_a_page(office_file)
    assert damage_of(office_file, thorough=False) is None
    assert "kiểm tra SQLite báo lỗi" in damage_of(office_file)


def test_opening_later_checks_takes_no_backup_yet(qtbot, office_file, said):
    store, lock = open_database(office_file, checks_later=True)
    store.close()
    lock.release()
    assert list_backups(office_file) == [] and said == []


def test_startup_checks_back_up_a_healthy_file(qtbot, office_file, said):
    store, lock = open_database(office_file, checks_later=True)
    try:
        checks = StartupChecks(office_file)
        checks.start()
        checks.worker.join(timeout=30)
        qtbot.wait(10)  # the signal crosses to the UI thread
    finally:
        store.close()
        lock.release()
    assert len(list_backups(office_file)) == 1
    assert said == [] and not needs_check_marker(office_file).exists()


def test_damage_found_after_start_is_told_and_checked_fully_next_time(qtbot, office_file, said,
                                                                        monkeypatch):
    scribble_inside_a_page(office_file)
    checks = StartupChecks(office_file)
    checks.run()  # what the thread does, here in the test's thread
    qtbot.waitUntil(lambda: said != [])
    [(title, text)] = said
    assert title == "Tệp dữ liệu bị hỏng" and "mở lại ứng dụng" in text
    assert list_backups(office_file) == []  # a damaged file pushes no good backup out
    assert needs_check_marker(office_file).exists()
    offered = []
    monkeypatch.setattr(DamagedDatabaseDialog, "ask",
                        classmethod(lambda cls, *a: offered.append(a) or QUIT))
    assert open_database(office_file, checks_later=True) is None  # full check: dialog, quit
    assert offered and needs_check_marker(office_file).exists()
