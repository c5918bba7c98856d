"""The keyboard shortcuts and toolbar buttons of the conclusions page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from secretary_app.ui.row_actions import add_action

translate = QCoreApplication.translate


def shortcut_action(owner: QWidget, text: str, keys: str, slot) -> QAction:
    """An action whose shortcut works while the focus is inside owner; the tooltip names it."""
    action = add_action(owner, text, keys, slot)
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({shown})")
    return action


def tool_buttons(actions: list[QAction]) -> QHBoxLayout:
    """A row of buttons for actions, pushed to the left."""
    row = QHBoxLayout()
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        row.addWidget(button)
    row.addStretch(1)
    return row


def make_actions(page) -> list[QAction]:
    """Create the page's actions as attributes of page; returns those shown as buttons."""
    def tr(text: str) -> str:
        return translate("ConclusionsPage", text)

    page.add_conclusion_action = shortcut_action(page, tr("Thêm kết luận"), "Ctrl+Shift+N",
                                                 page.add_conclusion)
    page.add_item_action = shortcut_action(page, tr("Thêm ý a), b)…"), "Insert",
                                           page.add_sub_item)
    page.add_task_action = shortcut_action(page, tr("Thêm nhiệm vụ"), "Ctrl+Shift+T",
                                           page.add_task)
    page.move_up_action = shortcut_action(page, tr("Chuyển lên"), "Ctrl+Shift+Up",
                                          lambda: page.move_current(-1))
    page.move_down_action = shortcut_action(page, tr("Chuyển xuống"), "Ctrl+Shift+Down",
                                            lambda: page.move_current(1))
    # Delete and F2 only from the outline: in a text box they edit the text
    page.delete_action = shortcut_action(page.tree, tr("Xóa"), "Delete", page.delete_current)
    page.edit_action = shortcut_action(page.tree, tr("Sửa nội dung"), "F2",
                                       page.editor.focus_editor)
    return [page.add_conclusion_action, page.add_item_action, page.add_task_action,
            page.move_up_action, page.move_down_action, page.delete_action]
