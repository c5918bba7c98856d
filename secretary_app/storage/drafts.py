"""Text being typed but not yet saved as an opinion: kept so a crash loses at most a second."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from secretary_app.domain.text import clean_optional, clean_text
from secretary_app.storage.database import Change, Noun, Store


@dataclass
class Draft:
    """The in-flight text of one input box of a meeting."""

    text: str
    speaker_key: str | None = None
    speaker_label: str | None = None
    agenda_key: str | None = None


def save_draft(store: Store, meeting_id: int, slot: str, draft: Draft) -> None:
    """Store (or replace) the draft of one input box; an empty text removes it."""
    with store.write(Change(Noun.DRAFT, meeting_id)) as db:
        if not draft.text:
            db.execute("DELETE FROM drafts WHERE meeting_id = ? AND slot = ?", [meeting_id, slot])
            return
        db.execute(
            "INSERT OR REPLACE INTO drafts(meeting_id, slot, text, speaker_key, speaker_label, "
            "agenda_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [meeting_id, slot, clean_text(draft.text), draft.speaker_key,
             clean_optional(draft.speaker_label), draft.agenda_key,
             dt.datetime.now().isoformat(timespec="milliseconds")])


def load_draft(db: Database, meeting_id: int, slot: str) -> Draft | None:
    """The stored draft of one input box, or None."""
    row = db.execute("SELECT text, speaker_key, speaker_label, agenda_key FROM drafts "
                     "WHERE meeting_id = ? AND slot = ?", [meeting_id, slot]).fetchone()
    return None if row is None else Draft(*row)


def clear_draft(store: Store, meeting_id: int, slot: str) -> None:
    """Forget the draft of one input box (after it became an opinion)."""
    save_draft(store, meeting_id, slot, Draft(text=""))
