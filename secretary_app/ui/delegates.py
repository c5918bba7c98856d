"""Item delegates: a combo box for closed vocabularies, a multi-line editor for long text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QStyledItemDelegate

from secretary_app.ui.labels import label


class EnumDelegate(QStyledItemDelegate):
    """Edits an enum cell with a combo box of translated labels."""

    def __init__(self, table: dict, parent=None):
        super().__init__(parent)
        self.table = table

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for value in self.table:
            combo.addItem(label(self.table, value), value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SpeakerDelegate(QStyledItemDelegate):
    """Edits who spoke: an attendee from the list, or a name typed freely."""

    def __init__(self, speakers: Callable[[], dict[str, str]], parent=None):
        super().__init__(parent)
        self.speakers = speakers  # attendee key -> name, read when the editor opens

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItem("", None)
        for key, name in self.speakers().items():
            combo.addItem(name, key)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        text = " ".join(editor.currentText().split())
        found = editor.findText(text) if text else 0
        key = editor.itemData(found) if found > 0 else None
        model.setData(index, (key, None if key else text or None), Qt.ItemDataRole.EditRole)


class LongTextDelegate(QStyledItemDelegate):
    """Edits long text in a plain-text box: Enter makes a new line, Ctrl+Enter or Tab commits."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()  # like a one-line cell: a key typed on the cell replaces its text

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        if (isinstance(editor, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)
            return True
        return super().eventFilter(editor, event)
