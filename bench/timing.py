"""Timing helpers: repeat a call, summarise samples (median, min, max, percentiles)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Summary:
    """Samples of one figure, in its unit (seconds, milliseconds, bytes …)."""

    median: float
    low: float
    high: float
    count: int

    def as_dict(self) -> dict:
        """Plain values for JSON."""
        return asdict(self)


def summarise(samples: list[float]) -> Summary:
    """Median, minimum and maximum of the samples."""
    return Summary(statistics.median(samples), min(samples), max(samples), len(samples))


def percentile(samples: list[float], share: float) -> float:
    """The nearest-rank percentile (share in 0..1) of the samples."""
    ordered = sorted(samples)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def seconds(call: Callable[[], object]) -> float:
    """Wall-clock seconds one call takes."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def repeat(call: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Seconds of `runs` calls after `warmup` calls that are not counted."""
    for _ in range(warmup):
        call()
    return [seconds(call) for _ in range(runs)]
