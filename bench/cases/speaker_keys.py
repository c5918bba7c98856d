"""Speaker keys: keys beyond the text per opinion when the seed meeting's speeches are replayed."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.cases.startup import clean_env
from bench.figures import Figure, Target
from bench.timing import summarise


def replay() -> dict[str, list[int]]:
    """Keys per opinion for the seed meeting and the large meeting, from a worker process."""
    with tempfile.TemporaryDirectory() as home:
        command = [sys.executable, "-m", "bench.cases.speaker_keys_worker"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=900,
                              env=clean_env(Path(home)), cwd=Path(__file__).resolve().parents[2])
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(_db: Path) -> list[Figure]:
    """Figures of the speaker-keys group (the database is not used)."""
    keys = replay()
    seed, large = keys["seed"], keys["large"]
    how = ("agenda item by Alt+PgUp/PgDown, speaker by Alt+1…9 when shown, else Ctrl+E and the "
           "fewest letters that single the name out, then Ctrl+Enter")
    return [
        Figure("speaker keys", "seed meeting: keys beyond the text per opinion", "keys",
               summarise([float(k) for k in seed]), Target("≤", 3),
               f"{len(seed)} opinions, keys {seed}; {how}"),
        Figure("speaker keys", "large meeting: keys beyond the text per opinion", "keys",
               summarise([float(k) for k in large]), None,
               f"{len(large)} opinions by speakers drawn at random from 60 attendees "
               f"(no one more likely than another), {sum(k <= 3 for k in large)} in ≤ 3 keys"),
    ]
