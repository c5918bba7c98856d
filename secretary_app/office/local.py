"""Local records of the office feature: meeting uids, numbers the office register gave."""

from __future__ import annotations

import uuid

from sqlite_utils import Database

from secretary_app.domain.register import RegisterEntry

# request ids of meeting documents are derived from this: the same attempt, the same id
_REQUESTS = uuid.UUID("0d7c6a2e-55f3-4c7e-9f0b-5ec7e7a7a201")


def meeting_uid(db: Database, meeting_id: int) -> str:
    """The meeting's office-wide id, made (inside the caller's transaction) the first time."""
    row = db.execute("SELECT uid FROM office_meeting_uids WHERE meeting_id = ?",
                     [meeting_id]).fetchone()
    if row is not None:
        return row[0]
    uid = str(uuid.uuid4())
    db.execute("INSERT INTO office_meeting_uids(meeting_id, uid) VALUES (?, ?)", [meeting_id, uid])
    return uid


def request_id(db: Database, entry: RegisterEntry, uid: str | None) -> uuid.UUID:
    """The request id of issuing this entry: for a meeting document, the same until it succeeds
    (so a retry after a lost reply gets the same number back); otherwise a new one."""
    if entry.document_id is None or uid is None:
        return uuid.uuid4()
    tries = db.execute("SELECT count(*) FROM register_entries WHERE document_id = ?",
                       [entry.document_id]).fetchone()[0]
    return uuid.uuid5(_REQUESTS, f"{uid}/{entry.document_id}/{entry.kind}/{tries}")


def record_link(db: Database, entry: RegisterEntry, server_id: int, request: uuid.UUID) -> None:
    """Remember that this local number came from the office register."""
    db.execute("INSERT OR REPLACE INTO office_register(organization_id, series, number, "
               "server_id, request_id) VALUES (?, ?, ?, ?, ?)",
               [entry.organization_id, entry.series, entry.number, server_id, str(request)])


def is_from_office(db: Database, entry: RegisterEntry) -> bool:
    """True when the office register gave this number."""
    return db.execute("SELECT 1 FROM office_register WHERE organization_id = ? AND series = ? "
                      "AND number = ?", [entry.organization_id, entry.series,
                                         entry.number]).fetchone() is not None
