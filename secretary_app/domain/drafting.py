"""First drafts of a resolution, decision or invitation from the meeting (editable after)."""

from __future__ import annotations

from secretary_app.domain.body_rules import BodyType
from secretary_app.domain.decisions import Article, DraftContent
from secretary_app.domain.enums import DocumentKind, DocumentStyle, Presence, Role
from secretary_app.domain.model import Attendee, Conclusion, Meeting, Task
from secretary_app.domain.text import fold
from secretary_app.domain.vietnamese import date_words, meeting_phrase, sub_item_label

DOTS = "." * 45


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _task_line(task: Task) -> str:
    who = task.assignee.strip() or DOTS
    if task.coordinating.strip():
        who += f" chủ trì, phối hợp với {task.coordinating.strip()}"
    text = f"- Giao {who}"
    if task.description.strip():
        text += f": {task.description.strip().rstrip('.;')}"
    when = date_words(task.deadline) if task.deadline else task.deadline_text.strip()
    return text + (f"; thời hạn: {when}." if when else ".")


def article_of(conclusion: Conclusion, number: int) -> Article:
    """A conclusion as one article: its text, sub-items a), b) … and task lines, one a line."""
    lines = [conclusion.text.strip() or DOTS]
    lines += [f"{sub_item_label(i)} {item.text.strip()}" for i, item in
              enumerate(conclusion.items)]
    lines += [_task_line(task) for task in conclusion.tasks]
    return Article("\n".join(lines), conclusion=number)


def _assignees(meeting: Meeting) -> list[str]:
    seen: dict[str, None] = {}
    for conclusion in meeting.conclusions:
        for task in conclusion.tasks:
            if task.assignee.strip():
                seen.setdefault(task.assignee.strip(), None)
    return list(seen)


def _phrase(meeting: Meeting) -> str:
    title = meeting.title.strip()
    if fold(title).startswith(("sinh hoat", "ky hop", "phien hop")):
        return _lower_first(title)  # 'sinh hoạt chi bộ …', 'kỳ họp thứ …' read as they are
    return meeting_phrase(title, meeting.kind)


def _chair_office(meeting: Meeting) -> str:
    chair = meeting.attendee(meeting.chair) or next(
        (a for a in meeting.attendees if a.role is Role.CHAIR), None)
    return chair.title.rsplit(",", 1)[-1].strip() if chair and chair.title.strip() else ""


def monthly_summary(meeting: Meeting) -> str:
    """'về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2026' (Party cell, HD 36 / F2 example)."""
    return f"về lãnh đạo thực hiện nhiệm vụ tháng {meeting.date.month} năm {meeting.date.year}"


def draft_resolution(meeting: Meeting) -> DraftContent:
    """A NQ: the conclusions as articles (state) or as the tasks of the month (Party)."""
    org = meeting.organization
    articles = [article_of(c, n) for n, c in enumerate(meeting.conclusions, start=1)]
    who = ", ".join(_assignees(meeting)) or "Các cơ quan, đơn vị có liên quan"
    if org.style is DocumentStyle.PARTY:
        cell = org.rules.body_type is BodyType.PARTY_CELL
        return DraftContent(
            summary=monthly_summary(meeting) if cell else f"về {_lower_first(meeting.title)}",
            bases=["Căn cứ Điều lệ Đảng Cộng sản Việt Nam",
                   f"Căn cứ kết quả {_phrase(meeting)} {date_words(meeting.date)}"],
            articles=articles,
            execution=("Chi ủy, các đồng chí đảng viên trong Chi bộ căn cứ Nghị quyết tổ chức "
                       "thực hiện; chi ủy kiểm tra, đôn đốc và báo cáo kết quả tại kỳ sinh "
                       "hoạt chi bộ tháng sau."))
    basis = "kết quả biểu quyết tại" if meeting.votes else "Biên bản"
    return DraftContent(
        summary=f"Về việc thực hiện kết luận tại {_phrase(meeting)}",
        authority=org.name.strip().upper(),
        bases=[f"Căn cứ {basis} {_phrase(meeting)} {date_words(meeting.date)}"],
        articles=articles,
        execution=f"Nghị quyết này có hiệu lực kể từ ngày ký. {who} chịu trách nhiệm thi hành "
                  f"Nghị quyết này.")


def draft_decision(meeting: Meeting) -> DraftContent:
    """A QĐ (Mẫu 1.2): căn cứ the minutes of the meeting, the conclusions as articles."""
    who = ", ".join(["Chánh Văn phòng", *_assignees(meeting)])
    return DraftContent(
        summary=f"Về việc triển khai thực hiện kết luận tại {_phrase(meeting)}",
        authority=_chair_office(meeting).upper(),
        bases=[f"Căn cứ {DOTS}",
               f"Căn cứ Biên bản {_phrase(meeting)} {date_words(meeting.date)}"],
        proposal=f"Theo đề nghị của {DOTS}",
        articles=[article_of(c, n) for n, c in enumerate(meeting.conclusions, start=1)],
        execution=f"Quyết định này có hiệu lực kể từ ngày ký. {who} và các đơn vị, cá nhân có "
                  f"liên quan chịu trách nhiệm thi hành Quyết định này.")


def invitee_line(attendee: Attendee) -> str:
    """'Đồng chí Phạm Đăng Khoa, Chủ tịch Hội Khuyến học tỉnh' (a group as it is named)."""
    name, title = attendee.name.strip(), attendee.title.strip()
    described = f"{name}, {title}" if title else name
    addressed = attendee.group or fold(name).startswith(("dong chi ", "ong ", "ba "))
    return described if addressed else f"Đồng chí {described}"


def draft_invitation(meeting: Meeting) -> DraftContent:
    """A GM (Mẫu 1.7): everyone on the list but the chair and the secretary is invited."""
    skip = {meeting.chair, meeting.secretary}
    invited = [a for a in meeting.attendees if a.key not in skip
               and a.role not in (Role.CHAIR, Role.SECRETARY)
               and a.presence is not Presence.ABSENT]
    return DraftContent(summary=f"Về việc dự {_phrase(meeting)}",
                        invitees=[invitee_line(a) for a in invited])


DRAFTERS = {DocumentKind.RESOLUTION: draft_resolution, DocumentKind.DECISION: draft_decision,
            DocumentKind.INVITATION: draft_invitation}


def content_of(meeting: Meeting, kind: DocumentKind) -> DraftContent:
    """The stored draft of the meeting's document of this kind, else a fresh first draft."""
    doc = meeting.document(kind)
    if doc is not None and doc.content is not None:
        return doc.content
    return DRAFTERS[kind](meeting)
