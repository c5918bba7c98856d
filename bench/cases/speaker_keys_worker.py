"""Replays a meeting's speeches through the live view with key events; prints keys per opinion.

    QT_QPA_PLATFORM=offscreen python -m bench.cases.speaker_keys_worker

Counted: every key pressed that is not a character of the speech (choosing the agenda item and
the speaker, recording). The speech itself is put in the box at once: its keys are not counted.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.generate import large_meeting
from secretary_app.domain.model import Meeting, Opinion
from secretary_app.domain.package import parse_package_bytes
from secretary_app.domain.speakers import unique_prefix_match
from secretary_app.domain.text import fold
from secretary_app.paths import resource
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.pages.speaker_picker import AUTO_ACCEPT_LETTERS

# PySide6 6.12 on Python 3.11 drops a reference to None on every key event QTest sends (and on
# every None a Qt call hands back); thousands of them would free None itself. Extra references
# keep the replay alive; they change nothing else.
NONE_GUARD = [None] * 2_000_000

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def key(widget, code: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> int:
    """Press one key on the widget with the focus; counts 1."""
    QTest.keyClick(widget, code, modifiers)
    return 1


def type_letter(widget, ch: str) -> int:
    """Type one character as a key event; counts 1."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                       Qt.KeyboardModifier.NoModifier)
    return 1


def go_to_item(page, agenda_key: str | None) -> int:
    """Alt+PgUp/PgDown until the opinion's agenda item is current."""
    keys = [g.key for g in page.agenda.model.rows]
    if agenda_key not in keys:
        return 0
    pressed = 0
    while page.agenda.current_key() != agenda_key:
        current = keys.index(page.agenda.current_key()) if page.agenda.current_key() else -1
        step = Qt.Key.Key_PageDown if keys.index(agenda_key) > current else Qt.Key.Key_PageUp
        pressed += key(QApplication.focusWidget(), step, ALT)
    return pressed


def shortest_letters(ranked: list, person) -> str:
    """The fewest letters a secretary who knows the names types to single this person out:
    the start of one word of the name, or the starts of two words."""
    words = fold(person.name).split()
    tries = [w[:n] for w in words for n in range(1, len(w) + 1)]
    tries += [f"{a[:i]} {b[:j]}" for a in words for b in words if a != b
              for i in range(1, 3) for j in range(1, len(b) + 1)]
    found = [t for t in tries if len(t.replace(" ", "")) >= AUTO_ACCEPT_LETTERS
             and unique_prefix_match(ranked, t) is person]
    return min(found, key=len) if found else fold(person.name)


def choose_speaker(page, opinion: Opinion) -> int:
    """Alt+n when the speaker is shown among the picks, else Ctrl+E and letters of the name
    (a name not on the list: all of it, then Enter)."""
    composer = page.composer
    shown = [a.key for a in composer.ranked[:9]]
    if opinion.speaker in shown:
        number = getattr(Qt.Key, f"Key_{shown.index(opinion.speaker) + 1}")
        return key(QApplication.focusWidget(), number, ALT)
    pressed = key(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)
    person = next((a for a in composer.ranked if a.key == opinion.speaker), None)
    letters = shortest_letters(composer.ranked, person) if person else (
        opinion.speaker_label or "")
    for ch in letters:
        if not composer.picker.hasFocus():
            break
        pressed += type_letter(composer.picker, ch)
    if composer.picker.hasFocus():
        pressed += key(composer.picker, Qt.Key.Key_Return)
    return pressed


def replay(app: QApplication, meeting: Meeting) -> list[int]:
    """Keys beyond the text for each opinion of the meeting, recorded afresh in the window."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "replay.db")
        save_organization(store, meeting.organization, make_default=True)
        meeting_id = create_meeting(store, dataclasses.replace(meeting, opinions=[]))
        window = MainWindow(store)
        window.show()
        page = window.open_meeting(meeting_id, "proceedings")
        app.processEvents()
        counts = []
        for opinion in meeting.opinions:
            pressed = go_to_item(page, opinion.agenda) + choose_speaker(page, opinion)
            page.composer.box.insertPlainText(opinion.text)  # the speech: not counted
            pressed += key(page.composer.box, Qt.Key.Key_Return, CTRL)
            stored = load_meeting(store.db, meeting_id).opinions[-1]
            assert (stored.speaker, stored.agenda) == (opinion.speaker, opinion.agenda), stored
            counts.append(pressed)
        window.close()
        store.close()
    return counts


def main() -> int:
    """The seed meeting and the large generated meeting, each replayed once."""
    app = QApplication(sys.argv[:1])
    seed = parse_package_bytes(resource("samples", "seed-meeting.json").read_bytes())
    print(json.dumps({"seed": replay(app, seed), "large": replay(app, large_meeting())}),
          flush=True)
    return 0


if __name__ == "__main__":
    os._exit(main())  # no clean-up: freeing everything would free None too (see NONE_GUARD)
