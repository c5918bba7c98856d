"""The left side of the main window: filter box and the lazily loaded meeting list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretary_app.storage.meetings import count_meetings
from secretary_app.ui.meeting_list_model import DATE, ID_ROLE, OPEN_TASKS, TITLE, MeetingListModel


class MeetingListPanel(QWidget):
    """Filter box, meeting table and a count; emits the selected meeting id (or -1)."""

    meetingSelected = Signal(int)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._quiet = False
        self.model = MeetingListModel(store.db, self)
        self.filter_box = QLineEdit(objectName="meetingFilter")
        self.filter_box.setPlaceholderText(self.tr("Lọc theo tên hoặc ngày (Ctrl+F)…"))
        self.filter_box.setClearButtonEnabled(True)
        self.view = self._make_view()
        self.count_label = QLabel(objectName="meetingCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter_box, self.view, self.count_label):
            layout.addWidget(widget)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_box.returnPressed.connect(self._focus_list)
        self.update_count()

    def _make_view(self) -> QTableView:
        view = QTableView(objectName="meetingList")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        view.setMinimumWidth(300)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would read every fetched row on each page fetched
        metrics = view.fontMetrics()
        header.resizeSection(DATE, metrics.horizontalAdvance("00/00/0000") + 16)
        header.resizeSection(OPEN_TASKS, metrics.horizontalAdvance(self.tr("Việc")) + 24)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        return view

    def apply_filter(self) -> None:
        """Re-query the list with the filter text."""
        self.model.set_filter(self.filter_box.text())
        self.update_count()

    def update_count(self) -> None:
        """Show how many meetings the list holds (all of them, not only those fetched)."""
        total = count_meetings(self.store.db, self.model.matching)
        self.count_label.setText(self.tr("%n cuộc họp", "", total))

    def refresh(self) -> None:
        """Re-read the list after meetings were added, changed or deleted."""
        current = self.current_id()
        self.model.refresh()
        self.update_count()
        if current is not None:
            self.select(current, notify=False)

    def current_id(self) -> int | None:
        """The id of the selected meeting."""
        index = self.view.currentIndex()
        return None if not index.isValid() else index.data(ID_ROLE)

    def select(self, meeting_id: int, notify: bool = True) -> bool:
        """Select a meeting's row if it is among the rows fetched; False otherwise."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        self._quiet = not notify
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(self.model.index(row, TITLE), flags)
        self._quiet = False
        self.view.scrollTo(self.model.index(row, TITLE))
        return True

    def _on_current(self, current, _previous) -> None:
        if self._quiet:
            return
        self.meetingSelected.emit(current.data(ID_ROLE) if current.isValid() else -1)

    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.selectRow(0)
