"""Backups with SQLite's online backup API: taking, listing, keeping (10 + monthly) and naming.

A backup is never the price of an empty database: nothing is pruned while the current database
holds no meetings, and the newest backup holding more meetings than it is always kept. The
copies a restore makes of what it replaces live in `backups/before-restore/`, never pruned.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from secretary_app.fileio import fsync_folder

KEEP_LAST = 10
KEEP_MONTHS = 12
BEFORE_RESTORE = "before-restore"
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
DAILY = dt.timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^-(?P<stamp>\d{8}-\d{6})(?:-(?P<tag>[a-z]+(?:-[a-z]+)*))?(?:-\d+)?\.db$")


class BackupError(OSError):
    """A backup that could not be made; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class BackupFile:
    """One file in the backups folder, with the time it was taken (from its name)."""

    path: Path
    taken_at: dt.datetime
    tag: str


def backups_dir(db_path: Path | str) -> Path:
    """The `backups/` folder next to a database file."""
    return Path(db_path).resolve().parent / "backups"


def safety_copies_dir(db_path: Path | str) -> Path:
    """Where restore keeps what it replaced: outside the rotation, never deleted by the app."""
    return backups_dir(db_path) / BEFORE_RESTORE


def backup_connection(source: sqlite3.Connection, target: Path | str) -> Path:
    """Copy a consistent snapshot of an open database into target, atomically (temp + rename)."""
    target = Path(target)
    part = target.with_name(f".{target.name}.part")
    try:
        _unlink(part)
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))  # 0600
        dest = sqlite3.connect(part)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
        finally:
            dest.close()
        _fsync(part)
        os.replace(part, target)
        fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        _unlink(part)
        raise BackupError(f"không sao lưu được vào {target}: {exc}") from None
    return target


def backup_file(db_path: Path | str, target: Path | str) -> Path:
    """Copy a database file (its committed state, WAL included) into target."""
    source = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return backup_connection(source, target)
    finally:
        source.close()


def take_backup(source: sqlite3.Connection | Path | str, db_path: Path | str, tag: str = "",
                now: dt.datetime | None = None, folder: Path | None = None) -> Path:
    """A new dated backup in the backups folder (from an open connection or the file)."""
    folder = folder or backups_dir(db_path)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"không tạo được thư mục sao lưu {folder}: {exc.strerror}") from None
    target = _free_name(folder, Path(db_path).stem, now or dt.datetime.now(), tag)
    if isinstance(source, sqlite3.Connection):
        return backup_connection(source, target)
    return backup_file(source, target)


def _free_name(folder: Path, stem: str, now: dt.datetime, tag: str) -> Path:
    base = f"{stem}-{now.strftime(_STAMP)}" + (f"-{tag}" if tag else "")
    candidate, n = folder / f"{base}.db", 2
    while candidate.exists():
        candidate, n = folder / f"{base}-{n}.db", n + 1
    return candidate


def list_backups(db_path: Path | str, folder: Path | None = None) -> list[BackupFile]:
    """The backups of this database, newest first (in the rotation, or in another folder)."""
    folder, stem = folder or backups_dir(db_path), Path(db_path).stem
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name[len(stem):]) if path.name.startswith(stem) else None
        if match and path.is_file():
            taken = dt.datetime.strptime(match["stamp"], _STAMP)
            found.append(BackupFile(path, taken, match["tag"] or ""))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def safety_copies(db_path: Path | str) -> list[BackupFile]:
    """What restores replaced, newest first (backups/before-restore/, never pruned)."""
    return list_backups(db_path, safety_copies_dir(db_path))


def latest_backup(db_path: Path | str) -> BackupFile | None:
    """The newest backup of this database, or None."""
    backups = list_backups(db_path)
    return backups[0] if backups else None


def backups_to_keep(backups: list[BackupFile], now: dt.datetime) -> set[Path]:
    """The last KEEP_LAST backups plus the newest one of each of the last KEEP_MONTHS months."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    months = {_month_index(now) - k for k in range(KEEP_MONTHS)}
    seen_months: set[int] = set()
    for backup in newest_first:
        month = _month_index(backup.taken_at)
        if month in months and month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    return keep


def _month_index(when: dt.datetime) -> int:
    return when.year * 12 + when.month - 1


def prune_backups(db_path: Path | str, now: dt.datetime | None = None,
                  meetings: int | None = None) -> list[Path]:
    """Delete the backups the retention rule does not keep; returns what was deleted.

    meetings: how many the current database holds (counted from the file when None). With
    none, nothing is deleted; the newest backup holding more than it is always kept.
    """
    for path in _stale_parts(db_path):
        _unlink(path)
    meetings = count_meetings(db_path) if meetings is None else meetings
    if not meetings:
        return []
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, now or dt.datetime.now())
    removed = [b.path for b in backups if b.path not in keep]
    if removed and (fuller := newest_backup_with_more(backups, meetings)) is not None:
        removed = [p for p in removed if p != fuller.path]
    for path in removed:
        _unlink(path)
    return removed


def count_meetings(source: sqlite3.Connection | Path | str) -> int | None:
    """The number of meetings in a database (connection or file); None when unreadable."""
    try:
        if isinstance(source, sqlite3.Connection):
            return source.execute("SELECT count(*) FROM meetings").fetchone()[0]
        if not Path(source).is_file() or Path(source).stat().st_size == 0:
            return 0
        conn = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None


def newest_backup_with_more(backups: list[BackupFile], meetings: int) -> BackupFile | None:
    """The newest backup that holds more meetings than the current database, if any."""
    for backup in sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True):
        if (count_meetings(backup.path) or 0) > meetings:
            return backup
    return None


def remove_interrupted_backups(db_path: Path | str) -> list[Path]:
    """At start, under the writer lock: every half-written backup of this database is stale."""
    parts = list(_stale_parts(db_path, max_age=0))
    for part in parts:
        _unlink(part)
    return parts


def _stale_parts(db_path: Path | str, max_age: float = 3600) -> list[Path]:
    """Temporary files of backups interrupted (app killed) more than max_age seconds ago."""
    folder, stem = backups_dir(db_path), Path(db_path).stem
    if not folder.is_dir():
        return []
    cutoff = time.time() - max_age
    found = []
    for sub in (folder, folder / BEFORE_RESTORE):
        if sub.is_dir():
            found += [p for p in sub.glob(f".{stem}-*.db.part") if p.stat().st_mtime <= cutoff]
    return found


def backup_is_due(db_path: Path | str, now: dt.datetime | None = None) -> bool:
    """True when the newest backup is a day old or more (or there is none)."""
    latest = latest_backup(db_path)
    return latest is None or (now or dt.datetime.now()) - latest.taken_at >= DAILY


def automatic_backup(conn: sqlite3.Connection, db_path: Path | str, force: bool = False,
                     now: dt.datetime | None = None) -> Path | None:
    """The app's backup: always when forced (on opening), else at most once a day; then prune."""
    now = now or dt.datetime.now()
    if not force and not backup_is_due(db_path, now):
        return None
    meetings = count_meetings(conn)
    if not meetings and list_backups(db_path):
        return None  # an emptied database is not worth a copy: it would push good ones out
    made = take_backup(conn, db_path, now=now)
    prune_backups(db_path, now, meetings)
    return made


def daily_backup(db_path: Path | str) -> Path | None:
    """automatic_backup on a read-only connection of its own (any thread: the UI never waits)."""
    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return automatic_backup(conn, db_path)
    finally:
        conn.close()


def backup_before_migrate(db_path: Path) -> None:
    """The open_store hook: a copy of the database before its schema changes."""
    take_backup(db_path, db_path, tag="before-migrate")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
