"""Fixtures of the reliability tests: a database held by another process, file digests."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secretary_app.domain.model import Organization
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization

DRIVER = Path(__file__).with_name("crash_driver.py")
STARTUP_TIMEOUT = 60.0
HOLD_LOCK = """
import sys, time
from secretary_app.storage.lock import DatabaseLock
lock = DatabaseLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(120)
"""


@pytest.fixture
def seeded_file(tmp_path, seed_meeting):
    """A closed database file holding the default profile and the seed meeting (id 1)."""
    path = tmp_path / "secretary.db"
    store = open_store(path)
    save_organization(store, Organization(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO", abbreviation="SGDĐT",
                                          place_name="Đắk Lắk"), make_default=True)
    create_meeting(store, seed_meeting)
    store.close()
    return path


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


def _mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                            capture_output=True)
    return result.returncode == 0


@pytest.fixture
def mount_tmpfs(tmp_path):
    """Mount a small tmpfs (`mount_tmpfs("size=2m")`); skips when mounting is not allowed."""
    mounted = []

    def mount(options: str, name: str = "mnt") -> Path:
        target = tmp_path / name
        if not _mount(target, options):
            pytest.skip("cannot mount a tmpfs here (needs root / CAP_SYS_ADMIN)")
        mounted.append(target)
        return target

    yield mount
    for target in reversed(mounted):
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the file system is full; returns it (delete it to free space)."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(block)
        except OSError:
            pass
    return filler


def launch_app(db: Path, log: Path, run: int, out) -> subprocess.Popen:
    """Start the real app under crash_driver.py (typing into the opinion editor)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([sys.executable, str(DRIVER), str(db), str(log), str(run)],
                            stdout=out, stderr=subprocess.STDOUT, env=env)


def wait_for_event(log: Path, proc: subprocess.Popen, what: str) -> None:
    """Wait until the driver logged an event ('start': the editor is up)."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if log.exists() and f'"e": "{what}"' in log.read_text(encoding="utf-8"):
            return
        assert proc.poll() is None, f"the app exited early with code {proc.returncode}"
        time.sleep(0.02)
    raise AssertionError(f"no '{what}' from the app within {STARTUP_TIMEOUT} s")
