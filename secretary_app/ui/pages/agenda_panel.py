"""The agenda beside the live view: items to add, rename, reorder, and the current one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from secretary_app.domain.model import AgendaItem
from secretary_app.storage.lists import AGENDA
from secretary_app.ui import commands as cmd
from secretary_app.ui.delegates import LongTextDelegate
from secretary_app.ui.row_actions import (
    OrderedRowsMixin,
    add_action,
    select_row_of,
    selected_row,
)
from secretary_app.ui.row_models import RowTableModel, make_row_view

VIEW_ONLY = Qt.ShortcutContext.WidgetShortcut


class AgendaModel(RowTableModel):
    """Agenda items, one column, renamed in place."""

    editable_columns = frozenset({0})

    def headers(self) -> list[str]:
        return [self.tr("Nội dung, chương trình")]

    def cell(self, item: AgendaItem, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title
        return None


class AgendaPanel(OrderedRowsMixin, QWidget):
    """Add an item by typing and Enter; the selected item is where new opinions go."""

    child_list = AGENDA

    def __init__(self, store, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.undo_stack = store, undo_stack
        self.meeting_id: int | None = None
        self.locked = False
        self._keep_id: int | None = None
        self.model = AgendaModel(self)
        self.view = make_row_view(self.model, "agendaList")
        self.view.verticalHeader().setVisible(True)
        self.view.setItemDelegateForColumn(0, LongTextDelegate(self.view))
        self.entry = QLineEdit(objectName="agendaEntry")
        self.entry.setPlaceholderText(self.tr("Thêm nội dung: gõ rồi Enter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Nội dung, chương trình</b>")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.entry)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.model.editRequested.connect(self._rename)
        self.model.moveRequested.connect(self.move_row)
        add_action(self.view, self.tr("Xóa nội dung"), "Del", self.delete_selected, context=VIEW_ONLY)
        add_action(self.view, self.tr("Lên"), "Ctrl+Shift+Up", lambda: self.move_by(-1),
                   context=VIEW_ONLY)
        add_action(self.view, self.tr("Xuống"), "Ctrl+Shift+Down", lambda: self.move_by(1),
                   context=VIEW_ONLY)

    def set_locked(self, locked: bool) -> None:
        """Finalised minutes: the agenda is shown but cannot be changed."""
        self.locked = self.model.read_only = locked
        self.entry.setEnabled(not locked)

    def _push(self, command) -> None:
        if not self.locked:
            self.undo_stack.push(command)

    def show_items(self, meeting_id: int | None, items: list[AgendaItem]) -> None:
        """Show the agenda of a meeting, keeping the current item."""
        keep = self._keep_id if self._keep_id is not None else self._current_id()
        if meeting_id != self.meeting_id:
            keep = None
        self.meeting_id = meeting_id
        self.model.set_rows(items)
        select_row_of(self.view, self.model.rows, keep)
        self._keep_id = None

    def _current_id(self) -> int | None:
        row = selected_row(self.view)
        return None if row is None or row >= len(self.model.rows) else self.model.rows[row].id

    def current_key(self) -> str | None:
        """The key of the selected agenda item (new opinions belong to it)."""
        row = selected_row(self.view)
        return None if row is None or row >= len(self.model.rows) else self.model.rows[row].key

    def select_key(self, key: str) -> None:
        """Make the agenda item with this key the current one."""
        found = next((g.id for g in self.model.rows if g.key == key), None)
        select_row_of(self.view, self.model.rows, found)

    def step(self, by: int) -> None:
        """Make the previous (-1) or next (+1) agenda item current."""
        row = selected_row(self.view)
        target = 0 if row is None else row + by
        if 0 <= target < len(self.model.rows):
            select_row_of(self.view, self.model.rows, self.model.rows[target].id)

    def add_from_entry(self) -> None:
        """Add the typed item at the end and make it current."""
        title = " ".join(self.entry.text().split())
        if not title or self.meeting_id is None:
            return
        item = AgendaItem(key="", title=title)
        self._push(cmd.add_row(self.tr("Thêm nội dung"), self.store, AGENDA,
                                         self.meeting_id, item))
        self.entry.clear()
        select_row_of(self.view, self.model.rows, item.id)

    def _rename(self, row: int, _column: int, value) -> None:
        item = self.model.rows[row]
        title = " ".join(str(value).split())
        if title and title != item.title:
            self._keep_id = item.id
            self._push(cmd.update_row(self.tr("Sửa nội dung"), self.store, AGENDA,
                                                item.id, {"title": title}, {"title": item.title}))

    def move_text(self) -> str:
        """Undo text of a reorder."""
        return self.tr("Đổi thứ tự nội dung")

    def delete_text(self) -> str:
        """Undo text of a deletion."""
        return self.tr("Xóa nội dung")
