"""Recognising a damaged database file, setting it aside, and restoring a backup in its place."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from secretary_app.storage.backup import (
    BackupError,
    automatic_backup,
    backup_connection,
    safety_copies_dir,
    take_backup,
)
from secretary_app.storage.migrations import MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger(__name__)
_SIDECARS = ("", "-wal", "-shm")
_DAMAGE_CODES = (None, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_ERROR)


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


class RestoreError(ValueError):
    """A restore that was refused or failed; the message says why, in Vietnamese."""


def damage_of(db_path: Path | str, thorough: bool = True) -> str | None:
    """None when the file is missing, empty or a readable SQLite database; else what is wrong.

    Opens read-write (never creating) so that a crashed writer's WAL is recovered first.
    thorough=False reads the header and the schema only (milliseconds, where quick_check reads
    every page: seconds on a ten-year file); the app runs the full check after its window shows.
    """
    path = Path(db_path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    return _damage(path, _connect_to_check, thorough)


def _damage(path: Path, connect, thorough: bool) -> str | None:
    """What is wrong with an existing SQLite file: its header, then the schema or quick_check."""
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            return "tệp không phải cơ sở dữ liệu SQLite (phần đầu tệp bị hỏng)"
    try:
        conn = connect(path)
        try:
            if not thorough:  # the schema parses: the header and page 1 are sound
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return None
            problem = quick_check(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _code(exc) not in _DAMAGE_CODES:
            raise  # a full disk, a busy or unopenable file: a problem, but not damage
        return f"SQLite không đọc được tệp: {exc}"
    return None if problem is None else "kiểm tra SQLite báo lỗi: " + problem


def quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick_check (reads every page): None when sound, else its first problems."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows)


def check_then_back_up(db_path: Path) -> str | None:
    """The app's start-up work on a read-only connection of its own (any thread): quick_check,
    then the backup on open. Returns the damage found (then nothing is backed up) or None;
    a backup that fails raises BackupError."""
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            problem = quick_check(conn)
            if problem is None:
                automatic_backup(conn, Path(db_path), force=True)
            return problem
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)


def _connect_to_check(path: Path) -> sqlite3.Connection:
    """Read-write (WAL recovery) where possible; on a read-only medium, read-only."""
    if os.access(path.parent, os.W_OK):
        return sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True)
    return open_read_only(path)


def open_read_only(path: Path | str) -> sqlite3.Connection:
    """A read-only connection; on a read-only medium, where SQLite cannot make the -shm file a
    WAL database needs, an immutable one (a cleanly closed file has no WAL left to read)."""
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(Path(path).parent, os.W_OK):
            raise
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True)


def backup_problem(source: Path | str) -> str | None:
    """None when source is a readable secretary-app database this version can open."""
    path = Path(source)
    if not path.is_file():
        return "không tìm thấy tệp"
    if (problem := damage_of_readonly(path)) is not None:
        return problem
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"_sqlite_migrations", "meetings"} <= names:
            return "tệp không phải dữ liệu của ứng dụng thư ký cuộc họp"
        applied = {r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATIONS.name])}
    finally:
        conn.close()
    known = {m.name for m in MIGRATIONS._migrations}
    if "0001_initial" not in applied:
        return "tệp không phải dữ liệu của ứng dụng thư ký cuộc họp"
    if applied - known:
        return "tệp được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng"
    return None


def damage_of_readonly(path: Path) -> str | None:
    """damage_of for a file we must not change (a backup): header and quick_check, read-only."""
    return _damage(path, lambda p: sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True),
                   thorough=True)


def set_aside(db_path: Path | str, now: dt.datetime | None = None) -> Path:
    """Rename a (damaged) database and its -wal/-shm files aside; returns the new main path."""
    path = Path(db_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while aside.exists():
        aside, n = path.with_name(f"{path.name}.damaged-{stamp}-{n}"), n + 1
    for suffix in _SIDECARS:
        part = Path(f"{path}{suffix}")
        if part.exists():
            os.replace(part, f"{aside}{suffix}")
    return aside


def restore_database(source: Path | str, db_path: Path | str,
                     now: dt.datetime | None = None) -> Path | None:
    """Put a backup in place of the database; returns where the replaced data was kept.

    A healthy current database is first copied into backups/before-restore/ (kept for good,
    outside the rotation), then
    overwritten through the backup API in one transaction; a damaged one is renamed aside.
    The caller holds the database's writer lock.
    """
    source, path = Path(source), Path(db_path)
    if (problem := backup_problem(source)) is not None:
        raise RestoreError(f"không khôi phục từ {source}: {problem}")
    if path.exists() and os.path.samefile(source, path):
        raise RestoreError("tệp sao lưu chính là tệp dữ liệu đang dùng")
    kept = None
    try:
        if path.exists() and path.stat().st_size > 0 and damage_of(path) is None:
            kept = take_backup(path, path, tag="before-restore", now=now,
                               folder=safety_copies_dir(path))
            _copy_into(source, path)
        else:
            if any(Path(f"{path}{s}").exists() for s in _SIDECARS):
                kept = set_aside(path, now)
            _copy_to_new_file(source, path)
    except (OSError, sqlite3.Error) as exc:
        log.error("restore of %s from %s failed: %s", path, source, exc)
        raise RestoreError(f"khôi phục thất bại: {exc}") from None
    log.info("restored %s from %s; what it replaced is kept at %s", path, source, kept)
    return kept


def _copy_into(source: Path, path: Path) -> None:
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    dest = sqlite3.connect(path)
    try:
        dest.execute("PRAGMA busy_timeout = 10000")
        src.backup(dest)
    finally:
        src.close()
        dest.close()


def _copy_to_new_file(source: Path, path: Path) -> None:
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        backup_connection(src, path)
    except BackupError as exc:
        raise OSError(str(exc)) from None
    finally:
        src.close()
