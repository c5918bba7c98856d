"""Keyboard actions shared by the list pages: move up/down, delete, and selecting by id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget


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
    """Make the row whose item has this id current (after a reload)."""
    for i, item in enumerate(rows):
        if item.id == row_id:
            view.setCurrentIndex(view.model().index(i, column))
            view.scrollTo(view.model().index(i, column))
            return
