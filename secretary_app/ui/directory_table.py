"""Table models of the directory dialog: people and delegations, units."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from secretary_app.storage.directory import DirectoryEntry
from secretary_app.ui.row_models import RowTableModel

NAME, TITLE, UNIT, LAST_SEEN, MEETINGS = range(5)


class _ReadOnly(RowTableModel):
    """Rows to look at and select; nothing is edited or dragged in place."""

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PeopleModel(_ReadOnly):
    """Directory entries with their latest title and unit."""

    def headers(self) -> list[str]:
        return [self.tr("Họ tên / đoàn"), self.tr("Chức vụ gần nhất"), self.tr("Đơn vị"),
                self.tr("Lần cuối"), self.tr("Số cuộc họp")]

    def cell(self, item: DirectoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LAST_SEEN:
                return f"{item.last_seen:%d/%m/%Y}" if item.last_seen else ""
            if column == MEETINGS:
                return str(item.meetings)
            return (item.name, item.title, item.organization)[column]
        if role == Qt.ItemDataRole.ToolTipRole and item.is_group:
            return self.tr("Đoàn / đơn vị dự họp")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MEETINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class UnitsModel(_ReadOnly):
    """Units named in the directory, with how many entries name them."""

    def headers(self) -> list[str]:
        return [self.tr("Đơn vị"), self.tr("Số mục trong danh bạ")]

    def cell(self, item: tuple[str, int], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return item[0] if column == 0 else str(item[1])
        return None
