"""What issuing a number would give, read without writing (shown before the user confirms)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from secretary_app.domain.model import Organization
from secretary_app.domain.register import RegisterEntry
from secretary_app.storage.register import place_entry


def preview_number(db: Database, org: Organization, kind: str, day: dt.date,
                   reserved: int | None = None) -> RegisterEntry:
    """The entry an issue would make now: the next number of its series, or the reserved one.

    Raises RegisterError as issuing would (a date before the last number's, no such reserved
    number); nothing is written."""
    assert org.id is not None, "a saved organisation"
    entry = RegisterEntry(org.id, "", 0, kind, day)
    place_entry(db, org, entry, reserved)
    return entry


def meeting_document_number(db: Database, meeting_id: int, kind: str) -> int | None:
    """The number the meeting's document of this kind already has, or None."""
    found = db.execute("SELECT number FROM documents WHERE meeting_id = ? AND kind = ? "
                       "AND number IS NOT NULL ORDER BY position LIMIT 1",
                       [meeting_id, str(kind)]).fetchone()
    return found[0] if found else None
