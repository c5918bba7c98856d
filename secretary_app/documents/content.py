"""Sentences shared by the minutes and the notice: people, conclusions, sub-items and tasks."""

from __future__ import annotations

from secretary_app.documents.blocks import NumberedItem, Paragraph, Run, SubItem, printable
from secretary_app.domain.enums import Role
from secretary_app.domain.model import Attendee, Conclusion, Meeting, Task
from secretary_app.domain.text import fold
from secretary_app.domain.vietnamese import date_words, sub_item_label

DOTTED_LINE = "." * 45  # a value still to be written by hand, as the templates print it


def body(*runs: str | Run, keep_with_next: bool = False, indent: bool = True) -> Paragraph:
    """A justified body paragraph with a first-line indent."""
    made = tuple(r if isinstance(r, Run) else Run(r) for r in runs)
    return Paragraph(tuple(r for r in made if r.text), keep_with_next=keep_with_next,
                     indent=indent)


def heading(text: str) -> Paragraph:
    """A bold run-in heading inside the body ('Kết luận của chủ trì:', an agenda item)."""
    return Paragraph((Run(text, bold=True),), keep_with_next=True)


def described(attendee: Attendee, home: str = "") -> str:
    """'Trần Tuấn Ngọc, Phó Giám đốc Công an tỉnh': the title followed by the unit unless the
    unit is the issuing body `home` (or already said); a unit stands in for a missing title;
    a group (Thường trực Hội …) is printed as it is named."""
    name, title = printable(attendee.name).strip(), printable(attendee.title).strip()
    unit = printable(attendee.organization).strip()
    if unit and not attendee.group and fold(unit) not in fold(name):
        title = with_unit(title, unit, home) if title else unit
    return f"{name}, {title}" if title else name


def with_unit(title: str, unit: str, home: str = "") -> str:
    """The title and the unit it belongs to, words shared at the seam said once
    ('Giám đốc Sở' + 'Sở Tài chính' -> 'Giám đốc Sở Tài chính')."""
    if fold(unit) in fold(title) or (home and fold(unit) == fold(printable(home).strip())):
        return title
    head, tail = title.split(), unit.split()
    for size in range(min(len(head), len(tail)), 0, -1):
        if [fold(w) for w in head[-size:]] == [fold(w) for w in tail[:size]]:
            return " ".join(head + tail[size:])
    return f"{title} {unit}"


def comrade(attendee: Attendee, home: str = "") -> str:
    """'đồng chí Lê Thị Thanh Xuân, Giám đốc Sở' for a person; a group as it is named."""
    text = described(attendee, home)
    return text if attendee.group else f"đồng chí {text}"


def function_title(attendee: Attendee | None) -> str:
    """The last part of a title, the office that concludes: 'Tỉnh ủy viên, Giám đốc Sở' ->
    'Giám đốc Sở'; the name when there is no title."""
    if attendee is None:
        return ""
    title = printable(attendee.title).strip()
    return title.rsplit(",", 1)[-1].strip() if title else printable(attendee.name).strip()


def chair_of(meeting: Meeting) -> Attendee | None:
    """The chair: the meeting's chair key, else the first attendee with the chair role."""
    found = meeting.attendee(meeting.chair)
    return found or next((a for a in meeting.attendees if a.role is Role.CHAIR), None)


def secretary_of(meeting: Meeting) -> Attendee | None:
    """The secretary: the meeting's secretary key, else the first with the secretary role."""
    found = meeting.attendee(meeting.secretary)
    return found or next((a for a in meeting.attendees if a.role is Role.SECRETARY), None)


def paragraphs_of(text: str) -> list[str]:
    """The non-empty paragraphs of a multi-line text, as typed."""
    return [p for p in printable(text).split("\n") if p.strip()]


def task_text(task: Task) -> str:
    """'Giao Phòng A chủ trì, phối hợp với B: làm việc X; thời hạn: ngày 31 tháng 12 năm 2024.'"""
    who = printable(task.assignee).strip() or DOTTED_LINE
    if printable(task.coordinating).strip():
        who += f" chủ trì, phối hợp với {printable(task.coordinating).strip()}"
    text = f"Giao {who}"
    what = printable(task.description).strip().rstrip(".;")
    if what:
        text += f": {what}"
    when = date_words(task.deadline) if task.deadline else printable(task.deadline_text).strip()
    if when:
        text += f"; thời hạn: {when}"
    return text + "."


def conclusion_blocks(conclusions: list[Conclusion]) -> list[Paragraph]:
    """Conclusions numbered 1., 2. …, their sub-items a), b) … and task lines '- Giao …'."""
    blocks: list[Paragraph] = []
    for number, conclusion in enumerate(conclusions, start=1):
        first, *rest = paragraphs_of(conclusion.text) or [DOTTED_LINE]
        blocks.append(NumberedItem((Run(first),), label=f"{number}."))
        blocks.extend(body(extra) for extra in rest)
        for index, item in enumerate(conclusion.items):
            lines = paragraphs_of(item.text) or [DOTTED_LINE]
            blocks.append(SubItem((Run(lines[0]),), label=sub_item_label(index)))
            blocks.extend(body(extra) for extra in lines[1:])
        blocks.extend(SubItem((Run(task_text(t)),), label="-") for t in conclusion.tasks)
    return blocks
