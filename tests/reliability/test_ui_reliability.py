"""The desktop side: second instance, damaged file at start, Chốt/Mở lại/Nhật ký, error messages."""

from __future__ import annotations

import argparse
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from secretary_app.storage.backup import list_backups, take_backup
from secretary_app.storage.database import open_store
from secretary_app.storage.faults import DISK_FULL
from secretary_app.storage.finalise import audit_log, is_finalised
from secretary_app.storage.guards import FINALISED_MESSAGE
from secretary_app.storage.meetings import load_meeting
from secretary_app.ui import messages
from secretary_app.ui.application import run_gui
from secretary_app.ui.backup_schedule import BackupScheduler
from secretary_app.ui.dialogs.safety_dialogs import (
    QUIT,
    RESTORE,
    START_EMPTY,
    AuditLogDialog,
    DamagedDatabaseDialog,
    ReasonDialog,
)
from secretary_app.ui.error_reporter import ErrorReporter
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.safety_actions import add_reliability_actions
from secretary_app.ui.startup_checks import open_database

SPEECH = "Ý kiến <mới> & “đã chốt” 😀"


@pytest.fixture
def said(monkeypatch):
    """Record what messages.show_error/show_info/confirm would show; confirm says yes."""
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(messages, "show_info", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    return shown


@pytest.fixture
def window(qtbot, seeded_file, said):
    """The real main window with the reliability actions, showing the seed meeting."""
    store = open_store(seeded_file)
    win = MainWindow(store)
    add_reliability_actions(win)
    qtbot.addWidget(win)
    win.show()
    win.open_meeting(1, "proceedings")
    yield win
    win.close()
    store.close()


def type_text(widget, text: str) -> None:
    """One key event per character (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def _record(win, qtbot, text: str):
    page = win.show_page("proceedings")
    box = page.composer.box
    box.setFocus()
    type_text(box, text)
    with qtbot.capture_exceptions() as caught:
        QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return box, [exc for _kind, exc, _tb in caught]


def test_second_instance_is_refused_with_a_message(qtbot, seeded_file, said, lock_holder):
    lock_holder(seeded_file)
    args = argparse.Namespace(db=seeded_file, lang=None, smoke_test=True)
    assert run_gui(args) == 1
    [(title, text)] = said
    assert title == "Tệp dữ liệu đang được dùng"
    assert "đang được một cửa sổ khác của ứng dụng" in text


def test_damaged_file_at_start_offers_the_latest_backup(qtbot, seeded_file, said, monkeypatch):
    store = open_store(seeded_file)
    take_backup(store.db.conn, seeded_file)
    store.close()
    seeded_file.write_bytes(b"\x00garbage" * 4096)
    offered = []

    def choose(_parent, _path, problem, latest):
        offered.append((problem, latest))
        return RESTORE
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda cls, *a: choose(*a)))
    store, lock = open_database(seeded_file)
    try:
        assert load_meeting(store.db, 1).title.startswith("Họp đánh giá")
        [(problem, latest)] = offered
        assert "không phải cơ sở dữ liệu SQLite" in problem and latest is not None
        [aside] = seeded_file.parent.glob("secretary.db.damaged-*")
        assert aside.read_bytes() == b"\x00garbage" * 4096
    finally:
        store.close()
        lock.release()


@pytest.mark.parametrize("choice", [START_EMPTY, QUIT])
def test_damaged_file_start_empty_or_quit_never_overwrites(qtbot, tmp_path, said, monkeypatch,
                                                           choice):
    path = tmp_path / "secretary.db"
    path.write_bytes(b"\x00garbage" * 4096)
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda cls, *a: choice))
    opened = open_database(path)
    if choice == QUIT:
        assert opened is None
        assert path.read_bytes() == b"\x00garbage" * 4096
        return
    store, lock = opened
    assert store.db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    store.close()
    lock.release()
    [aside] = tmp_path.glob("secretary.db.damaged-*")
    assert aside.read_bytes() == b"\x00garbage" * 4096


def test_damaged_dialog_names_the_backup_and_keeps_the_file(qtbot, seeded_file):
    store = open_store(seeded_file)
    take_backup(store.db.conn, seeded_file)
    store.close()
    latest = list_backups(seeded_file)[0]
    dialog = DamagedDatabaseDialog(seeded_file, "hỏng", latest)
    qtbot.addWidget(dialog)
    texts = sorted(b.text() for b in dialog.buttons())
    assert texts[0] == "Bắt đầu với dữ liệu trống"
    assert any(t.startswith("Khôi phục bản sao lưu lúc ") for t in texts)
    assert "không bị ghi đè" in dialog.text()


def test_opening_takes_a_backup(qtbot, seeded_file, said):
    store, lock = open_database(seeded_file)
    store.close()
    lock.release()
    assert len(list_backups(seeded_file)) == 1
    assert said == []


def test_finalise_locks_the_proceedings_and_reopen_needs_a_reason(qtbot, window, said,
                                                                  monkeypatch):
    page = window.show_page("proceedings")
    box = page.composer.box
    box.setFocus()
    type_text(box, SPEECH)  # being typed when the minutes get finalised
    assert window.named_actions["finaliseMinutes"].isEnabled()
    window.named_actions["finaliseMinutes"].trigger()
    assert is_finalised(window.store.db, 1)
    assert not window.named_actions["finaliseMinutes"].isEnabled()
    assert window.named_actions["reopenMinutes"].isEnabled()
    assert "Biên bản đã chốt" in window.statusBar().currentMessage()
    assert not page.composer.isEnabled() and box.toPlainText() == SPEECH
    before = load_meeting(window.store.db, 1)
    with qtbot.capture_exceptions() as caught:  # a path that skips the page's own lock
        try:
            page.composer.record()
        except sqlite3.DatabaseError as exc:
            caught.append((type(exc), exc, None))
    errors = [exc for _kind, exc, _tb in caught]
    assert [FINALISED_MESSAGE in str(e) for e in errors] == [True]
    assert box.toPlainText() == SPEECH  # nothing typed is lost
    assert load_meeting(window.store.db, 1) == before
    assert window.undo_stack.count() == 0  # the failed edit is not left on the undo stack
    reporter = ErrorReporter()
    reporter.previous = lambda *a: None
    reporter(type(errors[0]), errors[0], None)
    assert said[-1] == ("Chưa lưu được thay đổi", FINALISED_MESSAGE)

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: None))
    window.named_actions["reopenMinutes"].trigger()
    assert is_finalised(window.store.db, 1)  # cancelled: still locked
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "Bổ sung ý kiến"))
    window.named_actions["reopenMinutes"].trigger()
    assert not is_finalised(window.store.db, 1) and page.composer.isEnabled()
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert load_meeting(window.store.db, 1).opinions[-1].text == SPEECH
    window.named_actions["finaliseMinutes"].trigger()
    actions = [e.action for e in audit_log(window.store.db, 1)]
    assert actions[:3] == ["finalise", "reopen", "edit"] and actions[-1] == "finalise"


def test_audit_log_dialog_shows_reason_and_hashes(qtbot, window, monkeypatch):
    window.named_actions["finaliseMinutes"].trigger()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "Sửa lỗi chính tả"))
    window.named_actions["reopenMinutes"].trigger()
    dialog = window.named_actions["auditLog"].trigger() or window.findChild(AuditLogDialog)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [r[1] for r in rows] == ["Chốt biên bản", "Mở lại"]
    assert rows[1][2] == "Sửa lỗi chính tả"
    assert len(rows[0][3]) == 64 and rows[1][3] == rows[0][3]


def test_reason_dialog_needs_text(qtbot):
    dialog = ReasonDialog("Họp giao ban")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert ok.text() == "Mở lại" and not ok.isEnabled()
    type_text(dialog.reason_edit, "   ")
    assert not ok.isEnabled()
    type_text(dialog.reason_edit, "Sai ngày")
    assert ok.isEnabled()


def test_full_disk_on_ctrl_enter_keeps_the_text_and_tells_the_user(qtbot, window, said):
    db = window.store.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    before = load_meeting(db, 1)
    big = "Đề nghị bổ sung kinh phí. " * 4000
    window.show_page("proceedings").composer.box.setPlainText(big)
    box, errors = _record(window, qtbot, "!")
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.OperationalError)
    assert box.toPlainText() == "!" + big  # typed at the cursor, which setPlainText puts first
    assert load_meeting(db, 1) == before
    reporter = ErrorReporter()
    reporter.previous = lambda *a: None
    reporter(type(errors[0]), errors[0], None)
    reporter(type(errors[0]), errors[0], None)  # the same failure again: not a second dialog
    assert said == [("Chưa lưu được thay đổi", DISK_FULL)]
    db.execute("PRAGMA max_page_count = 1000000000")
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert load_meeting(db, 1).opinions[-1].text == ("!" + big).strip()


def test_check_action_reports_health(qtbot, window, said):
    assert window.named_actions["checkDatabase"].isEnabled()
    window.named_actions["checkDatabase"].trigger()
    assert said[-1] == ("Kiểm tra dữ liệu", "Không phát hiện lỗi.")
    window.named_actions["backupNow"].trigger()
    assert [b.tag for b in list_backups(window.store.path)] == ["manual"]


def test_backup_scheduler_takes_the_daily_copy_only_when_due(qtbot, seeded_file):
    store = open_store(seeded_file)
    try:
        scheduler = BackupScheduler(store)
        assert scheduler.timer.isActive() and scheduler.timer.interval() == 3_600_000
        made = scheduler.run_if_due()
        assert made is not None and list_backups(seeded_file)[0].path == made
        assert scheduler.run_if_due() is None  # the newest copy is less than a day old
    finally:
        store.close()


def test_reopen_shows_what_changed_in_the_sources(qtbot, window, said, monkeypatch):
    from secretary_app.storage.organizations import get_organization, save_organization

    window.named_actions["finaliseMinutes"].trigger()
    org = get_organization(window.store.db, load_meeting(window.store.db, 1).organization.id)
    org.place_name = "Buôn Ma Thuột"
    save_organization(window.store, org)
    shown = []

    def ask(cls, parent, title, changes=()):
        dialog = cls(title, parent, changes)
        qtbot.addWidget(dialog)
        shown.append(dialog.findChild(QLabel, "sourceChanges").text())
        return "Cập nhật địa danh"

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))
    window.named_actions["reopenMinutes"].trigger()
    assert not is_finalised(window.store.db, 1)
    [text] = shown  # shown in the reopen dialog, before the secretary chooses
    assert text.startswith("Từ lúc chốt, các nguồn mà biên bản in")
    assert "- Hồ sơ cơ quan, địa danh: «Đắk Lắk» → «Buôn Ma Thuột»" in text.splitlines()
    assert ReasonDialog("Họp").findChild(QLabel, "sourceChanges") is None  # nothing changed
