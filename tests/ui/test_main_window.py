"""The main window: menus, keyboard, new/delete/import/export, first start, sample, smoke test."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from secretary_app.domain.model import Organization
from secretary_app.storage.meetings import count_meetings, list_meetings, load_meeting
from secretary_app.storage.organizations import default_organization
from secretary_app.storage.settings import get_setting
from secretary_app.ui import meeting_actions, messages
from secretary_app.ui.dialogs.organization_dialog import OrganizationDialog
from secretary_app.ui.dialogs.settings_dialog import SettingsDialog
from secretary_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from secretary_app.ui.shortcuts import SHORTCUTS
from secretary_app.ui.translation import install_language

from .conftest import open_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_menu_bar_has_the_six_menus_with_mnemonics(main_window):
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&Tệp", "&Sửa", "Cuộc &họp", "&Công cụ", "Cà&i đặt", "Trợ &giúp"]
    assert set(main_window.menus) == {"file", "edit", "meeting", "tools", "settings", "help"}


def test_ctrl_digits_switch_pages(main_window):
    for number, name in enumerate(("info", "attendees", "proceedings", "conclusions",
                                   "documents"), 1):
        QTest.keyClick(main_window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert main_window.editor.current_page_name() == name


def test_every_shortcut_of_the_window_is_listed_in_help(main_window):
    listed = " ".join(keys for _group, keys, _text in SHORTCUTS)
    for name in main_window.editor.pages:  # pages are built when first shown: show each
        main_window.show_page(name)
    actions = main_window.findChildren(QAction)
    assert len(actions) > 40
    for action in actions:
        for sequence in action.shortcuts():
            keys = sequence.toString()
            page_key = keys.split("+")[0] in ("Ctrl", "Alt") and keys[-1].isdigit()
            assert keys in listed or page_key, f"{keys} ({action.text()}) missing in Help"
    for action in main_window.menuBar().actions():
        assert action.text() and all(a.text() or a.isSeparator()
                                     for a in action.menu().actions())


def test_new_meeting_with_ctrl_n_opens_its_information(main_window):
    before = count_meetings(main_window.store.db)
    QTest.keyClick(main_window, Qt.Key.Key_N, CTRL)
    assert count_meetings(main_window.store.db) == before + 1
    meeting = load_meeting(main_window.store.db, main_window.current_meeting_id())
    assert (meeting.title, meeting.date) == ("Cuộc họp mới", dt.date.today())
    page = main_window.editor.pages["info"]
    assert main_window.editor.current_page_name() == "info"
    page.title_edit.setPlainText("Họp Ban Giám đốc “quý IV” & <tổng kết>")
    page.flush()
    assert load_meeting(main_window.store.db, meeting.id).title == \
        "Họp Ban Giám đốc “quý IV” & <tổng kết>"
    assert main_window.meeting_list.model.index(0, 1).data() == \
        "Họp Ban Giám đốc “quý IV” & <tổng kết>"


def test_information_edits_are_stored_and_undone(main_window):
    page = main_window.editor.pages["info"]
    page.location_edit.setFocus()
    page.location_edit.selectAll()
    type_text(page.location_edit, "Phòng họp số 2")
    page.flush()
    db = main_window.store.db
    assert load_meeting(db, main_window.current_meeting_id()).location == "Phòng họp số 2"
    type_text(page.start_edit, "8:05")
    page.flush()
    assert load_meeting(db, main_window.current_meeting_id()).start_time == "08:05"
    main_window.named_actions["undo"].trigger()
    main_window.named_actions["undo"].trigger()
    meeting = load_meeting(db, main_window.current_meeting_id())
    assert (meeting.location, meeting.start_time) == ("Hội trường Sở Giáo dục và Đào tạo", None)
    assert page.location_edit.text() == "Hội trường Sở Giáo dục và Đào tạo"


def test_first_start_asks_for_the_organisation(qtbot, store, monkeypatch):
    profile = Organization(name="VĂN PHÒNG UBND TỈNH", parent_name="UBND TỈNH ĐẮK LẮK",
                           abbreviation="VP", place_name="Đắk Lắk")
    monkeypatch.setattr(OrganizationDialog, "edit", classmethod(lambda cls, p, o=None: profile))
    window = open_window(qtbot, store)
    window.first_start()
    saved = default_organization(store.db)
    assert (saved.name, saved.abbreviation, saved.place_name) == ("VĂN PHÒNG UBND TỈNH", "VP",
                                                                  "Đắk Lắk")
    window.close()


def test_delete_meeting_asks_first(main_window, monkeypatch):
    seed = main_window.current_meeting_id()
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    main_window.named_actions["deleteMeeting"].trigger()
    assert count_meetings(main_window.store.db) == 1
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    main_window.named_actions["deleteMeeting"].trigger()
    assert count_meetings(main_window.store.db) == 0
    assert main_window.current_meeting_id() is None
    assert main_window.meeting_list.model.rowCount() == 0
    assert seed is not None


def test_export_then_import_a_package(main_window, tmp_path, monkeypatch):
    target = tmp_path / "goi cuoc hop.json"
    monkeypatch.setattr(messages, "ask_save_path", lambda *a: target)
    main_window.named_actions["exportPackage"].trigger()
    package = json.loads(target.read_text(encoding="utf-8"))
    assert package["meeting"]["title"].startswith("Họp đánh giá tình hình")
    monkeypatch.setattr(messages, "ask_open_path", lambda *a: target)
    main_window.named_actions["importPackage"].trigger()
    assert count_meetings(main_window.store.db) == 2
    assert main_window.current_meeting_id() != main_window.store.seed_id


def test_import_of_a_broken_package_explains_why(main_window, tmp_path, monkeypatch):
    bad = tmp_path / "hong.json"
    bad.write_text('{"format": "secretary-app/meeting", "version": 1}', encoding="utf-8")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    assert meeting_actions.import_package(main_window, bad) is None
    assert shown and shown[0].startswith("Gói cuộc họp không hợp lệ: ")
    assert count_meetings(main_window.store.db) == 1


def test_sample_meeting_opens_in_its_own_scratch_database(qtbot, store, monkeypatch):
    from secretary_app.storage.followup import list_tasks

    window = open_window(qtbot, store)
    window.named_actions["openSample"].trigger()
    sample = window.sample_window
    window.named_actions["openSample"].trigger()  # the same window again, not a second sample
    assert window.sample_window is sample
    assert count_meetings(store.db) == 0 and list_tasks(store.db) == []  # the user's data
    assert sample.store.path != store.path and count_meetings(sample.store.db) == 1
    assert sample.editor.current_page_name() == "proceedings"
    assert sample.editor.pages["proceedings"].model.rowCount() == 4
    assert sample.windowTitle().startswith("Cuộc họp mẫu")
    folder = sample.store.path.parent
    sample.close()
    qtbot.waitUntil(lambda: window.sample_window is None, timeout=2000)
    assert not folder.exists()
    window.close()


def test_open_meeting_selects_a_row_on_a_page(main_window):
    meeting = load_meeting(main_window.store.db, main_window.store.seed_id)
    page = main_window.open_meeting(meeting.id, "proceedings", meeting.opinions[2].id)
    assert page.view.currentIndex().row() == 2
    assert main_window.meeting_list.current_id() == meeting.id


def test_settings_change_the_profile_and_the_language(main_window, monkeypatch):
    profile = default_organization(main_window.store.db)
    profile.abbreviation = "SGD"
    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, *a: (profile, "en")))
    asked = []
    main_window.languageChangeRequested.connect(asked.append)
    main_window.named_actions["settings"].trigger()
    assert default_organization(main_window.store.db).abbreviation == "SGD"
    assert get_setting(main_window.store.db, "language") == "en"
    assert asked == ["en"]


def test_shortcuts_dialog_lists_the_live_view_keys(qtbot, main_window):
    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert {"Ctrl+Enter", "Ctrl+E", "Ctrl+Z", "Ctrl+Shift+Z, Ctrl+Y", "F1"} <= set(keys)


def test_last_meeting_is_reopened(qtbot, app_store, seed_meeting):
    from secretary_app.storage.meetings import create_meeting
    other = create_meeting(app_store, seed_meeting)
    first = open_window(qtbot, app_store)
    first.open_meeting(app_store.seed_id)
    first.close()
    again = open_window(qtbot, app_store)
    assert again.current_meeting_id() == app_store.seed_id != other
    again.close()


def test_smoke_test_subprocess_exits_0(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "secretary_app", "--db",
                           str(tmp_path / "smoke.db"), "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "smoke.db").exists()
    assert list_meetings is not None


def test_keyboard_reaches_the_pages_from_the_meeting_list(qtbot, main_window):
    main_window.named_actions["focusMeetingList"].trigger()
    view = main_window.meeting_list.view
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    QTest.keyClick(view, Qt.Key.Key_Return)
    info = main_window.editor.pages["info"]
    qtbot.waitUntil(info.title_edit.hasFocus, timeout=1000)
    QTest.keyClick(main_window, Qt.Key.Key_3, CTRL)
    box = main_window.editor.pages["proceedings"].composer.box  # the speech first, not the name
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    main_window.named_actions["toggleMeetingList"].trigger()
    assert not main_window.meeting_list.isVisible()
    main_window.named_actions["filterMeetings"].trigger()
    assert main_window.meeting_list.isVisible()


def test_language_switch_rebuilds_the_window_in_english(qapp, qtbot, app_store):
    from secretary_app.ui.application import WindowHolder
    holder = WindowHolder(qapp, app_store)
    try:
        first = holder.open("vi")
        first.languageChangeRequested.emit("en")
        assert holder.window is not first
        assert holder.window.menuBar().actions()[0].text() == "&File"
    finally:
        holder.window.close()
        install_language(qapp, "vi")


def test_typing_in_information_is_not_disturbed_by_saving(main_window):
    page = main_window.editor.pages["info"]
    page.location_edit.clear()
    type_text(page.location_edit, "Phòng họp ")
    page.flush()  # stored as "Phòng họp"; the space being typed stays in the box
    type_text(page.location_edit, "tầng 2")
    page.flush()
    assert page.location_edit.text() == "Phòng họp tầng 2"
    meeting = load_meeting(main_window.store.db, main_window.current_meeting_id())
    assert meeting.location == "Phòng họp tầng 2"
    page.purpose_edit.moveCursor(page.purpose_edit.textCursor().MoveOperation.End)
    type_text(page.purpose_edit, "\nThêm dòng ")
    page.flush()
    assert page.purpose_edit.toPlainText().endswith("\nThêm dòng ")
    assert page.purpose_edit.textCursor().position() == len(page.purpose_edit.toPlainText())


def test_window_title_follows_a_renamed_meeting(qtbot, app_store):
    from secretary_app.storage.meetings import meeting_title, update_meeting_info

    window = open_window(qtbot, app_store)
    window.open_meeting(app_store.seed_id)
    assert window.windowTitle().startswith("Họp đánh giá tình hình")
    update_meeting_info(app_store, app_store.seed_id, title="Họp giao ban tháng 12 <&> 🎉")
    assert window.windowTitle() == "Họp giao ban tháng 12 <&> 🎉"
    assert meeting_title(app_store.db, app_store.seed_id) == "Họp giao ban tháng 12 <&> 🎉"
    assert meeting_title(app_store.db, 999) is None


def test_ctrl_shift_n_makes_the_next_meeting_of_the_series(qtbot, main_window):
    import datetime as dt

    first = main_window.current_meeting_id()
    QTest.keyClick(main_window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    new_id = main_window.current_meeting_id()
    assert new_id != first and main_window.editor.current_page_name() == "info"
    new, old = load_meeting(main_window.store.db, new_id), load_meeting(main_window.store.db, first)
    assert new.date == dt.date.today() and new.location == old.location
    assert [a.name for a in new.attendees] == [a.name for a in old.attendees]
    assert main_window.editor.pages["info"].date_edit.hasFocus()


def test_reporting_units_and_notifying_body_are_typed_on_the_information_page(main_window):
    page = main_window.editor.pages["info"]
    type_text(page.reporting_edit, "Sở Tài chính, Sở Nội vụ")
    type_text(page.notifying_edit, "Văn phòng Sở")
    page.flush()
    meeting = load_meeting(main_window.store.db, main_window.current_meeting_id())
    assert (meeting.reporting_units, meeting.notifying_body) == (
        "Sở Tài chính, Sở Nội vụ", "Văn phòng Sở")
    main_window.named_actions["undo"].trigger()
    assert load_meeting(main_window.store.db, meeting.id).notifying_body == ""
