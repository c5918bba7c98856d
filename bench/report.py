"""Writes docs/benchmarks.md: machine, date, data, every figure with its target and verdict."""

from __future__ import annotations

from bench.figures import Figure

METHOD = """\
## How each figure is measured

- **startup**: wall time of `secretary-app --db <10,000 meetings> --smoke-test` (offscreen,
  fresh throw-away home, bytecode cached as in an installed app) against `bench/bare_window.py`,
  a bare PySide6 `QMainWindow` that shows and quits, in rounds in the same run (one warm-up
  round). Both quit on a precise timer after the smoke test's fixed wait, which is taken off both
  wall times; ratios are per round. Two more processes per round show where the time goes: the
  bare window that also imports sqlite-utils (the floor of any window on our storage) and
  `import secretary_app.ui.application` alone.
- **memory**: peak RSS (`ru_maxrss` from `wait4`) of the same smoke-test processes.
- **export**: `build_document(meeting, MINUTES)` then `to_pdf_bytes` / `to_docx_bytes` of the
  generated large meeting (60 attendees, 300 opinions of 80–400 words, 40 conclusions) in a
  worker process, after one first call (its time is in the notes). LibreOffice converts the
  DOCX we wrote to PDF (`soffice --headless --convert-to pdf`, own warmed-up profile).
- **search**: `storage.search.search(db, q)` for 50 queries (units, programmes, names with and
  without accents, numbers, document references, common words, hostile input, misses) after a
  warm-up pass; p50 and p95 per pass. The LIKE baseline runs `LIKE '%q%'` over every searched
  column of every table for the first queries.
- **capture**: what the Proceedings page does on Ctrl+Enter: `OPINIONS.add` and `clear_draft`
  in one `store.write` transaction, committed in WAL mode with `synchronous=FULL`, in a new
  meeting of the 10,000-meeting file (deleted afterwards).
- **list**: `MeetingListPanel` on the 10,000-meeting file, shown offscreen, then
  `scrollToBottom()` until the lazy model has fetched every page (worker process).
- **speaker keys**: `bench/cases/speaker_keys_worker.py` opens the main window offscreen on a
  copy of the seed meeting without its opinions and records them again with key events: the
  agenda item by Alt+PgUp/PgDown, the speaker by Alt+1…9 when shown among the picks, else Ctrl+E
  and the fewest letters that single the name out (the picker takes the first unique prefix),
  the speech put in the box at once (its keys are not counted), then Ctrl+Enter; each stored
  opinion is checked (speaker, agenda item). The same replay of the generated large meeting
  (speakers drawn at random from 60 attendees) is reported without a target.
- **preview**: `bench/cases/preview_worker.py` opens the main window offscreen (1366×768) on the
  seed meeting and on the generated large meeting, renderer warmed as the app does after start,
  and times showing the Văn bản page until the PDF view has page 1, then a change of the
  meeting's place pushed on the undo stack until the new page 1 is shown (fresh window and
  database per run, one warm-up run).
- **office**: a throw-away PostgreSQL (Debian's `initdb`/`pg_ctl`, `fsync=off`, TCP on
  127.0.0.1, scram passwords) with the office schema; skipped ("not measured") where PostgreSQL
  is not installed. *Issue*: `register_document` on a local database connected to the office,
  400 numbers from one series after 20 warm-up, connection kept open: the server transaction
  (series row locked with SELECT … FOR UPDATE) and the local SQLite commit; p50/p99 of each
  quarter of the samples. *Publish*: `publish_meeting` of a freshly finalised copy of the large
  meeting with its PDF and DOCX, 5 runs after one warm-up. *Search*: `bench/office_data.py`
  generates 100,000 distinct meetings (a smaller shape: 8–14 attendees, 4–8 opinions of 30–90
  words), COPY'd into the archive as published versions by three secretaries; then the 50
  queries of the local search bench × 3 passes through `search_archive` as a fourth secretary
  (row security on), each in its own transaction.
- **size**: file bytes (with WAL) of the 10,000-meeting database divided by its opinions; the
  search index's share from SQLite's `dbstat` table.

Regenerate with `make bench` (builds and caches the databases under `bench/data/` first).
"""


def _number(value: float, unit: str) -> str:
    if unit in ("bytes", "rows"):
        return f"{value:,.0f}"
    if unit == "MB":
        return f"{value:.0f}"
    if unit == "s":
        return f"{value:.3f}"
    return f"{value:.2f}"


def _target(figure: Figure) -> str:
    if figure.target is None:
        return ""
    unit = "×" if figure.unit == "×" else f" {figure.unit}"
    return f"{figure.target.sign} {figure.target.bound:g}{unit}"


def figure_row(figure: Figure) -> str:
    """One table row: group, figure, median, min, max, target, verdict."""
    if figure.summary is None:
        cells = ["—", "—", "—"]
    else:
        s = figure.summary
        cells = [f"{_number(v, figure.unit)} {figure.unit}" for v in (s.median, s.low, s.high)]
    verdict = figure.verdict
    if verdict == "FAIL":
        verdict = f"**FAIL** ({figure.target.missed_by(figure.summary.median)})"
    elif verdict == "PASS":
        verdict = "**PASS**"
    return f"| {figure.group} | {figure.name} | " + " | ".join(cells) + \
        f" | {_target(figure)} | {verdict} |"


def render(machine: dict[str, str], when: str, data: list[str], figures: list[Figure],
           took: float) -> str:
    """The whole Markdown page."""
    lines = ["# Benchmarks", "",
             f"Written by `make bench` on {when} in {took / 60:.1f} min. Medians of several "
             "runs, with the lowest and highest run; each target is checked on the median.",
             "", "## Machine", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in machine.items()]
    lines += ["", "## Data", ""] + [f"- {d}" for d in data]
    lines += ["", "## Figures", "",
              "| Group | Figure | Median | Min | Max | Target | Result |",
              "|---|---|---:|---:|---:|---|---|"]
    lines += [figure_row(f) for f in figures]
    notes = [f"- *{f.group} — {f.name}*: {f.note}" for f in figures if f.note]
    lines += ["", "## Notes", ""] + notes + ["", METHOD]
    return "\n".join(lines)
