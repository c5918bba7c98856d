"""The meeting record: plain dataclasses shared by storage, documents and the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NewType

from secretary_app.domain.body_rules import BodyRules, rules_for
from secretary_app.domain.deadlines import past_due
from secretary_app.domain.decisions import DraftContent
from secretary_app.domain.enums import (
    Authority,
    DocumentKind,
    DocumentStyle,
    MeetingKind,
    Presence,
    Role,
    TaskStatus,
)

MeetingId = NewType("MeetingId", int)
OrganizationId = NewType("OrganizationId", int)


@dataclass
class Organization:
    """The issuing body (cơ quan ban hành) and its parent body (cơ quan chủ quản)."""

    name: str
    parent_name: str = ""
    abbreviation: str = ""
    place_name: str = ""
    style: DocumentStyle = DocumentStyle.STATE
    show_minutes_date: bool = True  # print the place/date line on minutes (Mẫu 1.9 has none)
    numbering: str = "shared"  # state style: "shared" series for all kinds, or "per_kind"
    term_start: dt.date | None = None  # Party style: start of the committee term (numbering)
    body_type: str = "generic"  # a BodyType: chooses the default meeting rules
    quorum_rule: str = ""  # a Threshold, '' for the body type's default
    pass_rule: str = ""  # 'threshold/base', '' for the default
    percent_base: str = ""  # a Base, '' for the default
    id: OrganizationId | None = None

    @property
    def rules(self) -> BodyRules:
        """The meeting rules of this body: its type's defaults with the profile's choices."""
        return rules_for(self.body_type, self.quorum_rule, self.pass_rule, self.percent_base)


@dataclass
class Attendee:
    """One line of the attendance list: a snapshot of who attended, with title and unit then."""

    key: str
    name: str
    title: str = ""
    organization: str = ""
    role: Role = Role.MEMBER
    presence: Presence = Presence.PRESENT
    group: bool = False
    arrived_at: str | None = None  # HH:MM, when presence is LATE
    absence_reason: str = ""  # when presence is ABSENT_EXCUSED
    count: int | None = None  # for a group: how many people it stands for
    person_id: int | None = None  # link to the reusable directory entry
    id: int | None = None


@dataclass
class AgendaItem:
    """One item of the agenda (nội dung, chương trình)."""

    key: str
    title: str
    id: int | None = None


@dataclass
class Opinion:
    """One speech (ý kiến, phát biểu) as the secretary recorded it."""

    key: str
    text: str
    speaker: str | None = None  # attendee key
    speaker_label: str | None = None  # free text when the speaker is not on the list
    agenda: str | None = None  # agenda item key
    at: str | None = None  # HH:MM
    id: int | None = None


@dataclass
class Vote:
    """A vote (biểu quyết): counts for, against, abstaining, out of those entitled."""

    subject: str
    in_favor: int = 0
    against: int = 0
    abstain: int = 0
    eligible: int | None = None
    result: str = ""
    took_part: int | None = None  # how many took part in the vote, when recorded
    agenda: str | None = None  # agenda item key, when the vote belongs to one
    id: int | None = None


@dataclass
class SubItem:
    """A sub-item of a conclusion, printed as a), b), c) …"""

    text: str
    id: int | None = None


@dataclass
class Task:
    """Work assigned by a conclusion to a unit or person, with a deadline."""

    assignee: str
    description: str = ""
    coordinating: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""  # "Thường xuyên", "Quý IV/2024" … when not a date
    status: TaskStatus = TaskStatus.OPEN
    id: int | None = None


@dataclass
class Conclusion:
    """A numbered conclusion of the chair (kết luận)."""

    text: str
    items: list[SubItem] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    id: int | None = None


@dataclass
class Signer:
    """Who signs a document and in what capacity."""

    authority: Authority = Authority.NONE
    authority_title: str = ""
    title: str = ""
    name: str = ""


@dataclass
class OfficialDocument:
    """A document issued from the meeting: minutes (BB), notice of conclusions (TB),
    resolution (NQ), decision (QĐ) or invitation (GM)."""

    kind: DocumentKind
    number: int | None = None
    year: int | None = None
    issued_on: dt.date | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    archive: str = ""
    content: DraftContent | None = None  # NQ, QĐ, GM: the drafted text (None: not drafted yet)
    id: int | None = None

    @property
    def is_registered(self) -> bool:
        """True once the register has given the document its number."""
        return self.number is not None


@dataclass(frozen=True)
class CarriedTask:
    """A task of an earlier meeting carried into this one (not part of the meeting package)."""

    assignee: str
    description: str
    deadline: dt.date | None
    deadline_text: str
    status: TaskStatus  # as it stood at the end of this meeting's day
    source_date: dt.date
    source_title: str
    agenda: str | None = None  # key of the agenda item that holds it
    task_id: int | None = None

    def is_overdue(self, on: dt.date) -> bool:
        """Still open on that day and past its deadline (a date or a worded period)."""
        return self.status is TaskStatus.OPEN and past_due(self.deadline, self.deadline_text, on)


@dataclass
class Meeting:
    """One whole meeting: information, people, proceedings, decisions and documents."""

    title: str
    date: dt.date
    organization: Organization
    kind: MeetingKind = MeetingKind.MEETING
    end_date: dt.date | None = None
    start_time: str | None = None  # HH:MM
    end_time: str | None = None
    location: str = ""
    chair: str | None = None  # attendee key
    secretary: str | None = None  # attendee key
    purpose: str = ""
    reporting_units: str = ""  # who reported ("nghe báo cáo của …"), as typed
    notifying_body: str = ""  # who notifies, when not the signer's own body ("Văn phòng Sở")
    convened_total: int | None = None  # how many were convened; None: counted from attendees
    attendees: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    conclusions: list[Conclusion] = field(default_factory=list)
    documents: list[OfficialDocument] = field(default_factory=list)
    id: MeetingId | None = None
    carried: list[CarriedTask] = field(default_factory=list)  # filled by the store only

    def attendee(self, key: str | None) -> Attendee | None:
        """The attendee with this key, or None."""
        return next((a for a in self.attendees if key is not None and a.key == key), None)

    def document(self, kind: DocumentKind) -> OfficialDocument | None:
        """The first document of this kind, or None."""
        return next((d for d in self.documents if d.kind == kind), None)
