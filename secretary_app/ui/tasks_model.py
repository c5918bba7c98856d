"""The tasks tree of the follow-up view: rows per task, optional group headings, overdue in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from secretary_app.storage.followup import TaskLine

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
        item.setToolTip(item.text())  # long descriptions and titles are cut in the columns
    if line.is_overdue(today):
        for item in items:
            item.setForeground(QBrush(OVERDUE_COLOR))
        bold = QFont()
        bold.setBold(True)
        items[3].setFont(bold)
    return items


class TasksModel(QStandardItemModel):
    """Task rows, under bold group headings '(n)' when the tasks are grouped."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("TasksView", c)
                                        for c in COLUMNS])

    def show_groups(self, groups: list[tuple[str, list[TaskLine]]], today: dt.date) -> None:
        """Replace the rows: one heading per non-empty group name, then its tasks."""
        self.removeRows(0, self.rowCount())
        for heading, lines in groups:
            parent = self.invisibleRootItem()
            if heading:
                parent = QStandardItem(f"{word(heading)} ({len(lines)})")
                parent.setEditable(False)
                font = parent.font()
                font.setBold(True)
                parent.setFont(font)
                self.appendRow([parent] + [QStandardItem() for _ in COLUMNS[1:]])
            for line in lines:
                parent.appendRow(row_items(line, today))

    def _task_items(self) -> list[QStandardItem]:
        out = []
        for r in range(self.rowCount()):
            head = self.item(r, 0)
            out.append(head)
            out.extend(head.child(c, 0) for c in range(head.rowCount()))
        return out

    def index_of_task(self, task_id: int) -> QModelIndex:
        """The index of a task's first cell (invalid when the task is not shown)."""
        for item in self._task_items():
            line = item.data(TASK_ROLE)
            if line is not None and line.task_id == task_id:
                return item.index()
        return QModelIndex()

    def visible_rows(self) -> list[list[str]]:
        """What the tree shows, row by row (group headings as one-cell rows)."""
        out = []
        for item in self._task_items():
            parent = item.parent() or self.invisibleRootItem()
            if item.data(TASK_ROLE) is None:
                out.append([item.text()])
            else:
                out.append([parent.child(item.row(), k).text() for k in range(len(COLUMNS))])
        return out
