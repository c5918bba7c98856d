"""Meetings the document tests export (every one of them also goes through LibreOffice)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata

from secretary_app.domain.enums import (
    Authority,
    DocumentKind,
    DocumentStyle,
    MeetingKind,
    Presence,
    Role,
)
from secretary_app.domain.model import (
    Attendee,
    Conclusion,
    Meeting,
    OfficialDocument,
    Opinion,
    Signer,
    SubItem,
    Task,
    Vote,
)
from secretary_app.domain.package import parse_package
from tests.conftest import SEED_PATH

HOSTILE_OPINION = ("Ý kiến <b>không đậm</b> của AT&T & R&D về \"giá\" < 5% > 3% "
                   "\x07chuông\x00 😀🎉👍 " + unicodedata.normalize("NFD", "Nguyễn Thị Hường đề nghị"))
HOSTILE_CLEAN = ("Ý kiến <b>không đậm</b> của AT&T & R&D về \"giá\" < 5% > 3% "
                 "chuông 😀🎉👍 Nguyễn Thị Hường đề nghị")
LONG_OPINION = ("Đề nghị các phòng chuyên môn rà soát kế hoạch, bảo đảm tiến độ & chất lượng; "
                * 300)[:20_000]


def seed() -> Meeting:
    """The demo meeting of the shared samples."""
    return parse_package(json.loads(SEED_PATH.read_text(encoding="utf-8")))


def voting() -> Meeting:
    """The seed with times, a secretary, absentees, a vote, a deadline and a registered BB."""
    m = seed()
    m.start_time, m.end_time = "08:00", "11:30"
    m.attendees.append(Attendee(key="s1", name="Trần Văn Bình", title="Chuyên viên",
                                role=Role.SECRETARY))
    m.attendees.append(Attendee(key="x1", name="Ngô Thị Cúc", title="Phó Giám đốc Sở",
                                presence=Presence.ABSENT_EXCUSED, absence_reason="đi công tác"))
    m.attendees.append(Attendee(key="x2", name="Đỗ Văn Dũng", organization="Phòng KHTC",
                                presence=Presence.LATE, arrived_at="08:20"))
    m.secretary = "s1"
    m.votes.append(Vote(subject="Thông qua kế hoạch năm 2025", in_favor=10, against=1,
                        abstain=0, eligible=11, agenda="g2"))
    m.opinions.append(Opinion(key="o9", speaker="x2", agenda="g2",
                              text="Đoạn thứ nhất của ý kiến.\nĐoạn thứ hai, vẫn giữ nguyên."))
    m.conclusions[0].tasks.append(Task(assignee="Phòng KHTC", description="Lập dự toán",
                                       coordinating="Văn phòng Sở",
                                       deadline=dt.date(2025, 1, 5)))
    bb = m.document(DocumentKind.MINUTES)
    bb.number, bb.year, bb.issued_on = 5, 2025, dt.date(2025, 1, 5)
    tb = m.document(DocumentKind.NOTICE)
    tb.number, tb.year, tb.issued_on = 12, 2024, dt.date(2024, 6, 9)
    tb.signer.name = "Nguyễn Văn An"
    return m


def hostile() -> Meeting:
    """Markup, ampersands, control characters, emoji, NFD and a 20,000-character opinion."""
    m = seed()
    m.title = "Họp <i>rà soát</i> AT&T & R&D \x0b😀"
    m.location = unicodedata.normalize("NFD", "Phòng họp số 2 <tầng 3>")
    m.opinions[0].text = HOSTILE_OPINION
    m.opinions[1].text = LONG_OPINION
    m.conclusions[1].items[0].text = "Mục <script>alert(1)</script> & \"trích dẫn\" 🎉"
    m.documents[1].recipients = ["<Phòng A> & R&D;", "Hội 😀;"]
    return m


def party() -> Meeting:
    """A chi bộ meeting in Party style: T/M CHI BỘ, registered BB number 05."""
    m = seed()
    org = m.organization
    org.style, org.parent_name, org.name = DocumentStyle.PARTY, "ĐẢNG BỘ SỞ GDĐT", "CHI BỘ VĂN PHÒNG"
    org.abbreviation = "CB"
    m.documents[0] = OfficialDocument(
        kind=DocumentKind.MINUTES, number=5, year=2024, issued_on=dt.date(2024, 10, 16),
        signer=Signer(Authority.TM, "CHI BỘ", "BÍ THƯ", "Lê Thị Thanh Xuân"),
        recipients=["Đảng ủy Sở (b/c)"], archive="Chi bộ")
    m.documents[1].signer = Signer(Authority.KT, "BÍ THƯ", "PHÓ BÍ THƯ", "Hà Ngọc Đào")
    m.documents[1].archive = "Chi bộ"
    return m


def bare() -> Meeting:
    """No document rows, no minutes date line, a conference with no chair, no place."""
    m = seed()
    m.documents = []
    m.kind = MeetingKind.CONFERENCE
    m.chair, m.location = None, ""
    m.attendees[0].role = Role.MEMBER
    m.organization.show_minutes_date = False
    m.conclusions.append(Conclusion(text="Kết luận bổ sung.", items=[SubItem("Ý phụ.")]))
    return m


SAMPLES = {"seed": seed, "voting": voting, "hostile": hostile, "party": party, "bare": bare}


def fresh(name: str) -> Meeting:
    """A new copy of a sample meeting."""
    return copy.deepcopy(SAMPLES[name]())
