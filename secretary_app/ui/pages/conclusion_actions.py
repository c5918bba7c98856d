"""The keyboard shortcuts and toolbar buttons of the conclusions page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
    """A row of buttons for actions, pushed to the left (out of the Tab order, like a toolbar)."""
    row = QHBoxLayout()
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the shortcuts are the keyboard's way
        row.addWidget(button)
    row.addStretch(1)
    return row


def make_actions(page) -> list[QAction]:
    """Create the page's actions as attributes of page; returns those shown as buttons."""
    specs = [  # attribute, owner, text, keys, slot
        ("add_conclusion_action", page, translate("ConclusionsPage", "Thêm kết luận"),
         "Ctrl+Shift+K", page.add_conclusion),
        ("add_item_action", page, translate("ConclusionsPage", "Thêm ý a), b)…"),
         "Insert", page.add_sub_item),
        ("add_task_action", page, translate("ConclusionsPage", "Thêm nhiệm vụ"),
         "Ctrl+Shift+T", page.add_task),
        ("move_up_action", page, translate("ConclusionsPage", "Chuyển lên"),
         "Ctrl+Shift+Up", lambda: page.move_current(-1)),
        ("move_down_action", page, translate("ConclusionsPage", "Chuyển xuống"),
         "Ctrl+Shift+Down", lambda: page.move_current(1)),
        # Delete and F2 only from the outline: in a text box they edit the text
        ("delete_action", page.tree, translate("ConclusionsPage", "Xóa"),
         "Delete", page.delete_current),
        ("edit_action", page.tree, translate("ConclusionsPage", "Sửa nội dung"),
         "F2", page.editor.focus_editor),
    ]
    for attribute, owner, text, keys, slot in specs:
        setattr(page, attribute, shortcut_action(owner, text, keys, slot))
    return [page.add_conclusion_action, page.add_item_action, page.add_task_action,
            page.move_up_action, page.move_down_action, page.delete_action]
