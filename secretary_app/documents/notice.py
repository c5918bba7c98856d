"""The notice of conclusions (thông báo kết luận, TB) of a meeting, in the Mẫu 1.4 frame."""

from __future__ import annotations

from secretary_app.documents import frame
from secretary_app.documents.blocks import Document, Paragraph, printable
from secretary_app.documents.content import (
    DOTTED_LINE,
    body,
    chair_of,
    comrade,
    conclusion_blocks,
    function_title,
    paragraphs_of,
    secretary_of,
)
from secretary_app.domain.enums import DocumentKind, MeetingKind, Presence
from secretary_app.domain.model import Meeting
from secretary_app.domain.vietnamese import day_part, kind_word, meeting_phrase, short_date

CLOSING = "Thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."


def build_notice(meeting: Meeting) -> Document:
    """The notice: who concluded what at which meeting, the numbered conclusions, signer."""
    org = meeting.organization
    doc = meeting.document(DocumentKind.NOTICE)
    date = doc.issued_on if doc else None
    year = (doc.year if doc and doc.year else None) or (date or meeting.date).year
    recipients = doc.recipients if doc else default_recipients(meeting)
    archive = (doc.archive if doc else "") or frame.default_archive(org)
    body_blocks = [*opening(meeting), *(conclusion_blocks(meeting.conclusions)
                                        or [body(DOTTED_LINE)]),
                   body(closing_sentence(meeting), keep_with_next=True)]
    return frame.official_document(
        org, DocumentKind.NOTICE, "Thông báo", summary(meeting), body_blocks, date,
        doc.number if doc else None, doc.signer if doc else None, recipients, archive, year=year)


def summary(meeting: Meeting) -> str:
    """'Kết luận của Giám đốc Sở GDĐT Lê Thị Thanh Xuân tại cuộc họp …'."""
    chair = chair_of(meeting)
    phrase = meeting_phrase(printable(meeting.title), meeting.kind)
    if chair is None:
        return f"Kết luận tại {phrase}"
    who = printable(chair.name).strip()
    office = function_title(chair)
    if office and office != who:
        who = f"{office} {who}"
    elif not chair.group:
        who = f"đồng chí {who}"
    return f"Kết luận của {who} tại {phrase}"


def _participants(meeting: Meeting) -> str:
    skip = {meeting.chair, meeting.secretary}
    chair, secretary = chair_of(meeting), secretary_of(meeting)
    skip |= {a.key for a in (chair, secretary) if a is not None}
    home = meeting.organization.name
    return "; ".join(_in_sentence(comrade(a, home)) for a in meeting.attendees
                     if a.key not in skip and a.presence in (Presence.PRESENT, Presence.LATE))


_COMMON_STARTS = ("Đại diện ", "Các ", "Toàn thể ")


def _in_sentence(name: str) -> str:
    """'Đại diện các phòng …' reads 'đại diện các phòng …' inside a sentence; names stay."""
    return name[:1].lower() + name[1:] if name.startswith(_COMMON_STARTS) else name


def opening(meeting: Meeting) -> list[Paragraph]:
    """When, where, who chaired, who attended; then 'kết luận như sau:'."""
    phrase = meeting_phrase(printable(meeting.title), meeting.kind)
    where = printable(meeting.location).strip()
    text = day_phrase(meeting) + (f", tại {where}" if where else "")
    chair = chair_of(meeting)
    if chair is not None:
        text += f", {comrade(chair, meeting.organization.name)} chủ trì {phrase}."
    else:
        text += f", đã diễn ra {phrase}."
    others = _participants(meeting)
    if others:
        text += f" Tham dự {kind_word(meeting.kind)} có {others}."
    purpose = " ".join(paragraphs_of(meeting.purpose)).strip()
    if purpose:
        text += f" Nội dung {kind_word(meeting.kind)}: {purpose.rstrip('.')}."
    office = function_title(chair) if chair else ""
    concluder = f"đồng chí {office}" if office else f"chủ trì {kind_word(meeting.kind)}"
    attend = "dự họp" if meeting.kind is MeetingKind.MEETING else f"dự {kind_word(meeting.kind)}"
    heard = f"ý kiến phát biểu của các đại biểu {attend}"
    units = reporting_units(meeting)
    if units:
        heard = f"báo cáo của {units} và {heard}"
    then = f"Sau khi nghe {heard}, {concluder} kết luận như sau:"
    return [body(text), body(then, keep_with_next=True)]


def day_phrase(meeting: Meeting) -> str:
    """'Ngày 16/10/2024'; over two days 'Trong hai ngày 16 và 17/10/2024'; longer 'Từ ngày …
    đến ngày …'."""
    start, end = meeting.date, meeting.end_date
    if end is None or end <= start:
        return f"Ngày {short_date(start)}"
    if (end - start).days > 1:
        return f"Từ ngày {short_date(start)} đến ngày {short_date(end)}"
    first = (day_part(start.day) if (start.month, start.year) == (end.month, end.year)
             else short_date(start))
    return f"Trong hai ngày {first} và {short_date(end)}"


_HEARD = ("nghe báo cáo của ", "báo cáo của ")


def reporting_units(meeting: Meeting) -> str:
    """The units that reported, as typed (a typed 'nghe báo cáo của' is not said twice)."""
    units = " ".join(printable(meeting.reporting_units).split()).rstrip(".;,")
    for start in _HEARD:
        if units.lower().startswith(start):
            units = units[len(start):]
    return units.strip()


def closing_sentence(meeting: Meeting) -> str:
    """'Thông báo để …./.'; '<notifying body> thông báo để …' when another body notifies."""
    body_name = " ".join(printable(meeting.notifying_body).split()).rstrip(".")
    if not body_name:
        return CLOSING
    return f"{body_name} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."


def default_recipients(meeting: Meeting) -> list[str]:
    """The units and people given tasks, each once, in the order they first appear."""
    seen: dict[str, None] = {}
    for conclusion in meeting.conclusions:
        for task in conclusion.tasks:
            name = printable(task.assignee).strip()
            if name:
                seen.setdefault(name, None)
    return list(seen)
