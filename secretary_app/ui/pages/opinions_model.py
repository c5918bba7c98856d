"""Table model of the opinions recorded so far: time, speaker, text (editable in place)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secretary_app.domain.model import Meeting, Opinion
from secretary_app.ui.row_models import RowTableModel

AT, SPEAKER, TEXT = range(3)


class OpinionsModel(RowTableModel):
    """The opinions of one meeting in order; time and text are edited in place."""

    editable_columns = frozenset({AT, SPEAKER, TEXT})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.speakers: dict[str, str] = {}
        self.agenda: dict[str, str] = {}

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the opinions of a meeting (speaker names and agenda titles looked up)."""
        self.speakers = {a.key: a.name for a in meeting.attendees}
        self.agenda = {g.key: g.title for g in meeting.agenda}
        self.set_rows(meeting.opinions)

    def headers(self) -> list[str]:
        return [self.tr("Giờ"), self.tr("Người phát biểu"), self.tr("Ý kiến")]

    def speaker_name(self, o: Opinion) -> str:
        """The speaker as shown: the attendee's name or the free text."""
        return self.speakers.get(o.speaker or "", "") or o.speaker_label or ""

    def cell(self, o: Opinion, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (o.at or "", self.speaker_name(o), o.text)[column]
        if role == Qt.ItemDataRole.ToolTipRole and o.agenda in self.agenda:
            return self.tr("Nội dung: %1").replace("%1", self.agenda[o.agenda])
        return None
