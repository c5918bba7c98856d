"""Lines of the minutes for the tasks of earlier meetings carried into this one."""

from __future__ import annotations

import datetime as dt

from secretary_app.documents.blocks import Run, SubItem, printable
from secretary_app.documents.content import DOTTED_LINE
from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import CarriedTask, Meeting
from secretary_app.domain.vietnamese import short_date

STATUS_WORDS = {TaskStatus.OPEN: "đang thực hiện", TaskStatus.DONE: "đã hoàn thành",
                TaskStatus.CANCELLED: "hủy"}
OVERDUE_WORD = "quá hạn"


def status_word(task: CarriedTask, day: dt.date) -> str:
    """'quá hạn' for a task open past its deadline on that day, else its status word."""
    return OVERDUE_WORD if task.is_overdue(day) else STATUS_WORDS[task.status]


def carried_text(task: CarriedTask, day: dt.date) -> str:
    """'Phòng A: việc X; thời hạn: 30/06/2025; tình trạng: đang thực hiện (Kết luận tại cuộc họp
    ngày 06/01/2025: Giao ban tháng 1).'"""
    who = printable(task.assignee).strip()
    what = printable(task.description).strip().rstrip(".;")
    text = f"{who}: {what}" if who and what else (who or what or DOTTED_LINE)
    when = short_date(task.deadline) if task.deadline else printable(task.deadline_text).strip()
    if when:
        text += f"; thời hạn: {when}"
    text += f"; tình trạng: {status_word(task, day)}"
    source = printable(task.source_title).strip()
    source = f"ngày {short_date(task.source_date)}" + (f": {source}" if source else "")
    return f"{text} (Kết luận tại cuộc họp {source})."


def carried_blocks(meeting: Meeting, agenda_key: str) -> list[SubItem]:
    """A dash line per task carried under that agenda item, in their order."""
    day = meeting.end_date or meeting.date
    return [SubItem((Run(carried_text(task, day)),), label="-")
            for task in meeting.carried if task.agenda == agenda_key]
