"""Opening a database for one command: the writer lock, a backup before migrating, read access.

Commands declare how they use the database (`access` on their parser): "write" (default: hold
the writer lock), "read" (no lock kept; read-only while another process writes), "lock" (the
lock but no open store: restore) or "raw" (neither: the health check opens the file itself).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from secretary_app.storage.backup import backup_before_migrate
from secretary_app.storage.database import Store, open_store
from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock, busy_message
from secretary_app.storage.migrations import pending_migrations
from secretary_app.storage.restore import open_read_only

ACCESS_MODES = ("write", "read", "lock", "raw")


def open_for_command(path: Path, access: str = "write") -> tuple[Store | None, DatabaseLock | None]:
    """(store or None, held lock or None) for a command of the given access mode."""
    if access not in ACCESS_MODES:
        raise ValueError(f"unknown access mode {access!r}")
    if access == "raw":
        return None, None
    if access == "read":
        return open_for_reading(path), None
    lock = DatabaseLock(path).acquire()
    try:
        store = None if access == "lock" else open_store(path, before_migrate=backup_before_migrate)
    except BaseException:
        lock.release()
        raise
    return store, lock


def open_for_reading(path: Path) -> Store:
    """A store for reading: migrated under the lock when free, else read-only alongside the writer."""
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except (DatabaseBusyError, OSError):  # another writer, or a read-only folder
        return _read_only_store(path)
    try:
        return open_store(path, before_migrate=backup_before_migrate)
    finally:
        lock.release()


def _read_only_store(path: Path) -> Store:
    db = Database(open_read_only(path))
    db.conn.isolation_level = None
    db.conn.execute("PRAGMA busy_timeout = 10000")
    if pending_migrations(db):
        db.close()
        raise DatabaseBusyError(busy_message(path, "") + " Tệp cần được nâng cấp trước khi đọc.")
    db.conn.execute("PRAGMA foreign_keys = ON")
    return Store(db, Path(path))
