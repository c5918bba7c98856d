"""Searching meetings whose index entries are stale, when the index cannot be refreshed.

A read-only connection (a command reading while the app holds the writer lock) cannot fold
the meetings marked in `search_dirty` into the index; their entries are then matched here in
Python, so results are never out of date. Only a few meetings are ever stale at once.
"""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.search_index import ROW_SPAN, block_base
from secretary_app.storage.search_sources import meeting_entries
from secretary_app.storage.search_text import Query, fold_text, tokens

MAX_STALE = 500  # beyond this, the (older) index is used as it is

Row = tuple[int, int, str, int, str]  # rowid, meeting id, kind, source id, label


def stale_meetings(db: Database) -> list[int]:
    """Ids of the meetings marked stale (at most MAX_STALE + 1 of them)."""
    sql = "SELECT meeting_id FROM search_dirty LIMIT ?"
    return [r[0] for r in db.execute(sql, [MAX_STALE + 1])]


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i:i + size]) == phrase for i in range(len(words) - size + 1))


def matches(query: Query, body: str, speaker: str) -> bool:
    """True when every phrase of the query is in the body or in the speaker's name."""
    columns = (tokens(fold_text(body)), tokens(fold_text(speaker)))
    return all(any(_contains(words, p) for words in columns) for p in query.phrases)


def stale_rows(db: Database, query: Query, meeting_ids: list[int]) -> list[Row]:
    """Index-like rows of the stale meetings that match the query, with their would-be rowids."""
    out: list[Row] = []
    marks = ",".join("?" * len(meeting_ids))
    for meeting in db.query(f"SELECT * FROM meetings WHERE id IN ({marks})", meeting_ids):
        top = block_base(meeting["id"], meeting["date"]) + ROW_SPAN - 1
        for n, entry in enumerate(meeting_entries(db, meeting)):
            if matches(query, entry.text, entry.speaker):
                out.append((top - n, meeting["id"], entry.kind, entry.source_id, entry.label))
    return out
