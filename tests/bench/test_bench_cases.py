"""The benchmark cases and report at a small size, so `make bench` cannot rot unnoticed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import report
from bench.cases import capture, search, size
from bench.figures import Figure, Target, not_measured
from bench.generate import build_database
from bench.timing import percentile, summarise
from secretary_app.storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("bench") / "small.db", meetings=8, seed=2)


def test_percentiles_and_summaries():
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 0.50) == 50
    assert percentile(samples, 0.95) == 95
    assert percentile(samples, 0.99) == 99
    summary = summarise([3.0, 1.0, 2.0])
    assert (summary.median, summary.low, summary.high, summary.count) == (2.0, 1.0, 3.0, 3)


def test_targets_decide_pass_and_fail():
    fast = Figure("g", "fast", "s", summarise([0.2, 0.3, 0.4]), Target("≤", 0.5))
    slow = Figure("g", "slow", "s", summarise([0.9, 1.0]), Target("≤", 0.5))
    ratio = Figure("g", "ratio", "×", summarise([2.5]), Target("≥", 5))
    assert (fast.verdict, slow.verdict, ratio.verdict) == ("PASS", "FAIL", "FAIL")
    assert slow.target.missed_by(slow.summary.median) == "1.90× the bound"
    assert ratio.target.missed_by(2.5) == "2.00× the bound"
    assert not_measured("g", "later", "no code yet").verdict == "not measured"


def test_report_lists_every_figure_with_its_verdict():
    figures = [Figure("export", "PDF", "s", summarise([0.41, 0.40, 0.45]), Target("≤", 0.5)),
               Figure("search", "p95", "ms", summarise([60.0]), Target("≤", 50)),
               not_measured("list", "scroll", "no list model yet", Target("≤", 200))]
    page = report.render({"CPU": "Test CPU", "Cores": "2"}, "2025-01-01 10:00",
                         ["data line"], figures, 12.0)
    assert "| CPU | Test CPU |" in page and "2025-01-01 10:00" in page
    assert "| export | PDF | 0.410 s | 0.400 s | 0.450 s | ≤ 0.5 s | **PASS** |" in page
    assert "**FAIL** (1.20× the bound)" in page
    assert "not measured: no list model yet" in page


def test_size_search_and_capture_cases_measure_a_small_database(small_db):
    figures = size.measure(small_db) + search.measure(small_db) + capture.measure(small_db)
    named = {f.name: f for f in figures}
    assert named["database bytes per opinion (search index included)"].summary.median > 500
    assert named["p50 of 50 queries"].summary.count == search.PASSES
    assert named["save one opinion, p50"].summary.median > 0
    assert all(f.summary is not None for f in figures)
    store = open_store(small_db)  # capture removed its meeting again
    try:
        assert store.db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 8
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_fifty_varied_queries():
    queries = search.queries()
    assert len(queries) == 50 == len(set(queries))
    assert any('"' in q for q in queries) and "NEAR(" in queries


@pytest.mark.slow
def test_make_bench_runs_end_to_end_on_a_small_database(tmp_path):
    out = tmp_path / "benchmarks.md"
    done = subprocess.run([sys.executable, "-m", "bench.run", "--meetings", "30", "--output",
                           str(out)], cwd=ROOT, capture_output=True, text=True, timeout=900,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    page = out.read_text(encoding="utf-8")
    for group in ("startup", "memory", "export", "search", "capture", "list", "size",
                  "speaker keys", "preview"):
        assert f"| {group} |" in page
