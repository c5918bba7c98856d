"""List: open the meeting list of the big database offscreen and scroll to the last meeting."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

from bench.cases.startup import clean_env
from bench.figures import Figure, Target, not_measured
from bench.timing import summarise

RUNS = 5


def measure(db: Path) -> list[Figure]:
    """Figures of the list group, from a worker process with an offscreen QApplication."""
    if find_spec("secretary_app.ui.meeting_list_panel") is None:
        return [not_measured("list", "open and scroll to the end", "no meeting list panel yet",
                             Target("≤", 200))]
    with tempfile.TemporaryDirectory() as home:
        command = [sys.executable, "-m", "bench.cases.list_worker", str(db), str(RUNS)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600,
                              env=clean_env(Path(home)), cwd=Path(__file__).resolve().parents[2])
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    runs = json.loads(done.stdout.strip().splitlines()[-1])
    last = runs[-1]
    note = (f"MeetingListPanel shown, then scrollToBottom until the model cannot fetch more: "
            f"{last['rows']} rows, last visible row {last['last_visible_row']}, "
            f"{last['statements']} SQL statements in all")
    return [
        Figure("list", "open the meeting list and scroll to the end", "ms",
               summarise([r["total"] * 1000 for r in runs]), Target("≤", 200), note),
        Figure("list", "open the meeting list (first screen)", "ms",
               summarise([r["open"] * 1000 for r in runs])),
        Figure("list", "rows fetched when the list opens (lazy model)", "rows",
               summarise([float(r["rows_at_open"]) for r in runs]), Target("≤", 1000),
               "the rest is fetched page by page as the view scrolls"),
    ]
