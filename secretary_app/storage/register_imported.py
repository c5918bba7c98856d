"""Numbers carried by imported documents enter the register as entries of their own."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from secretary_app.domain.model import Meeting, OfficialDocument, Organization
from secretary_app.domain.register import (
    IMPORTED,
    RegisterEntry,
    RegisterError,
    kind_name,
    series_key,
    short_number,
)
from secretary_app.storage.organizations import get_organization
from secretary_app.storage.register import save_entry

EARLIER_SOURCE = "có sẵn trong dữ liệu trước khi sổ ghi số nhập"


def imported_date(doc: OfficialDocument, meeting_date: dt.date) -> dt.date:
    """The document's date; else the meeting's day when it falls in the document's year."""
    if doc.issued_on is not None:
        return doc.issued_on
    year = doc.year or meeting_date.year
    return meeting_date if meeting_date.year == year else dt.date(year, 1, 1)


def imported_series(org: Organization, kind: str, date: dt.date) -> str:
    """The series the number counts in; year/kind when the Party term is unknown."""
    try:
        return series_key(org, kind, date)
    except RegisterError:
        return f"{date.year}/{kind}"


def register_imported(db: Database, org: Organization, meeting: Meeting, meeting_id: int,
                      document_ids: list[int], source: str) -> list[RegisterEntry]:
    """One imported entry per numbered document; RegisterError when a number is taken."""
    from secretary_app.storage.register_documents import (  # imports meetings
        register_summary,
        signer_text,
    )

    entries = []
    for doc, doc_id in zip(meeting.documents, document_ids, strict=True):
        if doc.number is None:
            continue
        date = imported_date(doc, meeting.date)
        assert org.id is not None, "a saved organisation"
        entry = RegisterEntry(
            org.id, imported_series(org, str(doc.kind), date), doc.number, str(doc.kind), date,
            summary=register_summary(meeting, doc), signer=signer_text(meeting, doc),
            recipients=[r.strip().rstrip(";.").strip() for r in doc.recipients],
            meeting_id=meeting_id, document_id=doc_id, origin=IMPORTED, source=source)
        refuse_taken(db, org, entry)
        save_entry(db, entry)
        entries.append(entry)
    return entries


def refuse_taken(db: Database, org: Organization, entry: RegisterEntry) -> None:
    """RegisterError naming the entry that already holds the number in its series."""
    row = db.execute(
        "SELECT r.kind, r.issued_on, r.origin, m.title FROM register_entries r "
        "LEFT JOIN meetings m ON m.id = r.meeting_id WHERE r.organization_id = ? "
        "AND r.series = ? AND r.number = ?", [org.id, entry.series, entry.number]).fetchone()
    if row is None:
        return
    kind, issued_on, origin, title = row
    held = RegisterEntry(entry.organization_id, entry.series, entry.number, kind, dt.date.fromisoformat(issued_on))
    how = "đã nhập" if origin == IMPORTED else "đã cấp"
    where = f" cho “{title}”" if title else ""
    raise RegisterError(
        f"Số {short_number(org, entry)} ({kind_name(entry.kind)} năm {entry.year}) trùng với số "
        f"{short_number(org, held)} {how} ngày {held.issued_on:%d/%m/%Y}{where} trong sổ đăng "
        "ký văn bản đi; không nhập trùng số (văn bản này đã được nhập, hoặc số đó đã dùng)")


def register_existing_numbers(db: Database) -> int:
    """Migration helper: numbered documents without a register entry get an imported one
    (those whose number is already taken stay out; `check` reports them). Returns how many."""
    rows = db.execute(
        "SELECT d.id, d.kind, d.number, d.year, d.issued_on, m.id, m.date, m.title, "
        "m.organization_id FROM documents d JOIN meetings m ON m.id = d.meeting_id "
        "WHERE d.number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM register_entries r "
        "WHERE r.document_id = d.id AND r.status = 'issued') ORDER BY d.id").fetchall()
    added = 0
    for doc_id, kind, number, year, issued_on, mid, mdate, title, org_id in rows:
        org = get_organization(db, org_id)
        doc = OfficialDocument(kind, number, year,
                               dt.date.fromisoformat(issued_on) if issued_on else None)
        date = imported_date(doc, dt.date.fromisoformat(mdate))
        entry = RegisterEntry(org_id, imported_series(org, kind, date), number, kind, date,
                              summary=title, meeting_id=mid, document_id=doc_id,
                              origin=IMPORTED, source=EARLIER_SOURCE)
        try:
            refuse_taken(db, org, entry)
        except RegisterError:
            continue
        save_entry(db, entry)
        added += 1
    return added
