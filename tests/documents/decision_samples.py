"""Meetings whose resolution, decision and invitation the decision tests export."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import Authority, DocumentKind
from secretary_app.domain.model import AgendaItem, Meeting, OfficialDocument, Signer
from tests.documents.doc_samples import seed
from tests.domain.test_headcount import council_meeting, party_cell_meeting

NEW_KINDS = (DocumentKind.RESOLUTION, DocumentKind.DECISION, DocumentKind.INVITATION)


def registered_council() -> Meeting:
    """The 500-deputy council with a registered resolution No. 15 signed TM. … / CHỦ TỊCH."""
    m = council_meeting()
    m.start_time, m.location = "08:00", "Hội trường Tỉnh ủy"
    m.conclusions = party_cell_meeting().conclusions
    doc = OfficialDocument(DocumentKind.RESOLUTION, number=15, year=2026,
                           issued_on=dt.date(2026, 7, 10),
                           signer=Signer(Authority.TM, "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH",
                                         "Nguyễn Văn Chủ tịch"),
                           recipients=["Ủy ban Thường vụ Quốc hội", "Chính phủ"], archive="VT")
    m.documents.append(doc)
    doc.content = content_of(m, DocumentKind.RESOLUTION)
    doc.content.authority = "HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK\nKHÓA X, KỲ HỌP THỨ MƯỜI"
    return m


def registered_cell() -> Meeting:
    """The 17-member cell with a registered resolution No. 03 (Party numbering)."""
    m = party_cell_meeting()
    m.documents.append(OfficialDocument(DocumentKind.RESOLUTION, number=3, year=2026,
                                        issued_on=dt.date(2026, 3, 5)))
    return m


def sample_meetings() -> dict[str, Meeting]:
    """name -> meeting: seed (state, drafts), the Party cell, the registered council."""
    return {"seed": seed(), "cell": party_cell_meeting(), "council": registered_council(),
            "cell-registered": registered_cell()}


def invitation_each(meeting: Meeting, number: int | None = None,
                    issued_on: dt.date | None = None) -> Meeting:
    """The meeting with its invitation made one per invitee (registered when number is set)."""
    from secretary_app.documents.invitation import one_per_invitee

    if number is not None:
        meeting.documents.append(OfficialDocument(DocumentKind.INVITATION, number=number,
                                                  year=issued_on.year if issued_on else None,
                                                  issued_on=issued_on))
    return one_per_invitee(meeting)


def long_invitation_each() -> Meeting:
    """Two invitees, an agenda long enough for each invitation to take two pages."""
    m = invitation_each(seed())
    content = m.document(DocumentKind.INVITATION).content
    content.invitees = content.invitees[:2]
    for n in range(12):
        m.agenda.append(AgendaItem(f"extra{n}", f"Nội dung bổ sung số {n + 1}: thảo luận, "
                                                f"thống nhất các giải pháp trọng tâm của "
                                                f"từng đơn vị trong năm học 2024 - 2025"))
    return m


def invitation_each_samples() -> dict[str, Meeting]:
    """name -> meeting whose invitation is one per invitee."""
    return {"seed-invitation-each": invitation_each(seed(), 7, dt.date(2024, 10, 9)),
            "cell-invitation-each": invitation_each(party_cell_meeting()),
            "long-invitation-each": long_invitation_each()}
