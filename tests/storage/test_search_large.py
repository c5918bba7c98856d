"""Search on the 10,000-meeting database of the benchmark generator (speed lives in bench/)."""

from __future__ import annotations

import unicodedata

import pytest

from secretary_app.domain.text import fold
from secretary_app.storage.database import connect
from secretary_app.storage.search import search

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_db():
    from bench.generate import cached_database

    db = connect(cached_database(10_000), read_only=True)
    yield db
    db.close()


def newest_attendee(db) -> tuple[int, str]:
    sql = ("SELECT m.id, a.name FROM attendees a JOIN meetings m ON m.id = a.meeting_id "
           "WHERE a.is_group = 0 ORDER BY m.date DESC, m.id DESC, a.position LIMIT 1")
    return tuple(db.execute(sql).fetchone())


def test_generator_database_is_fully_indexed(big_db):
    assert big_db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 10_000
    assert big_db.execute("SELECT count(*) FROM search_meetings").fetchone()[0] == 10_000
    # the benchmark's capture case adds and deletes a meeting in this cached file; what is left
    # pending may name deleted meetings only, never one that exists
    pending = "SELECT count(*) FROM search_dirty WHERE meeting_id IN (SELECT id FROM meetings)"
    assert big_db.execute(pending).fetchone()[0] == 0


@pytest.mark.parametrize("variant", [fold, str.upper, lambda s: unicodedata.normalize("NFD", s)])
def test_known_name_is_found_in_its_meeting(big_db, variant):
    meeting_id, name = newest_attendee(big_db)
    results = search(big_db, variant(name))
    assert any(h.meeting_id == meeting_id and h.where == "Thành phần"
               and f"[{name}]" in h.snippet.marked() for h in results.hits)


def test_common_words_are_limited_newest_first(big_db):
    results = search(big_db, "nguyen", limit=50)
    assert len(results.hits) == 50 and results.truncated
    dates = [h.meeting_date for h in results.hits]
    assert dates == sorted(dates, reverse=True)
    newest = big_db.execute("SELECT max(date) FROM meetings").fetchone()[0]
    assert dates[0].isoformat() == newest


@pytest.mark.parametrize("query", ['"khuyến học', "Phòng Kế hoạch - Tài chính", "AND NEAR(",
                                   "R&D", "30/6/2025", "x*", '"'])
def test_syntax_like_queries_on_the_big_database(big_db, query):
    results = search(big_db, query, limit=20)
    assert len(results.hits) <= 20
    assert all(h.snippet.text for h in results.hits)
