"""Changing a task's status: the new status, the date it happened and a note, with its history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from secretary_app.domain.deadlines import status_date_range
from secretary_app.domain.enums import TaskStatus
from secretary_app.storage.followup import StatusChange, TaskLine

STATUS_TEXT = {TaskStatus.OPEN: QT_TRANSLATE_NOOP("TasksView", "Đang thực hiện"),
               TaskStatus.DONE: QT_TRANSLATE_NOOP("TasksView", "Đã hoàn thành"),
               TaskStatus.CANCELLED: QT_TRANSLATE_NOOP("TasksView", "Hủy")}


def status_text(status: TaskStatus) -> str:
    """The status word in the interface language."""
    return QCoreApplication.translate("TasksView", STATUS_TEXT[status])


def history_lines(history: list[StatusChange]) -> list[str]:
    """'08/03/2025 — Đã hoàn thành — note' for each change, oldest first."""
    return [f"{h.changed_on:%d/%m/%Y} — {status_text(h.status)}"
            + (f" — {h.note}" if h.note else "") for h in history]


class StatusDialog(QDialog):
    """New status, date and note for one task; its earlier changes are listed below."""

    def __init__(self, line: TaskLine, history: list[StatusChange], today: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskStatusDialog")
        self.setWindowTitle(self.tr("Cập nhật tình trạng nhiệm vụ"))
        self.status = QComboBox(objectName="taskStatus")
        for status in STATUS_TEXT:
            self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(self.status.findData(line.status.value))
        self.date = QDateEdit(QDate(today.year, today.month, today.day), objectName="taskDate")
        first, last = status_date_range(line.meeting_date, today)
        self.date.setDateRange(QDate(first.year, first.month, first.day),
                               QDate(last.year, last.month, last.day))  # year 5281: refused
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.note = QLineEdit(objectName="taskNote")
        self.note.setPlaceholderText(self.tr("Kết quả, văn bản báo cáo, lý do…"))
        self.history = QListWidget(objectName="taskHistory")
        self.history.addItems(history_lines(history))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        task = QLabel(line.description or "—", objectName="taskDescription", wordWrap=True)
        task.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        form = QFormLayout(self)
        form.addRow(self.tr("Nhiệm vụ"), task)
        form.addRow(self.tr("Tình trạng"), self.status)
        form.addRow(self.tr("Ngày"), self.date)
        form.addRow(self.tr("Ghi chú"), self.note)
        form.addRow(self.tr("Lịch sử"), self.history)
        form.addRow(buttons)

    def chosen(self) -> tuple[TaskStatus, dt.date, str]:
        """(status, date, note) as entered."""
        d = self.date.date()
        return (TaskStatus(self.status.currentData()), dt.date(d.year(), d.month(), d.day()),
                self.note.text())

    @classmethod
    def ask(cls, parent: QWidget | None, line: TaskLine, history: list[StatusChange],
            today: dt.date) -> tuple[TaskStatus, dt.date, str] | None:
        """Run the dialog; None when cancelled (tests replace this)."""
        dialog = cls(line, history, today, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
