"""Capture: saving one opinion durably, as the Proceedings page does on Ctrl+Enter."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

from bench.figures import Figure, Target
from bench.generate import large_meeting
from bench.timing import percentile, seconds, summarise
from bench.writer import Writer
from secretary_app.domain.model import Meeting, Opinion
from secretary_app.storage.database import Change, Store, open_store
from secretary_app.storage.drafts import Draft, clear_draft, save_draft
from secretary_app.storage.lists import OPINIONS
from secretary_app.storage.meetings import create_meeting, delete_meeting
from secretary_app.storage.search_index import refresh_search_index

RUNS = 3
SAVES = 200  # per run
SLOT = "opinion"


def save_opinion(store: Store, meeting_id: int, opinion: Opinion) -> None:
    """What the opinion composer's undo command does: the opinion and the cleared draft, one
    transaction."""
    with store.write(Change("opinions", meeting_id)):
        OPINIONS.add(store, meeting_id, opinion)
        clear_draft(store, meeting_id, SLOT)


def _today_meeting() -> Meeting:
    """Today's meeting: the attendees and agenda of the large meeting, nothing recorded yet."""
    meeting = large_meeting()
    return dataclasses.replace(meeting, date=dt.date.today(), opinions=[], conclusions=[],
                               votes=[], documents=[])


def _texts(meeting: Meeting) -> list[str]:
    rng = random.Random("capture")
    writer = Writer(rng, meeting.date.year, [a.name for a in meeting.attendees])
    return [writer.opinion(rng.randint(80, 380), 400) for _ in range(SAVES)]


def _run(store: Store, meeting: Meeting, texts: list[str]) -> tuple[list[float], list[float]]:
    """Milliseconds of each opinion save and each draft save, in a new meeting (then deleted)."""
    meeting_id = create_meeting(store, meeting)
    speakers = [a.key for a in meeting.attendees]
    saves, drafts = [], []
    for i, text in enumerate(texts):
        speaker = speakers[i % len(speakers)]
        draft = Draft(text[: len(text) // 2], speaker)
        drafts.append(seconds(lambda d=draft: save_draft(store, meeting_id, SLOT, d)) * 1000)
        opinion = Opinion(key="", text=text, speaker=speaker, at=f"{8 + i // 60:02d}:{i % 60:02d}")
        saves.append(seconds(lambda o=opinion: save_opinion(store, meeting_id, o)) * 1000)
    delete_meeting(store, meeting_id)
    refresh_search_index(store.db)  # leave the cached file as fully indexed as it was
    return saves, drafts


def measure(db_path: Path) -> list[Figure]:
    """Per run: p50 and p99 of SAVES opinion saves in today's new meeting of the big file."""
    store = open_store(db_path)
    try:
        mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
        sync = store.db.execute("PRAGMA synchronous").fetchone()[0]
        meeting = _today_meeting()
        texts = _texts(meeting)
        runs = [_run(store, meeting, texts) for _ in range(RUNS)]
    finally:
        store.close()
    saves = [s for run, _ in runs for s in run]
    note = (f"journal_mode={mode}, synchronous={sync} (2 = FULL); {RUNS} runs of {SAVES} "
            "saves, each run in a new meeting")
    return [
        Figure("capture", "save one opinion, p50", "ms",
               summarise([percentile(r, 0.5) for r, _ in runs]), Target("≤", 2), note),
        Figure("capture", "save one opinion, p99", "ms",
               summarise([percentile(r, 0.99) for r, _ in runs]), Target("≤", 20)),
        Figure("capture", f"save one opinion, all {len(saves)} saves", "ms", summarise(saves)),
        Figure("capture", "save the draft being typed, all saves", "ms",
               summarise([d for _, run in runs for d in run])),
    ]
