"""Keeping the search index in step with the meetings: refresh stale meetings, rebuild all.

Why this design: SQL triggers (migration 0003) record which meetings changed in
`search_dirty`, atomically with the change itself and from any connection — no Python
function has to be registered for writes to succeed, so the sqlite3 shell, another process or
a raw sqlite-utils insert never breaks and never leaves the index silently stale. The folding
(`domain.text.fold`, which also folds đ, unlike unicode61) runs in Python here: before every
search, the few meetings marked since the last one are re-indexed whole (a meeting is ~100
short rows, a few milliseconds), which also keeps typing during a meeting free of index work.
A crash between a write and the next search loses nothing: the marks are committed data.
`rebuild_search_index` starts over from the tables (after a bulk load, or if ever in doubt).

Rows of one meeting get consecutive FTS rowids in a block keyed by (meeting date, meeting
id), reading order descending, so `ORDER BY rowid DESC LIMIT n` yields the newest meetings
first and stops early, without ranking every match.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from secretary_app.storage.search_sources import meeting_entries
from secretary_app.storage.search_text import fold_text

_ROW_BITS = 20  # up to ~1M entries per meeting
ROW_SPAN = 1 << _ROW_BITS  # rowids of one meeting: base .. base + ROW_SPAN - 1
_MEETING_BITS = 26  # meeting ids below ~67M
_EPOCH = dt.date(1900, 1, 1)
_STALE = ("SELECT d.meeting_id FROM search_dirty d LEFT JOIN meetings m ON m.id = d.meeting_id "
          "ORDER BY m.date, m.id")
_INSERT = ("INSERT INTO search_fts (rowid, body, speaker, meeting_id, kind, source_id, label) "
           "VALUES (?, ?, ?, ?, ?, ?, ?)")


def block_base(meeting_id: int, date_text: str) -> int:
    """First rowid of a meeting's block: (days since 1900 | meeting id | entry)."""
    try:
        days = max(0, (dt.date.fromisoformat(date_text) - _EPOCH).days)
    except (TypeError, ValueError):
        days = 0
    return (min(days, (1 << 17) - 1) << (_MEETING_BITS + _ROW_BITS)) | (meeting_id << _ROW_BITS)


@contextmanager
def _index_transaction(db: Database) -> Iterator[None]:
    """A write transaction of its own, or a savepoint inside the caller's."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _drop_meeting(db: Database, meeting_id: int) -> None:
    found = db.execute("SELECT base FROM search_meetings WHERE meeting_id = ?",
                       [meeting_id]).fetchone()
    if found:
        db.execute("DELETE FROM search_fts WHERE rowid BETWEEN ? AND ?",
                   [found[0], found[0] + ROW_SPAN - 1])
        db.execute("DELETE FROM search_meetings WHERE meeting_id = ?", [meeting_id])


def _add_meeting(db: Database, meeting: dict) -> None:
    mid = meeting["id"]
    base = block_base(mid, meeting["date"])
    top = base + ROW_SPAN - 1
    rows = [(top - n, fold_text(e.text), fold_text(e.speaker), mid, e.kind, e.source_id,
             e.label) for n, e in enumerate(meeting_entries(db, meeting))]
    # ascending rowids: FTS5 flushes its pending terms whenever a rowid goes down (5x slower)
    db.conn.executemany(_INSERT, reversed(rows))
    db.execute("INSERT INTO search_meetings (meeting_id, base) VALUES (?, ?)", [mid, base])


def reindex_meeting(db: Database, meeting_id: int) -> None:
    """Replace the index entries of one meeting (drop them when the meeting is gone)."""
    _drop_meeting(db, meeting_id)
    row = next(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]), None)
    if row is not None:
        _add_meeting(db, row)


def refresh_search_index(db: Database) -> int:
    """Re-index the meetings marked stale; returns how many (0 when the file cannot be written)."""
    if db.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone() is None:
        return 0
    try:
        with _index_transaction(db):
            stale = [r[0] for r in db.execute(_STALE)]
            for meeting_id in stale:
                reindex_meeting(db, meeting_id)
            db.execute("DELETE FROM search_dirty")
    except sqlite3.OperationalError as exc:
        # cannot write now (read-only file, another writer past the busy timeout): the search
        # then matches the stale meetings live (search_stale)
        if any(word in str(exc) for word in ("readonly", "read-only", "locked", "busy")):
            return 0
        raise
    return len(stale)


def rebuild_search_index(db: Database) -> int:
    """Throw the index away and index every meeting again; returns how many meetings."""
    with _index_transaction(db):
        db.execute("DELETE FROM search_fts")
        db.execute("DELETE FROM search_meetings")
        db.execute("DELETE FROM search_dirty")
        count = 0
        for meeting in db.query("SELECT * FROM meetings ORDER BY date, id"):
            _add_meeting(db, meeting)
            count += 1
        db.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    return count
