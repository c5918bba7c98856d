"""Preview: the Văn bản page shows page 1 soon after it opens and after an edit is stored."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.cases.startup import clean_env
from bench.figures import Figure, Target
from bench.timing import summarise

RUNS = 5


def measure(_db: Path) -> list[Figure]:
    """Figures of the preview group, from a worker process with an offscreen window."""
    with tempfile.TemporaryDirectory() as home:
        command = [sys.executable, "-m", "bench.cases.preview_worker", str(RUNS)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=900,
                              env=clean_env(Path(home)), cwd=Path(__file__).resolve().parents[2])
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    runs = json.loads(done.stdout.strip().splitlines()[-1])
    note = ("renderer warmed as the app does 2.5 s after start; page 1 drawn from the opening "
            "blocks first, the whole document right after")
    figures = []
    for name, label in (("seed", "seed meeting"), ("large", "large meeting")):
        opened = [r[0] for r in runs[name]]
        edited = [r[1] for r in runs[name]]
        figures += [
            Figure("preview", f"{label}: page 1 shown after the page opens", "ms",
                   summarise(opened), Target("≤", 300), note),
            Figure("preview", f"{label}: page 1 redrawn after an edit is stored", "ms",
                   summarise(edited), Target("≤", 300),
                   "the place changed through the undo stack; 120 ms of it is the wait for "
                   "more typing"),
        ]
    return figures
