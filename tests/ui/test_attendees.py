"""The attendees page: names typed as key events, directory completion, paste, roll call, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.enums import Presence, Role
from secretary_app.domain.model import Meeting
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import default_organization
from secretary_app.ui.pages.attendees_model import GROUP, NOTE
from secretary_app.ui.pasted_people import parse_pasted_people

from .conftest import focus, press, type_text

NAMES = ["Nguyễn Thị Ánh Tuyết", "Trần Đức Thịnh", "Y Điêng Êban", "Lò Văn Mười",
         "Đặng Hữu Nghĩa", "Võ Thị Hồng Nhung"]


@pytest.fixture
def attendees(qtbot, main_window):
    """The attendees page of a new, empty meeting (the seed meeting fills the directory)."""
    store = main_window.store
    meeting_id = create_meeting(store, Meeting(title="Họp giao ban tháng 11",
                                               date=dt.date(2024, 11, 20),
                                               organization=default_organization(store.db)))
    page = main_window.open_meeting(meeting_id, "attendees")
    focus(qtbot, page.entry.name_edit)
    return page


def stored(page):
    return load_meeting(page.store.db, page.meeting_id)


def test_vietnamese_names_typed_as_key_events(attendees):
    for name in NAMES:
        type_text(attendees.entry.name_edit, name)
        press(attendees.entry.name_edit, Qt.Key.Key_Return)
    assert [a.name for a in stored(attendees).attendees] == NAMES
    assert attendees.model.rowCount() == 6
    assert attendees.counts.text().startswith("Tổng số đại biểu: 06; có mặt: 06")


def test_known_person_completes_with_title_and_unit(attendees):
    type_text(attendees.entry.name_edit, "pham dang")
    shown = attendees.entry.completer.shown_texts()
    assert shown == ["Phạm Đăng Khoa — Chủ tịch Hội Khuyến học tỉnh, Hội Khuyến học tỉnh"]
    attendees.entry.completer.chosen.emit(attendees.entry.completer.first_payload())
    assert attendees.entry.name_edit.text() == ""  # added at once; the box is ready
    added = stored(attendees).attendees[0]
    assert (added.name, added.title, added.organization) == (
        "Phạm Đăng Khoa", "Chủ tịch Hội Khuyến học tỉnh", "Hội Khuyến học tỉnh")


def test_name_typed_without_accents_takes_the_directory_spelling(attendees):
    type_text(attendees.entry.name_edit, "ha ngoc dao")
    press(attendees.entry.name_edit, Qt.Key.Key_Return)
    assert stored(attendees).attendees[0].name == "Hà Ngọc Đào"


def test_delegation_is_one_row(attendees):
    attendees.entry.group_check.setChecked(True)
    type_text(attendees.entry.name_edit, "Đại diện Công đoàn ngành")
    press(attendees.entry.name_edit, Qt.Key.Key_Return)
    row = stored(attendees).attendees[0]
    assert row.group is True
    assert attendees.model.index(0, GROUP).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked


def test_reorder_by_keys_and_undo_restores_the_order(qtbot, main_window, attendees):
    attendees.paste_list("\n".join(NAMES[:4]))
    before = [a.id for a in stored(attendees).attendees]
    attendees.view.selectRow(3)
    focus(qtbot, attendees.view)
    up = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(attendees.view, Qt.Key.Key_Up, up)
    press(attendees.view, Qt.Key.Key_Up, up)
    assert [a.id for a in stored(attendees).attendees] == [before[0], before[3], before[1],
                                                           before[2]]
    assert attendees.view.currentIndex().row() == 1  # the moved row stays selected
    main_window.named_actions["undo"].trigger()
    main_window.named_actions["undo"].trigger()
    assert [a.id for a in stored(attendees).attendees] == before


def test_drag_and_drop_moves_a_row(attendees):
    attendees.paste_list("\n".join(NAMES[:3]))
    ids = [a.id for a in stored(attendees).attendees]
    model = attendees.model
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [a.id for a in stored(attendees).attendees] == [ids[1], ids[2], ids[0]]


def test_deleting_an_attendee_is_undone(qtbot, main_window, attendees):
    attendees.paste_list("\n".join(NAMES[:3]))
    before = [(a.id, a.name) for a in stored(attendees).attendees]
    attendees.view.selectRow(1)
    focus(qtbot, attendees.view)
    press(attendees.view, Qt.Key.Key_Delete)
    assert [a.name for a in stored(attendees).attendees] == [NAMES[0], NAMES[2]]
    main_window.named_actions["undo"].trigger()
    assert [(a.id, a.name) for a in stored(attendees).attendees] == before


def test_roll_call_late_and_absent_with_reason(qtbot, attendees):
    attendees.paste_list("\n".join(NAMES[:3]))
    attendees.view.selectRow(0)
    focus(qtbot, attendees.view)
    press(attendees.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    late = stored(attendees).attendees[0]
    assert late.presence is Presence.LATE and late.arrived_at == dt.datetime.now().strftime("%H:%M")
    attendees.view.selectRow(1)
    attendees.set_presence(Presence.ABSENT_EXCUSED)
    attendees.model.setData(attendees.model.index(1, NOTE), "Đi công tác")
    absent = stored(attendees).attendees[1]
    assert (absent.presence, absent.absence_reason) == (Presence.ABSENT_EXCUSED, "Đi công tác")
    assert "(trong đó 01 đến muộn); vắng: 01 (có lý do: 01)" in attendees.counts.text()


def test_mark_chair_and_secretary(attendees):
    attendees.paste_list("\n".join(NAMES[:3]))
    attendees.view.selectRow(0)
    attendees.mark_selected(Role.CHAIR)
    attendees.view.selectRow(2)
    attendees.mark_selected(Role.SECRETARY)
    meeting = stored(attendees)
    assert meeting.chair == meeting.attendees[0].key
    assert meeting.secretary == meeting.attendees[2].key
    assert [a.role for a in meeting.attendees] == [Role.CHAIR, Role.MEMBER, Role.SECRETARY]
    attendees.view.selectRow(1)
    attendees.mark_selected(Role.CHAIR)  # the chair changes hands
    meeting = stored(attendees)
    assert meeting.chair == meeting.attendees[1].key
    assert [a.role for a in meeting.attendees] == [Role.MEMBER, Role.CHAIR, Role.SECRETARY]


def test_paste_a_table_from_word(attendees):
    pasted = ("STT\tHọ và tên\tChức vụ\tĐơn vị\n"
              "1\tÔng Nguyễn Văn An\tGiám đốc\tSở Tài chính\n"
              "2\tBà Trần Thị Bình\tPhó Trưởng phòng\tPhòng GDTrH-GDTX\n"
              "3\tĐại diện Công đoàn ngành\t\t\n")
    assert attendees.paste_list(pasted) == 3
    rows = [(a.name, a.title, a.organization, a.group) for a in stored(attendees).attendees]
    assert rows == [("Nguyễn Văn An", "Giám đốc", "Sở Tài chính", False),
                    ("Trần Thị Bình", "Phó Trưởng phòng", "Phòng GDTrH-GDTX", False),
                    ("Đại diện Công đoàn ngành", "", "", True)]


def test_pasted_lines_with_numbering_and_titles():
    people = parse_pasted_people("1. Đồng chí Lê Văn Cường - Trưởng phòng GDTrH\n"
                                 "- Bà Phạm Thị Dung, Chánh Văn phòng;\n\n"
                                 "Thường trực Hội Khuyến học tỉnh\n")
    assert [(p.name, p.title, p.group) for p in people] == [
        ("Lê Văn Cường", "Trưởng phòng GDTrH", False),
        ("Phạm Thị Dung", "Chánh Văn phòng", False),
        ("Thường trực Hội Khuyến học tỉnh", "", True)]


def test_each_roll_call_change_is_its_own_undo_step(main_window, attendees):
    attendees.paste_list(NAMES[0])
    attendees.view.selectRow(0)
    attendees.set_presence(Presence.ABSENT_EXCUSED)
    attendees.set_presence(Presence.ABSENT)
    main_window.named_actions["undo"].trigger()
    assert stored(attendees).attendees[0].presence is Presence.ABSENT_EXCUSED
