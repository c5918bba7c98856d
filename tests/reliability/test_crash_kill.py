"""Crash safety: the real app typing opinions is killed with SIGKILL 20 times on one database.

After every kill: `PRAGMA integrity_check` is ok, every opinion the driver saw committed is
stored, and the opinion in flight is either stored whole or recovered from the draft (a prefix
of what was typed, at most about a second behind). The next start restores that draft into the
editor, which the driver reports, and continues typing it.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from secretary_app.storage.backup import KEEP_LAST, list_backups
from secretary_app.storage.database import open_store
from secretary_app.storage.integrity import check_database
from tests.reliability.conftest import launch_app, wait_for_event

RUNS = 20
MAX_LAG_SECONDS = 1.0


@dataclass
class Journal:
    """What the driver logged, read back: plans, progress, commits, the restored editor text."""

    plans: dict[tuple[int, int], str] = field(default_factory=dict)
    progress: dict[tuple[int, int], list[tuple[float, int]]] = field(default_factory=dict)
    committed: list[tuple[int, int]] = field(default_factory=list)
    starts: dict[int, str] = field(default_factory=dict)
    last_plan: tuple[int, int] | None = None

    def read(self, run: int, path: Path) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue  # the line being written when the process was killed
            self._take(run, event)

    def _take(self, run: int, e: dict) -> None:
        if e["e"] == "start":
            self.starts[run] = e["box"]
        elif e["e"] == "plan":
            self.plans[(run, e["j"])] = e["text"]
            self.last_plan = (run, e["j"])
        elif e["e"] == "p":
            self.progress.setdefault((run, e["j"]), []).append((e["t"], e["len"]))
        elif e["e"] == "commit":
            self.committed.append((run, e["j"]))

    def typed_by(self, key: tuple[int, int], moment: float, floor: int) -> int:
        """How many characters of plan `key` were in the box at `moment` (at least floor)."""
        done = [n for t, n in self.progress.get(key, []) if t <= moment]
        return max(done[-1] if done else 0, floor)


def _stored(db: Path) -> tuple[str, list[str], str | None]:
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        texts = [r[0] for r in conn.execute(
            "SELECT text FROM opinions WHERE meeting_id = 1 ORDER BY position")]
        draft = conn.execute("SELECT text FROM drafts WHERE meeting_id = 1 AND slot = 'opinion'"
                             ).fetchone()
    finally:
        conn.close()
    return check, texts, None if draft is None else draft[0]


def _verify(journal: Journal, seed_count: int, db: Path, killed_at: float,
            floor: int | None) -> str:
    """Check one kill; returns the draft text the next start must show.

    floor: characters the editor held when this run started typing; None when the run was
    killed before the editor was shown (then nothing may have changed).
    """
    check, texts, draft = _stored(db)
    assert check == "ok"
    added = texts[seed_count:]
    expected = [journal.plans[k].strip() for k in journal.committed]
    assert added[:len(expected)] == expected, "a committed opinion is missing or changed"
    extra = added[len(expected):]
    flight = journal.last_plan
    if flight is None or flight in journal.committed:
        assert extra == [] and not draft
        return ""
    plan = journal.plans[flight]
    if extra:  # committed just before the kill, before the driver could log it
        assert extra == [plan.strip()] and not draft
        journal.committed.append(flight)
        return ""
    draft = draft or ""
    assert plan.startswith(draft), "the draft is not what was typed"
    if floor is None:
        return draft
    # the run's first opinion starts with the restored draft, already stored before typing
    behind = journal.typed_by(flight, killed_at - MAX_LAG_SECONDS, floor if flight[1] == 0 else 0)
    assert len(draft) >= behind, f"draft {len(draft)} chars, {behind} typed a second earlier"
    return draft


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_nothing_committed(seeded_file, tmp_path, seed_meeting):
    rng = random.Random(6)
    journal = Journal()
    restored_expected, recovered = "", []
    seed_count = len(seed_meeting.opinions)
    for run in range(RUNS):
        log = tmp_path / f"run{run}.jsonl"
        with open(tmp_path / f"run{run}.out", "wb") as out:
            proc = launch_app(seeded_file, log, run, out)
            early = run % 7 == 3  # now and then kill while the app is still starting
            if early:
                time.sleep(rng.uniform(0.0, 1.0))
            else:
                wait_for_event(log, proc, "start")
                time.sleep(rng.uniform(0.2, 3.0))
            killed_at = time.monotonic()
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        if log.exists():
            journal.read(run, log)
        floor = None  # killed before the editor was shown: nothing new was typed
        if run in journal.starts:
            assert journal.starts[run] == restored_expected, "the draft did not come back"
            floor = len(restored_expected)
        draft = _verify(journal, seed_count, seeded_file, killed_at, floor)
        assert floor is not None or draft == restored_expected
        recovered.append(len(draft))
        restored_expected = draft
    print(f"{RUNS} kills, {len(journal.starts)} after the editor was up, "
          f"{len(journal.committed)} opinions committed, drafts recovered: {recovered}")
    assert len(journal.committed) >= 5, "the driver hardly committed anything"
    assert len(journal.starts) >= RUNS - 3
    assert len(list_backups(seeded_file)) <= KEEP_LAST  # at most one per start, pruned
    store = open_store(seeded_file)
    try:
        assert check_database(store.db) == []
    finally:
        store.close()
