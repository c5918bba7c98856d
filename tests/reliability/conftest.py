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
