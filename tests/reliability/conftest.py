"""Fixtures of the reliability tests: a database held by another process, file digests."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

HOLD_LOCK = """
import sys, time
from secretary_app.storage.lock import DatabaseLock
lock = DatabaseLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(120)
"""


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes (to prove a file was left untouched)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def lock_holder():
    """Start another process that holds the writer lock of a database; killed at teardown."""
    started = []

    def hold(db_path: Path) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "held"
        started.append(proc)
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait(timeout=10)
