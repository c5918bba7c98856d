"""Table model of the register dialog: one row per number, cancelled ones greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from secretary_app.documents.register_report import register_rows
from secretary_app.domain.model import Organization
from secretary_app.domain.register import EntryStatus, RegisterEntry
from secretary_app.ui.row_models import RowTableModel

NUMBER, DATE, KIND, SUMMARY, SIGNER, RECIPIENTS, STATUS, NOTE = range(8)
EntryRole = Qt.ItemDataRole.UserRole + 1


class RegisterModel(RowTableModel):
    """Register entries of one organisation, in register order."""

    def __init__(self, org: Organization | None = None, parent=None):
        super().__init__(parent)
        self.org = org
        self._texts: list[tuple[str, ...]] = []

    def set_entries(self, org: Organization | None, entries: list[RegisterEntry]) -> None:
        """Show these entries of org."""
        self.org = org
        self._texts = register_rows(org, entries) if org is not None else []
        self.set_rows(entries if org is not None else [])

    def headers(self) -> list[str]:
        return [self.tr("Số, ký hiệu"), self.tr("Ngày"), self.tr("Loại"),
                self.tr("Trích yếu"), self.tr("Người ký"), self.tr("Nơi nhận"),
                self.tr("Tình trạng"), self.tr("Ghi chú")]

    def cell(self, item: RegisterEntry, column: int, role: int) -> Any:
        """Roles other than the text (see data): the entry itself, the status colour."""
        if role == EntryRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and item.status is not EntryStatus.ISSUED:
            return QBrush(QColor("#8a8a8a" if item.status is EntryStatus.CANCELLED
                                 else "#1f5fa8"))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        return self.cell(item, index.column(), role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def entry(self, row: int) -> RegisterEntry:
        """The entry shown on a row."""
        return self.rows[row]
