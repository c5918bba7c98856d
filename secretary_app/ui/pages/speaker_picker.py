"""The speaker picker: a few letters of a name, accents optional, find the attendee."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from secretary_app.domain.model import Attendee
from secretary_app.domain.speakers import speaker_matches, unique_prefix_match
from secretary_app.domain.text import fold
from secretary_app.ui.folding_completer import FoldingCompleter, Suggestion

__all__ = ["SpeakerPicker", "speaker_matches"]
AUTO_ACCEPT_LETTERS = 2  # one letter is too often the start of a name typed freely


class SpeakerPicker(QLineEdit):
    """Chooses who speaks; a name not on the list is kept as free text."""

    speakerChosen = Signal()  # Enter pressed or a suggestion picked: go on to the text box

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("speakerPicker")
        self.setPlaceholderText(self.tr("Người phát biểu: gõ vài chữ của tên (Ctrl+E)"))
        self.attendees: list[Attendee] = []
        self._key: str | None = None
        self.finder = FoldingCompleter(self, self.suggestions)
        self.finder.chosen.connect(self.choose)
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(self._on_return)

    def set_attendees(self, attendees: list[Attendee]) -> None:
        """The people who may speak, the most likely next speaker first."""
        self.attendees = list(attendees)

    def suggestions(self, typed: str) -> list[Suggestion]:
        """Popup lines for the typed letters."""
        return [Suggestion(f"{a.name} — {a.title}" if a.title else a.name, a.name, a.key)
                for a in speaker_matches(self.attendees, typed)]

    def choose(self, key: str | None) -> None:
        """Make the attendee with this key the speaker."""
        found = next((a for a in self.attendees if a.key == key), None)
        if found is not None:
            self._key = key
            self.setText(found.name)
            self.speakerChosen.emit()

    def speaker(self) -> tuple[str | None, str | None]:
        """(attendee key, None) for a listed speaker, (None, label) for free text."""
        text = " ".join(self.text().split())
        chosen = next((a for a in self.attendees if a.key == self._key), None)
        if chosen is not None and chosen.name == text:
            return chosen.key, None
        return None, text or None

    def set_speaker(self, key: str | None, label: str | None) -> None:
        """Show a stored speaker (a restored draft)."""
        found = next((a for a in self.attendees if a.key == key), None)
        self._key = found.key if found else None
        self.setText(found.name if found else (label or ""))

    def _typed(self, text: str) -> None:
        self._key = None
        if len(fold(text).replace(" ", "")) >= AUTO_ACCEPT_LETTERS:
            found = unique_prefix_match(self.attendees, text)
            if found is not None:  # the first unique prefix is enough: on to the text
                self.finder.popup().hide()
                self.choose(found.key)

    def _on_return(self) -> None:
        if self._key is None and self.text().strip():
            best = self.finder.first_payload()
            if best is not None:
                self.choose(best)
                self.finder.popup().hide()
                return
        self.speakerChosen.emit()
