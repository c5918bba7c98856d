"""The minutes (biên bản, BB) of a meeting, after Mẫu 1.9 of Decree 30 (or the Party form)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import eq

from secretary_app.documents import frame
from secretary_app.documents.blocks import (
    Block,
    Document,
    Paragraph,
    Run,
    SignatureTable,
    printable,
)
from secretary_app.documents.carried import carried_blocks
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
from secretary_app.domain.enums import DocumentKind, MeetingKind, Presence, Role
from secretary_app.domain.headcount import (
    headcount_line,
    validity_sentence,
    verdict_sentence,
    vote_base,
)
from secretary_app.domain.model import Attendee, Meeting, Opinion, Vote
from secretary_app.domain.vietnamese import (
    chair_word,
    date_words,
    kind_word,
    time_words,
    vote_sentence,
)

DEFAULT_ARCHIVE = "VT"


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
    return Document(blocks=blocks, page=frame.PAGE, title=f"Biên bản {meeting.title}".strip())


def _person_or_dots(attendee: Attendee | None) -> str:
    return f"{comrade(attendee)}." if attendee else DOTTED_LINE


def attendance_blocks(meeting: Meeting) -> list[Paragraph]:
    """Time, place, who attended (and who did not), chair and secretary."""
    chair_label = "Chủ tọa" if meeting.kind is MeetingKind.CONFERENCE else "Chủ trì"
    blocks = [
        body(f"1. Thời gian bắt đầu: {time_words(meeting.start_time)}, "
             f"{date_words(meeting.date)}."),
        body(f"2. Địa điểm: {meeting.location.strip() or DOTTED_LINE}."),
        body("3. Thành phần tham dự:"),
        *attendee_lines(meeting),
        *presence_summary(meeting),
        body(f"4. {chair_label}: {_person_or_dots(chair_of(meeting))}"),
        body(f"5. Thư ký: {_person_or_dots(secretary_of(meeting))}"),
        body("6. Nội dung:", keep_with_next=True),
    ]
    return blocks


def attendee_lines(meeting: Meeting) -> list[Paragraph]:
    """'- Name, title;' for everyone present (late arrivals noted), the last line with '.'."""
    present = [a for a in meeting.attendees
               if a.presence in (Presence.PRESENT, Presence.LATE)]
    lines = []
    for attendee in present:
        text = f"- {described(attendee)}"
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
    excused = [a for a in people if a.presence is Presence.ABSENT_EXCUSED]
    unexcused = [a for a in people if a.presence is Presence.ABSENT]
    text = headcount_line(meeting)
    validity = validity_sentence(meeting)
    if validity:
        text += f". {validity[:-1]}"
    blocks = [body(text + ".")]
    if excused:
        names = "; ".join(described(a) + (f" ({a.absence_reason.strip()})"
                                          if a.absence_reason.strip() else "") for a in excused)
        blocks.append(body(f"Vắng mặt có lý do: {names}."))
    if unexcused:
        blocks.append(body(f"Vắng mặt không lý do: {'; '.join(described(a) for a in unexcused)}."))
    return blocks


def speaker_intro(meeting: Meeting, opinion: Opinion) -> str:
    """'Đồng chí X, title phát biểu: ' (a group or a free label as typed; '' when unknown)."""
    attendee = meeting.attendee(opinion.speaker)
    if attendee is not None:
        who = comrade(attendee)
        return f"{who[:1].upper()}{who[1:]} phát biểu: "
    label = (opinion.speaker_label or "").strip()
    return f"{label} phát biểu: " if label else ""


def opinion_blocks(meeting: Meeting, opinion: Opinion) -> list[Paragraph]:
    """One opinion, several paragraphs kept; the speaker introduces the first."""
    first, *rest = paragraphs_of(opinion.text) or [DOTTED_LINE]
    return [body(speaker_intro(meeting, opinion), first), *(body(p) for p in rest)]


def _group(meeting: Meeting, belongs: Callable[[str | None], bool]) -> list[Paragraph]:
    blocks: list[Paragraph] = []
    for opinion in meeting.opinions:
        if belongs(opinion.agenda):
            blocks.extend(opinion_blocks(meeting, opinion))
    for vote in meeting.votes:
        if belongs(vote.agenda):
            blocks.append(body(vote_text(vote, meeting)))
    return blocks


def vote_text(vote: Vote, meeting: Meeting | None = None) -> str:
    """'Biểu quyết thông qua X. Kết quả biểu quyết: 10/11 đại biểu tán thành, chiếm 90,91%; …'

    With the meeting, the percentages use the body's base and the body's rule says whether
    the vote passed.
    """
    subject = printable(vote.subject).strip().rstrip(".:;")
    intro = f"Biểu quyết {subject[:1].lower()}{subject[1:]}. " if subject else ""
    if meeting is None:
        return intro + vote_sentence(vote)
    rules = meeting.organization.rules
    sentence = vote_sentence(vote, base=vote_base(meeting, vote, rules.percent_base),
                             who=rules.member_word)
    verdict = verdict_sentence(meeting, vote)
    return intro + sentence + (f" {verdict}" if verdict else "")


def proceedings_blocks(meeting: Meeting) -> list[Paragraph]:
    """Opinions and votes grouped by agenda item (those without an item come first); the item
    holding the tasks carried from earlier meetings lists them before its opinions."""
    known = {item.key for item in meeting.agenda}
    blocks = _group(meeting, lambda key: key not in known)
    for item in meeting.agenda:
        blocks.append(heading(item.title.strip() or DOTTED_LINE))
        blocks.extend(carried_blocks(meeting, item.key))  # tasks of earlier meetings first
        blocks.extend(_group(meeting, partial(eq, item.key)))
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
                                        (doc.archive if doc else "") or DEFAULT_ARCHIVE)
    return SignatureTable((left, right), recipients)
