"""Translated names of the closed vocabularies (presence, role, kind of meeting, style)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secretary_app.domain.enums import DocumentStyle, MeetingKind, Presence, Role

PRESENCE = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("Labels", "có mặt"),
    Presence.LATE: QT_TRANSLATE_NOOP("Labels", "đến muộn"),
    Presence.ABSENT_EXCUSED: QT_TRANSLATE_NOOP("Labels", "vắng có lý do"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("Labels", "vắng không lý do"),
}
ROLE = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Labels", "chủ trì"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "thư ký"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "thành viên"),
    Role.GUEST: QT_TRANSLATE_NOOP("Labels", "khách mời"),
}
KIND = {
    MeetingKind.MEETING: QT_TRANSLATE_NOOP("Labels", "cuộc họp"),
    MeetingKind.CONFERENCE: QT_TRANSLATE_NOOP("Labels", "hội nghị"),
    MeetingKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "hội thảo"),
}
STYLE = {
    DocumentStyle.STATE: QT_TRANSLATE_NOOP("Labels", "Cơ quan nhà nước (Nghị định 30/2020/NĐ-CP)"),
    DocumentStyle.PARTY: QT_TRANSLATE_NOOP("Labels", "Cơ quan Đảng (Hướng dẫn 36-HD/VPTW)"),
}


def label(table: dict, value) -> str:
    """The translated label of one enum value."""
    return QCoreApplication.translate("Labels", table[value])
