"""The tasks view: filters, grouping, overdue in red, status changes, carry-over, report."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document as load_docx
from PySide6.QtCore import QDate

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import Conclusion, Meeting, Task
from secretary_app.storage.followup import task_history
from secretary_app.storage.followup_carry import CARRY_TITLE, carried_tasks
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.ui import messages
from secretary_app.ui.dialogs.tasks_status_dialog import StatusDialog
from secretary_app.ui.dialogs.tasks_view import TasksView, open_tasks
from secretary_app.ui.tasks_model import OVERDUE_COLOR
from tests.ui.conftest import PROFILE

TODAY = dt.date(2025, 3, 10)


@pytest.fixture
def said(monkeypatch):
    """Messages and questions go here instead of message boxes; questions answer yes."""
    out: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda p, t, text: out.append(text))
    monkeypatch.setattr(messages, "show_error", lambda p, t, text: out.append("ERROR " + text))
    monkeypatch.setattr(messages, "confirm", lambda p, t, text: out.append(text) or True)
    return out


@pytest.fixture
def view(qtbot, main_window, said):
    """The tasks view of a window holding the seed meeting plus a January meeting."""
    create_meeting(main_window.store, Meeting("Giao ban tháng 1", dt.date(2025, 1, 6), PROFILE,
                                              conclusions=[Conclusion("Giao việc", tasks=[
        Task("Văn phòng Sở", "Báo cáo <quý I> & kế hoạch", deadline=dt.date(2025, 2, 28)),
        Task("Văn phòng Sở", "Tổng kết", status=TaskStatus.DONE,
             deadline=dt.date(2025, 3, 31))])]))
    view = open_tasks(main_window)
    view.today = TODAY
    view.reload()
    return view


def row_of(view: TasksView, description: str) -> list[str]:
    return next(r for r in view.visible_rows() if r[0] == description)


def test_lists_every_task_and_marks_overdue(view):
    rows = view.visible_rows()
    assert len(rows) == 5 and view.count.text() == "5 nhiệm vụ, 1 quá hạn"
    late = row_of(view, "Báo cáo <quý I> & kế hoạch")
    assert late[1:4] == ["Văn phòng Sở", "28/02/2025", "Quá hạn"]
    item = view.model.item(0, 3)
    assert item.text() == "Quá hạn" and item.foreground().color() == OVERDUE_COLOR
    assert item.font().bold()
    assert view.model.item(1, 3).foreground().color() != OVERDUE_COLOR


def test_filters_by_unit_status_and_deadline(view):
    view.unit.setCurrentIndex(view.unit.findText("Phòng GDTrH-GDTX"))
    assert {r[1] for r in view.visible_rows()} == {"Phòng GDTrH-GDTX"}
    assert len(view.visible_rows()) == 2
    view.unit.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findData("overdue"))
    assert [r[0] for r in view.visible_rows()] == ["Báo cáo <quý I> & kế hoạch"]
    view.status.setCurrentIndex(view.status.findData("done"))
    assert [r[0] for r in view.visible_rows()] == ["Tổng kết"]
    view.status.setCurrentIndex(0)
    view.due_date.setDate(QDate(2025, 3, 31))
    view.due.setChecked(True)
    assert [r[0] for r in view.visible_rows()] == ["Báo cáo <quý I> & kế hoạch", "Tổng kết"]


def test_grouping_by_unit_and_status(view):
    view.group.setCurrentIndex(view.group.findData("unit"))
    headings = [r[0] for r in view.visible_rows() if len(r) == 1]
    assert headings == ["Giám đốc Sở GDĐT (1)", "Phòng GDTrH-GDTX (2)", "Văn phòng Sở (2)"]
    view.group.setCurrentIndex(view.group.findData("status"))
    headings = [r[0] for r in view.visible_rows() if len(r) == 1]
    assert headings == ["Quá hạn (1)", "Đang thực hiện (3)", "Đã hoàn thành (1)"]


def test_status_change_with_date_and_note_shows_in_history(view, monkeypatch):
    view.select_task(next(t.task_id for t in view.lines if t.description == "Tổng kết"))
    line = view.selected_task()
    monkeypatch.setattr(StatusDialog, "ask", classmethod(
        lambda cls, parent, line, history, today: (TaskStatus.OPEN, dt.date(2025, 3, 9),
                                                   "Mở lại: thiếu số liệu <huyện>")))
    view.findChild(object, "tasksSetStatus").click()
    assert [(h.status, h.changed_on) for h in task_history(view.store.db, line.task_id)] == [
        (TaskStatus.OPEN, dt.date(2025, 3, 9))]
    assert row_of(view, "Tổng kết")[3:] == [
        "Đang thực hiện", row_of(view, "Tổng kết")[4], "09/03/2025: Mở lại: thiếu số liệu <huyện>"]
    assert view.selected_task().task_id == line.task_id
    assert [view.history.item(i).text() for i in range(view.history.count())] == [
        "09/03/2025 — Đang thực hiện — Mở lại: thiếu số liệu <huyện>"]


def test_status_dialog_shows_description_as_plain_text(qtbot, view):
    line = next(t for t in view.lines if t.description.startswith("Báo cáo <quý I>"))
    dialog = StatusDialog(line, [], TODAY)
    qtbot.addWidget(dialog)
    label = dialog.findChild(object, "taskDescription")
    assert label.text() == "Báo cáo <quý I> & kế hoạch"
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    dialog.note.setText("Xong")
    assert dialog.chosen() == (TaskStatus.DONE, TODAY, "Xong")


def test_carry_into_the_open_meeting(view, main_window, said):
    new = create_meeting(main_window.store, Meeting("Giao ban tháng 3", dt.date(2025, 3, 3),
                                                    PROFILE))
    main_window.open_meeting(new, "info")
    view.findChild(object, "tasksCarry").click()
    assert load_meeting(main_window.store.db, new).agenda[0].title == CARRY_TITLE
    assert len(carried_tasks(main_window.store.db, new)) == 4
    assert "Báo cáo <quý I> & kế hoạch (Văn phòng Sở) — Giao ban tháng 1, 06/01/2025" \
        in said[-1]
    view.findChild(object, "tasksCarry").click()
    assert said[-1] == "Không có nhiệm vụ nào chưa hoàn thành của các cuộc họp trước."


def test_meeting_menu_carries_and_tools_menu_opens_view(main_window, said):
    main_window.named_actions["carryTasks"].trigger()
    assert said[-1] == "Không có nhiệm vụ nào chưa hoàn thành của các cuộc họp trước."
    main_window.named_actions["followup"].trigger()
    assert main_window.findChild(TasksView, "tasksView").isVisible()


def test_report_export_writes_docx(view, monkeypatch, tmp_path):
    target = tmp_path / "bao-cao"
    monkeypatch.setattr(messages, "ask_save_path", lambda *a: target)
    view.findChild(object, "tasksReport").click()
    doc = load_docx(target.with_suffix(".docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Tính đến ngày 10/03/2025" in text and "quá hạn 1" in text
    assert any(c.text == "Văn phòng Sở" for t in doc.tables for r in t.rows for c in r.cells)
