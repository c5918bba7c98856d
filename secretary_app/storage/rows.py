"""Shared row plumbing: text cleaning on write, ordered child lists with gap-free positions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from secretary_app.domain.text import clean_text


def clean_row(row: dict[str, Any]) -> dict[str, Any]:
    """Every text value NFC-normalised without control characters; dates as ISO text."""
    out = {}
    for key, value in row.items():
        if isinstance(value, str):
            value = clean_text(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif hasattr(value, "value") and isinstance(value.value, str):
            value = value.value  # StrEnum
        out[key] = value
    return out


def count_children(db: Database, table: str, parent_col: str, parent_id: int) -> int:
    """How many rows hang under parent_id."""
    sql = f"SELECT count(*) FROM [{table}] WHERE [{parent_col}] = ?"
    return db.execute(sql, [parent_id]).fetchone()[0]


def insert_child(db: Database, table: str, parent_col: str, parent_id: int,
                 row: dict[str, Any], position: int | None = None) -> int:
    """Insert row at position (default: the end), shifting the rows after it; returns its id."""
    size = count_children(db, table, parent_col, parent_id)
    position = size if position is None else max(0, min(position, size))
    db.execute(f"UPDATE [{table}] SET position = position + 1 "
               f"WHERE [{parent_col}] = ? AND position >= ?", [parent_id, position])
    values = clean_row({**row, parent_col: parent_id, "position": position})
    return stored_id(db.table(table).insert(values).last_pk)


def insert_children(db: Database, table: str, parent_col: str, parent_id: int,
                    rows: list[dict[str, Any]]) -> None:
    """Append rows (all with the same columns) after the children of parent_id, in one statement."""
    if not rows:
        return
    start = count_children(db, table, parent_col, parent_id)
    values = [clean_row({**row, parent_col: parent_id, "position": start + i})
              for i, row in enumerate(rows)]
    names = list(values[0])
    sql = (f"INSERT INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    db.conn.executemany(sql, [[v[n] for n in names] for v in values])


def child_ids(db: Database, table: str, parent_col: str, parent_id: int) -> list[int]:
    """Row ids under parent_id in order."""
    sql = f"SELECT id FROM [{table}] WHERE [{parent_col}] = ? ORDER BY position"
    return [r[0] for r in db.execute(sql, [parent_id]).fetchall()]


def update_child(db: Database, table: str, row_id: int, fields: dict[str, Any]) -> None:
    """Update some columns of one row (text cleaned)."""
    if fields:
        db.table(table).update(row_id, clean_row(fields))


def delete_child(db: Database, table: str, parent_col: str, row_id: int) -> None:
    """Delete one row and close the gap it leaves in the order."""
    parent_id, position = db.execute(
        f"SELECT [{parent_col}], position FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
    db.execute(f"UPDATE [{table}] SET position = position - 1 "
               f"WHERE [{parent_col}] = ? AND position > ?", [parent_id, position])


def move_child(db: Database, table: str, parent_col: str, row_id: int, new_position: int) -> None:
    """Move one row to new_position, keeping positions 0..n-1 without gaps."""
    parent_id, old = db.execute(
        f"SELECT [{parent_col}], position FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    size = count_children(db, table, parent_col, parent_id)
    new = max(0, min(new_position, size - 1))
    if new == old:
        return
    if new > old:
        db.execute(f"UPDATE [{table}] SET position = position - 1 WHERE [{parent_col}] = ? "
                   f"AND position > ? AND position <= ?", [parent_id, old, new])
    else:
        db.execute(f"UPDATE [{table}] SET position = position + 1 WHERE [{parent_col}] = ? "
                   f"AND position >= ? AND position < ?", [parent_id, new, old])
    db.execute(f"UPDATE [{table}] SET position = ? WHERE id = ?", [new, row_id])


def set_order(db: Database, table: str, parent_col: str, parent_id: int, ids: list[int]) -> None:
    """Rewrite the order of all children of parent_id to follow ids exactly."""
    current = {r[0] for r in db.execute(
        f"SELECT id FROM [{table}] WHERE [{parent_col}] = ?", [parent_id]).fetchall()}
    if current != set(ids) or len(ids) != len(current):
        raise ValueError(f"set_order({table}): ids do not match the rows of parent {parent_id}")
    for position, row_id in enumerate(ids):
        db.execute(f"UPDATE [{table}] SET position = ? WHERE id = ?", [position, row_id])


def children(db: Database, table: str, parent_col: str, parent_id: int) -> list[dict]:
    """All rows under parent_id in order."""
    return list(db.query(f"SELECT * FROM [{table}] WHERE [{parent_col}] = ? ORDER BY position",
                         [parent_id]))


def next_key(db: Database, table: str, meeting_id: int, prefix: str) -> str:
    """A key like 'a7' not yet used in this meeting's table."""
    keys = {r[0] for r in db.execute(f"SELECT key FROM [{table}] WHERE meeting_id = ?",
                                     [meeting_id]).fetchall()}
    n = len(keys) + 1
    while f"{prefix}{n}" in keys:
        n += 1
    return f"{prefix}{n}"


def parse_date(value: str | None) -> dt.date | None:
    """ISO text to date."""
    return None if not value else dt.date.fromisoformat(value)


def require_date(value: str) -> dt.date:
    """ISO text of a NOT NULL date column to a date."""
    return dt.date.fromisoformat(value)


def stored_id(value: int | None) -> int:
    """The id of a row just inserted, or of an object read from the database: never None."""
    if value is None:
        raise ValueError("a stored row has no id")
    return int(value)
