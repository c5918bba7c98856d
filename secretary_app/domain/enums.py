"""Closed vocabularies of the meeting record, stored as text."""

from enum import StrEnum


class DocumentStyle(StrEnum):
    """Layout family of the issued documents."""

    STATE = "state"  # Decree 30/2020/NĐ-CP
    PARTY = "party"  # Party documents (Hướng dẫn 36-HD/VPTW and successors)


class MeetingKind(StrEnum):
    """Kind of gathering: họp, hội nghị, hội thảo."""

    MEETING = "meeting"
    CONFERENCE = "conference"
    WORKSHOP = "workshop"


class Role(StrEnum):
    """Role of an attendee in the meeting."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    GUEST = "guest"


class Presence(StrEnum):
    """Roll-call state of an attendee."""

    PRESENT = "present"
    LATE = "late"
    ABSENT_EXCUSED = "absent_excused"
    ABSENT = "absent"


class TaskStatus(StrEnum):
    """Follow-up state of an assigned task."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class DocumentKind(StrEnum):
    """Official documents issued from a meeting, by their symbol."""

    MINUTES = "BB"  # biên bản
    NOTICE = "TB"  # thông báo kết luận
    RESOLUTION = "NQ"  # nghị quyết
    DECISION = "QĐ"  # quyết định
    INVITATION = "GM"  # giấy mời


class Authority(StrEnum):
    """Signing-capacity prefix (state style spelling; Party style maps to T/M, K/T, T/L)."""

    NONE = ""
    TM = "TM."
    KT = "KT."
    TL = "TL."
    TUQ = "TUQ."
    Q = "Q."
