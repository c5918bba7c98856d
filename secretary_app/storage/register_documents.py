"""Issuing a meeting's minutes or notice: number, year and date set once, then frozen.

Default date: today. The records clerk gives number and date after signature (ND30 Điều 15;
official-format A5), which for minutes is usually after the meeting day; `date` overrides.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from secretary_app.domain.decisions import content_to_dict
from secretary_app.domain.drafting import DRAFTERS
from secretary_app.domain.enums import DocumentKind, Role
from secretary_app.domain.model import Meeting, OfficialDocument, Signer
from secretary_app.domain.register import RegisterEntry, RegisterError, short_number
from secretary_app.domain.signing_rules import issue_problems
from secretary_app.domain.vietnamese import chair_word, number_part
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.guards import FROZEN_MESSAGE
from secretary_app.storage.lists import DOCUMENTS
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.register import place_entry, save_entry
from secretary_app.storage.register_queries import issued_entry
from secretary_app.storage.rows import stored_id

FROZEN_FIELDS = frozenset({"kind", "number", "year", "issued_on", "signer"})


def issue_meeting_document(store: Store, meeting_id: int, kind: DocumentKind,
                           date: dt.date | None = None,
                           reserved: int | None = None) -> RegisterEntry:
    """Issue the meeting's document of this kind (created empty when the meeting has none)."""
    with store.write(Change(Noun.REGISTER, meeting_id), Change(Noun.DOCUMENTS, meeting_id),
                     immediate=True) as db:
        if db.execute("SELECT 1 FROM meetings WHERE id = ?", [meeting_id]).fetchone() is None:
            raise RegisterError(f"Không có cuộc họp mã {meeting_id}")
        found = db.execute("SELECT id FROM documents WHERE meeting_id = ? AND kind = ? "
                           "ORDER BY position LIMIT 1", [meeting_id, str(kind)]).fetchone()
        if found:
            doc_id = found[0]
        else:  # a NQ, QĐ or GM is issued with the text drafted now, which then stays as issued
            drafter = DRAFTERS.get(kind)
            content = drafter(load_meeting(db, meeting_id)) if drafter else None
            doc_id = DOCUMENTS.add(store, meeting_id, OfficialDocument(kind, content=content))
        return issue_document(store, doc_id, date, reserved)


def issue_document(store: Store, document_id: int, date: dt.date | None = None,
                   reserved: int | None = None) -> RegisterEntry:
    """Give a meeting document its number (the next, or a reserved one) and date, and freeze it."""
    meeting_id = _meeting_of(store.db, document_id)
    with store.write(Change(Noun.REGISTER, meeting_id),
                     Change(Noun.DOCUMENTS, meeting_id, document_id),
                     immediate=True) as db:
        meeting = load_meeting(db, meeting_id)
        doc = next(d for d in meeting.documents if d.id == document_id)
        if doc.number is not None:
            raise RegisterError(_already_issued(db, meeting, doc))
        problems = issue_problems(meeting, doc)
        if problems:
            raise RegisterError("Chưa cấp số được: " + "; ".join(problems))
        _keep_draft(db, meeting, doc)
        entry = RegisterEntry(
            stored_id(meeting.organization.id), "", 0, str(doc.kind), date or dt.date.today(),
            summary=register_summary(meeting, doc), signer=signer_text(meeting, doc),
            recipients=[r.strip().rstrip(";.").strip() for r in doc.recipients],
            meeting_id=meeting_id, document_id=document_id)
        place_entry(db, meeting.organization, entry, reserved)
        # the document first: once the issued entry exists the freeze trigger guards the row
        db.table("documents").update(document_id, {
            "number": entry.number, "year": entry.issued_on.year,
            "issued_on": entry.issued_on.isoformat()})
        save_entry(db, entry)
    return entry


def _keep_draft(db: Database, meeting: Meeting, doc: OfficialDocument) -> None:
    """A NQ, QĐ or GM never drafted is issued with the text drafted now (it then stays)."""
    if doc.content is None and doc.kind in DRAFTERS:
        doc.content = DRAFTERS[doc.kind](meeting)
        assert doc.id is not None, "a stored document"
        db.table("documents").update(doc.id, {
            "content": json.dumps(content_to_dict(doc.content), ensure_ascii=False)})


def register_summary(meeting: Meeting, doc: OfficialDocument) -> str:
    """The register's trích yếu: a drafted document's own, else the meeting's title."""
    if doc.content is not None and doc.content.summary.strip():
        return doc.content.summary.strip()
    return meeting.title


def _meeting_of(db: Database, document_id: int) -> int:
    found = db.execute("SELECT meeting_id FROM documents WHERE id = ?", [document_id]).fetchone()
    if found is None:
        raise RegisterError(f"Không có văn bản mã {document_id}")
    return found[0]


def _already_issued(db: Database, meeting: Meeting, doc: OfficialDocument) -> str:
    entry = issued_entry(db, stored_id(doc.id))
    if entry is None:
        assert doc.number is not None  # the caller found the document numbered
        return (f"Văn bản đã có số {number_part(doc.number)}/{doc.kind} (không do sổ đăng ký "
                "cấp); không cấp số lại")
    return (f"Văn bản đã được cấp số {short_number(meeting.organization, entry)} ngày "
            f"{entry.issued_on:%d/%m/%Y}; không cấp số lại (hủy số trước nếu cần cấp lại)")


def signer_text(meeting: Meeting, doc: OfficialDocument) -> str:
    """Who signs, for the register: the document's signer, or the chair and secretary (minutes)."""
    if doc.signer is not None and (doc.signer.name or doc.signer.title):
        return _signer_words(doc.signer)
    if doc.kind is not DocumentKind.MINUTES:
        return ""
    parts = []
    for key, role, word in ((meeting.chair, Role.CHAIR, chair_word(meeting.kind).capitalize()),
                            (meeting.secretary, Role.SECRETARY, "Thư ký")):
        person = meeting.attendee(key) or next(
            (a for a in meeting.attendees if a.role is role), None)
        if person is not None:
            parts.append(f"{word}: {person.name}")
    return "; ".join(parts)


def _signer_words(signer: Signer) -> str:
    capacity = " ".join(p for p in (str(signer.authority), signer.authority_title) if p)
    capacity = " – ".join(p for p in (capacity, signer.title) if p)
    if signer.name and capacity:
        return f"{signer.name} ({capacity})"
    return signer.name or capacity


def check_document_edit(db: Database, document_id: int, fields: set[str] | frozenset[str]) -> None:
    """Raise RegisterError when fields include what an issued document froze (for the UI)."""
    frozen = FROZEN_FIELDS & set(fields)
    if frozen and issued_entry(db, document_id) is not None:
        raise RegisterError(FROZEN_MESSAGE)


def is_frozen(db: Database, document_id: int) -> bool:
    """True when the document has an issued number in the register."""
    return issued_entry(db, document_id) is not None
