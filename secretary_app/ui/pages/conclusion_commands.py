"""Undoable edits of conclusions, their sub-items and tasks (StoreCommands over storage.lists)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from secretary_app.domain.model import Conclusion, SubItem, Task
from secretary_app.storage import lists
from secretary_app.storage.database import Store
from secretary_app.storage.faults import DatabaseError
from secretary_app.ui.undo import StoreCommand

CONCLUSION, ITEM, TASK = "conclusion", "item", "task"
LISTS = {CONCLUSION: lists.CONCLUSIONS, ITEM: lists.SUB_ITEMS, TASK: lists.TASKS}
_MERGE_ID = 0x4B4C  # "KL": consecutive edits of the same field of the same row merge


@dataclass(frozen=True)
class Node:
    """One row shown on the conclusions page: its kind and row id."""

    kind: str
    id: int


def position_of(store: Store, node: Node) -> int:
    """The row's position among its siblings."""
    return LISTS[node.kind].position_of(store.db, node.id)


def snapshot(store: Store, node: Node) -> Conclusion | SubItem | Task:
    """The row (with everything under it) as a domain object carrying its id."""
    return lists.load_item(store.db, LISTS[node.kind], node.id)


class GuardedCommand(StoreCommand):
    """A StoreCommand whose refused write (a locked meeting) leaves `error` and drops itself."""

    error = ""

    def redo(self) -> None:
        """Apply; a refused write makes the command obsolete so the stack forgets it."""
        self._guard(super().redo)

    def undo(self) -> None:
        """Reverse; likewise."""
        self._guard(super().undo)

    def _guard(self, step) -> None:
        try:
            step()
        except DatabaseError as exc:
            self.error = str(exc)
            self.setObsolete(True)


def _insert(store: Store, kind: str, parent_id: int, obj, position: int | None) -> int:
    """Insert obj; an object that already has an id (redo, undo of a delete) gets it back."""
    if kind == CONCLUSION:
        return lists.add_conclusion(store, parent_id, obj, position, keep_ids=True)
    return LISTS[kind].add(store, parent_id, obj, position, keep_id=True)


def add_command(store: Store, kind: str, parent_id: int, obj, position: int | None,
                text: str) -> GuardedCommand:
    """Add obj under parent_id (meeting for a conclusion, conclusion otherwise)."""
    return GuardedCommand(text, lambda: _insert(store, kind, parent_id, obj, position),
                        lambda: LISTS[kind].delete(store, obj.id))


def delete_command(store: Store, node: Node, text: str) -> GuardedCommand:
    """Delete a row; undo puts it (and what hung under it) back where it was, same ids."""
    obj = snapshot(store, node)
    parent_id = LISTS[node.kind].parent_of(store.db, node.id)
    position = position_of(store, node)
    return GuardedCommand(text, lambda: LISTS[node.kind].delete(store, node.id),
                        lambda: _insert(store, node.kind, parent_id, obj, position))


def move_command(store: Store, node: Node, new_position: int, text: str) -> GuardedCommand:
    """Move a row among its siblings."""
    old_position = position_of(store, node)
    return GuardedCommand(text, lambda: LISTS[node.kind].move(store, node.id, new_position),
                        lambda: LISTS[node.kind].move(store, node.id, old_position))


class EditCommand(GuardedCommand):
    """Change some fields of one row; typing in the same field again merges into one step."""

    def __init__(self, store: Store, node: Node, old: dict, new: dict, text: str):
        self.store, self.node, self.old, self.new = store, node, dict(old), dict(new)
        super().__init__(text, lambda: self._write(self.new), lambda: self._write(self.old))

    def _write(self, fields: dict) -> None:
        LISTS[self.node.kind].update(self.store, self.node.id, **fields)

    def id(self) -> int:
        """Commands with the same id may merge (Qt asks mergeWith)."""
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a later edit of exactly the same fields of the same row."""
        if not isinstance(other, EditCommand) or other.node != self.node:
            return False
        if set(other.new) != set(self.new):
            return False
        self.new = dict(other.new)
        self.setObsolete(self.new == self.old)
        return True
