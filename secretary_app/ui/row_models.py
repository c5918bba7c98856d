"""Table models over a list of stored rows: display, in-place edits and drag-and-drop reorder.

The model never writes: edits and moves are announced as signals so the page can push an
undoable command; the page then reloads the rows from the store.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView

ROW_MIME = "application/x-secretary-app-row"


class RowTableModel(QAbstractTableModel):
    """Rows of domain objects; subclasses give headers, cells and the editable columns."""

    moveRequested = Signal(int, int)  # from row, to row
    editRequested = Signal(int, int, object)  # row, column, new value
    editable_columns: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.read_only = False  # a finalised meeting: shown, not edited or reordered

    def headers(self) -> list[str]:
        """Translated column headers."""
        return []

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What one cell shows for a role (DisplayRole, EditRole, ToolTipRole …)."""
        return None

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row; the same rows re-read keep the view's current cell, editor and focus."""
        rows = list(rows)
        if self.rows and row_ids(rows) == row_ids(self.rows):
            self.rows = rows
            last = self.index(len(rows) - 1, max(self.columnCount() - 1, 0))
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.read_only or not index.isValid() or index.column() not in self.editable_columns:
            return False
        if role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole):
            return False
        self.editRequested.emit(index.row(), index.column(), value)
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if self.read_only:
            shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            return shown if index.isValid() else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in self.editable_columns:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if self.read_only or action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME)).decode() or -1)
        target = target_after_drop(source, self.drop_target(row, parent))
        if 0 <= source < len(self.rows) and target != source:
            self.moveRequested.emit(source, target)
        return False  # the page reloads the rows; the view must not remove the source itself

    def drop_target(self, row: int, parent: QModelIndex) -> int:
        """The final index of a row dropped before `row` (or onto parent)."""
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        return row


def row_ids(rows: list[Any]) -> list[Any]:
    """The stored ids of rows, in order (None for a row that has none)."""
    return [getattr(row, "id", None) for row in rows]


def target_after_drop(source: int, drop_row: int) -> int:
    """Index the moved row ends at when dropped before drop_row."""
    return drop_row - 1 if drop_row > source else drop_row


def make_row_view(model: RowTableModel, object_name: str) -> QTableView:
    """A table view with single-row selection and drag-and-drop reordering."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragEnabled(True)
    view.setDropIndicatorShown(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view
