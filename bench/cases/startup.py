"""Startup and memory: `secretary-app --smoke-test` on the big database against a bare window."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure, Target
from bench.generate import DATA_DIR
from bench.timing import summarise

RUNS = 9
BARE = Path(__file__).resolve().parent.parent / "bare_window.py"
ROOT = Path(__file__).resolve().parents[2]
APPLICATION = ROOT / "secretary_app" / "ui" / "application.py"


def smoke_delay_ms() -> int:
    """How long the smoke test lets the event loop run before quitting (the bare window waits
    as long, and both wall times are compared with that wait taken off)."""
    source = APPLICATION.read_text(encoding="utf-8")
    named = re.search(r"^SMOKE_TEST_MS\s*=\s*(\d+)", source, re.M)
    inline = re.search(r"singleShot\((\d+),", source)
    found = named or inline
    return int(found.group(1)) if found else 0


def app_command(db: Path) -> list[str]:
    """The installed entry point, as a user starts it."""
    script = Path(sys.executable).parent / "secretary-app"
    head = [str(script)] if script.exists() else [sys.executable, "-m", "secretary_app"]
    return head + ["--db", str(db), "--smoke-test"]


def clean_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, a throw-away home (no settings shared with the user's), this checkout's code
    first on the path (also for the installed entry point), bytecode cached under bench/data."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), PYTHONPATH=path,
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # compiled bytecode, as an installed app or the bundle has it (kept out of the source tree)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(DATA_DIR / "pycache")
    return env


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process, which must exit 0."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"{command[0]} exited {process.returncode}: {' | '.join(tail)}")
    return elapsed, usage.ru_maxrss / 1024


def _forget_backups(db: Path) -> None:
    """The app backs up what it opens (beside the file): not wanted for the cached data."""
    shutil.rmtree(db.parent / "backups", ignore_errors=True)
    for leftover in (Path(f"{db}.lock"), Path(f"{db}-needs-check")):
        leftover.unlink(missing_ok=True)


def measure(db: Path) -> list[Figure]:
    """Interleaved runs of the bare window and the app; the first of each is a warm-up."""
    delay = smoke_delay_ms()
    with tempfile.TemporaryDirectory() as home:
        env = clean_env(Path(home))
        commands = {"bare": [sys.executable, str(BARE), str(delay)],
                    "floor": [sys.executable, str(BARE), str(delay), "--sqlite-utils"],
                    "imports": [sys.executable, "-c", "import secretary_app.ui.application"],
                    "app": app_command(db)}
        try:
            for command in commands.values():  # warm-up
                run_once(command, env)
            rounds = [{k: run_once(c, env) for k, c in commands.items()} for _ in range(RUNS)]
        finally:
            _forget_backups(db)
    wait = delay / 1000
    secs = {k: [r[k][0] - (0 if k == "imports" else wait) for r in rounds] for k in commands}
    app, bare = secs["app"], secs["bare"]
    note = f"wall time minus the smoke test's {delay} ms wait" if delay else "wall time"
    return [
        Figure("startup", "bare QMainWindow shows and quits", "s", summarise(bare), note=note),
        Figure("startup", "secretary-app --smoke-test, 10,000 meetings", "s", summarise(app),
               note=note),
        Figure("startup", "ratio app / bare window (per round)", "×", _ratios(app, bare),
               Target("≤", 1.8), _why(secs)),
        Figure("startup", "ratio bare window + import sqlite_utils / bare (floor)", "×",
               _ratios(secs["floor"], bare), note="no window on our storage starts faster"),
        Figure("startup", "ratio `import secretary_app.ui.application` / bare", "×",
               _ratios(secs["imports"], bare),
               note="Python importing the app's modules, Qt and sqlite-utils, no window"),
        Figure("memory", "peak RSS of the smoke test, 10,000 meetings", "MB",
               summarise([r["app"][1] for r in rounds]), Target("≤", 250)),
        Figure("memory", "peak RSS of the bare window (reference)", "MB",
               summarise([r["bare"][1] for r in rounds])),
    ]


def _why(secs: dict[str, list[float]]) -> str:
    """Where the app's start-up goes, in bare-window units (medians)."""
    bare, floor, imports, app = (statistics.median(secs[k])
                                 for k in ("bare", "floor", "imports", "app"))
    head = (f"of the app's {app / bare:.2f}×, Qt + sqlite-utils alone take {floor / bare:.2f}×, "
            f"importing the app's own modules {(imports - floor) / bare:.2f}× more "
            "(approximate: that process shows no window)")
    if app >= imports:
        return (head + ", and opening the database, building, painting and closing the main "
                f"window the remaining {(app - imports) / bare:.2f}×")
    return (head + "; the app itself ends sooner than that imports-only process because it "
            "freezes its start-up objects for the garbage collector (gc.freeze) and so skips the "
            "final collection, so the window's own share cannot be told apart here")


def _ratios(slow: list[float], fast: list[float]):
    return summarise([s / f for s, f in zip(slow, fast, strict=True)])
