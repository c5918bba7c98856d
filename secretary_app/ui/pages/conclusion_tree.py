"""The numbered outline of conclusions: 1., 2. … with sub-items a), b) … and tasks under them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from secretary_app.domain.model import Conclusion
from secretary_app.domain.vietnamese import sub_item_label
from secretary_app.ui.pages.conclusion_commands import CONCLUSION, ITEM, TASK, Node
from secretary_app.ui.pages.conclusion_fields import first_line, is_overdue, task_summary

NODE_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = QColor("#b3261e")


@dataclass(frozen=True)
class Line:
    """One shown line of the outline and the lines under it."""

    node: Node
    label: str
    overdue: bool = False
    children: list[Line] = field(default_factory=list)


def outline(conclusions: list[Conclusion], today: dt.date) -> list[Line]:
    """A line for every conclusion, numbered from 1, with its sub-items then its tasks."""
    out = []
    for number, c in enumerate(conclusions, start=1):
        kids = [Line(Node(ITEM, i.id), f"{sub_item_label(n)} {first_line(i.text)}")
                for n, i in enumerate(c.items)]
        kids += [Line(Node(TASK, t.id), task_summary(t, today), is_overdue(t, today))
                 for t in c.tasks]
        out.append(Line(Node(CONCLUSION, c.id), f"{number}. {first_line(c.text)}", False, kids))
    return out


class ConclusionTree(QTreeWidget):
    """Shows the outline; rebuilt only when its shape changes, relabelled otherwise."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conclusionTree")
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self._shape: list = []

    def show_outline(self, lines: list[Line]) -> None:
        """Display lines, keeping the current node selected when it still exists."""
        shape = [(line.node, [kid.node for kid in line.children]) for line in lines]
        if shape == self._shape:
            self._relabel(lines)
            return
        current = self.current_node()
        self.blockSignals(True)
        self.clear()
        for line in lines:
            top = self._item(line)
            self.addTopLevelItem(top)
            for kid in line.children:
                top.addChild(self._item(kid))
        self.expandAll()
        self._shape = shape
        self.blockSignals(False)
        if current is not None:
            self.select_node(current)

    def _item(self, line: Line) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, NODE_ROLE, line.node)
        self._label(item, line)
        return item

    @staticmethod
    def _label(item: QTreeWidgetItem, line: Line) -> None:
        item.setText(0, line.label)
        item.setToolTip(0, line.label)
        item.setData(0, Qt.ItemDataRole.ForegroundRole,
                     QBrush(OVERDUE_COLOR) if line.overdue else None)

    def _relabel(self, lines: list[Line]) -> None:
        for index, line in enumerate(lines):
            top = self.topLevelItem(index)
            self._label(top, line)
            for k, kid in enumerate(line.children):
                self._label(top.child(k), kid)

    def items(self) -> list[QTreeWidgetItem]:
        """Every item, depth first."""
        out = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            out.append(top)
            out.extend(top.child(k) for k in range(top.childCount()))
        return out

    def labels(self) -> list[str]:
        """The shown lines, depth first (what a reader sees)."""
        return [item.text(0) for item in self.items()]

    def current_node(self) -> Node | None:
        """The selected row, or None."""
        item = self.currentItem()
        return None if item is None else item.data(0, NODE_ROLE)

    def parent_conclusion(self, node: Node) -> Node | None:
        """The conclusion a node belongs to (itself for a conclusion)."""
        item = self._find(node)
        if item is None:
            return None
        return node if item.parent() is None else item.parent().data(0, NODE_ROLE)

    def siblings(self, node: Node) -> list[int]:
        """Ids of the rows of node's kind under node's parent, in order (node included)."""
        item = self._find(node)
        if item is None:
            return []
        if item.parent() is None:
            return [self.topLevelItem(i).data(0, NODE_ROLE).id
                    for i in range(self.topLevelItemCount())]
        parent = item.parent()
        nodes = [parent.child(k).data(0, NODE_ROLE) for k in range(parent.childCount())]
        return [n.id for n in nodes if n.kind == node.kind]

    def row_of(self, node: Node) -> int:
        """node's place among its siblings (-1 when not shown)."""
        siblings = self.siblings(node)
        return siblings.index(node.id) if node.id in siblings else -1

    def neighbour(self, node: Node) -> Node | None:
        """What to select once node is gone: the next sibling, the previous one, or the parent."""
        siblings = self.siblings(node)
        index = self.row_of(node)
        rest = siblings[index + 1:] + siblings[:index][::-1]
        if rest:
            return Node(node.kind, rest[0])
        return None if node.kind == CONCLUSION else self.parent_conclusion(node)

    def select_node(self, node: Node | None) -> bool:
        """Make node current; False when it is not shown."""
        item = self._find(node) if node is not None else None
        if item is not None:
            self.setCurrentItem(item)
        return item is not None

    def _find(self, node: Node) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, NODE_ROLE) == node), None)
