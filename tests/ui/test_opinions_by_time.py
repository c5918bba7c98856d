"""The live view places an opinion outside the agenda by its time, as the minutes print it
(issue 17, point 4)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.documents.proceedings import proceedings_blocks
from secretary_app.domain.model import AgendaItem, Attendee, Meeting, Opinion, Organization
from secretary_app.domain.speech_order import placed_by_time
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import default_organization
from secretary_app.ui.pages.opinions_model import AT, ITEM, TEXT

from .conftest import focus, open_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QTest.qWait(1)


def shown(page, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def printed_order(meeting: Meeting) -> list[str]:
    """The opinions' texts in the order the minutes print them."""
    text = "\n".join("".join(r.text for r in block.runs) for block in proceedings_blocks(meeting))
    found = sorted((text.find(o.text), o.text) for o in meeting.opinions)
    return [t for _, t in found]


def a_meeting(store) -> int:
    """Two agenda items; the chair's remark outside the agenda was typed last but said at 08:30."""
    return create_meeting(store, Meeting(
        title="Giao ban tuần", date=dt.date(2024, 11, 20),
        organization=default_organization(store.db),
        attendees=[Attendee("a1", "Nguyễn Văn An", "Giám đốc"), Attendee("a2", "Lê Thị Bình")],
        agenda=[AgendaItem("g1", "Báo cáo tình hình"), AgendaItem("g2", "Kế hoạch tuần tới")],
        opinions=[Opinion("o1", "Báo cáo kết quả tuần qua.", speaker="a2", agenda="g1",
                          at="08:10"),
                  Opinion("o2", "Đề nghị triển khai kế hoạch.", speaker="a1", agenda="g2",
                          at="09:00"),
                  Opinion("o3", "Nhắc giữ trật tự phòng họp.", speaker="a1", agenda=None,
                          at="08:30")]))


def test_an_opinion_outside_the_agenda_is_placed_by_its_time():
    meeting = Meeting(title="x", date=dt.date(2024, 1, 2), organization=Organization("Sở"),
                      agenda=[AgendaItem("g1", "A")],
                      opinions=[Opinion("o1", "một", agenda="g1", at="08:00"),
                                Opinion("o2", "hai", agenda="g1", at="09:00"),
                                Opinion("o3", "ba", at="08:30"), Opinion("o4", "bốn", at="07:00"),
                                Opinion("o5", "năm", at=None)])
    # one typed without a time takes that of the one typed before it (07:00); one said during
    # an item (08:30) follows that item's opinions: the list reads as the minutes print
    assert [o.text for o in placed_by_time(meeting)] == ["bốn", "năm", "một", "hai", "ba"]
    assert printed_order(meeting) == ["bốn", "năm", "một", "hai", "ba"]


def test_live_list_places_it_by_time_and_follows_an_edited_time(qtbot, app_store):
    meeting_id = a_meeting(app_store)
    window = open_window(qtbot, app_store)
    window.open_meeting(meeting_id, "proceedings")
    page = window.show_page("proceedings")
    said = ["Báo cáo kết quả tuần qua.", "Nhắc giữ trật tự phòng họp.",
            "Đề nghị triển khai kế hoạch."]
    assert shown(page, TEXT) == said
    assert shown(page, ITEM) == ["1", "–", "2"]
    assert printed_order(load_meeting(app_store.db, meeting_id)) == said
    tip = page.model.index(1, ITEM).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Ngoài các nội dung")
    window.resize(1366, 768)
    qtbot.wait(20)
    header = page.view.horizontalHeader()  # a narrow number; the opinions keep the width
    assert header.sectionSize(ITEM) < 60 and header.sectionSize(TEXT) > 300

    # Ctrl+Shift+Up cannot move it away from its time: it says how to move it
    view = page.view
    focus(qtbot, view)
    view.setCurrentIndex(page.model.index(0, AT))
    press(view, Qt.Key.Key_Down)
    press(view, Qt.Key.Key_Up, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert shown(page, TEXT) == said and "sửa giờ để đổi chỗ" in page.message.text()

    # the remark was in fact made at 09:30: the time typed in its cell moves it below item 2
    assert view.currentIndex().row() == 1
    press(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    press(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "9:30")
    press(editor, Qt.Key.Key_Return)
    stored = load_meeting(app_store.db, meeting_id)
    assert [o.at for o in stored.opinions if o.agenda is None] == ["09:30"]
    assert shown(page, TEXT) == [said[0], said[2], said[1]]
    assert shown(page, ITEM) == ["1", "2", "–"]
    assert printed_order(stored) == shown(page, TEXT)
    assert view.currentIndex().row() == 2  # the edited opinion stays selected where it went

    # a new opinion typed now goes to the current item (2), its number shown on its row
    page.composer.box.setFocus()
    qtbot.waitUntil(page.composer.box.hasFocus, timeout=1000)
    type_text(page.composer.box, "Thống nhất giao Phòng Kế hoạch chủ trì.")
    press(page.composer.box, Qt.Key.Key_Return, CTRL)
    last = load_meeting(app_store.db, meeting_id).opinions[-1]
    assert (last.text, last.agenda) == ("Thống nhất giao Phòng Kế hoạch chủ trì.", "g2")
    row = shown(page, TEXT).index(last.text)
    assert shown(page, ITEM)[row] == "2"
    assert view.currentIndex().row() == row
    window.close()
