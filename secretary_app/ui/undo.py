"""Undo/redo of stored edits: one QUndoCommand made of a do and an undo callable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class StoreCommand(QUndoCommand):
    """An undoable edit; `redo` runs first when pushed, as Qt does."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]):
        super().__init__(text)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        """Apply (or re-apply) the edit; a failed edit (finalised minutes, full disk) is dropped."""
        try:
            self._do()
        except Exception:
            self.setObsolete(True)  # QUndoStack then deletes it instead of keeping it
            raise

    def undo(self) -> None:
        """Reverse the edit; if that fails the command is dropped (the edit stays applied)."""
        try:
            self._undo()
        except Exception:
            self.setObsolete(True)
            raise
