"""Worded deadlines count as overdue once their period is over (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.deadlines import due_date, past_due, period_end

D = dt.date


@pytest.mark.parametrize(("text", "end"), [
    ("Quý IV/2024", D(2024, 12, 31)), ("quý I/2025", D(2025, 3, 31)),
    ("Trong quý II năm 2025", D(2025, 6, 30)), ("Quý 3/2025", D(2025, 9, 30)),
    ("Tháng 12/2024", D(2024, 12, 31)), ("tháng 2/2024", D(2024, 2, 29)),
    ("Trước tháng 6 năm 2025", D(2025, 6, 30)), ("6 tháng đầu năm 2025", D(2025, 6, 30)),
    ("Năm 2025", D(2025, 12, 31)), ("Thường xuyên", None), ("Tháng 13/2024", None), ("", None)])
def test_period_end(text, end):
    assert period_end(text) == end


def test_worded_deadline_overdue_only_after_its_period():
    assert not past_due(None, "Quý IV/2024", D(2024, 12, 31))
    assert past_due(None, "Quý IV/2024", D(2025, 1, 1))
    assert past_due(None, "Tháng 12/2024", D(2025, 1, 1))
    assert not past_due(None, "Thường xuyên", D(2030, 1, 1))
    assert due_date(D(2024, 5, 1), "Quý IV/2024") == D(2024, 5, 1)  # a date wins


def test_follow_up_lists_worded_deadlines_as_overdue(store, seed_meeting):
    from secretary_app.domain.model import Conclusion, Task
    from secretary_app.storage.followup import OVERDUE, TaskFilter, list_tasks
    from secretary_app.storage.meetings import create_meeting

    seed_meeting.conclusions = [Conclusion("Giao nhiệm vụ.", tasks=[
        Task("Phòng KHTC", "Dự toán", deadline_text="Quý IV/2024"),
        Task("Văn phòng", "Báo cáo", deadline_text="Tháng 1/2025"),
        Task("Phòng TCCB", "Rà soát", deadline_text="Thường xuyên")])]
    create_meeting(store, seed_meeting)
    late = list_tasks(store.db, TaskFilter(status=OVERDUE), today=D(2025, 1, 15))
    assert [t.assignee for t in late] == ["Phòng KHTC"]
    late = list_tasks(store.db, TaskFilter(status=OVERDUE), today=D(2025, 2, 1))
    assert sorted(t.assignee for t in late) == ["Phòng KHTC", "Văn phòng"]


def test_status_dates_outside_a_sane_range_are_refused(store, seed_meeting):
    from secretary_app.domain.model import Conclusion, Task
    from secretary_app.storage.followup import list_tasks, set_task_status, task_history
    from secretary_app.storage.meetings import create_meeting

    seed_meeting.conclusions = [Conclusion("Giao.", tasks=[Task("Văn phòng", "Báo cáo")])]
    create_meeting(store, seed_meeting)  # held 16/10/2024
    task_id = list_tasks(store.db)[0].task_id
    for day in (D(2024, 10, 15), D(5281, 1, 1)):
        with pytest.raises(ValueError, match="Không ghi được tình trạng"):
            set_task_status(store, task_id, "done", day)
    set_task_status(store, task_id, "done", D(2024, 10, 16))
    assert [h.changed_on for h in task_history(store.db, task_id)] == [D(2024, 10, 16)]
