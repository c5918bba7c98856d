"""Opening a database file: pragmas, migrations, and the one write funnel (Store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from secretary_app.storage.changes import Change, Noun
from secretary_app.storage.migrations import MIGRATIONS, pending_migrations

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


def open_store(path: Path | str, before_migrate: BeforeMigrate | None = None) -> Store:
    """Open (creating when missing) and migrate a database, then turn foreign keys on."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    if pending_migrations(db) and before_migrate is not None and _has_tables(db):
        before_migrate(Path(path))
    MIGRATIONS.apply(db)
    db.conn.execute("PRAGMA foreign_keys = ON")
    return Store(db, None if str(path) == ":memory:" else Path(path))


def _has_tables(db: Database) -> bool:
    return bool(db.table_names())
