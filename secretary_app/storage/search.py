"""Search across every meeting: accent-, case- and đ-insensitive, safe for any user input.

`search(db, "khuyen hoc")` refreshes the index for meetings changed since the last search
(see `search_index`), asks FTS5 for the newest matching entries with every user word quoted,
and cuts a highlighted snippet from each entry's original text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from secretary_app.domain.model import MeetingId
from secretary_app.storage.search_index import rebuild_search_index, refresh_search_index
from secretary_app.storage.search_snippet import Snippet, make_snippet
from secretary_app.storage.search_sources import SOURCES, source_texts
from secretary_app.storage.search_stale import MAX_STALE, stale_meetings, stale_rows
from secretary_app.storage.search_text import Query, parse_query

__all__ = ["SearchHit", "SearchResults", "rebuild_search_index", "refresh_search_index",
           "search"]

DEFAULT_LIMIT = 50
_MATCH = ("SELECT rowid, meeting_id, kind, source_id, label FROM search_fts "
          "WHERE search_fts MATCH ? {} ORDER BY rowid DESC LIMIT ?")
_NOT_STALE = "AND meeting_id NOT IN (SELECT meeting_id FROM search_dirty)"


@dataclass(frozen=True)
class SearchHit:
    """One place that matched: the meeting, where in it, and a snippet of the original text."""

    meeting_id: MeetingId
    meeting_date: dt.date
    meeting_title: str
    where: str  # "Ý kiến – Phạm Đăng Khoa", "Kết luận 2", "Thành phần", "Tiêu đề" …
    kind: str  # title, info, attendee, agenda, opinion, vote, conclusion, sub_item, task
    row_id: int  # id of the row in its table (the meeting id for title and info)
    page: str  # editor page showing it: info, attendees, proceedings, conclusions
    focus_id: int | None  # the row that page selects (attendee, opinion, conclusion) or None
    snippet: Snippet


@dataclass(frozen=True)
class SearchResults:
    """The hits, newest meetings first, and whether more matched than the limit."""

    hits: list[SearchHit]
    truncated: bool = False


def search(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> SearchResults:
    """Find text in titles, attendees, agenda, opinions, votes, conclusions and tasks."""
    refresh_search_index(db)
    query = parse_query(text)
    if query.is_empty or limit <= 0:
        return SearchResults([])
    rows = _matching_rows(db, query, limit + 1)
    found = rows[:limit]
    meetings = _meetings(db, {r[0] for r in found})
    texts = source_texts(db, [(r[1], r[2]) for r in found])
    hits = []
    for meeting_id, kind, source_id, label in found:
        date, title = meetings[meeting_id]
        original, focus = texts.get((kind, source_id), ("", None))
        hits.append(SearchHit(MeetingId(meeting_id), date, title, label, kind, source_id,
                              SOURCES[kind].page, focus, make_snippet(original, query)))
    return SearchResults(hits, truncated=len(rows) > limit)


def _matching_rows(db: Database, query: Query, limit: int) -> list[tuple]:
    """(meeting id, kind, source id, label) of the newest matches; stale meetings matched live."""
    stale = stale_meetings(db)
    if not stale or len(stale) > MAX_STALE:
        rows = db.execute(_MATCH.format(""), [query.to_fts(), limit]).fetchall()
    else:
        indexed = db.execute(_MATCH.format(_NOT_STALE), [query.to_fts(), limit]).fetchall()
        rows = sorted(indexed + stale_rows(db, query, stale), reverse=True)[:limit]
    return [row[1:] for row in rows]


def _meetings(db: Database, ids: set[int]) -> dict[int, tuple[dt.date, str]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id, date, title FROM meetings WHERE id IN ({marks})"
    return {r[0]: (dt.date.fromisoformat(r[1]), r[2]) for r in db.execute(sql, sorted(ids))}
