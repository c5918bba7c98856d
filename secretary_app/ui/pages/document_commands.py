"""Undoable edits of a meeting's minutes or notice row (created on its first edit)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from secretary_app.domain.enums import DocumentKind
from secretary_app.storage.database import Store
from secretary_app.storage.lists import DOCUMENTS
from secretary_app.ui.pages.conclusion_commands import GuardedCommand
from secretary_app.ui.pages.document_fields import document_from

_MERGE_ID = 0x5642  # "VB": consecutive edits of the same fields of one document merge


class DocumentEditCommand(GuardedCommand):
    """Set some columns of a document row; with no row yet, create it (undo removes it)."""

    def __init__(self, store: Store, meeting_id: int, kind: DocumentKind, row_id: int | None,
                 old: dict, new: dict, text: str):
        self.store, self.meeting_id, self.kind = store, meeting_id, kind
        self.row_id, self.created = row_id, row_id is None
        self.old, self.new = dict(old), dict(new)
        super().__init__(text, self._apply, self._revert)

    def _apply(self) -> None:
        if self.created:
            doc = document_from(self.kind, self.new, None)
            doc.id = self.row_id  # None the first time; the same id again on redo
            self.row_id = DOCUMENTS.add(self.store, self.meeting_id, doc, keep_id=True)
        else:
            DOCUMENTS.update(self.store, self.row_id, **self.new)

    def _revert(self) -> None:
        if self.created:
            DOCUMENTS.delete(self.store, self.row_id)
        else:
            DOCUMENTS.update(self.store, self.row_id, **self.old)

    def id(self) -> int:
        """Commands with the same id may merge (Qt asks mergeWith)."""
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a later edit of the same fields of the same, already existing row."""
        if (not isinstance(other, DocumentEditCommand) or other.created
                or other.row_id != self.row_id or set(other.new) != set(self.new)):
            return False
        self.new = dict(other.new)
        self.setObsolete(self.new == self.old and not self.created)
        return True
