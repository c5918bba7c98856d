"""Follow-up of conclusions across meetings: the task list, filters, status changes with history."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlite_utils import Database

from secretary_app.domain.deadlines import due_date, past_due, status_date_problem
from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import MeetingId, Organization, Signer
from secretary_app.domain.text import clean_text, fold
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.lists import TASKS
from secretary_app.storage.meetings import document_from_row
from secretary_app.storage.organizations import default_organization, get_organization
from secretary_app.storage.rows import parse_date

STATUS_WORDS = {TaskStatus.OPEN: "Đang thực hiện", TaskStatus.DONE: "Đã hoàn thành",
                TaskStatus.CANCELLED: "Hủy"}
OVERDUE = "overdue"  # a filter value and a word, not a stored status: open and past its deadline
OVERDUE_WORD = "Quá hạn"

_SELECT = """
SELECT t.id, m.id, m.date, m.title, c.position, t.assignee, t.description, t.coordinating,
       t.deadline, t.deadline_text, t.status, h.changed_on, h.note, m.organization_id
FROM tasks t
JOIN conclusions c ON c.id = t.conclusion_id
JOIN meetings m ON m.id = c.meeting_id
LEFT JOIN task_status_history h ON h.id = (
    SELECT id FROM task_status_history WHERE task_id = t.id ORDER BY changed_on DESC, id DESC
    LIMIT 1)
"""
_ORDER = (" ORDER BY t.deadline IS NULL, t.deadline, m.date, m.id, c.position, t.position")


@dataclass(frozen=True)
class TaskLine:
    """One task with its source meeting and its latest status change."""

    task_id: int
    meeting_id: MeetingId
    meeting_date: dt.date
    meeting_title: str
    conclusion_number: int  # 1-based, as printed
    assignee: str
    description: str
    coordinating: str
    deadline: dt.date | None
    deadline_text: str
    status: TaskStatus
    changed_on: dt.date | None = None
    note: str = ""
    organization_id: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        """Open and past its deadline (a date, or the end of a worded period: 'Quý IV/2024')."""
        return self.status is TaskStatus.OPEN and past_due(self.deadline, self.deadline_text, today)

    def deadline_label(self) -> str:
        """'30/06/2025', or the deadline words ('Quý IV/2024'), or ''."""
        return f"{self.deadline:%d/%m/%Y}" if self.deadline else self.deadline_text

    def status_label(self, today: dt.date) -> str:
        """'Quá hạn' for an overdue task, else the status word."""
        return OVERDUE_WORD if self.is_overdue(today) else STATUS_WORDS[self.status]


@dataclass(frozen=True)
class TaskFilter:
    """Which tasks to list; empty fields do not filter."""

    unit: str = ""  # the assignee, accent- and case-insensitive
    status: str = ""  # open, done, cancelled or overdue
    due_by: dt.date | None = None  # deadline on or before
    meeting_id: int | None = None
    organization_id: int | None = None
    held_from: dt.date | None = None  # meeting date range
    held_to: dt.date | None = None
    task_ids: tuple[int, ...] | None = None


def _where(f: TaskFilter, today: dt.date) -> tuple[str, list]:
    clauses, params = [], []
    for sql, value in (("m.id = ?", f.meeting_id), ("m.organization_id = ?", f.organization_id),
                       ("m.date >= ?", f.held_from), ("m.date <= ?", f.held_to),
                       ("t.deadline <= ?", f.due_by)):
        if value is not None:
            clauses.append(sql)
            params.append(value.isoformat() if isinstance(value, dt.date) else value)
    if f.status == OVERDUE:
        # worded deadlines ('Quý IV/2024') are decided in Python, after the query
        clauses.append("t.status = 'open' AND (t.deadline < ? OR (t.deadline IS NULL "
                       "AND t.deadline_text != ''))")
        params.append(today.isoformat())
    elif f.status:
        clauses.append("t.status = ?")
        params.append(TaskStatus(f.status).value)
    if f.task_ids is not None:
        clauses.append(f"t.id IN ({','.join('?' * len(f.task_ids))})")
        params.extend(f.task_ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _line(r: tuple) -> TaskLine:
    return TaskLine(r[0], MeetingId(r[1]), dt.date.fromisoformat(r[2]), r[3], r[4] + 1, r[5],
                    r[6], r[7], parse_date(r[8]), r[9], TaskStatus(r[10]), parse_date(r[11]),
                    r[12] or "", r[13])


def list_tasks(db: Database, task_filter: TaskFilter = TaskFilter(),
               today: dt.date | None = None) -> list[TaskLine]:
    """Tasks of every meeting, earliest deadline first (no deadline last)."""
    today = today or dt.date.today()
    where, params = _where(task_filter, today)
    lines = [_line(r) for r in db.execute(_SELECT + where + _ORDER, params)]
    if task_filter.status == OVERDUE:
        lines = [line for line in lines if line.is_overdue(today)]
    if task_filter.unit:
        unit = fold(task_filter.unit).strip()
        lines = [line for line in lines if fold(line.assignee).strip() == unit]
    return lines


def task_units(db: Database) -> list[str]:
    """Distinct assignees (accent/case variants merged under their commonest spelling)."""
    spellings: dict[str, Counter] = {}
    for name, count in db.execute("SELECT assignee, count(*) FROM tasks GROUP BY assignee"):
        if name.strip():
            spellings.setdefault(fold(name).strip(), Counter())[name.strip()] += count
    return sorted((c.most_common(1)[0][0] for c in spellings.values()), key=fold)


@dataclass(frozen=True)
class StatusChange:
    """One line of a task's status history."""

    status: TaskStatus
    changed_on: dt.date
    note: str
    recorded_at: str


def set_task_status(store: Store, task_id: int, status: TaskStatus | str,
                    on: dt.date | None = None, note: str = "") -> None:
    """Change a task's status (or just note progress) on a date, kept in its history.

    A date before the task's meeting or years ahead is refused (ValueError, in Vietnamese)."""
    status = TaskStatus(status)
    on = on or dt.date.today()
    meeting_id = TASKS.meeting_of(store.db, TASKS.parent_of(store.db, task_id))
    held = store.db.execute("SELECT date FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0]
    problem = status_date_problem(on, dt.date.fromisoformat(held), dt.date.today())
    if problem:
        raise ValueError(f"Không ghi được tình trạng: {problem}.")
    with store.write(Change(Noun.TASKS, meeting_id, task_id)) as db:
        TASKS.update(store, task_id, status=status)
        db.execute("INSERT INTO task_status_history (task_id, status, changed_on, note) "
                   "VALUES (?, ?, ?, ?)", [task_id, status.value, on.isoformat(),
                                            clean_text(note.strip())])


def task_history(db: Database, task_id: int) -> list[StatusChange]:
    """Status changes of a task, oldest first."""
    sql = ("SELECT status, changed_on, note, recorded_at FROM task_status_history "
           "WHERE task_id = ? ORDER BY changed_on, id")
    return [StatusChange(TaskStatus(r[0]), dt.date.fromisoformat(r[1]), r[2], r[3])
            for r in db.execute(sql, [task_id])]


def latest_notice_signer(db: Database, organization_id: int) -> Signer | None:
    """Who signed the organisation's latest notice of conclusions (the usual report signer)."""
    sql = ("SELECT d.* FROM documents d JOIN meetings m ON m.id = d.meeting_id "
           "WHERE d.kind = 'TB' AND d.has_signer = 1 AND m.organization_id = ? "
           "ORDER BY m.date DESC, d.id DESC LIMIT 1")
    row = next(db.query(sql, [organization_id]), None)
    return document_from_row(row).signer if row else None


def report_organization(db: Database, organization_id: int | None = None) -> Organization | None:
    """The given organisation, else the default profile, else that of the latest meeting."""
    if organization_id is None:
        found = default_organization(db)
        if found is not None:
            return found
        row = db.execute("SELECT organization_id FROM meetings ORDER BY date DESC, id DESC "
                         "LIMIT 1").fetchone()
        organization_id = row[0] if row else None
    return None if organization_id is None else get_organization(db, organization_id)


GROUPINGS = {"unit": "Đơn vị", "status": "Tình trạng", "deadline": "Thời hạn",
             "meeting": "Cuộc họp"}
_STATUS_ORDER = [OVERDUE_WORD, *STATUS_WORDS.values()]
_DEADLINE_ORDER = [OVERDUE_WORD, "Đến hạn trong 7 ngày", "Đến hạn trong 30 ngày",
                   "Sau 30 ngày", "Hạn đã qua", "Không có hạn cụ thể"]


def _deadline_group(line: TaskLine, today: dt.date) -> str:
    due = due_date(line.deadline, line.deadline_text)
    if due is None:
        return "Không có hạn cụ thể"
    if due < today:
        return OVERDUE_WORD if line.is_overdue(today) else "Hạn đã qua"
    days = (due - today).days
    return _DEADLINE_ORDER[1] if days <= 7 else _DEADLINE_ORDER[2] if days <= 30 \
        else _DEADLINE_ORDER[3]


def group_key(line: TaskLine, by: str, today: dt.date) -> str:
    """The heading a task is listed under when grouped by unit, status, deadline or meeting."""
    if by == "unit":
        return line.assignee.strip() or "(Chưa giao đơn vị)"
    if by == "status":
        return line.status_label(today)
    if by == "deadline":
        return _deadline_group(line, today)
    if by == "meeting":
        return f"{line.meeting_date:%d/%m/%Y} – {line.meeting_title}"
    raise ValueError(f"unknown grouping {by!r}")


def group_tasks(lines: list[TaskLine], by: str,
                today: dt.date) -> list[tuple[str, list[TaskLine]]]:
    """(heading, tasks) in a natural order: units A–Z, overdue first, meetings newest first."""
    groups: dict[str, list[TaskLine]] = {}
    folded: dict[str, str] = {}
    for line in lines:
        key = group_key(line, by, today)
        key = folded.setdefault(fold(key), key) if by == "unit" else key
        groups.setdefault(key, []).append(line)
    if by == "status":
        order = sorted(groups, key=_STATUS_ORDER.index)
    elif by == "deadline":
        order = sorted(groups, key=_DEADLINE_ORDER.index)
    elif by == "meeting":
        order = sorted(groups, key=lambda k: (groups[k][0].meeting_date, groups[k][0].meeting_id),
                       reverse=True)
    else:
        order = sorted(groups, key=fold)
    return [(key, groups[key]) for key in order]
