"""Whether this database takes its numbers from an office server (see secretary_app.office)."""

from __future__ import annotations

from sqlite_utils import Database

OFFICE_SETTING = "office.connection"


def office_configured(db: Database) -> bool:
    """True when an office connection is set: the register then asks the office server."""
    return db.execute("SELECT 1 FROM settings WHERE key = ? AND value <> ''",
                      [OFFICE_SETTING]).fetchone() is not None


def is_office_copy(db: Database, meeting_id: int) -> bool:
    """True for a colleague's meeting copied from the office archive (it stays finalised)."""
    return db.execute("SELECT 1 FROM office_copies WHERE meeting_id = ?",
                      [meeting_id]).fetchone() is not None
