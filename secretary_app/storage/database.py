"""Opening a database file: pragmas, migrations, and the one write funnel (Store)."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from secretary_app.storage.changes import Change, Noun
from secretary_app.storage.migrations import MIGRATIONS, pending_migrations

log = logging.getLogger(__name__)

__all__ = ["Change", "Noun", "Store", "connect", "open_store"]


Listener = Callable[[list[Change]], None]
BeforeMigrate = Callable[[Path], None]


class Store:
    """A migrated database plus the funnel every write goes through."""

    def __init__(self, db: Database, path: Path | None = None):
        self.db = db
        self.path = path
        self._listeners: list[Listener] = []
        self._pending: list[Change] = []
        self._depth = 0
        self.refusal: str | None = None  # set when the file was found damaged: no more writes

    def subscribe(self, listener: Listener) -> None:
        """Call listener(changes) after each committed write."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling listener."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def write(self, *changes: Change, immediate: bool = True) -> Iterator[Database]:
        """One transaction; on commit, listeners hear what changed. Nested calls join the outer one.

        The outermost write starts with BEGIN IMMEDIATE so that a second process writing the same
        file waits for the busy timeout instead of failing at once on a lock upgrade.
        """
        if self.refusal is not None:
            raise RefusedWriteError(self.refusal)
        announced = len(self._pending)  # a nested write that fails takes its changes back
        self._pending.extend(changes)
        self._depth += 1
        try:
            if immediate and not self.db.conn.in_transaction:
                self.db.conn.execute("BEGIN IMMEDIATE")
                with self.db.atomic():
                    yield self.db
                self.db.conn.execute("COMMIT")
            else:
                with self.db.atomic():
                    yield self.db
        except BaseException:
            if self.db.conn.in_transaction and self._depth == 1:
                self.db.conn.execute("ROLLBACK")
            del self._pending[announced:]
            raise
        finally:
            self._depth -= 1
        if self._depth == 0:
            done, self._pending = self._pending, []
            for listener in list(self._listeners):
                listener(done)

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


def connect(path: Path | str, read_only: bool = False) -> Database:
    """A sqlite-utils Database with WAL, foreign keys and a busy timeout; no migrations."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    elif read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    db = Database(conn, execute_plugins=False)  # no sqlite-utils plugins: skip the scan
    if not read_only and str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL" if read_only else "PRAGMA synchronous = FULL")
    return db


class RefusedWriteError(sqlite3.DatabaseError):
    """A write to a database found damaged while the app runs; the message says so."""


class NewerDatabaseError(sqlite3.DatabaseError):
    """The file was changed by a newer version of the app: this one must not write to it."""

    def __init__(self, path: Path | str, names: set[str]):
        super().__init__(
            f"Tệp dữ liệu {path} đã được một phiên bản mới hơn của ứng dụng nâng cấp "
            f"({', '.join(sorted(names))}); phiên bản này chỉ mở để đọc, không ghi vào tệp. "
            f"Hãy cập nhật ứng dụng.")
        self.names = names


def newer_migrations(db: Database) -> set[str]:
    """Migrations recorded in the file that this version does not know."""
    if "_sqlite_migrations" not in db.table_names():
        return set()
    rows = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                      [MIGRATIONS.name]).fetchall()
    return {r[0] for r in rows} - {m.name for m in MIGRATIONS._migrations}


def make_private(path: Path | str) -> None:
    """The database and its WAL readable by the owner only (files of older versions too)."""
    for suffix in ("", "-wal", "-shm"):
        try:
            target = f"{path}{suffix}"
            if os.name == "posix" and os.stat(target).st_mode & 0o077:
                os.chmod(target, 0o600)
        except OSError:
            pass  # missing, or not ours to change


def create_private(path: Path) -> None:
    """The data folder (0700 when we make it) and an empty database file (0600) if missing."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass


def open_store(path: Path | str, before_migrate: BeforeMigrate | None = None) -> Store:
    """Open (creating when missing) and migrate a database, then turn foreign keys on."""
    if str(path) != ":memory:":
        create_private(Path(path))
        make_private(path)
    db = connect(path)
    if newer := newer_migrations(db):
        db.close()
        raise NewerDatabaseError(path, newer)
    if pending := pending_migrations(db):
        log.info("migrating %s: %s", path, ", ".join(pending))
        if before_migrate is not None and _has_tables(db):
            before_migrate(Path(path))
    MIGRATIONS.apply(db)
    db.conn.execute("PRAGMA foreign_keys = ON")
    return Store(db, None if str(path) == ":memory:" else Path(path))


def _has_tables(db: Database) -> bool:
    return bool(db.table_names())
