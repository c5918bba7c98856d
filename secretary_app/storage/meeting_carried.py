"""The tasks carried into a meeting, as its minutes print them: status as of the meeting day."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import CarriedTask
from secretary_app.storage.changes import Noun
from secretary_app.storage.rows import parse_date

# Change nouns (of any meeting) that can alter what a meeting's carried tasks say: a status,
# a task's wording, its source meeting's title or the source meeting's deletion
CARRIED_NOUNS = frozenset({Noun.TASKS, Noun.CARRIED_TASKS, Noun.CONCLUSIONS, Noun.MEETING_INFO,
                           Noun.MEETING_LIST})

# The status a task had at the end of the meeting day: the latest change dated on or before it;
# with changes only after that day it was still open (only open tasks are carried); with no
# recorded change at all, its status as stored.
_SELECT = """
SELECT ct.task_id, a.key, t.assignee, t.description, t.deadline, t.deadline_text,
       coalesce((SELECT h.status FROM task_status_history h
                 WHERE h.task_id = t.id AND h.changed_on <= :day
                 ORDER BY h.changed_on DESC, h.id DESC LIMIT 1),
                CASE WHEN EXISTS (SELECT 1 FROM task_status_history h WHERE h.task_id = t.id)
                     THEN 'open' ELSE t.status END),
       m.date, m.title
FROM carried_tasks ct
JOIN agenda_items a ON a.id = ct.agenda_item_id
JOIN tasks t ON t.id = ct.task_id
JOIN conclusions c ON c.id = t.conclusion_id
JOIN meetings m ON m.id = c.meeting_id
WHERE ct.meeting_id = :meeting
ORDER BY ct.position, ct.id
"""


def carried_as_of(db: Database, meeting_id: int, day: dt.date) -> list[CarriedTask]:
    """The meeting's carried tasks in their order, each with its source meeting (one query)."""
    rows = db.execute(_SELECT, {"meeting": meeting_id, "day": day.isoformat()}).fetchall()
    return [CarriedTask(assignee=r[2], description=r[3], deadline=parse_date(r[4]),
                        deadline_text=r[5], status=TaskStatus(r[6]),
                        source_date=dt.date.fromisoformat(r[7]), source_title=r[8],
                        agenda=r[1], task_id=r[0])
            for r in rows]
