"""Seeded benchmark data: meetings built through the real storage layer, cached under bench/data/.

    python -m bench.generate --meetings 10000      # build (or reuse) the cached database
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import hashlib
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.factory import DB_SHAPE, LARGE_SHAPE, make_meeting, organization, people_pool
from secretary_app.domain.model import Meeting
from secretary_app.storage.database import Store, open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.storage.search import rebuild_search_index

DEFAULT_SEED = 20240605
DATA_DIR = Path(__file__).resolve().parent / "data"
FIRST_DAY = dt.date(2015, 1, 5)
LAST_DAY = dt.date(2025, 6, 27)
BATCH = 200  # meetings per transaction while building


def meeting_date(index: int, total: int) -> dt.date:
    """Meetings spread evenly over ten years, weekends moved to the Monday after."""
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + dt.timedelta(days=index * span // max(total, 1))
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def meetings(total: int, seed: int = DEFAULT_SEED) -> Iterator[Meeting]:
    """The generated meetings, oldest first; meeting i depends only on (seed, i, total)."""
    pool = people_pool(seed)
    org = organization()
    for index in range(total):
        rng = random.Random(f"{seed}:meeting:{index}")
        yield make_meeting(rng, meeting_date(index, total), pool, DB_SHAPE, org)


def large_meeting(seed: int = DEFAULT_SEED) -> Meeting:
    """One very large meeting: 60 attendees, 300 opinions of 80–400 words, 40 conclusions."""
    rng = random.Random(f"{seed}:large")
    return make_meeting(rng, dt.date(2024, 10, 16), people_pool(seed), LARGE_SHAPE,
                        organization())


def build_database(path: Path | str, meetings: int = 100, seed: int = DEFAULT_SEED) -> Path:
    """A database of generated meetings at path (created; must not exist yet)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    store = open_store(path)
    try:
        _fill(store, meetings, seed)
    finally:
        store.close()
    return path


def _fill(store: Store, total: int, seed: int) -> None:
    store.db.conn.execute("PRAGMA synchronous = OFF")  # a cache: a crash means rebuild
    org = organization()
    org.id = save_organization(store, org, make_default=True)
    batch = []
    for meeting in _with_org(meetings(total, seed), org):
        batch.append(meeting)
        if len(batch) == BATCH:
            _store_batch(store, batch)
            batch = []
    _store_batch(store, batch)
    rebuild_search_index(store.db)  # what the search module asks for after a bulk load
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _with_org(items: Iterator[Meeting], org) -> Iterator[Meeting]:
    for meeting in items:
        meeting.organization = org
        yield meeting


def _store_batch(store: Store, batch: list[Meeting]) -> None:
    with store.write():
        for meeting in batch:
            create_meeting(store, meeting)


# what the stored data depends on: the generator, the write path, the schema, the index
_SOURCES = ("bench/factory.py", "bench/writer.py", "bench/vocab.py", "bench/phrases.py",
            "bench/generate.py", "secretary_app/domain/text.py",
            "secretary_app/storage/meetings.py", "secretary_app/storage/rows.py",
            "secretary_app/storage/people.py", "secretary_app/storage/organizations.py",
            "secretary_app/storage/search_index.py", "secretary_app/storage/search_sources.py",
            "secretary_app/storage/search_text.py")


def fingerprint() -> str:
    """Changes when the generator, the write path, the migrations or the search index change."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    sources = [root / s for s in _SOURCES]
    sources += sorted((root / "secretary_app" / "storage" / "migrations").glob("*.py"))
    for source in sources:
        if source.exists():
            digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def cached_database(meetings: int, seed: int = DEFAULT_SEED, log=print) -> Path:
    """The cached database of this size under bench/data/, built first when missing or stale.

    A lock file makes a second process (a test, another run) wait for the build in progress.
    """
    path = DATA_DIR / f"meetings-{meetings}-{seed}-{fingerprint()}.sqlite"
    DATA_DIR.mkdir(exist_ok=True)
    with open(DATA_DIR / f".build-{meetings}-{seed}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            _build_cached(path, meetings, seed, log)
    return path


def _build_cached(path: Path, meetings: int, seed: int, log) -> None:
    for stale in DATA_DIR.glob(f"meetings-{meetings}-{seed}-*.*"):
        stale.unlink()
    partial = path.with_suffix(".partial")
    started = time.perf_counter()
    build_database(partial, meetings, seed)
    os.replace(partial, path)
    took = time.perf_counter() - started
    build_seconds_file(path).write_text(f"{took:.1f}\n")
    log(f"built {path.name} in {took:.0f} s")


def build_seconds_file(path: Path) -> Path:
    """Where the time the cached database took to build is kept."""
    return path.with_name(path.name + ".build-seconds")


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) cached databases of the given sizes and print their paths."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for size in args.meetings:
        print(cached_database(size, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
