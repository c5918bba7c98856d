"""Recurring meetings: the next meeting made from the previous one (issue 17)."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.enums import Presence
from secretary_app.domain.model import Conclusion, Task
from secretary_app.storage.followup_carry import CARRY_TITLE, carried_task_ids
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.series import create_from_previous, series_of


def test_next_meeting_copies_people_agenda_signer_and_carries_open_tasks(store, seed_meeting):
    seed_meeting.attendees[1].presence = Presence.ABSENT_EXCUSED
    seed_meeting.attendees[1].absence_reason = "Đi công tác"
    seed_meeting.conclusions = [Conclusion("Giao nhiệm vụ.", tasks=[
        Task("Văn phòng Sở", "Tổng hợp báo cáo"), Task("Phòng KHTC", "Dự toán")])]
    first = create_meeting(store, seed_meeting)
    before = load_meeting(store.db, first)
    new_id = create_from_previous(store, first, dt.date(2024, 11, 20))
    new = load_meeting(store.db, new_id)
    assert (new.title, new.date, new.location, new.organization.id) == (
        before.title, dt.date(2024, 11, 20), before.location, before.organization.id)
    assert [a.name for a in new.attendees] == [a.name for a in before.attendees]
    assert {a.presence for a in new.attendees} == {Presence.PRESENT}
    assert all(not a.absence_reason for a in new.attendees)
    assert new.attendee(new.chair).name == before.attendee(before.chair).name
    assert [g.title for g in new.agenda] == [CARRY_TITLE] + [g.title for g in before.agenda]
    assert new.opinions == [] and new.conclusions == [] and new.votes == []
    assert [(d.kind, d.signer, d.number) for d in new.documents] == [
        (d.kind, d.signer, None) for d in before.documents]
    assert len(carried_task_ids(store.db, new_id)) == 2
    assert series_of(store.db, new_id) == [new_id, first]


def test_a_meeting_of_another_series_does_not_carry_its_tasks(store, seed_meeting):
    seed_meeting.conclusions = [Conclusion("Giao.", tasks=[Task("Văn phòng", "Việc A")])]
    other = create_meeting(store, seed_meeting)
    seed_meeting.conclusions = []
    mine = create_meeting(store, seed_meeting)  # same organisation, but not made from `other`
    new_id = create_from_previous(store, mine, dt.date(2024, 11, 20))
    assert carried_task_ids(store.db, new_id) == []
    assert series_of(store.db, new_id) == [new_id, mine] and other not in series_of(store.db,
                                                                                     new_id)
