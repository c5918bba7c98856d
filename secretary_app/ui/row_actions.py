"""Keyboard actions shared by the list pages: move up/down, delete, and selecting by id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

from secretary_app.ui import commands as cmd


def add_action(owner: QWidget, text: str, keys: str | QKeySequence.StandardKey | None,
               slot: Callable[[], None], object_name: str = "",
               context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
               ) -> QAction:
    """An action with a shortcut that works while focus is inside owner (by default)."""
    action = QAction(text, owner)
    if object_name:
        action.setObjectName(object_name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def selected_row(view: QTableView) -> int | None:
    """The row of the current index, or None."""
    index = view.currentIndex()
    return index.row() if index.isValid() else None


def select_row_of(view: QTableView, rows: list, row_id: int | None, column: int = 0) -> None:
    """Make the row whose item has this id current (after a reload); a cell of that row that is
    already current stays current, so Tab after an edit goes on from where the editing was."""
    for i, item in enumerate(rows):
        if item.id == row_id:
            if view.currentIndex().row() != i:
                view.setCurrentIndex(view.model().index(i, column))
            view.scrollTo(view.model().index(i, column))
            return


class OrderedRowsMixin:
    """Undoable move and delete for a table of one ordered list of a meeting.

    The host has `store`, `view`, `model.rows`, `meeting_id`, `_keep_id`, `_push(command)`,
    the `child_list` it edits, and `move_text()` / `delete_text()` (translated undo texts).
    """

    child_list = None

    def move_row(self, row: int, to: int) -> None:
        """Move one row to another place (undoable)."""
        ids = [item.id for item in self.model.rows]
        if self.meeting_id is None or not 0 <= to < len(ids) or row == to:
            return
        self._keep_id = ids[row]
        self._push(cmd.reorder_rows(self.move_text(), self.store, self.child_list,
                                    self.meeting_id, ids, cmd.moved(ids, row, to)))

    def move_by(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = selected_row(self.view)
        if row is not None:
            self.move_row(row, row + step)

    def delete_selected(self) -> None:
        """Delete the selected row (undoable)."""
        row = selected_row(self.view)
        if row is None or self.meeting_id is None or row >= len(self.model.rows):
            return
        self._push(cmd.delete_row(self.delete_text(), self.store, self.child_list,
                                  self.meeting_id, self.model.rows[row], row))
