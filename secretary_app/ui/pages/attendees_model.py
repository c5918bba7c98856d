"""Table model of the attendance list: name, title, unit, role, presence, note, delegation and
how many people a delegation stands for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secretary_app.domain.enums import Presence
from secretary_app.domain.model import Attendee
from secretary_app.ui.labels import PRESENCE, ROLE, label
from secretary_app.ui.row_models import RowTableModel

NAME, TITLE, UNIT, ROLE_COL, PRESENCE_COL, NOTE, GROUP, COUNT = range(8)
FIELDS = {NAME: "name", TITLE: "title", UNIT: "organization", ROLE_COL: "role",
          PRESENCE_COL: "presence", GROUP: "group", COUNT: "count"}


def note_field(a: Attendee) -> str | None:
    """Which field the note column edits: the arrival time, the reason of absence, or none."""
    if a.presence is Presence.LATE:
        return "arrived_at"
    if a.presence is Presence.ABSENT_EXCUSED:
        return "absence_reason"
    return None


class AttendeesModel(RowTableModel):
    """The attendees of one meeting in protocol order."""

    editable_columns = frozenset({NAME, TITLE, UNIT, ROLE_COL, PRESENCE_COL, NOTE, GROUP, COUNT})

    def headers(self) -> list[str]:
        return [self.tr("Họ và tên / đoàn"), self.tr("Chức vụ"), self.tr("Đơn vị"),
                self.tr("Vai trò"), self.tr("Tham dự"), self.tr("Giờ đến / lý do vắng"),
                self.tr("Đoàn"), self.tr("Số người")]

    def cell(self, a: Attendee, column: int, role: int):
        if column == GROUP:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if a.group else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self._value(a, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(a, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and a.group:
            return self.tr("Đoàn, đại diện: một dòng cho cả nhóm")
        return None

    def _value(self, a: Attendee, column: int):
        if column == NOTE:
            field = note_field(a)
            return getattr(a, field) or "" if field else ""
        return getattr(a, FIELDS[column])

    def _shown(self, a: Attendee, column: int) -> str:
        if column == ROLE_COL:
            return label(ROLE, a.role)
        if column == PRESENCE_COL:
            return label(PRESENCE, a.presence)
        return str(self._value(a, column) or "")

    def flags(self, index):
        flags = super().flags(index)
        if self.read_only or not index.isValid() or index.row() >= len(self.rows):
            return flags
        if index.column() == GROUP:
            flags = (flags & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == NOTE and note_field(self.rows[index.row()]) is None:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        if index.column() == COUNT and not self.rows[index.row()].group:
            flags &= ~Qt.ItemFlag.ItemIsEditable  # only a group stands for several people
        return flags

    def counts(self) -> dict[Presence, int]:
        """How many attendees are in each roll-call state."""
        out = dict.fromkeys(Presence, 0)
        for a in self.rows:
            out[a.presence] += 1
        return out
