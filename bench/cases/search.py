"""Search: 50 varied queries on the 10,000-meeting database, and a plain LIKE scan to compare."""

from __future__ import annotations

from pathlib import Path

from bench.factory import people_pool
from bench.figures import Figure, Target
from bench.generate import DEFAULT_SEED
from bench.timing import percentile, seconds, summarise
from secretary_app.domain.text import fold
from secretary_app.storage.database import open_store

PASSES = 3  # timed passes over all queries, after one warm-up pass
LIKE_QUERIES = 6  # queries also run as a LIKE scan (each reads every text of the database)

FIXED_QUERIES = (
    # what a secretary looks for: units, programmes, topics, with and without accents
    "khuyen hoc", "khuyến học, khuyến tài", "chuyển đổi số", "cai cach hanh chinh",
    "Sở Tài chính", "phong giao duc mam non", "Krông Pắc", "krong bong", "Ea H'leo",
    "M'Đrắk", "tiết kiệm, chống lãng phí", "tuyen sinh lop 10", "trường chuẩn quốc gia",
    "dạy thêm, học thêm", "an toàn trường học", "Nghị quyết số 29-NQ/TW",
    "THPT chuyên Nguyễn Du", "GIÁO VIÊN TIN HỌC", "Buôn Ma Thuột", "ngoại ngữ nghệ thuật", "R&D",
    # numbers and document references
    "97,5%", "Công văn số 73/UBND-KGVX", "Thông tư số 45", "2019", "30/6/2021",
    # common words: many hits, newest shown first
    "học", "đơn vị", "kế hoạch", "báo cáo", "kinh phí",
    # several words that rarely meet in one entry
    "kinh phí krong bong", "giáo viên ea sup", "phần mềm bảo hiểm xã hội",
    # input that must not break the query parser, and words that match nothing
    '"khuyen hoc', "AND", "NEAR(", "học*", "xyzzy", "thượng đỉnh G20",
)


def queries(seed: int = DEFAULT_SEED) -> list[str]:
    """The 50 queries: the fixed ones and people's names from the generated directory."""
    names = [p.name for p in people_pool(seed)[:10]]
    people = [fold(n) if i % 2 else n for i, n in enumerate(names)]
    return list(FIXED_QUERIES) + people


def like_scan(db, text: str) -> int:
    """The naive search: LIKE '%text%' over every searchable column; returns the hit count."""
    pattern = f"%{text}%"
    sql = """SELECT count(*) FROM (
        SELECT id FROM meetings WHERE title LIKE :p OR purpose LIKE :p
        UNION ALL SELECT id FROM attendees WHERE name LIKE :p OR title LIKE :p
                                              OR organization LIKE :p
        UNION ALL SELECT id FROM agenda_items WHERE title LIKE :p
        UNION ALL SELECT id FROM opinions WHERE text LIKE :p
        UNION ALL SELECT id FROM votes WHERE subject LIKE :p
        UNION ALL SELECT id FROM conclusions WHERE text LIKE :p
        UNION ALL SELECT id FROM conclusion_items WHERE text LIKE :p
        UNION ALL SELECT id FROM tasks WHERE assignee LIKE :p OR description LIKE :p
                                          OR coordinating LIKE :p)"""
    return db.execute(sql, {"p": pattern}).fetchone()[0]


def measure(db_path: Path) -> list[Figure]:
    """Milliseconds per query through storage.search, per pass; LIKE for a few queries."""
    from secretary_app.storage.search import search

    store = open_store(db_path)
    try:
        db = store.db
        wanted = queries()
        hits = [len(search(db, q).hits) for q in wanted]  # warm-up; refreshes a stale index
        passes = [[seconds(lambda q=q: search(db, q)) * 1000 for q in wanted]
                  for _ in range(PASSES)]
        like_set = wanted[:LIKE_QUERIES]
        like = [seconds(lambda q=q: like_scan(db, q)) * 1000 for q in like_set]
    finally:
        store.close()
    fts_same = [min(p[i] for p in passes) for i in range(LIKE_QUERIES)]
    note = (f"{len(wanted)} queries × {PASSES} passes; {sum(h > 0 for h in hits)} of them "
            f"find something; figures are per pass")
    return [
        Figure("search", "p50 of 50 queries", "ms",
               summarise([percentile(p, 0.50) for p in passes]), Target("≤", 10), note),
        Figure("search", "p95 of 50 queries", "ms",
               summarise([percentile(p, 0.95) for p in passes]), Target("≤", 50)),
        Figure("search", "slowest of 50 queries", "ms", summarise([max(p) for p in passes])),
        Figure("search", f"LIKE '%…%' scan, {LIKE_QUERIES} of the queries", "ms",
               summarise(like), note="accent- and case-sensitive, so it finds less"),
        Figure("search", "ratio LIKE scan / search (same queries)", "×",
               summarise([a / b for a, b in zip(like, fts_same, strict=True)])),
    ]
