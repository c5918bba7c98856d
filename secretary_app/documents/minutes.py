"""The minutes (biên bản, BB) of a meeting, after Mẫu 1.9 of Decree 30 (or the Party form)."""

from __future__ import annotations

from secretary_app.documents import frame
from secretary_app.documents.blocks import (
    Block,
    Document,
    Paragraph,
    Run,
    SignatureTable,
    carry_last_paragraph,
)
from secretary_app.documents.content import (
    DOTTED_LINE,
    body,
    chair_of,
    comrade,
    conclusion_blocks,
    described,
    heading,
    paragraphs_of,
    secretary_of,
)
from secretary_app.documents.proceedings import proceedings_blocks
from secretary_app.domain.enums import DocumentKind, MeetingKind, Presence, Role
from secretary_app.domain.headcount import headcount_line, validity_sentence
from secretary_app.domain.model import Attendee, Meeting
from secretary_app.domain.vietnamese import (
    chair_word,
    date_words,
    kind_word,
    time_words,
)


def build_minutes(meeting: Meeting) -> Document:
    """The whole minutes: frame, attendance, proceedings, conclusions, signatures."""
    org = meeting.organization
    doc = meeting.document(DocumentKind.MINUTES)
    date = doc.issued_on if doc else meeting.date
    year = (doc.year if doc and doc.year else None) or (date or meeting.date).year
    blocks: list[Block] = [
        frame.header(org),
        frame.number_date_row(org, DocumentKind.MINUTES, doc.number if doc else None, date,
                              year, org.show_minutes_date),
        frame.title(org, "Biên bản", [meeting.title]),
        *attendance_blocks(meeting),
        *proceedings_blocks(meeting),
        *conclusions_section(meeting),
        closing(meeting),
        signatures(meeting),
    ]
    return Document(blocks=carry_last_paragraph(blocks), page=frame.PAGE,
                    title=f"Biên bản {meeting.title}".strip(),
                    author=frame.author_of(org))


def _person_or_dots(attendee: Attendee | None, home: str) -> str:
    return f"{comrade(attendee, home)}." if attendee else DOTTED_LINE


def attendance_blocks(meeting: Meeting) -> list[Paragraph]:
    """Time, place, who attended (and who did not), chair and secretary."""
    chair_label = "Chủ tọa" if meeting.kind is MeetingKind.CONFERENCE else "Chủ trì"
    home = meeting.organization.name
    blocks = [
        body(f"1. Thời gian bắt đầu: {time_words(meeting.start_time)}, "
             f"{date_words(meeting.date)}."),
        body(f"2. Địa điểm: {meeting.location.strip() or DOTTED_LINE}."),
        body("3. Thành phần tham dự:"),
        *attendee_lines(meeting),
        *presence_summary(meeting),
        body(f"4. {chair_label}: {_person_or_dots(chair_of(meeting), home)}"),
        body(f"5. Thư ký: {_person_or_dots(secretary_of(meeting), home)}"),
        *purpose_blocks(meeting),
    ]
    return blocks


def purpose_blocks(meeting: Meeting) -> list[Paragraph]:
    """'6. Nội dung:' with the purpose as typed (its first paragraph on the same line)."""
    first, *rest = paragraphs_of(meeting.purpose) or [""]
    head = f"6. Nội dung: {first.strip()}" if first.strip() else "6. Nội dung:"
    return [body(head, keep_with_next=True), *(body(p, keep_with_next=True) for p in rest)]


def attendee_lines(meeting: Meeting) -> list[Paragraph]:
    """'- Name, title;' for everyone present (late arrivals noted), the last line with '.'."""
    present = [a for a in meeting.attendees
               if a.presence in (Presence.PRESENT, Presence.LATE)]
    lines = []
    for attendee in present:
        text = f"- {described(attendee, meeting.organization.name)}"
        if attendee.presence is Presence.LATE:
            text += f" (đến muộn, lúc {time_words(attendee.arrived_at)})"
        lines.append(text + ";")
    if not lines:
        return [body(f"- {DOTTED_LINE}")]
    lines[-1] = lines[-1][:-1] + "."
    return [body(line) for line in lines]


def presence_summary(meeting: Meeting) -> list[Paragraph]:
    """The headcount line (groups counted by their count), whether the meeting is valid by the
    body's quorum rule, and who was absent and why."""
    people = [a for a in meeting.attendees if not a.group]
    if not any(a.role is not Role.GUEST for a in meeting.attendees):
        return []
    home = meeting.organization.name
    excused = [a for a in people if a.presence is Presence.ABSENT_EXCUSED]
    unexcused = [a for a in people if a.presence is Presence.ABSENT]
    text = headcount_line(meeting)
    validity = validity_sentence(meeting)
    if validity:
        text += f". {validity[:-1]}"
    blocks = [body(text + ".")]
    if excused:
        names = "; ".join(described(a, home) + (f" ({a.absence_reason.strip()})"
                                          if a.absence_reason.strip() else "") for a in excused)
        blocks.append(body(f"Vắng mặt có lý do: {names}."))
    if unexcused:
        names = "; ".join(described(a, home) for a in unexcused)
        blocks.append(body(f"Vắng mặt không lý do: {names}."))
    return blocks


def conclusions_section(meeting: Meeting) -> list[Paragraph]:
    """'Kết luận của chủ trì:' and the numbered conclusions."""
    if not meeting.conclusions:
        return []
    word = chair_word(meeting.kind).lower()
    return [heading(f"Kết luận của {word}:"), *conclusion_blocks(meeting.conclusions)]


def closing(meeting: Meeting) -> Paragraph:
    """'Cuộc họp kết thúc vào 11 giờ 00 phút cùng ngày./.' kept with the signatures."""
    word = kind_word(meeting.kind)
    when = time_words(meeting.end_time)
    if meeting.end_date and meeting.end_date != meeting.date:
        day = f", {date_words(meeting.end_date)}"
    else:
        day = " cùng ngày"
    return body(Run(f"{word[:1].upper()}{word[1:]} kết thúc vào {when}{day}./."),
                keep_with_next=True)


def signatures(meeting: Meeting) -> SignatureTable:
    """THƯ KÝ left, CHỦ TRÌ (CHỦ TỌA) right with names; Nơi nhận below."""
    org = meeting.organization
    doc = meeting.document(DocumentKind.MINUTES)
    secretary, chair = secretary_of(meeting), chair_of(meeting)
    left = frame.signer_column(org, ["THƯ KÝ"], secretary.name if secretary else "")
    signer = doc.signer if doc else None
    right_titles = frame.signer_titles(org, signer, chair_word(meeting.kind))
    right_name = (signer.name if signer and signer.name else "") or (chair.name if chair else "")
    right = frame.signer_column(org, right_titles, right_name)
    recipients = frame.recipients_block(org, doc.recipients if doc else [],
                                        (doc.archive if doc else "") or frame.default_archive(org))
    return SignatureTable((left, right), recipients)
