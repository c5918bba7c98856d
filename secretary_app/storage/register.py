"""Giving, reserving and cancelling register numbers, each in one BEGIN IMMEDIATE transaction.

BEGIN IMMEDIATE takes the write lock before the next number is read, so a second process on
the same file waits (busy timeout) instead of reading the same maximum; the UNIQUE
(organization_id, series, number) constraint is the last line of defence.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlite_utils import Database

from secretary_app.domain.model import Organization
from secretary_app.domain.register import (
    EntryStatus,
    RegisterEntry,
    RegisterError,
    check_reason,
    normalize_kind,
    series_key,
    series_label,
)
from secretary_app.domain.text import clean_text
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.office_link import office_configured
from secretary_app.storage.organizations import get_organization
from secretary_app.storage.register_queries import get_entry

REGISTER = Noun.REGISTER  # the Change noun of every register write


def register_document(store: Store, organization_id: int, kind: str, summary: str,
                      date: dt.date | None = None, signer: str = "",
                      recipients: Iterable[str] = (), meeting_id: int | None = None,
                      reserved: int | None = None) -> RegisterEntry:
    """Give the next number (or a reserved one) to a document not kept as a meeting document."""
    entry = RegisterEntry(organization_id, "", 0, normalize_kind(kind), date or dt.date.today(),
                          summary=summary, signer=signer, recipients=list(recipients),
                          meeting_id=meeting_id)
    with store.write(Change(Noun.REGISTER, meeting_id), immediate=True) as db:
        place_entry(db, get_organization(db, organization_id), entry, reserved)
        save_entry(db, entry)
    return entry


def reserve_number(store: Store, organization_id: int, kind: str,
                   date: dt.date | None = None, note: str = "") -> RegisterEntry:
    """Hold the next number of the series for a document to be issued later."""
    entry = RegisterEntry(organization_id, "", 0, normalize_kind(kind), date or dt.date.today(),
                          status=EntryStatus.RESERVED, reason=note)
    with store.write(Change(Noun.REGISTER), immediate=True) as db:
        place_entry(db, get_organization(db, organization_id), entry, None)
        save_entry(db, entry)
    return entry


def cancel_number(store: Store, entry_id: int, reason: str) -> RegisterEntry:
    """Cancel an issued or reserved number; it stays in the register with the reason.

    A cancelled meeting document loses its number and date and may be issued again (with a
    new number); the cancelled number is never given again.
    """
    reason = check_reason(reason)
    before = get_entry(store.db, entry_id)
    with store.write(Change(Noun.REGISTER),
                     Change(Noun.DOCUMENTS, before.meeting_id, before.document_id),
                     immediate=True) as db:
        entry = get_entry(db, entry_id)
        if entry.status is EntryStatus.CANCELLED:
            raise RegisterError(f"Số {entry.number:02d} đã bị hủy trước đó")
        was_issued = entry.status is EntryStatus.ISSUED
        if office_configured(db):
            from secretary_app.office.numbers import cancel_in_office
            cancel_in_office(db, entry, reason)
        entry.status, entry.reason = EntryStatus.CANCELLED, reason
        save_entry(db, entry)
        if was_issued and entry.document_id is not None:
            db.table("documents").update(entry.document_id,
                                         {"number": None, "year": None, "issued_on": None})
    return entry


def place_entry(db: Database, org: Organization, entry: RegisterEntry,
                reserved: int | None) -> None:
    """Set the entry's series and number: the next one, or a reserved one taken back."""
    if office_configured(db):  # one register for the office, on its server
        from secretary_app.office.numbers import place_in_office
        place_in_office(db, entry, reserved)
        return
    entry.series = series_key(org, entry.kind, entry.issued_on)
    if reserved is not None:
        entry.number = reserved
        entry.id, note = _reserved(db, org, entry.series, reserved)
        entry.reason = entry.reason or note  # keep what the number was held for
        return
    last = db.execute("SELECT number, issued_on FROM register_entries WHERE organization_id = ? "
                      "AND series = ? ORDER BY number DESC LIMIT 1",
                      [org.id, entry.series]).fetchone()
    if last and entry.issued_on.isoformat() < last[1]:
        raise RegisterError(
            f"Ngày {entry.issued_on:%d/%m/%Y} trước ngày của số trước "
            f"({last[0]:02d}, ngày {dt.date.fromisoformat(last[1]):%d/%m/%Y}); "
            "số văn bản đi phải theo thứ tự thời gian")
    entry.number = last[0] + 1 if last else 1


def _reserved(db: Database, org: Organization, series: str, number: int) -> tuple[int, str]:
    found = db.execute("SELECT id, reason FROM register_entries WHERE organization_id = ? AND series = ? "
                       "AND number = ? AND status = 'reserved'", [org.id, series, number]).fetchone()
    if found is None:
        raise RegisterError(f"Số {number:02d} không phải số đang giữ trong sổ "
                            f"({series_label(series)})")
    return found[0], found[1]


def save_entry(db: Database, entry: RegisterEntry) -> None:
    """Insert the entry, or update it when it has an id."""
    row = {
        "organization_id": entry.organization_id, "series": entry.series,
        "number": entry.number, "kind": entry.kind, "issued_on": entry.issued_on.isoformat(),
        "status": str(entry.status), "summary": clean_text(entry.summary),
        "signer": clean_text(entry.signer), "reason": clean_text(entry.reason),
        "recipients": json.dumps([clean_text(r) for r in entry.recipients], ensure_ascii=False),
        "meeting_id": entry.meeting_id, "document_id": entry.document_id,
        "origin": entry.origin, "source": clean_text(entry.source),
    }
    if entry.id is None:
        entry.id = db.table("register_entries").insert(row).last_pk
    else:
        db.table("register_entries").update(entry.id, row)
