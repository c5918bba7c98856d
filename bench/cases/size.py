"""Size: database bytes per opinion, search index included, and where the bytes go."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.figures import Figure
from bench.timing import summarise

INDEX_PREFIX = "search_"


def _pages_by_table(conn: sqlite3.Connection) -> dict[str, int] | None:
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:  # SQLite built without the dbstat table
        return None
    return dict(rows)


def _one(value: float) -> object:
    return summarise([value])


def measure(db: Path) -> list[Figure]:
    """File bytes (with any WAL) per opinion; the search index's share when SQLite tells."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        opinions = conn.execute("SELECT count(*) FROM opinions").fetchone()[0]
        text = conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM opinions").fetchone()[0]
        pages = _pages_by_table(conn)
    finally:
        conn.close()
    wal = db.with_name(db.name + "-wal")
    size = db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    figures = [
        Figure("size", "database bytes per opinion (search index included)", "bytes",
               _one(size / opinions),
               note=f"{size / 2**20:.0f} MiB file, {opinions:,} opinions of "
                    f"{text / opinions:,.0f} bytes of UTF-8 text on average"),
    ]
    if pages:
        index = sum(v for k, v in pages.items() if k.startswith(INDEX_PREFIX))
        figures.append(Figure("size", "of which the search index, per opinion", "bytes",
                              _one(index / opinions),
                              note=f"{index / size:.0%} of the file"))
    return figures
