"""The invitation (giấy mời, GM) after Mẫu 1.7 of Decree 30, sent before the meeting: who is
invited, to what, when, where, the agenda and the contact line."""

from __future__ import annotations

import copy
from dataclasses import replace

from secretary_app.documents.blocks import (
    Block,
    Document,
    NumberedItem,
    PageBreak,
    Paragraph,
    Run,
    SubItem,
)
from secretary_app.documents.content import DOTTED_LINE, body
from secretary_app.documents.decision_parts import framed, recipients_of, signer_lines
from secretary_app.domain.decisions import DraftContent
from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting, OfficialDocument
from secretary_app.domain.text import fold
from secretary_app.domain.vietnamese import date_words, time_words

KIND = DocumentKind.INVITATION
CLOSING = "Rất mong {who} tham dự đúng thời gian./."
# how the closing sentence addresses one invitee, by the first word of the line ('Đồng chí …')
ADDRESS = {"dong chi": "đồng chí", "ong": "Ông", "ba": "Bà", "ong/ba": "Ông/Bà",
           "ong (ba)": "Ông (Bà)"}


def _labelled(label: str, text: str) -> Paragraph:
    return body(Run(f"{label}: ", bold=True), text)


def _invited(who: str, invitees: list[str]) -> list[Block]:
    """'… trân trọng kính mời:' and one dash line per invitee (the last ends with '.')."""
    lines = [i for i in invitees if i.strip()] or [DOTTED_LINE]
    return [body(f"{who} trân trọng kính mời:" if who else "Trân trọng kính mời:",
                 keep_with_next=True),
            *(SubItem((Run(line.strip().rstrip(";.") + (";" if n < len(lines) - 1 else ".")),),
                      label="-") for n, line in enumerate(lines))]


def _address(invitee: str) -> str:
    """'đồng chí' for 'Đồng chí …', 'Ông' for 'Ông …' …; a unit or group: 'các đồng chí'."""
    words = fold(invitee).lower().split()
    for length in (2, 1):
        found = ADDRESS.get(" ".join(words[:length]))
        if found:
            return found
    return "các đồng chí"


def invitation_body(meeting: Meeting, content: DraftContent,
                    invitee: str | None = None) -> list[Block]:
    """'… trân trọng kính mời:', the invitees (or the one invitee in bold after the colon, where
    Mẫu 1.7 puts the addressee), Tới dự, Thời gian, Địa điểm, Nội dung, contact, the closing."""
    who = content.authority.strip()
    if invitee is None:
        blocks = _invited(who, content.invitees)
    else:
        blocks = [body(f"{who} trân trọng kính mời: " if who else "Trân trọng kính mời: ",
                       Run(invitee.strip().rstrip(";.") or DOTTED_LINE, bold=True))]
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
    address = "các đồng chí" if invitee is None else _address(invitee)
    blocks.append(body(CLOSING.format(who=address), keep_with_next=True))
    return blocks


def build_invitation(meeting: Meeting) -> Document:
    """The invitation to the meeting: one listing every invitee, or (content.per_invitee) one
    per invitee, each on pages of its own numbered as a document of its own, all under the
    invitation's one number and date, in one file."""
    doc = meeting.document(KIND)
    content = content_of(meeting, KIND)
    signer, recipients = signer_lines(meeting, doc, False), recipients_of(meeting, doc,
                                                                          ["Như trên"])
    if not content.per_invitee:
        return framed(meeting, KIND, "Giấy mời", content.summary,
                      invitation_body(meeting, content), signer, recipients)
    parts = [framed(meeting, KIND, "Giấy mời", content.summary,
                    invitation_body(meeting, content, invitee), signer, recipients)
             for invitee in [i for i in content.invitees if i.strip()] or [DOTTED_LINE]]
    blocks: list[Block] = []
    for part in parts:
        blocks += ([PageBreak()] if blocks else []) + part.blocks
    return replace(parts[0], blocks=blocks)  # the first's page setup and file properties


def one_per_invitee(meeting: Meeting, each: bool = True) -> Meeting:
    """A copy of the meeting whose invitation is made one per invitee (each False: one listing
    all), from the stored draft or a first draft; the meeting itself is not changed."""
    copied = copy.deepcopy(meeting)
    doc = copied.document(KIND)
    if doc is None:
        doc = OfficialDocument(KIND)
        copied.documents.append(doc)
    doc.content = copy.deepcopy(content_of(copied, KIND))
    doc.content.per_invitee = each
    return copied
