"""The right-hand side of the conclusions page: the text of a conclusion or sub-item, or a task."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from secretary_app.domain.model import Conclusion, SubItem, Task
from secretary_app.domain.text import clean_text
from secretary_app.ui.pages.conclusion_fields import deadline_shown
from secretary_app.ui.pages.conclusion_task_form import TYPED_DEADLINE, TaskForm

EMPTY, TEXT, TASK_FORM = 0, 1, 2


def values_of(obj: Conclusion | SubItem | Task) -> dict:
    """The editable fields of a stored object, as the editor reports them."""
    if isinstance(obj, Task):
        return {"assignee": obj.assignee, "description": obj.description,
                "coordinating": obj.coordinating, "status": obj.status,
                "deadline": obj.deadline, "deadline_text": obj.deadline_text,
                TYPED_DEADLINE: deadline_shown(obj)}
    return {"text": obj.text}


def changed_fields(typed: dict, stored: dict) -> dict:
    """The typed fields whose value differs from the stored one (fields it has)."""
    return {k: v for k, v in typed.items() if k in stored and stored[k] != v}


def columns_only(fields: dict) -> dict:
    """Fields that are table columns (drops the deadline as typed)."""
    return {k: v for k, v in fields.items() if k != TYPED_DEADLINE}


class ConclusionEditor(QStackedWidget):
    """Edits one object; `edited` on typing, `committed` on leaving a field, `escaped` on Esc."""

    edited = Signal()
    committed = Signal()
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder = QLabel(self.tr("Chọn một kết luận, hoặc thêm kết luận mới "
                                          "(Ctrl+Shift+K)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.heading = QLabel(objectName="conclusionHeading")
        self.text = QPlainTextEdit(objectName="conclusionText")
        self.text.setTabChangesFocus(True)
        self.task_form = TaskForm()
        text_page = QWidget()
        box = QVBoxLayout(text_page)
        box.addWidget(self.heading)
        box.addWidget(self.text, 1)
        for widget in (self.placeholder, text_page, self.task_form):
            self.addWidget(widget)
        self.text.textChanged.connect(self._text_changed)
        self.task_form.edited.connect(self.edited)
        self.task_form.committed.connect(self.committed)
        for widget in [self.text, *self.task_form.editors()]:
            widget.installEventFilter(self)
        self._loading = False

    def show_nothing(self) -> None:
        """Nothing selected."""
        self.setCurrentIndex(EMPTY)

    def show_object(self, obj, heading: str, units: list[str], today: dt.date) -> None:
        """Show a conclusion or sub-item (text) or a task (form)."""
        self._loading = True
        if isinstance(obj, Task):
            self.task_form.set_task(obj, units, today)
            self.setCurrentIndex(TASK_FORM)
        else:
            self.heading.setText(heading)
            if clean_text(self.text.toPlainText()) != obj.text or self.currentIndex() != TEXT:
                self.text.setPlainText(obj.text)
            self.setCurrentIndex(TEXT)
        self._loading = False

    def values(self) -> dict:
        """What the shown editor holds, with the same keys as values_of."""
        if self.currentIndex() == TASK_FORM:
            return self.task_form.values()
        if self.currentIndex() == TEXT:
            return {"text": clean_text(self.text.toPlainText())}
        return {}

    def set_locked(self, locked: bool) -> None:
        """A finalised meeting: texts read-only; only a task's status still changes."""
        self.text.setReadOnly(locked)
        self.task_form.set_locked(locked)

    def focus_editor(self) -> None:
        """Put the cursor in the first field of the shown editor."""
        target = self.task_form.assignee if self.currentIndex() == TASK_FORM else self.text
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a field stores it; Esc goes back to the list."""
        if event.type() == QEvent.Type.FocusOut:
            if not self._loading:
                self.committed.emit()
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.committed.emit()
            self.escaped.emit()
            return True
        return super().eventFilter(watched, event)
