"""Base class of the meeting editor pages: store, shared undo stack, current meeting."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from secretary_app.storage.database import Change, Noun, Store
from secretary_app.ui.store_signals import StoreSignals


class MeetingPage(QWidget):
    """A page of the editor; subclasses fill `reload()` and react to changes of their nouns."""

    nouns: frozenset[Noun] = frozenset()  # Change.noun values that make this page reload

    def __init__(self, store: Store, signals: StoreSignals, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        signals.changed.connect(self._on_changes)

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting (None: nothing selected)."""
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Re-read what the page shows from the store."""

    def flush(self) -> None:
        """Store whatever is being typed (called before switching meeting or closing)."""

    def _on_changes(self, changes: list[Change]) -> None:
        if self.meeting_id is None:
            return
        if any(c.noun in self.nouns and c.meeting_id in (None, self.meeting_id) for c in changes):
            self.reload()
