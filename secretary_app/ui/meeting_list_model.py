"""The meeting list as a lazily fetched table model: date, title, open tasks, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from secretary_app.storage.meetings import MeetingSummary, list_meetings

PAGE_SIZE = 500  # rows per fetch: fewer, larger inserts keep scrolling 10,000 rows fast
FIRST_PAGE = 100  # the first fetch, at start-up: a screenful or two is all the window shows
DATE, TITLE, OPEN_TASKS = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingListModel(QAbstractTableModel):
    """Meetings fetched page by page (canFetchMore/fetchMore) so 10,000 meetings open fast."""

    def __init__(self, db, parent=None, page_size: int = PAGE_SIZE, first_page: int = FIRST_PAGE):
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.first_page = min(first_page, page_size)
        self.matching = ""
        self.rows: list[MeetingSummary] = []
        self.exhausted = False

    def set_filter(self, text: str) -> None:
        """Show only meetings whose title or date contains text (accents optional)."""
        self.matching = text
        self.beginResetModel()
        self.rows, self.exhausted = [], False
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the rows already fetched; a plain data change when the ids did not move."""
        wanted = max(len(self.rows), self.page_size)
        fresh = list_meetings(self.db, wanted, 0, self.matching)
        if [r.id for r in fresh] == [r.id for r in self.rows]:
            self.rows = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, 2))
            return
        self.beginResetModel()
        self.rows = fresh
        self.exhausted = len(fresh) < wanted
        self.endResetModel()

    def stop_fetching(self) -> None:
        """Never query again (the window closed; its database may be closed next)."""
        self.exhausted = True

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self.exhausted:
            return
        wanted = self.page_size if self.rows else self.first_page
        page = list_meetings(self.db, wanted, len(self.rows), self.matching)
        self.exhausted = len(page) < wanted
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Ngày"), self.tr("Tên cuộc họp"), self.tr("Việc"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == OPEN_TASKS:
            return self.tr("Số nhiệm vụ đang thực hiện")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return int(row.id)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == OPEN_TASKS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == DATE:
            return row.date.strftime("%d/%m/%Y")
        if index.column() == TITLE:
            return row.title
        return str(row.open_tasks) if row.open_tasks else ""

    def row_of(self, meeting_id: int) -> int | None:
        """The row showing this meeting, among the rows fetched so far."""
        return next((i for i, r in enumerate(self.rows) if r.id == meeting_id), None)
