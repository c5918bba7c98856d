"""Small key/value preferences kept in the database (interface language, last meeting)."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.database import Change, Noun, Store


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    """The stored value of one setting, or default."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else row[0]


def set_setting(store: Store, key: str, value: str | None) -> None:
    """Store (or, with None, remove) one setting."""
    with store.write(Change(Noun.SETTINGS)) as db:
        if value is None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", [key, value])
