"""Theo dõi thực hiện kết luận: tasks of every meeting, filtered and grouped; overdue stand out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
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

from secretary_app.storage.database import Store
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
from secretary_app.ui import tasks_actions
from secretary_app.ui.store_signals import StoreSignals
from secretary_app.ui.tasks_status_dialog import StatusDialog, history_lines

COLUMNS = (QT_TRANSLATE_NOOP("TasksView", "Nhiệm vụ"),
           QT_TRANSLATE_NOOP("TasksView", "Đơn vị chủ trì"),
           QT_TRANSLATE_NOOP("TasksView", "Thời hạn"),
           QT_TRANSLATE_NOOP("TasksView", "Tình trạng"),
           QT_TRANSLATE_NOOP("TasksView", "Cuộc họp"),
           QT_TRANSLATE_NOOP("TasksView", "Cập nhật gần nhất"))
# Words the storage layer gives in Vietnamese (statuses, deadline groups), shown translated
FIXED_WORDS = (QT_TRANSLATE_NOOP("TasksView", "Đang thực hiện"),
               QT_TRANSLATE_NOOP("TasksView", "Đã hoàn thành"),
               QT_TRANSLATE_NOOP("TasksView", "Hủy"),
               QT_TRANSLATE_NOOP("TasksView", "Quá hạn"),
               QT_TRANSLATE_NOOP("TasksView", "Đến hạn trong 7 ngày"),
               QT_TRANSLATE_NOOP("TasksView", "Đến hạn trong 30 ngày"),
               QT_TRANSLATE_NOOP("TasksView", "Sau 30 ngày"),
               QT_TRANSLATE_NOOP("TasksView", "Hạn đã qua"),
               QT_TRANSLATE_NOOP("TasksView", "Không có hạn cụ thể"),
               QT_TRANSLATE_NOOP("TasksView", "(Chưa giao đơn vị)"))
OVERDUE_COLOR = QColor("#b00020")


def word(text: str) -> str:
    """A fixed word of the follow-up in the interface language (other text as it is)."""
    return QCoreApplication.translate("TasksView", text) if text in FIXED_WORDS else text


TASK_ROLE = Qt.ItemDataRole.UserRole + 1
RELOAD_NOUNS = {"tasks", "conclusions", "meetings", "meeting", "carried_tasks"}
Opener = Callable[[int, str, int | None], object]


def row_items(line: TaskLine, today: dt.date) -> list[QStandardItem]:
    """The cells of one task; an overdue task is red with its status in bold."""
    changed = ""
    if line.changed_on:
        changed = f"{line.changed_on:%d/%m/%Y}" + (f": {line.note}" if line.note else "")
    texts = (line.description, line.assignee, line.deadline_label(),
             word(line.status_label(today)),
             f"{line.meeting_date:%d/%m/%Y} – {line.meeting_title}", changed)
    items = [QStandardItem(t) for t in texts]
    for item in items:
        item.setEditable(False)
        item.setData(line, TASK_ROLE)
    if line.is_overdue(today):
        for item in items:
            item.setForeground(QBrush(OVERDUE_COLOR))
        bold = QFont()
        bold.setBold(True)
        items[3].setFont(bold)
    return items


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
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self._build()
        self.reload()
        signals.changed.connect(self._on_changes)
        self.resize(1180, 640)

    def _build(self) -> None:
        self.unit = QComboBox(objectName="tasksUnit")
        self.status = QComboBox(objectName="tasksStatus")
        for word, value in ((self.tr("Tất cả tình trạng"), ""), (self.tr("Đang thực hiện"), "open"),
                            (self.tr("Quá hạn"), OVERDUE), (self.tr("Đã hoàn thành"), "done"),
                            (self.tr("Hủy"), "cancelled")):
            self.status.addItem(word, value)
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
        self.tree = QTreeView(objectName="tasksTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.tree.doubleClicked.connect(lambda _index: self.change_status())
        self.history = QListWidget(objectName="tasksHistory")
        self.count = QLabel(objectName="tasksCount")
        layout = QVBoxLayout(self)
        layout.addLayout(self._row(QLabel(self.tr("Đơn vị")), self.unit, self.status, self.due,
                                   self.due_date, self.group, stretch=True))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.history)
        split.setSizes([470, 110])
        layout.addWidget(split, 1)
        layout.addLayout(self._row(self.count, *self._buttons(), stretch_first=True))

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
        self.model.removeRows(0, self.model.rowCount())
        by = self.group.currentData()
        groups = group_tasks(self.lines, by, self.today) if by else [("", self.lines)]
        for heading, lines in groups:
            parent = self.model.invisibleRootItem()
            if heading:
                parent = QStandardItem(f"{word(heading)} ({len(lines)})")
                parent.setEditable(False)
                font = parent.font()
                font.setBold(True)
                parent.setFont(font)
                self.model.appendRow([parent] + [QStandardItem() for _ in COLUMNS[1:]])
            for line in lines:
                parent.appendRow(row_items(line, self.today))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        late = sum(1 for t in self.lines if t.is_overdue(self.today))
        self.count.setText(self.tr("%1 nhiệm vụ, %2 quá hạn").replace(
            "%1", str(len(self.lines))).replace("%2", str(late)))
        if selected is not None:
            self.select_task(selected.task_id)

    def visible_rows(self) -> list[list[str]]:
        """What the tree shows, row by row (group headings as one-cell rows)."""
        out = []
        for r in range(self.model.rowCount()):
            head = self.model.item(r, 0)
            if head.data(TASK_ROLE) is None:
                out.append([head.text()])
                for c in range(head.rowCount()):
                    out.append([head.child(c, k).text() for k in range(len(COLUMNS))])
            else:
                out.append([self.model.item(r, k).text() for k in range(len(COLUMNS))])
        return out

    def selected_task(self) -> TaskLine | None:
        """The task of the current row, if a task row is current."""
        index = self.tree.currentIndex()
        return index.data(TASK_ROLE) if index.isValid() else None

    def select_task(self, task_id: int) -> None:
        """Make the row of a task current."""
        root = self.model.invisibleRootItem()
        for r in range(root.rowCount()):
            head = root.child(r, 0)
            for item in [head] + [head.child(c, 0) for c in range(head.rowCount())]:
                line = item.data(TASK_ROLE)
                if line is not None and line.task_id == task_id:
                    self.tree.setCurrentIndex(item.index())
                    return

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
            set_task_status(self.store, line.task_id, *chosen)

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
