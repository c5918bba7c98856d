"""Adapter that turns the Store's change callbacks into a Qt signal screens can connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from secretary_app.storage.database import Change, Store


class StoreSignals(QObject):
    """Emits `changed(list[Change])` after every committed write of the store."""

    changed = Signal(list)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        store.subscribe(self._relay)

    def _relay(self, changes: list[Change]) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        """Stop listening (before the store closes)."""
        self.store.unsubscribe(self._relay)
