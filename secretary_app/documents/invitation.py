"""The invitation (giấy mời, GM) after Mẫu 1.7 of Decree 30, sent before the meeting: who is
invited, to what, when, where, the agenda and the contact line."""

from __future__ import annotations

from secretary_app.documents.blocks import Block, Document, NumberedItem, Paragraph, Run, SubItem
from secretary_app.documents.content import DOTTED_LINE, body
from secretary_app.documents.decision_parts import framed, recipients_of, signer_lines
from secretary_app.domain.decisions import DraftContent
from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting
from secretary_app.domain.vietnamese import date_words, time_words

KIND = DocumentKind.INVITATION
CLOSING = "Rất mong các đồng chí tham dự đúng thời gian./."


def _labelled(label: str, text: str) -> Paragraph:
    return body(Run(f"{label}: ", bold=True), text)


def invitation_body(meeting: Meeting, content: DraftContent) -> list[Block]:
    """'… trân trọng kính mời:', the invitees, Tới dự, Thời gian, Địa điểm, Nội dung, contact."""
    who = content.authority.strip()
    blocks: list[Block] = [body(f"{who} trân trọng kính mời:" if who else "Trân trọng kính mời:",
                                keep_with_next=True)]
    invitees = [i for i in content.invitees if i.strip()] or [DOTTED_LINE]
    blocks += [SubItem((Run(line.strip().rstrip(";.") + (";" if n < len(invitees) - 1 else ".")),),
                       label="-") for n, line in enumerate(invitees)]
    blocks.append(_labelled("Tới dự", f"{meeting.title.strip() or DOTTED_LINE}."))
    blocks.append(_labelled("Thời gian", f"{time_words(meeting.start_time)}, "
                                         f"{date_words(meeting.date)}."))
    blocks.append(_labelled("Địa điểm", f"{meeting.location.strip() or DOTTED_LINE}."))
    items = [g.title.strip() for g in meeting.agenda if g.title.strip()]
    if items:
        blocks.append(body(Run("Nội dung:", bold=True), keep_with_next=True))
        blocks += [NumberedItem((Run(t),), label=f"{n}.") for n, t in enumerate(items, 1)]
    elif meeting.purpose.strip():
        blocks.append(_labelled("Nội dung", meeting.purpose.strip()))
    blocks.append(_labelled("Thông tin liên hệ", f"{content.contact.strip() or DOTTED_LINE}."))
    blocks.append(body(CLOSING, keep_with_next=True))
    return blocks


def build_invitation(meeting: Meeting) -> Document:
    """The invitation to the meeting (one invitation listing every invitee)."""
    doc = meeting.document(KIND)
    content = content_of(meeting, KIND)
    return framed(meeting, KIND, "Giấy mời", content.summary,
                  invitation_body(meeting, content), signer_lines(meeting, doc, False),
                  recipients_of(meeting, doc, ["Như trên"]))
