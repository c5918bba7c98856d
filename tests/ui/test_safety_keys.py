"""Irreversible steps confirmed from the keyboard, with what they will do shown (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from secretary_app.ui.dialogs.safety_dialogs import ReasonDialog

from .conftest import press, type_text


def reopen_dialog(qtbot) -> ReasonDialog:
    dialog = ReasonDialog("Giao ban tuần 48")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.reason_edit.setFocus()
    qtbot.waitUntil(dialog.reason_edit.hasFocus, timeout=1000)
    return dialog


def test_reopen_confirmed_with_ctrl_enter(qtbot):
    dialog = reopen_dialog(qtbot)
    press(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() != QDialog.DialogCode.Accepted  # no reason yet: nothing happens
    type_text(dialog.reason_edit, "Bổ sung ý kiến của đồng chí Phó Giám đốc")
    press(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason_edit.toPlainText() == "Bổ sung ý kiến của đồng chí Phó Giám đốc"


def test_reopen_confirmed_with_tab_then_enter(qtbot):
    dialog = reopen_dialog(qtbot)
    type_text(dialog.reason_edit, "Sửa lỗi chính tả")
    press(dialog.reason_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.reason_edit
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_status_date_typed_far_ahead_or_before_the_meeting_is_not_taken(qtbot):
    import datetime as dt

    from secretary_app.domain.enums import TaskStatus
    from secretary_app.storage.followup import TaskLine
    from secretary_app.ui.dialogs.tasks_status_dialog import StatusDialog

    line = TaskLine(1, 1, dt.date(2024, 10, 16), "Giao ban", 1, "Văn phòng", "Báo cáo", "",
                    None, "Quý IV/2024", TaskStatus.OPEN)
    dialog = StatusDialog(line, [], dt.date(2025, 3, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setFocus()
    press(dialog.date, Qt.Key.Key_End)  # the year section
    type_text(dialog.date, "5281")
    press(dialog.date, Qt.Key.Key_Tab)
    assert dialog.chosen()[1].year <= 2028
    dialog.date.setFocus()
    press(dialog.date, Qt.Key.Key_End)
    type_text(dialog.date, "2023")
    press(dialog.date, Qt.Key.Key_Tab)
    assert dialog.chosen()[1] >= dt.date(2024, 10, 16)
