"""Task fields as the conclusions page shows them: deadlines typed as text, statuses, overdue."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from secretary_app.domain.deadlines import past_due
from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import Task
from secretary_app.domain.text import clean_text

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_QUARTERS = ("I", "II", "III", "IV")


class DeadlineError(ValueError):
    """A deadline written like a date that is not a real date (31/02/2024)."""


def parse_deadline(typed: str) -> tuple[dt.date | None, str]:
    """'31/12/2024' -> (date, ''); 'Thường xuyên' -> (None, 'Thường xuyên'); '' -> (None, '')."""
    text = clean_text(typed or "").strip()
    dmy, iso = _DMY.match(text), _ISO.match(text)
    if not (dmy or iso):
        return None, text
    day, month, year = (dmy.groups() if dmy else tuple(reversed(iso.groups())))
    try:
        return dt.date(int(year), int(month), int(day)), ""
    except ValueError:
        raise DeadlineError(text) from None


def deadline_shown(task: Task) -> str:
    """The deadline as typed back to the user: '31/12/2024' or the wording."""
    if task.deadline is not None:
        return f"{task.deadline:%d/%m/%Y}"
    return task.deadline_text


def deadline_wordings(today: dt.date) -> list[str]:
    """Usual wordings offered by the deadline box: 'Thường xuyên', this and next quarters."""
    quarter = (today.month - 1) // 3
    out = ["Thường xuyên"]
    for step in range(4):
        q, year = (quarter + step) % 4, today.year + (quarter + step) // 4
        out.append(f"Quý {_QUARTERS[q]}/{year}")
    out.append(f"Năm {today.year}")
    return out


def is_overdue(task: Task, today: dt.date) -> bool:
    """An open task whose deadline (a date or a worded period: 'Quý IV/2024') has passed."""
    return task.status is TaskStatus.OPEN and past_due(task.deadline, task.deadline_text, today)


def status_labels() -> dict[TaskStatus, str]:
    """Vietnamese names of the task statuses, in the order the status box lists them."""
    translate = QCoreApplication.translate
    return {TaskStatus.OPEN: translate("ConclusionsPage", "đang thực hiện"),
            TaskStatus.DONE: translate("ConclusionsPage", "đã hoàn thành"),
            TaskStatus.CANCELLED: translate("ConclusionsPage", "hủy")}


def status_shown(task: Task, today: dt.date) -> str:
    """The status word, 'quá hạn' for an open task past its deadline."""
    if is_overdue(task, today):
        return QCoreApplication.translate("ConclusionsPage", "quá hạn")
    return status_labels()[task.status]


def task_summary(task: Task, today: dt.date) -> str:
    """One line for the list: assignee, what to do, coordinating units, deadline, status."""
    translate = QCoreApplication.translate
    parts = [task.assignee or translate("ConclusionsPage", "(chưa giao đơn vị)")]
    if task.description:
        parts[0] += f": {first_line(task.description)}"
    if task.coordinating:
        parts.append(translate("ConclusionsPage", "phối hợp: %1").replace("%1", task.coordinating))
    if deadline_shown(task):
        parts.append(translate("ConclusionsPage", "hạn: %1").replace("%1", deadline_shown(task)))
    parts.append(status_shown(task, today))
    return translate("ConclusionsPage", "Nhiệm vụ – %1").replace("%1", " · ".join(parts))


def first_line(text: str, limit: int = 120) -> str:
    """The first line of a text, shortened with an ellipsis for a one-line list."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"
