"""Edits of the ordered lists inside a meeting: add, update, delete, move, reorder.

One ChildList per noun (attendees, agenda, opinions, votes, conclusions, sub-items, tasks,
documents); every call is one transaction through the Store funnel and announces the noun.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from secretary_app.domain.model import Attendee, Conclusion, SubItem, Task
from secretary_app.storage import meetings as m
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.people import PERSON_FIELDS, link_person, relink_attendee
from secretary_app.storage.rows import (
    delete_child,
    insert_child,
    move_child,
    next_key,
    require_date,
    set_order,
    update_child,
)

_RENAMED = {"speaker": "speaker_key", "agenda": "agenda_key", "group": "is_group"}


def columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Domain field names to column names; lists as JSON, booleans as integers."""
    out = {}
    for key, value in fields.items():
        if isinstance(value, list):
            value = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            value = int(value)
        out[_RENAMED.get(key, key)] = value
    return out


@dataclass(frozen=True)
class ChildList:
    """An ordered list of rows under a meeting (or under a conclusion)."""

    table: str
    parent_col: str
    noun: Noun
    to_row: Callable[[Any], dict]
    key_prefix: str | None = None

    def meeting_of(self, db: Database, parent_id: int) -> int:
        """The meeting a parent id belongs to."""
        if self.parent_col == "meeting_id":
            return parent_id
        sql = "SELECT meeting_id FROM conclusions WHERE id = ?"
        return db.execute(sql, [parent_id]).fetchone()[0]

    def parent_of(self, db: Database, row_id: int) -> int:
        """The parent id of a row."""
        sql = f"SELECT [{self.parent_col}] FROM [{self.table}] WHERE id = ?"
        found = db.execute(sql, [row_id]).fetchone()
        if found is None:
            raise KeyError(f"{self.table} row {row_id} does not exist")
        return found[0]

    def _change(self, db: Database, parent_id: int, row_id: int | None = None) -> Change:
        return Change(self.noun, self.meeting_of(db, parent_id), row_id)

    def add(self, store: Store, parent_id: int, item: Any, position: int | None = None,
            keep_id: bool = False) -> int:
        """Insert item (a domain object) at position (default: the end); returns the row id.

        keep_id reuses item.id when that id is free (undo re-creates a deleted row as it was).
        """
        with store.write(self._change(store.db, parent_id)) as db:
            row = self.to_row(item)
            if keep_id and item.id is not None and not self._exists(db, item.id):
                row["id"] = item.id
            if self.key_prefix and not row.get("key"):
                row["key"] = next_key(db, self.table, parent_id, self.key_prefix)
                item.key = row["key"]
            row.update(self.extra(db, parent_id, item))
            row_id = insert_child(db, self.table, self.parent_col, parent_id, row, position)
        item.id = row_id
        return row_id

    def _exists(self, db: Database, row_id: int) -> bool:
        sql = f"SELECT 1 FROM [{self.table}] WHERE id = ?"
        return db.execute(sql, [row_id]).fetchone() is not None

    def extra(self, db: Database, parent_id: int, item: Any) -> dict:
        """Columns computed at insert time (the attendee's directory link)."""
        if isinstance(item, Attendee) and item.person_id is None:
            date = require_date(db.execute("SELECT date FROM meetings WHERE id = ?",
                                           [parent_id]).fetchone()[0])
            return {"person_id": link_person(db, item, date)}
        return {}

    def update(self, store: Store, row_id: int, **fields: Any) -> None:
        """Change some columns of one row."""
        parent = self.parent_of(store.db, row_id)
        with store.write(self._change(store.db, parent, row_id)) as db:
            update_child(db, self.table, row_id, columns(fields))
            if self.table == "attendees" and PERSON_FIELDS & fields.keys():
                relink_attendee(db, row_id)  # the directory suggests the corrected details

    def delete(self, store: Store, row_id: int) -> None:
        """Delete one row (and what hangs under it); the order closes up."""
        parent = self.parent_of(store.db, row_id)
        with store.write(self._change(store.db, parent, row_id)) as db:
            delete_child(db, self.table, self.parent_col, row_id)

    def move(self, store: Store, row_id: int, new_position: int) -> None:
        """Move one row to a new position."""
        parent = self.parent_of(store.db, row_id)
        with store.write(self._change(store.db, parent, row_id)) as db:
            move_child(db, self.table, self.parent_col, row_id, new_position)

    def set_order(self, store: Store, parent_id: int, ids: list[int]) -> None:
        """Put all rows of a parent in exactly this order."""
        with store.write(self._change(store.db, parent_id)) as db:
            set_order(db, self.table, self.parent_col, parent_id, ids)

    def position_of(self, db: Database, row_id: int) -> int:
        """The row's position among its siblings."""
        sql = f"SELECT position FROM [{self.table}] WHERE id = ?"
        return db.execute(sql, [row_id]).fetchone()[0]

    def ids(self, db: Database, parent_id: int) -> list[int]:
        """Row ids in order."""
        sql = f"SELECT id FROM [{self.table}] WHERE [{self.parent_col}] = ? ORDER BY position"
        return [r[0] for r in db.execute(sql, [parent_id]).fetchall()]


ATTENDEES = ChildList("attendees", "meeting_id", Noun.ATTENDEES, m.attendee_row, "a")
AGENDA = ChildList("agenda_items", "meeting_id", Noun.AGENDA,
                   lambda g: {"key": g.key, "title": g.title}, "g")
OPINIONS = ChildList("opinions", "meeting_id", Noun.OPINIONS, m.opinion_row, "o")
VOTES = ChildList("votes", "meeting_id", Noun.VOTES, m.vote_row)
CONCLUSIONS = ChildList("conclusions", "meeting_id", Noun.CONCLUSIONS, lambda c: {"text": c.text})
SUB_ITEMS = ChildList("conclusion_items", "conclusion_id", Noun.CONCLUSIONS,
                      lambda i: {"text": i.text})
TASKS = ChildList("tasks", "conclusion_id", Noun.TASKS, m.task_row)
DOCUMENTS = ChildList("documents", "meeting_id", Noun.DOCUMENTS, m.document_row)


def add_conclusion(store: Store, meeting_id: int, conclusion, position: int | None = None,
                   keep_ids: bool = False) -> int:
    """Insert a conclusion with its sub-items and tasks in one transaction."""
    with store.write(Change(Noun.CONCLUSIONS, meeting_id)):
        cid = CONCLUSIONS.add(store, meeting_id, conclusion, position, keep_id=keep_ids)
        for item in conclusion.items:
            SUB_ITEMS.add(store, cid, item, keep_id=keep_ids)
        for task in conclusion.tasks:
            TASKS.add(store, cid, task, keep_id=keep_ids)
    return cid


def load_item(db: Database, rows: ChildList, row_id: int) -> Conclusion | SubItem | Task:
    """A conclusion (with its sub-items and tasks), a sub-item or a task, carrying its id."""
    row = db.table(rows.table).get(row_id)
    if rows is CONCLUSIONS:
        return m.conclusion_from_row(db, row)
    if rows is SUB_ITEMS:
        return SubItem(text=row["text"], id=row["id"])
    return m.task_from_row(row)
