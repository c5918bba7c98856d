"""The Conclusions page: numbered conclusions with sub-items and tasks, stored as typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.model import Conclusion, SubItem, Task
from secretary_app.domain.vietnamese import sub_item_label
from secretary_app.storage.database import Noun, Store
from secretary_app.storage.finalise import is_finalised
from secretary_app.storage.meetings import load_conclusions
from secretary_app.storage.people import known_units
from secretary_app.ui import messages
from secretary_app.ui.pages.base import MeetingPage
from secretary_app.ui.pages.conclusion_actions import make_actions, tool_buttons
from secretary_app.ui.pages.conclusion_commands import (
    CONCLUSION,
    ITEM,
    TASK,
    EditCommand,
    GuardedCommand,
    Node,
    add_command,
    delete_command,
    move_command,
)
from secretary_app.ui.pages.conclusion_editor import (
    ConclusionEditor,
    changed_fields,
    columns_only,
    values_of,
)
from secretary_app.ui.pages.conclusion_tree import ConclusionTree, outline
from secretary_app.ui.store_signals import StoreSignals

SAVE_DELAY_MS = 600  # typing is stored this long after the last keystroke (and on leaving)


class ConclusionsPage(MeetingPage):
    """Lists the chair's conclusions; every change is stored at once and can be undone."""

    nouns = frozenset({Noun.CONCLUSIONS, Noun.TASKS, Noun.FINALISED})

    def __init__(self, store: Store, signals: StoreSignals, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(store, signals, undo_stack, parent)
        self.setObjectName("conclusionsPage")
        self.today = dt.date.today
        self.tree = ConclusionTree()
        self.editor = ConclusionEditor()
        self.setFocusProxy(self.tree)
        self._objects: dict[Node, Conclusion | SubItem | Task] = {}
        self._headings: dict[Node, str] = {}
        self._editing: Node | None = None
        self._shown: dict = {}
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._layout()
        self.tree.currentItemChanged.connect(self._current_changed)
        self.editor.edited.connect(self._save_timer.start)
        self.editor.committed.connect(self.flush)
        self.editor.escaped.connect(lambda: self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def _layout(self) -> None:
        buttons = tool_buttons(make_actions(self))
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(splitter, 1)

    # showing

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting's conclusions (what was typed is stored first)."""
        self.flush()
        self._editing = None
        self.editor.show_nothing()
        super().set_meeting(meeting_id)

    def show_row(self, conclusion_id: int) -> None:
        """Select a conclusion (from a search result or the follow-up list)."""
        self.tree.select_node(Node(CONCLUSION, conclusion_id))

    def reload(self) -> None:
        """Re-read the conclusions; an editor with unsaved typing keeps it."""
        conclusions = self._load()
        self._index(conclusions)
        self.tree.show_outline(outline(conclusions, self.today()))
        if self._editing is not None and self._editing not in self._objects:
            self._editing = None
            self.editor.show_nothing()
        self._sync_editor()
        if self.tree.current_node() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        locked = self.meeting_id is not None and is_finalised(self.store.db, self.meeting_id)
        self.editor.set_locked(locked)
        for action in (self.add_item_action, self.add_task_action, self.delete_action,
                       self.move_up_action, self.move_down_action):
            action.setEnabled(bool(conclusions) and not locked)
        self.add_conclusion_action.setEnabled(self.meeting_id is not None and not locked)

    def _load(self) -> list[Conclusion]:
        if self.meeting_id is None:
            return []
        return load_conclusions(self.store.db, self.meeting_id)

    def _index(self, conclusions: list[Conclusion]) -> None:
        self._objects, self._headings = {}, {}
        for number, c in enumerate(conclusions, start=1):
            self._objects[Node(CONCLUSION, c.id)] = c
            heading = self.tr("Kết luận %1").replace("%1", str(number))
            self._headings[Node(CONCLUSION, c.id)] = heading
            for n, item in enumerate(c.items):
                self._objects[Node(ITEM, item.id)] = item
                self._headings[Node(ITEM, item.id)] = self.tr("Ý %1 của kết luận %2").replace(
                    "%1", sub_item_label(n)).replace("%2", str(number))
            for task in c.tasks:
                self._objects[Node(TASK, task.id)] = task

    def _sync_editor(self) -> None:
        """Bring the editor up to date unless the user typed something not yet stored."""
        if self._editing is None:
            return
        stored = values_of(self._objects[self._editing])
        typed = self.editor.values()
        if changed_fields(typed, stored) and changed_fields(typed, self._shown):
            return
        self._show(self._editing)

    def _show(self, node: Node) -> None:
        self._editing = node
        units = known_units(self.store.db) if node.kind == TASK else []
        self.editor.show_object(self._objects[node], self._headings.get(node, ""), units,
                                self.today())
        self._shown = self.editor.values()

    def _current_changed(self, *_args) -> None:
        if self.tree.current_node() == self._editing:
            return
        self.flush()  # the store's change may re-select, so read the node afterwards
        node = self.tree.current_node()
        if node == self._editing:
            return
        if node is None or node not in self._objects:
            self._editing = None
            self.editor.show_nothing()
        else:
            self._show(node)

    # storing

    def flush(self) -> None:
        """Store what is typed in the editor now (one undoable step per field being typed)."""
        self._save_timer.stop()
        node = self._editing
        if node is None or self.meeting_id is None or node not in self._objects:
            return
        stored = values_of(self._objects[node])
        typed = columns_only(changed_fields(self.editor.values(), stored))
        if not typed:
            return
        old = {k: stored[k] for k in typed}
        names = {CONCLUSION: self.tr("Sửa kết luận"), ITEM: self.tr("Sửa ý của kết luận"),
                 TASK: self.tr("Sửa nhiệm vụ")}
        self._push(EditCommand(self.store, node, old, typed, names[node.kind]))

    def _push(self, command: GuardedCommand) -> bool:
        """Apply and remember an edit; a refused write is reported and the editor reset."""
        self.undo_stack.push(command)
        if not command.error:
            return True
        self.report_error(command.error)
        self.reload()
        if self._editing is not None:
            self._show(self._editing)
        return False

    def report_error(self, message: str) -> None:
        """Tell the user why a change was not stored (tests replace this)."""
        messages.show_error(self, self.tr("Không lưu được"), message)

    def _push_add(self, kind: str, parent_id: int, obj, position: int | None, text: str) -> None:
        if self._push(add_command(self.store, kind, parent_id, obj, position, text)):
            self.tree.select_node(Node(kind, obj.id))
            self.editor.focus_editor()

    def add_conclusion(self) -> None:
        """A new empty conclusion after the current one (at the end when none is selected)."""
        if self.meeting_id is None:
            return
        self.flush()
        current = self._current_conclusion()
        position = None if current is None else self.tree.row_of(current) + 1
        self._push_add(CONCLUSION, self.meeting_id, Conclusion(text=""), position,
                       self.tr("Thêm kết luận"))

    def add_sub_item(self) -> None:
        """A new sub-item under the current conclusion, after the current sub-item."""
        self.flush()
        conclusion = self._current_conclusion()
        if conclusion is None:
            return
        node = self.tree.current_node()
        position = self.tree.row_of(node) + 1 if node.kind == ITEM else None
        self._push_add(ITEM, conclusion.id, SubItem(text=""), position,
                       self.tr("Thêm ý của kết luận"))

    def add_task(self) -> None:
        """A new task under the current conclusion, after the current task."""
        self.flush()
        conclusion = self._current_conclusion()
        if conclusion is None:
            return
        node = self.tree.current_node()
        position = self.tree.row_of(node) + 1 if node.kind == TASK else None
        self._push_add(TASK, conclusion.id, Task(assignee=""), position, self.tr("Thêm nhiệm vụ"))

    def delete_current(self) -> None:
        """Delete the selected conclusion (with its sub-items and tasks), sub-item or task."""
        self.flush()
        node = self.tree.current_node()
        if node is None:
            return
        names = {CONCLUSION: self.tr("Xóa kết luận"), ITEM: self.tr("Xóa ý của kết luận"),
                 TASK: self.tr("Xóa nhiệm vụ")}
        neighbour = self.tree.neighbour(node)
        if self._push(delete_command(self.store, node, names[node.kind])):
            self.tree.select_node(neighbour)

    def move_current(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1) among its siblings."""
        self.flush()
        node = self.tree.current_node()
        if node is None:
            return
        position = self.tree.row_of(node) + step
        if not 0 <= position < len(self.tree.siblings(node)):
            return
        self._push(move_command(self.store, node, position, self.tr("Chuyển thứ tự")))
        self.tree.select_node(node)

    def _current_conclusion(self) -> Node | None:
        node = self.tree.current_node()
        return None if node is None else self.tree.parent_conclusion(node)
