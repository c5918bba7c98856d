"""Table model of the opinions recorded so far: time, speaker, text (editable in place), item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secretary_app.domain.model import Meeting, Opinion
from secretary_app.domain.speech_order import placed_by_time
from secretary_app.ui.row_models import RowTableModel

AT, SPEAKER, TEXT, ITEM = range(4)
NO_ITEM = "–"  # the item column of an opinion outside the agenda


class OpinionsModel(RowTableModel):
    """The opinions of one meeting in order, each with its agenda item's number; one outside
    the agenda stands among the others by its time, as the minutes print it."""

    editable_columns = frozenset({AT, SPEAKER, TEXT})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.speakers: dict[str, str] = {}
        self.agenda: dict[str, str] = {}
        self.numbers: dict[str, int] = {}

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the opinions of a meeting (speaker names and agenda titles looked up)."""
        self.speakers = {a.key: a.name for a in meeting.attendees}
        self.agenda = {g.key: g.title for g in meeting.agenda}
        self.numbers = {g.key: n for n, g in enumerate(meeting.agenda, 1)}
        self.set_rows(placed_by_time(meeting))

    def headers(self) -> list[str]:
        return [self.tr("Giờ"), self.tr("Người phát biểu"), self.tr("Ý kiến"), self.tr("Mục")]

    def speaker_name(self, o: Opinion) -> str:
        """The speaker as shown: the attendee's name or the free text."""
        return self.speakers.get(o.speaker or "", "") or o.speaker_label or ""

    def cell(self, o: Opinion, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            number = str(self.numbers[o.agenda]) if o.agenda in self.numbers else NO_ITEM
            return (o.at or "", self.speaker_name(o), o.text, number)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if o.agenda in self.agenda:
                return self.tr("Nội dung %1: %2").replace("%1", str(self.numbers[o.agenda])) \
                    .replace("%2", self.agenda[o.agenda])
            return self.tr("Ngoài các nội dung: xếp theo giờ phát biểu, như khi in biên bản")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ITEM:
            return Qt.AlignmentFlag.AlignCenter
        return None
