"""Recurring meetings: a new meeting made from the previous one of its series."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlite_utils import Database

from secretary_app.domain.enums import Presence
from secretary_app.domain.model import AgendaItem, Meeting, OfficialDocument
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.followup import TaskFilter, list_tasks
from secretary_app.storage.followup_carry import CARRY_TITLE, FollowupError, carry_open_tasks
from secretary_app.storage.meetings import create_meeting, load_meeting


def series_of(db: Database, meeting_id: int) -> list[int]:
    """The meeting and the earlier ones of its series, newest first."""
    chain, seen = [meeting_id], {meeting_id}
    while True:
        row = db.execute("SELECT previous_id FROM meeting_series WHERE meeting_id = ?",
                         [chain[-1]]).fetchone()
        if row is None or row[0] is None or row[0] in seen:
            return chain
        chain.append(row[0])
        seen.add(row[0])


def next_in_series(previous: Meeting, date: dt.date) -> Meeting:
    """The next meeting of the series: same organisation, kind, title, place, purpose, people
    (everyone present again: the roll call is taken anew), agenda and signers; nothing said yet."""
    people = [dataclasses.replace(a, presence=Presence.PRESENT, arrived_at=None,
                                  absence_reason="", id=None) for a in previous.attendees]
    agenda = [AgendaItem(key=g.key, title=g.title) for g in previous.agenda
              if g.title != CARRY_TITLE]  # carried tasks get their item afresh
    documents = [OfficialDocument(kind=d.kind, signer=d.signer, recipients=list(d.recipients),
                                  archive=d.archive) for d in previous.documents]
    return Meeting(title=previous.title, date=date, organization=previous.organization,
                   kind=previous.kind, location=previous.location, chair=previous.chair,
                   secretary=previous.secretary, purpose=previous.purpose, attendees=people,
                   agenda=agenda, documents=documents)


def create_from_previous(store: Store, previous_id: int, date: dt.date | None = None) -> int:
    """Create the next meeting of previous_id's series (dated today by default), link it, and
    carry in the open tasks of the series; returns the new meeting's id."""
    previous = load_meeting(store.db, previous_id)
    with store.write(Change(Noun.MEETING_LIST)) as db:
        meeting_id = create_meeting(store, next_in_series(previous, date or dt.date.today()))
        db.execute("INSERT INTO meeting_series (meeting_id, previous_id) VALUES (?, ?)",
                   [meeting_id, previous_id])
    series = set(series_of(store.db, previous_id))
    open_ids = [t.task_id for t in list_tasks(store.db, TaskFilter(status="open"))
                if t.meeting_id in series]
    if open_ids:
        try:
            carry_open_tasks(store, meeting_id, open_ids)
        except FollowupError:
            pass  # carried elsewhere already, or nothing left open: the meeting stands
    return meeting_id
