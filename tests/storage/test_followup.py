"""Follow-up: task list over meetings, filters, overdue, status history, carry-over item."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import AgendaItem, Conclusion, Meeting, Organization, Task
from secretary_app.storage.followup import (
    OVERDUE,
    TaskFilter,
    group_tasks,
    list_tasks,
    set_task_status,
    task_history,
    task_units,
)
from secretary_app.storage.followup_carry import (
    CARRY_TITLE,
    FollowupError,
    carried_tasks,
    carry_open_tasks,
    open_tasks_before,
)
from secretary_app.storage.lists import AGENDA
from secretary_app.storage.meetings import create_meeting, delete_meeting, load_meeting

TODAY = dt.date(2025, 3, 10)
ORG = Organization("SỞ GIÁO DỤC VÀ ĐÀO TẠO", abbreviation="SGDĐT")


def meeting(title: str, day: dt.date, *tasks: Task, org: Organization = ORG) -> Meeting:
    return Meeting(title=title, date=day, organization=org,
                   conclusions=[Conclusion(text=f"Kết luận của {title}", tasks=list(tasks))])


@pytest.fixture
def office(store):
    """Three meetings of one office with tasks of various units, deadlines and states."""
    first = create_meeting(store, meeting(
        "Giao ban tháng 1", dt.date(2025, 1, 6),
        Task("Phòng GDTrH-GDTX", "Rà soát đội ngũ giáo viên", deadline=dt.date(2025, 2, 28)),
        Task("Văn phòng Sở", "Tổng hợp báo cáo quý I", deadline=dt.date(2025, 3, 14)),
        Task("Phòng Kế hoạch - Tài chính", "Dự toán kinh phí", status=TaskStatus.DONE,
             deadline=dt.date(2025, 1, 31))))
    second = create_meeting(store, meeting(
        "Giao ban tháng 2", dt.date(2025, 2, 3),
        Task("phòng gdtrh-gdtx", "Kiểm tra trường chuẩn", deadline_text="Quý II/2025"),
        Task("Văn phòng Sở", "Cập nhật cổng thông tin", status=TaskStatus.CANCELLED)))
    third = create_meeting(store, meeting("Giao ban tháng 3", dt.date(2025, 3, 3)))
    store.ids = (first, second, third)
    return store


def descriptions(lines) -> list[str]:
    return [t.description for t in lines]


def test_tasks_of_all_meetings_earliest_deadline_first(office):
    lines = list_tasks(office.db, today=TODAY)
    assert descriptions(lines) == ["Dự toán kinh phí", "Rà soát đội ngũ giáo viên",
                                   "Tổng hợp báo cáo quý I", "Kiểm tra trường chuẩn",
                                   "Cập nhật cổng thông tin"]
    first = lines[1]
    assert (first.meeting_title, first.meeting_date, first.conclusion_number) == (
        "Giao ban tháng 1", dt.date(2025, 1, 6), 1)
    assert lines[3].deadline_label() == "Quý II/2025"


def test_filters_by_unit_status_deadline_and_overdue(office):
    db = office.db
    unit = list_tasks(db, TaskFilter(unit="PHÒNG GDTRH-GDTX"), TODAY)
    assert descriptions(unit) == ["Rà soát đội ngũ giáo viên", "Kiểm tra trường chuẩn"]
    assert descriptions(list_tasks(db, TaskFilter(status="done"), TODAY)) == ["Dự toán kinh phí"]
    overdue = list_tasks(db, TaskFilter(status=OVERDUE), TODAY)
    assert descriptions(overdue) == ["Rà soát đội ngũ giáo viên"]
    assert overdue[0].is_overdue(TODAY) and overdue[0].status_label(TODAY) == "Quá hạn"
    due = list_tasks(db, TaskFilter(due_by=dt.date(2025, 3, 14), status="open"), TODAY)
    assert descriptions(due) == ["Rà soát đội ngũ giáo viên", "Tổng hợp báo cáo quý I"]
    assert not list_tasks(db, TaskFilter(status=OVERDUE), dt.date(2025, 2, 1))


def test_units_merge_spelling_variants(office):
    assert task_units(office.db) == ["Phòng GDTrH-GDTX", "Phòng Kế hoạch - Tài chính",
                                     "Văn phòng Sở"]


def test_grouping_by_status_deadline_unit_and_meeting(office):
    lines = list_tasks(office.db, today=TODAY)
    by_status = [(k, len(v)) for k, v in group_tasks(lines, "status", TODAY)]
    assert by_status == [("Quá hạn", 1), ("Đang thực hiện", 2), ("Đã hoàn thành", 1), ("Hủy", 1)]
    by_deadline = [k for k, _ in group_tasks(lines, "deadline", TODAY)]
    assert by_deadline == ["Quá hạn", "Đến hạn trong 7 ngày", "Sau 30 ngày",  # Quý II/2025
                           "Hạn đã qua", "Không có hạn cụ thể"]
    by_unit = dict(group_tasks(lines, "unit", TODAY))
    assert len(by_unit["Phòng GDTrH-GDTX"]) == 2
    assert [k for k, _ in group_tasks(lines, "meeting", TODAY)] == [
        "03/02/2025 – Giao ban tháng 2", "06/01/2025 – Giao ban tháng 1"]


def test_status_change_keeps_a_dated_history_with_notes(office):
    task = list_tasks(office.db, TaskFilter(status=OVERDUE), TODAY)[0]
    heard = []
    office.subscribe(heard.extend)
    set_task_status(office, task.task_id, "open", dt.date(2025, 3, 1), "Đã rà soát 7/15 trường")
    set_task_status(office, task.task_id, TaskStatus.DONE, dt.date(2025, 3, 8),
                    "Hoàn thành, báo cáo số 12/BC-SGDĐT <đính kèm> & phụ lục")
    history = task_history(office.db, task.task_id)
    assert [(h.status, h.changed_on, h.note) for h in history] == [
        (TaskStatus.OPEN, dt.date(2025, 3, 1), "Đã rà soát 7/15 trường"),
        (TaskStatus.DONE, dt.date(2025, 3, 8),
         "Hoàn thành, báo cáo số 12/BC-SGDĐT <đính kèm> & phụ lục")]
    line, = list_tasks(office.db, TaskFilter(task_ids=(task.task_id,)), TODAY)
    assert line.status is TaskStatus.DONE and not line.is_overdue(TODAY)
    assert line.changed_on == dt.date(2025, 3, 8) and line.note.startswith("Hoàn thành")
    assert {(c.noun, c.meeting_id, c.row_id) for c in heard} >= {
        ("tasks", task.meeting_id, task.task_id)}
    with pytest.raises(ValueError):
        set_task_status(office, task.task_id, "finished")


def test_carry_over_inserts_first_agenda_item_with_source_meetings(office):
    first, second, third = office.ids
    AGENDA.add(office, third, AgendaItem(key="", title="Triển khai nhiệm vụ tháng 3"))
    assert descriptions(open_tasks_before(office.db, third)) == [
        "Rà soát đội ngũ giáo viên", "Tổng hợp báo cáo quý I", "Kiểm tra trường chuẩn"]
    item_id = carry_open_tasks(office, third)
    agenda = load_meeting(office.db, third).agenda
    assert [(a.id, a.title) for a in agenda] == [(item_id, CARRY_TITLE),
                                                 (agenda[1].id, "Triển khai nhiệm vụ tháng 3")]
    carried = carried_tasks(office.db, third)
    assert [(t.description, t.meeting_title, t.meeting_date) for t in carried] == [
        ("Rà soát đội ngũ giáo viên", "Giao ban tháng 1", dt.date(2025, 1, 6)),
        ("Tổng hợp báo cáo quý I", "Giao ban tháng 1", dt.date(2025, 1, 6)),
        ("Kiểm tra trường chuẩn", "Giao ban tháng 2", dt.date(2025, 2, 3))]
    with pytest.raises(FollowupError, match="Không có nhiệm vụ"):
        carry_open_tasks(office, third)  # everything already carried: nothing new
    assert len(load_meeting(office.db, third).agenda) == 2


def test_carry_over_only_earlier_meetings_of_the_same_office(office):
    first, second, third = office.ids
    other = create_meeting(office, meeting("Họp Hội Khuyến học", dt.date(2025, 1, 2),
                                           Task("Hội Khuyến học", "Khen thưởng"),
                                           org=Organization("HỘI KHUYẾN HỌC TỈNH")))
    assert "Khen thưởng" not in descriptions(open_tasks_before(office.db, third))
    assert descriptions(open_tasks_before(office.db, second)) == [
        "Rà soát đội ngũ giáo viên", "Tổng hợp báo cáo quý I"]
    with pytest.raises(FollowupError):
        carry_open_tasks(office, first)
    assert load_meeting(office.db, first).agenda == []
    with pytest.raises(FollowupError):
        carry_open_tasks(office, other)


def test_carry_chosen_tasks_then_more_into_the_same_item(office):
    first, second, third = office.ids
    pick = open_tasks_before(office.db, third)
    item_id = carry_open_tasks(office, third, [pick[2].task_id])
    assert carry_open_tasks(office, third) == item_id
    assert descriptions(carried_tasks(office.db, third)) == [
        "Kiểm tra trường chuẩn", "Rà soát đội ngũ giáo viên", "Tổng hợp báo cáo quý I"]


def test_deleting_source_meeting_drops_its_carried_links(office):
    first, second, third = office.ids
    carry_open_tasks(office, third)
    delete_meeting(office, first)
    assert descriptions(carried_tasks(office.db, third)) == ["Kiểm tra trường chuẩn"]
    assert load_meeting(office.db, third).agenda[0].title == CARRY_TITLE


def test_follow_up_after_the_minutes_are_finalised(office):
    from secretary_app.storage.finalise import finalise_meeting

    first, second, third = office.ids
    finalise_meeting(office, first)
    finalise_meeting(office, third)
    task = list_tasks(office.db, TaskFilter(meeting_id=first, status=OVERDUE), TODAY)[0]
    set_task_status(office, task.task_id, "done", dt.date(2025, 3, 9), "Xong")
    assert list_tasks(office.db, TaskFilter(task_ids=(task.task_id,)), TODAY)[0].status == "done"
    with pytest.raises(FollowupError, match="đã chốt"):
        carry_open_tasks(office, third)
    assert load_meeting(office.db, third).agenda == [] and carried_tasks(office.db, third) == []


def test_cli_tasks_status_carry_and_report(tmp_path):
    from pypdf import PdfReader

    from tests.conftest import SEED_PATH, run_cli

    db = str(tmp_path / "cli.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    changed = run_cli("--db", db, "task-status", "1", "done", "--date", "2024-11-20",
                      "--note", "Đã ban hành kế hoạch")
    assert changed.returncode == 0, changed.stderr
    listed = run_cli("--db", db, "tasks", "--status", "open", "--unit", "phong gdtrh-gdtx")
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["2"]
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    carried = run_cli("--db", db, "carry-tasks", "2")
    assert carried.returncode == 0, carried.stderr
    assert [line.split("\t")[0] for line in carried.stdout.splitlines()] == ["2", "3"]
    again = run_cli("--db", db, "carry-tasks", "2")
    assert again.returncode == 1 and "Không có nhiệm vụ" in again.stderr
    report = tmp_path / "bao-cao.pdf"
    made = run_cli("--db", db, "followup-report", "--format", "pdf", "-o", str(report),
                   "--today", "2025-01-01")
    assert made.returncode == 0, made.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report).pages)
    assert "Tính đến ngày 01/01/2025" in text and "Phòng GDTrH-GDTX" in text
    bad = run_cli("--db", db, "task-status", "999", "done")
    assert bad.returncode == 2 and "999" in bad.stderr
    far = run_cli("--db", db, "task-status", "1", "done", "--date", "5281-01-01")
    assert far.returncode == 2 and "quá xa" in far.stderr
