"""`make bench`: build (or reuse) the data, measure every figure, write docs/benchmarks.md.

    python -m bench.run [--meetings 10000] [--output docs/benchmarks.md] [--only search ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from bench import machine, report
from bench.cases import (
    capture,
    export,
    listing,
    office,
    preview,
    search,
    size,
    speaker_keys,
    startup,
)
from bench.figures import Figure, Target, not_measured
from bench.generate import build_seconds_file, cached_database, large_meeting

ROOT = Path(__file__).resolve().parent.parent

# in this order: size before capture writes to the file, search before capture marks it stale
CASES: dict[str, Callable[[Path], list[Figure]]] = {
    "size": size.measure,
    "startup": startup.measure,
    "export": lambda _db: export.measure(),
    "search": search.measure,
    "capture": capture.measure,
    "list": listing.measure,
    "speaker_keys": speaker_keys.measure,
    "preview": preview.measure,
    "office": office.measure,  # its own throw-away PostgreSQL; "not measured" without one
}
NO_DATABASE = {"export", "office", "speaker_keys", "preview"}  # cases not reading the big file


def describe_data(db: Path, meetings: int, built_in: float) -> list[str]:
    """One line on the database and one on the large meeting."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("meetings", "attendees", "opinions", "conclusions", "tasks",
                            "people")}
    finally:
        conn.close()
    origin = f"built in {built_in:.0f} s by this run" if built_in > 1 else "reused from the cache"
    recorded = build_seconds_file(db)
    if built_in <= 1 and recorded.exists():
        origin += f", which took {float(recorded.read_text()):.0f} s to build it"
    large = large_meeting()
    words = sum(len(o.text.split()) for o in large.opinions)
    tasks = sum(len(c.tasks) for c in large.conclusions)
    return [
        f"{meetings:,}-meeting database `{db.name}` (seeded generator `bench/generate.py`, "
        f"{origin}): "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items()) + ".",
        f"Large meeting: {len(large.attendees)} attendees, {len(large.opinions)} opinions "
        f"({words:,} words), {len(large.conclusions)} conclusions with "
        f"{sum(len(c.items) for c in large.conclusions)} sub-items and {tasks} tasks.",
    ]


# the figures with a target, per case: each is reported as not measured when its case breaks
TARGETED = {
    "startup": [("startup", "ratio app / bare window", Target("≤", 1.8)),
                ("memory", "peak RSS of the smoke test", Target("≤", 250))],
    "export": [("export", "large meeting minutes to PDF", Target("≤", 0.5)),
               ("export", "large meeting minutes to DOCX", Target("≤", 0.5)),
               ("export", "ratio LibreOffice DOCX→PDF / our PDF", Target("≥", 5))],
    "search": [("search", "p50 of 50 queries", Target("≤", 10)),
               ("search", "p95 of 50 queries", Target("≤", 50))],
    "capture": [("capture", "save one opinion, p50", Target("≤", 2)),
                ("capture", "save one opinion, p99", Target("≤", 20))],
    "list": [("list", "open the meeting list and scroll to the end", Target("≤", 200))],
    "size": [("size", "database bytes per opinion", None)],
    "speaker_keys": [("speaker keys", "seed meeting: keys beyond the text per opinion",
                      Target("≤", 3))],
    "preview": [("preview", f"{m}: page 1 {what}", Target("≤", 300))
                for m in ("seed meeting", "large meeting")
                for what in ("shown after the page opens", "redrawn after an edit is stored")],
    "office": [("office", name, target) for name, target in office.TARGETS],
}


def run_case(name: str, case: Callable[[Path], list[Figure]], db: Path) -> list[Figure]:
    """The figures of one case; a case that breaks is reported as not measured."""
    print(f"bench: {name} …", flush=True)
    try:
        return case(db)
    except Exception as exc:  # noqa: BLE001 - one broken case must not hide the others
        traceback.print_exc()
        why = f"{type(exc).__name__}: {exc}"
        return [not_measured(group, figure, why, target)
                for group, figure, target in TARGETED[name]]


def main(argv: list[str] | None = None) -> int:
    """Measure and write the report; exit 0 even when targets fail (the report says so)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), default=None)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    needs_db = args.only is None or not set(args.only) <= NO_DATABASE
    db = cached_database(args.meetings) if needs_db else None
    built_in = time.perf_counter() - started
    figures: list[Figure] = []
    for name, case in CASES.items():
        if args.only is None or name in args.only:
            figures += run_case(name, case, db)
    page = report.render(machine.describe(), f"{dt.datetime.now():%Y-%m-%d %H:%M}",
                         describe_data(db, args.meetings, built_in) if db else [], figures,
                         time.perf_counter() - started)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(page + "\n", encoding="utf-8")
    for figure in figures:
        print(report.figure_row(figure))
    print(f"bench: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
