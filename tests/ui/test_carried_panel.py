"""The live view lists the tasks of earlier meetings while their agenda item is current, and
changes their status from there (with history)."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import AgendaItem, Conclusion, Meeting, Task
from secretary_app.storage.finalise import finalise_meeting
from secretary_app.storage.followup import set_task_status, task_history
from secretary_app.storage.followup_carry import (
    CARRY_TITLE,
    carry_open_tasks,
    open_tasks_before,
)
from secretary_app.storage.meetings import create_meeting, delete_meeting, load_meeting
from secretary_app.ui.dialogs.tasks_status_dialog import StatusDialog
from secretary_app.ui.tasks_model import OVERDUE_COLOR

from .conftest import PROFILE, focus, open_window, press

TODAY = dt.date(2025, 3, 10)
MARCH = dt.date(2025, 3, 3)
REPORT = "Báo cáo <quý I> & “kế hoạch” 😀"


@pytest.fixture
def office(app_store):
    """A January and a February meeting with tasks, carried into a March meeting."""
    jan = create_meeting(app_store, Meeting("Giao ban tháng 1", dt.date(2025, 1, 6), PROFILE,
                                            conclusions=[Conclusion("Giao việc", tasks=[
        Task("Văn phòng Sở", REPORT, deadline=dt.date(2025, 2, 28)),
        Task("Phòng KHTC", "Dự toán", deadline_text="Quý II/2025")])]))
    feb = create_meeting(app_store, Meeting("Giao ban tháng 2", dt.date(2025, 2, 3), PROFILE,
                                            conclusions=[Conclusion("Giao việc", tasks=[
        Task("Phòng GDTrH-GDTX", "Kiểm tra trường chuẩn")])]))
    march = create_meeting(app_store, Meeting("Giao ban tháng 3", MARCH, PROFILE,
                                              agenda=[AgendaItem("g1", "Triển khai tháng 3")]))
    ours = [t.task_id for t in open_tasks_before(app_store.db, march)
            if t.meeting_id in (jan, feb)]  # not those of the seed meeting
    carry_open_tasks(app_store, march, ours)
    app_store.ids = (jan, feb, march)
    return app_store


@pytest.fixture
def page(qtbot, office):
    window = open_window(qtbot, office)
    page = window.open_meeting(office.ids[2], "proceedings")
    page.carried.today = TODAY
    yield page
    window.close()


@pytest.fixture
def asked(monkeypatch):
    """The status dialog answers 'done on the day it was offered, with a note'."""
    seen: list[dt.date] = []

    def answer(parent, line, history, day):
        seen.append(day)
        return TaskStatus.DONE, day, "Đã gửi Công văn 15/SGDĐT"
    monkeypatch.setattr(StatusDialog, "ask", answer)
    return seen


def test_list_shown_only_while_the_carry_item_is_current(page):
    assert [g.title for g in page.agenda.model.rows] == [CARRY_TITLE, "Triển khai tháng 3"]
    page.agenda.view.selectRow(1)
    assert page.carried.isHidden() and page.carried.list.count() == 0
    page.agenda.view.selectRow(0)
    assert page.carried.isVisible()
    assert page.carried.shown_texts() == [
        f"Văn phòng Sở: {REPORT}\nThời hạn: 28/02/2025 · Quá hạn · "
        "Cuộc họp 06/01/2025: Giao ban tháng 1",
        "Phòng KHTC: Dự toán\nThời hạn: Quý II/2025 · Đang thực hiện · "
        "Cuộc họp 06/01/2025: Giao ban tháng 1",
        "Phòng GDTrH-GDTX: Kiểm tra trường chuẩn\nĐang thực hiện · "
        "Cuộc họp 03/02/2025: Giao ban tháng 2"]
    assert page.carried.list.item(0).foreground().color() == OVERDUE_COLOR
    assert page.carried.list.item(1).foreground().color() != OVERDUE_COLOR
    assert page.carried.count.text() == "3 nhiệm vụ, 1 quá hạn"
    page.agenda.view.selectRow(1)
    assert page.carried.isHidden() and page.carried.list.count() == 0


def test_keyboard_changes_a_status_and_records_history(qtbot, page, asked):
    focus(qtbot, page.composer.picker)
    press(page.composer.picker, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.agenda.current_key() == load_meeting(page.store.db, page.meeting_id).agenda[0].key
    assert page.carried.list.hasFocus()
    press(page.carried.list, Qt.Key.Key_Down)
    press(page.carried.list, Qt.Key.Key_Return)
    assert asked == [MARCH]  # a past meeting: the day it was reported is offered
    task_id = page.carried.lines[1].task_id
    history = task_history(page.store.db, task_id)
    assert [(h.status, h.changed_on, h.note) for h in history] == [
        (TaskStatus.DONE, MARCH, "Đã gửi Công văn 15/SGDĐT")]
    assert page.carried.current_task().task_id == task_id  # the row stays current
    assert "Dự toán\nThời hạn: Quý II/2025 · Đã hoàn thành" in page.carried.shown_texts()[1]
    assert load_meeting(page.store.db, page.meeting_id).carried[1].status is TaskStatus.DONE


def test_button_and_changes_made_elsewhere_refresh_the_list(page, asked):
    jan = page.store.ids[0]
    page.agenda.view.selectRow(0)
    page.carried.list.setCurrentRow(2)
    page.carried.status_button.click()
    assert "Đã hoàn thành" in page.carried.shown_texts()[2]
    set_task_status(page.store, page.carried.lines[0].task_id, "cancelled", TODAY, "Bỏ")
    assert "Thời hạn: 28/02/2025 · Hủy" in page.carried.shown_texts()[0]
    delete_meeting(page.store, jan)
    assert [line.description for line in page.carried.lines] == ["Kiểm tra trường chuẩn"]


def test_finalised_minutes_list_the_tasks_without_changing_them(page, asked):
    finalise_meeting(page.store, page.meeting_id)
    page.agenda.view.selectRow(0)
    assert page.carried.isVisible() and page.carried.list.count() == 3
    assert not page.carried.status_button.isEnabled()
    page.carried.change_status()
    assert asked == [] and task_history(page.store.db, page.carried.lines[0].task_id) == []


def test_meeting_without_carried_tasks_says_so(qtbot, main_window, proceedings):
    focus(qtbot, proceedings.composer.picker)
    press(proceedings.composer.picker, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert proceedings.carried.isHidden()
    assert proceedings.message.text() == "Cuộc họp này chưa có nhiệm vụ của các cuộc họp trước."


def test_minutes_exported_after_a_status_change_print_it(qtbot, page, asked, tmp_path,
                                                         monkeypatch):
    window = page.window()
    documents = window.show_page("documents")  # built and showing the March minutes
    monkeypatch.setattr(documents, "ask_export_path", lambda fmt: tmp_path / f"bb.{fmt}")
    window.show_page("proceedings")
    page.agenda.view.selectRow(0)
    page.carried.list.setCurrentRow(1)
    page.carried.change_status()
    window.show_page("documents")
    text = "\n".join(p.text for p in docx.Document(str(documents.export("docx"))).paragraphs)
    assert ("- Phòng KHTC: Dự toán; thời hạn: Quý II/2025; tình trạng: đã hoàn thành "
            "(Kết luận tại cuộc họp ngày 06/01/2025: Giao ban tháng 1).") in text
    assert (f"- Văn phòng Sở: {REPORT}; thời hạn: 28/02/2025; tình trạng: quá hạn") in text
