"""Carrying open tasks of earlier meetings into a new meeting as its first agenda item."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlite_utils import Database

from secretary_app.domain.model import AgendaItem
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.followup import TaskFilter, TaskLine, list_tasks
from secretary_app.storage.guards import FINALISED_MESSAGE
from secretary_app.storage.lists import AGENDA

CARRY_TITLE = "Tình hình thực hiện kết luận cuộc họp trước"


class FollowupError(ValueError):
    """A follow-up action that cannot be done; the message is for the user (Vietnamese)."""


def _meeting(db: Database, meeting_id: int) -> tuple[str, int]:
    row = db.execute("SELECT date, organization_id FROM meetings WHERE id = ?",
                     [meeting_id]).fetchone()
    if row is None:
        raise FollowupError(f"Không có cuộc họp mã {meeting_id}.")
    return row[0], row[1]


def open_tasks_before(db: Database, meeting_id: int) -> list[TaskLine]:
    """Open tasks of the organisation's meetings held before this one, not yet carried in."""
    date, org = _meeting(db, meeting_id)
    held_to = dt.date.fromisoformat(date)
    carried = set(carried_task_ids(db, meeting_id))
    lines = list_tasks(db, TaskFilter(status="open", organization_id=org, held_to=held_to))
    earlier = [t for t in lines if t.task_id not in carried and t.meeting_id != meeting_id
               and (t.meeting_date < held_to or t.meeting_id < meeting_id)]
    return sorted(earlier, key=lambda t: (t.meeting_date, t.meeting_id, t.conclusion_number))


def carried_task_ids(db: Database, meeting_id: int) -> list[int]:
    """Ids of the tasks carried into a meeting, in their order."""
    sql = "SELECT task_id FROM carried_tasks WHERE meeting_id = ? ORDER BY position"
    return [r[0] for r in db.execute(sql, [meeting_id])]


def carried_tasks(db: Database, meeting_id: int) -> list[TaskLine]:
    """The tasks carried into a meeting, each with its source meeting, in their order."""
    ids = carried_task_ids(db, meeting_id)
    by_id = {t.task_id: t for t in list_tasks(db, TaskFilter(task_ids=tuple(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def carry_item_id(db: Database, meeting_id: int) -> int | None:
    """The agenda item holding the carried tasks of a meeting, if there is one."""
    sql = "SELECT agenda_item_id FROM carried_tasks WHERE meeting_id = ? LIMIT 1"
    row = db.execute(sql, [meeting_id]).fetchone()
    return row[0] if row else None


def carry_open_tasks(store: Store, meeting_id: int,
                     task_ids: list[int] | None = None) -> int:
    """Put the open tasks of earlier meetings (or the chosen ones) into the meeting.

    The first time, an agenda item 'Tình hình thực hiện kết luận cuộc họp trước' is inserted
    at position 0; later calls add tasks not yet carried to that same item. Returns its id.
    Raises FollowupError when there is nothing to carry.
    """
    candidates = open_tasks_before(store.db, meeting_id)
    if task_ids is not None:
        wanted = set(task_ids)
        candidates = [t for t in candidates if t.task_id in wanted]
    if not candidates:
        raise FollowupError("Không có nhiệm vụ nào chưa hoàn thành của các cuộc họp trước "
                            "để đưa vào cuộc họp này.")
    try:
        return _carry(store, meeting_id, candidates)
    except sqlite3.IntegrityError as exc:  # e.g. the lock of finalised minutes, with its reason
        raise FollowupError(str(exc)) from None


def _carry(store: Store, meeting_id: int, tasks: list[TaskLine]) -> int:
    with store.write(Change(Noun.AGENDA, meeting_id), Change(Noun.CARRIED_TASKS, meeting_id)) as db:
        if db.execute("SELECT 1 FROM finalised_meetings WHERE meeting_id = ?",
                      [meeting_id]).fetchone():  # its minutes print the carried tasks
            raise FollowupError(FINALISED_MESSAGE)
        item_id = carry_item_id(db, meeting_id)
        if item_id is None:
            item_id = AGENDA.add(store, meeting_id, AgendaItem(key="", title=CARRY_TITLE),
                                 position=0)
        start = len(carried_task_ids(db, meeting_id))
        db.conn.executemany(
            "INSERT INTO carried_tasks (meeting_id, agenda_item_id, task_id, position) "
            "VALUES (?, ?, ?, ?)",
            [(meeting_id, item_id, t.task_id, start + n) for n, t in enumerate(tasks)])
    return item_id
