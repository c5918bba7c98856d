"""What a document needs before it is numbered: someone who signs it and somewhere it goes."""

from __future__ import annotations

from secretary_app.domain.enums import DocumentKind, Role
from secretary_app.domain.model import Attendee, Meeting, OfficialDocument


def _role(meeting: Meeting, key: str | None, role: Role) -> Attendee | None:
    return meeting.attendee(key) or next((a for a in meeting.attendees if a.role is role), None)


def signer_name(meeting: Meeting, doc: OfficialDocument | None) -> str:
    """Who signs on the right: the document's signer, or (minutes) the chair."""
    if doc is not None and doc.signer is not None and doc.signer.name.strip():
        return doc.signer.name.strip()
    if doc is not None and doc.kind is not DocumentKind.MINUTES:
        return ""
    chair = _role(meeting, meeting.chair, Role.CHAIR)
    return chair.name.strip() if chair else ""


def missing_signer(meeting: Meeting, doc: OfficialDocument | None) -> str:
    """A sentence saying what to fill in when nobody signs the document; '' when someone does."""
    if signer_name(meeting, doc):
        return ""
    if doc is not None and doc.kind is DocumentKind.MINUTES:
        return ("chưa có người ký biên bản: chọn chủ trì ở trang Thông tin hoặc điền họ tên "
                "người ký ở trang Văn bản")
    return "chưa có người ký: điền họ tên (và chức vụ) người ký ở trang Văn bản"


def missing_recipients(doc: OfficialDocument | None) -> str:
    """A sentence when the document goes nowhere (no Nơi nhận line besides Lưu)."""
    if doc is not None and any(r.strip().strip("-;.,").strip() for r in doc.recipients):
        return ""
    return "chưa có nơi nhận: điền nơi nhận (mỗi dòng một cơ quan, đơn vị) ở trang Văn bản"


CHECKED_KINDS = (DocumentKind.MINUTES, DocumentKind.NOTICE)  # drafted NQ/QĐ/GM sign their own


def issue_problems(meeting: Meeting, doc: OfficialDocument) -> list[str]:
    """Everything that keeps minutes or a notice from being numbered, as Vietnamese sentences."""
    if doc.kind not in CHECKED_KINDS:
        return []
    return [p for p in (missing_signer(meeting, doc), missing_recipients(doc)) if p]
