"""Opening a database for one command: the writer lock, a backup before migrating, read access.

Commands declare how they use the database (`access` on their parser): "write" (default: hold
the writer lock), "read" (no lock kept; read-only while another process writes), "lock" (the
lock but no open store: restore) or "raw" (neither: the health check opens the file itself).
Before any of them: the path must be a regular file (or absent), an emptied database whose
backups hold meetings is refused (`restore` and `check` excepted), and writes refuse a damaged
file or one changed by a newer version of the app.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from secretary_app.storage.backup import backup_before_migrate, remove_interrupted_backups
from secretary_app.storage.database import NewerDatabaseError, Store, open_store
from secretary_app.storage.db_file import check_database_path, lost_database, lost_message
from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock, busy_message
from secretary_app.storage.migrations import pending_migrations
from secretary_app.storage.restore import damage_of, open_read_only
from secretary_app.storage.targets import protect_database

ACCESS_MODES = ("write", "read", "lock", "raw")


class RefusedDatabaseError(RuntimeError):
    """The command must not run on this database file (lost, damaged); exit 1 with the reason."""


def open_for_command(path: Path, access: str = "write", create_folders: bool = True,
                     ) -> tuple[Store | None, DatabaseLock | None]:
    """(store or None, held lock or None) for a command of the given access mode."""
    if access not in ACCESS_MODES:
        raise ValueError(f"unknown access mode {access!r}")
    check_database_path(path, create_folders)
    protect_database(path)
    if access == "raw":
        return None, None
    if access != "lock" and (lost := lost_database(path)) is not None:
        raise RefusedDatabaseError(lost_message(lost))
    if access == "read":
        return open_for_reading(path), None
    lock = DatabaseLock(path).acquire()
    try:
        remove_interrupted_backups(path)
        store = None if access == "lock" else open_for_writing(path)
        lock.cover_file()
    except BaseException:
        lock.release()
        raise
    return store, lock


def open_for_writing(path: Path) -> Store:
    """The store of a write command: never on a damaged file (quick_check) nor a newer one."""
    if (damage := damage_of(path)) is not None:
        raise RefusedDatabaseError(
            f"tệp dữ liệu {path} bị hỏng ({damage}); không ghi vào tệp hỏng. Hãy chạy "
            f"'secretary-app --db \"{path}\" check' rồi khôi phục bản sao lưu tốt gần nhất.")
    return open_store(path, before_migrate=backup_before_migrate)


def open_for_reading(path: Path) -> Store:
    """A store for reading: migrated under the lock when free, else read-only alongside the writer."""
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except (DatabaseBusyError, OSError):  # another writer, or a read-only folder
        return read_only_store(path)
    try:
        return open_store(path, before_migrate=backup_before_migrate)
    except NewerDatabaseError:
        return read_only_store(path)
    finally:
        lock.release()


def read_only_store(path: Path) -> Store:
    """A store on a read-only connection (writes fail); refused when the file needs migrating."""
    db = Database(open_read_only(path))
    db.conn.isolation_level = None
    db.conn.execute("PRAGMA busy_timeout = 10000")
    if pending_migrations(db):
        db.close()
        raise DatabaseBusyError(busy_message(path, "") + " Tệp cần được nâng cấp trước khi đọc.")
    db.conn.execute("PRAGMA foreign_keys = ON")
    return Store(db, Path(path))
