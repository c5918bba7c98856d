"""Completion for a line edit that matches without accents: typing 'xuan' offers 'Xuân'."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

INSERT_ROLE = Qt.ItemDataRole.UserRole + 1
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Suggestion:
    """One line of the popup: what it shows, what it puts in the box, and what it stands for."""

    shown: str
    inserted: str
    payload: Any = None


class FoldingCompleter(QCompleter):
    """Asks `find(typed)` for suggestions on every keystroke and shows them unfiltered."""

    chosen = Signal(object)  # the payload of the suggestion picked in the popup

    def __init__(self, line_edit: QLineEdit, find: Callable[[str], list[Suggestion]]):
        self.suggestions_model = QStandardItemModel()
        super().__init__(self.suggestions_model, line_edit)
        self.suggestions_model.setParent(self)
        self.find = find
        self.line_edit = line_edit
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(INSERT_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line_edit.setCompleter(self)
        line_edit.textEdited.connect(self.refresh)
        self.activated[QModelIndex].connect(self._on_activated)

    def refresh(self, typed: str) -> None:
        """Recompute the suggestions for the typed text and show the popup."""
        self.suggestions_model.clear()
        found = self.find(typed) if typed.strip() else []
        for suggestion in found:
            item = QStandardItem(suggestion.shown)
            item.setData(suggestion.inserted, INSERT_ROLE)
            item.setData(suggestion.payload, PAYLOAD_ROLE)
            self.suggestions_model.appendRow(item)
        if found:
            self.complete()
        else:
            self.popup().hide()

    def shown_texts(self) -> list[str]:
        """What the popup lists now."""
        model = self.suggestions_model
        return [model.item(i).text() for i in range(model.rowCount())]

    def first_payload(self) -> Any:
        """The payload of the best suggestion, or None."""
        if not self.suggestions_model.rowCount():
            return None
        return self.suggestions_model.item(0).data(PAYLOAD_ROLE)

    def _on_activated(self, index: QModelIndex) -> None:
        self.chosen.emit(index.data(PAYLOAD_ROLE))
