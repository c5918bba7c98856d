"""Whether this database takes its numbers from an office server (see secretary_app.office)."""

from __future__ import annotations

from sqlite_utils import Database

OFFICE_SETTING = "office.connection"


def office_configured(db: Database) -> bool:
    """True when an office connection is set: the register then asks the office server."""
    return db.execute("SELECT 1 FROM settings WHERE key = ? AND value <> ''",
                      [OFFICE_SETTING]).fetchone() is not None
