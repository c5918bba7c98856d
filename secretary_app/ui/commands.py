"""Undoable edits of stored rows (add, delete, change fields, reorder) as StoreCommands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from secretary_app.storage.database import Store
from secretary_app.storage.lists import ChildList
from secretary_app.storage.meetings import update_meeting_info
from secretary_app.ui.undo import StoreCommand

_MERGING_ID = 4711


class MergingCommand(StoreCommand):
    """A field edit that swallows the next edit of the same field (typing is one undo step)."""

    def __init__(self, text: str, merge_key: tuple, do: Callable[[], object],
                 undo: Callable[[], object]):
        super().__init__(text, do, undo)
        self.merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if getattr(other, "merge_key", None) != self.merge_key:
            return False
        self._do = other._do
        return True


def add_row(text: str, store: Store, rows: ChildList, parent_id: int, item: Any,
            position: int | None = None) -> StoreCommand:
    """Add item to a list; undo deletes it, redo re-creates it with the same id."""
    def do():
        rows.add(store, parent_id, item, position, keep_id=item.id is not None)

    def undo():
        rows.delete(store, item.id)
    return StoreCommand(text, do, undo)


def add_rows(text: str, store: Store, rows: ChildList, parent_id: int,
             items: list[Any]) -> StoreCommand:
    """Add several items in one transaction (a pasted list); one undo step."""
    def do():
        with store.write():
            for item in items:
                rows.add(store, parent_id, item, keep_id=item.id is not None)

    def undo():
        with store.write():
            for item in reversed(items):
                rows.delete(store, item.id)
    return StoreCommand(text, do, undo)


def delete_row(text: str, store: Store, rows: ChildList, parent_id: int, item: Any,
               position: int) -> StoreCommand:
    """Delete a stored item (with its id); undo puts it back where it was."""
    def undo():
        rows.add(store, parent_id, item, position, keep_id=True)
    return StoreCommand(text, lambda: rows.delete(store, item.id), undo)


def update_row(text: str, store: Store, rows: ChildList, row_id: int, new: dict,
               old: dict) -> StoreCommand:
    """Change some fields of one row (one undo step per change)."""
    return StoreCommand(text, lambda: rows.update(store, row_id, **new),
                        lambda: rows.update(store, row_id, **old))


def reorder_rows(text: str, store: Store, rows: ChildList, parent_id: int, old_ids: list[int],
                 new_ids: list[int]) -> StoreCommand:
    """Put a list in a new order; undo restores the old one."""
    return StoreCommand(text, lambda: rows.set_order(store, parent_id, new_ids),
                        lambda: rows.set_order(store, parent_id, old_ids))


def update_info(text: str, store: Store, meeting_id: int, new: dict,
                old: dict) -> StoreCommand:
    """Change information fields of a meeting; typing in one field is one undo step."""
    key = ("meetings", meeting_id, tuple(sorted(new)))
    return MergingCommand(text, key, lambda: update_meeting_info(store, meeting_id, **new),
                          lambda: update_meeting_info(store, meeting_id, **old))


def moved(ids: list[int], row: int, to: int) -> list[int]:
    """ids with the element at row moved to index to."""
    out = list(ids)
    out.insert(max(0, min(to, len(out) - 1)), out.pop(row))
    return out
