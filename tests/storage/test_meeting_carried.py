"""A loaded meeting holds the tasks carried into it: in order, with source meeting and the
status they had on the meeting day; the package never sees them, the finalise hash freezes them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from hashlib import sha256

import pytest

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import AgendaItem, CarriedTask, Conclusion, Meeting, Task
from secretary_app.domain.package import meeting_to_package, parse_package
from secretary_app.domain.sources import sources_of
from secretary_app.storage.finalise import (
    canonical_json,
    content_hash,
    content_package,
    finalise_meeting,
    sealed_digest,
)
from secretary_app.storage.followup import set_task_status
from secretary_app.storage.followup_carry import (
    FollowupError,
    carry_item_id,
    carry_open_tasks,
    open_tasks_before,
)
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.storage.test_followup import ORG, meeting

JAN, FEB, MAR = dt.date(2025, 1, 6), dt.date(2025, 2, 3), dt.date(2025, 3, 3)


@pytest.fixture
def office(store):
    """Two earlier meetings with open tasks, and the March meeting that takes them in."""
    first = create_meeting(store, meeting(
        "Giao ban tháng 1 <Sở> & “Hội”", JAN,
        Task("Phòng GDTrH-GDTX", "Rà soát đội ngũ 😀", deadline=dt.date(2025, 2, 28)),
        Task("Văn phòng Sở", "Tổng hợp báo cáo quý I", deadline=dt.date(2025, 3, 14))))
    second = create_meeting(store, meeting(
        "Giao ban tháng 2", FEB, Task("Phòng KHTC", "Kiểm tra trường chuẩn",
                                      deadline_text="Quý II/2025")))
    third = create_meeting(store, Meeting(
        "Giao ban tháng 3", MAR, ORG, agenda=[AgendaItem("g1", "Triển khai tháng 3")],
        conclusions=[Conclusion("Giao việc", tasks=[Task("Văn phòng Sở", "Việc mới")])]))
    store.ids = (first, second, third)
    return store


def test_meeting_without_carried_tasks_has_none(office):
    assert load_meeting(office.db, office.ids[2]).carried == []


def test_load_meeting_fills_carried_in_order_with_source_meeting(office):
    first, second, third = office.ids
    pick = open_tasks_before(office.db, third)
    carry_open_tasks(office, third, [pick[2].task_id])  # the February task first
    carry_open_tasks(office, third)
    loaded = load_meeting(office.db, third)
    key = loaded.agenda[0].key
    assert loaded.agenda[0].id == carry_item_id(office.db, third)
    assert loaded.carried == [
        CarriedTask("Phòng KHTC", "Kiểm tra trường chuẩn", None, "Quý II/2025",
                    TaskStatus.OPEN, FEB, "Giao ban tháng 2", key, pick[2].task_id),
        CarriedTask("Phòng GDTrH-GDTX", "Rà soát đội ngũ 😀", dt.date(2025, 2, 28), "",
                    TaskStatus.OPEN, JAN, "Giao ban tháng 1 <Sở> & “Hội”", key,
                    pick[0].task_id),
        CarriedTask("Văn phòng Sở", "Tổng hợp báo cáo quý I", dt.date(2025, 3, 14), "",
                    TaskStatus.OPEN, JAN, "Giao ban tháng 1 <Sở> & “Hội”", key,
                    pick[1].task_id)]
    assert loaded.carried[1].is_overdue(MAR) and not loaded.carried[2].is_overdue(MAR)
    assert load_meeting(office.db, first).carried == []  # the source keeps its own tasks only


def test_status_is_the_one_of_the_meeting_day(office):
    third = office.ids[2]
    carry_open_tasks(office, third)
    ids = [t.task_id for t in load_meeting(office.db, third).carried]
    set_task_status(office, ids[0], "done", MAR, "Báo cáo tại cuộc họp")
    set_task_status(office, ids[1], "cancelled", dt.date(2025, 2, 20))
    set_task_status(office, ids[1], "open", MAR)  # taken up again on the day: latest wins
    set_task_status(office, ids[2], "done", dt.date(2025, 4, 1))  # after the meeting
    statuses = [t.status for t in load_meeting(office.db, third).carried]
    assert statuses == [TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.OPEN]


def test_one_query_however_many_tasks(office):
    third = office.ids[2]
    carry_open_tasks(office, third)
    seen: list[str] = []
    office.db.conn.set_trace_callback(seen.append)
    try:
        load_meeting(office.db, third)
    finally:
        office.db.conn.set_trace_callback(None)
    assert sum("carried_tasks" in sql for sql in seen) == 1


def test_package_ignores_carried_tasks_and_the_finalise_hash_freezes_them(office):
    third = office.ids[2]
    carry_open_tasks(office, third)
    loaded = load_meeting(office.db, third)
    assert len(loaded.carried) == 3
    bare = dataclasses.replace(loaded, carried=[])
    assert meeting_to_package(loaded) == meeting_to_package(bare)
    again = parse_package(meeting_to_package(loaded))  # the round trip stays equal
    assert again.carried == [] and meeting_to_package(again) == meeting_to_package(loaded)
    digest = content_hash(office.db, third)
    assert digest == sealed_digest(meeting_to_package(loaded), sources_of(loaded))
    assert digest != sha256(canonical_json(content_package(meeting_to_package(bare))).encode(
        "utf-8")).hexdigest()  # the carried tasks count in the hash (issue 18)
    set_task_status(office, loaded.carried[0].task_id, "done", MAR)
    assert load_meeting(office.db, third).carried[0].status is TaskStatus.DONE
    assert content_hash(office.db, third) != digest  # open minutes print the live status
    digest = finalise_meeting(office, third)
    assert content_hash(office.db, third) == digest
    set_task_status(office, loaded.carried[0].task_id, "open", MAR)  # follow-up goes on
    assert content_hash(office.db, third) == digest  # the finalised hash uses the frozen ones


def test_no_more_tasks_carried_into_finalised_minutes(office):
    first, second, third = office.ids
    pick = open_tasks_before(office.db, third)
    carry_open_tasks(office, third, [pick[0].task_id])
    finalise_meeting(office, third)
    with pytest.raises(FollowupError, match="đã chốt"):
        carry_open_tasks(office, third)
    assert len(load_meeting(office.db, third).carried) == 1
