"""Theo dõi thực hiện kết luận: tasks of every meeting, filtered and grouped; overdue stand out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from secretary_app.storage.database import Noun, Store
from secretary_app.storage.followup import (
    OVERDUE,
    TaskFilter,
    TaskLine,
    group_tasks,
    list_tasks,
    set_task_status,
    task_history,
    task_units,
)
from secretary_app.ui import messages, tasks_actions
from secretary_app.ui.dialogs.tasks_status_dialog import StatusDialog, history_lines
from secretary_app.ui.store_signals import StoreSignals
from secretary_app.ui.tasks_model import TASK_ROLE, TasksModel

COLUMN_WIDTHS = (400, 170, 90, 120, 260)  # pixels; the last column stretches
RELOAD_NOUNS = {Noun.TASKS, Noun.CONCLUSIONS, Noun.MEETING_LIST, Noun.MEETING_INFO,
                Noun.CARRIED_TASKS}
Opener = Callable[[int, str, int | None], object]


class TasksView(QDialog):
    """Every task of every meeting: filter by unit, status, deadline; group; update status."""

    def __init__(self, store: Store, signals: StoreSignals, opener: Opener | None = None,
                 current_meeting: Callable[[], int | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.opener = store, opener
        self.current_meeting = current_meeting or (lambda: None)
        self.today = dt.date.today()
        self.lines: list[TaskLine] = []
        self.setObjectName("tasksView")
        self.setWindowTitle(self.tr("Theo dõi thực hiện kết luận"))
        self.model = TasksModel(self)
        self._build()
        self.reload()
        signals.changed.connect(self._on_changes)
        self.resize(1180, 640)

    def _build(self) -> None:
        filters = self._filters()
        self.tree = QTreeView(objectName="tasksTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.tree.setColumnWidth(column, width)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.tree.doubleClicked.connect(lambda _index: self.change_status())
        self.history = QListWidget(objectName="tasksHistory")
        self.count = QLabel(objectName="tasksCount")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.history)
        split.setSizes([470, 110])
        layout = QVBoxLayout(self)
        layout.addLayout(self._row(QLabel(self.tr("Đơn vị")), *filters, stretch=True))
        layout.addWidget(split, 1)
        layout.addLayout(self._row(self.count, *self._buttons(), stretch_first=True))

    def _filters(self) -> list[QWidget]:
        self.unit = QComboBox(objectName="tasksUnit")
        self.status = QComboBox(objectName="tasksStatus")
        for text, value in ((self.tr("Tất cả tình trạng"), ""), (self.tr("Đang thực hiện"), "open"),
                            (self.tr("Quá hạn"), OVERDUE), (self.tr("Đã hoàn thành"), "done"),
                            (self.tr("Hủy"), "cancelled")):
            self.status.addItem(text, value)
        self.due = QCheckBox(self.tr("Hạn đến ngày"), objectName="tasksDueOn")
        self.due_date = QDateEdit(QDate.currentDate(), objectName="tasksDueDate")
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("dd/MM/yyyy")
        self.group = QComboBox(objectName="tasksGroup")
        for text, key in ((self.tr("Không nhóm"), ""), (self.tr("Nhóm theo đơn vị"), "unit"),
                          (self.tr("Nhóm theo tình trạng"), "status"),
                          (self.tr("Nhóm theo thời hạn"), "deadline"),
                          (self.tr("Nhóm theo cuộc họp"), "meeting")):
            self.group.addItem(text, key)
        for signal in (self.unit.currentIndexChanged, self.status.currentIndexChanged,
                       self.due.toggled, self.due_date.dateChanged,
                       self.group.currentIndexChanged):
            signal.connect(lambda *_: self.show_tasks())
        return [self.unit, self.status, self.due, self.due_date, self.group]

    def _buttons(self) -> list[QPushButton]:
        specs = (("tasksSetStatus", self.tr("Cập nhật tình trạng…"), self.change_status),
                 ("tasksOpenMeeting", self.tr("Mở cuộc họp"), self.open_meeting),
                 ("tasksCarry", self.tr("Đưa vào cuộc họp đang mở"),
                  lambda: tasks_actions.carry_into(self, self.store, self.current_meeting())),
                 ("tasksReport", self.tr("Xuất báo cáo…"),
                  lambda: tasks_actions.export_report(self, self.store, self.lines, self.today)))
        buttons = []
        for name, text, slot in specs:
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.append(button)
        return buttons

    @staticmethod
    def _row(*widgets, stretch: bool = False, stretch_first: bool = False) -> QHBoxLayout:
        row = QHBoxLayout()
        for n, widget in enumerate(widgets):
            row.addWidget(widget, 1 if stretch_first and n == 0 else 0)
        if stretch:
            row.addStretch(1)
        return row

    def reload(self) -> None:
        """Re-read the units, then show the tasks."""
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), "")
        for name in task_units(self.store.db):
            self.unit.addItem(name, name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)
        self.show_tasks()

    def task_filter(self) -> TaskFilter:
        """The filter the widgets describe."""
        due = None
        if self.due.isChecked():
            d = self.due_date.date()
            due = dt.date(d.year(), d.month(), d.day())
        return TaskFilter(unit=self.unit.currentData() or "", status=self.status.currentData(),
                          due_by=due)

    def show_tasks(self) -> None:
        """List the tasks matching the filter, grouped as chosen."""
        selected = self.selected_task()
        self.lines = list_tasks(self.store.db, self.task_filter(), self.today)
        by = self.group.currentData()
        groups = group_tasks(self.lines, by, self.today) if by else [("", self.lines)]
        self.model.show_groups(groups, self.today)
        for row in range(self.model.rowCount()):  # group headings read across the columns
            heading = self.model.item(row, 0).data(TASK_ROLE) is None
            self.tree.setFirstColumnSpanned(row, QModelIndex(), heading)
        self.tree.expandAll()
        late = sum(1 for t in self.lines if t.is_overdue(self.today))
        self.count.setText(self.tr("%1 nhiệm vụ, %2 quá hạn").replace(
            "%1", str(len(self.lines))).replace("%2", str(late)))
        if selected is not None:
            self.select_task(selected.task_id)

    def visible_rows(self) -> list[list[str]]:
        """What the tree shows, row by row (group headings as one-cell rows)."""
        return self.model.visible_rows()

    def selected_task(self) -> TaskLine | None:
        """The task of the current row, if a task row is current."""
        index = self.tree.currentIndex()
        return index.data(TASK_ROLE) if index.isValid() else None

    def select_task(self, task_id: int) -> None:
        """Make the row of a task current."""
        index = self.model.index_of_task(task_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _show_history(self) -> None:
        self.history.clear()
        line = self.selected_task()
        if line is not None:
            self.history.addItems(history_lines(task_history(self.store.db, line.task_id)))

    def change_status(self) -> None:
        """Ask for the new status, date and note of the selected task and store them."""
        line = self.selected_task()
        if line is None:
            return
        chosen = StatusDialog.ask(self, line, task_history(self.store.db, line.task_id),
                                  self.today)
        if chosen is not None:
            try:
                set_task_status(self.store, line.task_id, *chosen)
            except ValueError as exc:  # a date outside the sane range
                messages.show_error(self, self.tr("Cập nhật tình trạng nhiệm vụ"), str(exc))

    def open_meeting(self) -> None:
        """Open the selected task's meeting at its conclusions."""
        line = self.selected_task()
        if line is not None and self.opener is not None:
            self.opener(line.meeting_id, "conclusions", None)

    def _on_changes(self, changes) -> None:
        if any(c.noun in RELOAD_NOUNS for c in changes):
            self.reload()
            self._show_history()


def open_tasks(window) -> TasksView:
    """Công cụ → Theo dõi thực hiện kết luận (one view per main window, not modal)."""
    view = window.findChild(TasksView, "tasksView")
    if view is None:
        view = TasksView(window.store, window.signals, window.open_meeting,
                         window.current_meeting_id, window)
    view.show()
    view.raise_()
    return view
