"""The form of one task: assignee, what to do, coordinating units, deadline, status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import Task
from secretary_app.domain.text import clean_text
from secretary_app.ui.pages.conclusion_fields import (
    DeadlineError,
    deadline_shown,
    deadline_wordings,
    is_overdue,
    parse_deadline,
    status_labels,
)

TYPED_DEADLINE = "typed_deadline"  # not a column: see TaskForm.values
DEADLINE = ("deadline", "deadline_text")


class UnitsCompleter(QCompleter):
    """Completes the unit typed after the last comma of a list of units."""

    def splitPath(self, path: str) -> list[str]:
        """Only the unit being typed is matched."""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        """The units already typed, then the chosen one."""
        head = self.widget().text().rsplit(",", 1)
        prefix = head[0].rstrip() + ", " if len(head) == 2 else ""
        return prefix + super().pathFromIndex(index)


def _completer(cls: type[QCompleter], parent: QWidget) -> QCompleter:
    completer = cls(parent)
    completer.setModel(QStringListModel(completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class TaskForm(QWidget):
    """Edits a task; `edited` on every keystroke, `committed` when a field is left or chosen."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.assignee = QLineEdit(objectName="taskAssignee")
        self.description = QPlainTextEdit(objectName="taskDescription")
        self.coordinating = QLineEdit(objectName="taskCoordinating")
        self.deadline = QLineEdit(objectName="taskDeadline")
        self.status = QComboBox(objectName="taskStatus")
        self.deadline_error = QLabel(objectName="taskDeadlineError")
        self.overdue = QLabel(objectName="taskOverdue")
        self._setup_fields()
        self._layout()

    def _setup_fields(self) -> None:
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.assignee.setCompleter(_completer(QCompleter, self))
        self.coordinating.setCompleter(_completer(UnitsCompleter, self))
        self.deadline.setCompleter(_completer(QCompleter, self))
        self.deadline.setPlaceholderText(self.tr("31/12/2024, Thường xuyên, Quý IV/2024 …"))
        self.coordinating.setPlaceholderText(self.tr("các đơn vị, cách nhau bởi dấu phẩy"))
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        for style, label in ((self.deadline_error, "#b3261e"), (self.overdue, "#b3261e")):
            style.setStyleSheet(f"color: {label}")
        for line in (self.assignee, self.coordinating, self.deadline):
            line.textEdited.connect(self.edited)
            line.editingFinished.connect(self.committed)
        self.deadline.textChanged.connect(self._check_deadline)
        self.description.textChanged.connect(self._description_changed)
        self.status.activated.connect(self.committed)
        self._loading = False

    def _layout(self) -> None:
        form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)  # the fields stay together at the top
        form.addRow(self.tr("Đơn vị chủ trì:"), self.assignee)
        form.addRow(self.tr("Nội dung nhiệm vụ:"), self.description)
        form.addRow(self.tr("Đơn vị phối hợp:"), self.coordinating)
        form.addRow(self.tr("Thời hạn:"), self.deadline)
        form.addRow("", self.deadline_error)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.overdue, 1)
        form.addRow(self.tr("Tình trạng:"), status_row)
        for field, buddy in ((0, self.assignee), (1, self.description), (2, self.coordinating),
                             (3, self.deadline), (5, self.status)):
            label = form.itemAt(field, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(buddy)

    def set_locked(self, locked: bool) -> None:
        """Everything but the status read-only (follow-up goes on after the minutes close)."""
        for line in (self.assignee, self.coordinating, self.deadline):
            line.setReadOnly(locked)
        self.description.setReadOnly(locked)

    def editors(self) -> list[QWidget]:
        """The input widgets (the page watches them for focus leaving)."""
        return [self.assignee, self.description, self.coordinating, self.deadline, self.status]

    def set_task(self, task: Task, units: list[str], today: dt.date) -> None:
        """Show a task; units feed the completion of assignee and coordinating units."""
        self._loading = True
        for line, value in ((self.assignee, task.assignee), (self.coordinating, task.coordinating),
                            (self.deadline, deadline_shown(task))):
            if line.text() != value:
                line.setText(value)
        if self.description.toPlainText() != task.description:
            self.description.setPlainText(task.description)
        self.status.setCurrentIndex(self.status.findData(task.status.value))
        self.assignee.completer().model().setStringList(units)
        self.coordinating.completer().model().setStringList(units)
        self.deadline.completer().model().setStringList(deadline_wordings(today))
        self.overdue.setText(self.tr("quá hạn") if is_overdue(task, today) else "")
        self._check_deadline()
        self._loading = False

    def values(self) -> dict:
        """The typed fields as task columns; a deadline that is not a real date is left out.

        TYPED_DEADLINE holds the deadline as typed (normalised), so that an impossible date
        still counts as typing not yet stored.
        """
        out = {"assignee": clean_text(self.assignee.text()).strip(),
               "description": clean_text(self.description.toPlainText()),
               "coordinating": clean_text(self.coordinating.text()).strip(),
               "status": TaskStatus(self.status.currentData())}
        try:
            out["deadline"], out["deadline_text"] = parse_deadline(self.deadline.text())
            out[TYPED_DEADLINE] = deadline_shown(Task("", **{k: out[k] for k in DEADLINE}))
        except DeadlineError:
            out[TYPED_DEADLINE] = self.deadline.text()
        return out

    def _check_deadline(self) -> None:
        try:
            parse_deadline(self.deadline.text())
            self.deadline_error.setText("")
        except DeadlineError:
            self.deadline_error.setText(self.tr("Ngày không có thật; hãy gõ dạng ngày/tháng/năm."))
        self.deadline_error.setVisible(bool(self.deadline_error.text()))

    def _description_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
