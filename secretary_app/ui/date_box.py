"""A date field that may be left empty ('none' shown for its minimum) without trapping Tab."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateBox(QDateEdit):
    """A date field whose blank 'none' value (an optional date) lets Tab go on to the next field.

    QDateEdit moves Tab between day, month and year; on the special 'none' text there are no
    sections to step through and Tab would stay in the field for good."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)
