"""Shared fixtures: the seed package, a fresh migrated store, the CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from secretary_app.domain.package import parse_package
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting

ROOT = Path(__file__).resolve().parent.parent
SHARED_SEED = ROOT.parent / "shared" / "samples" / "seed-meeting.json"
SHIPPED_SEED = ROOT / "resources" / "samples" / "seed-meeting.json"
SEED_PATH = SHIPPED_SEED if SHIPPED_SEED.exists() else SHARED_SEED
# The app's log goes to a folder of the test run, not the user's (run_cli's processes inherit it).
os.environ.setdefault("SECRETARY_APP_LOG_DIR", tempfile.mkdtemp(prefix="secretary-app-logs-"))


@pytest.fixture
def seed_package() -> dict:
    """The seed meeting package as decoded JSON (a fresh copy per test)."""
    return json.loads(SEED_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def seed_meeting(seed_package):
    """The seed meeting as a domain object."""
    return parse_package(seed_package)


@pytest.fixture
def store(tmp_path):
    """A fresh migrated store on a temporary file."""
    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def seeded_store(store, seed_meeting):
    """A store holding the seed meeting; the meeting id is store.seed_id."""
    store.seed_id = create_meeting(store, seed_meeting)
    return store


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m secretary_app ARGS` in a subprocess and capture its output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "secretary_app", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)
