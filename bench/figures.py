"""One reported figure: its samples, its target and whether the target holds."""

from __future__ import annotations

import operator
from dataclasses import dataclass

from bench.timing import Summary

_COMPARE = {"≤": operator.le, "≥": operator.ge}


@dataclass(frozen=True)
class Target:
    """A bound on the median of a figure: '≤ 0.5' or '≥ 5'."""

    sign: str
    bound: float

    def holds(self, value: float) -> bool:
        """True when value meets the bound."""
        return _COMPARE[self.sign](value, self.bound)

    def missed_by(self, value: float) -> str:
        """How far value is from the bound, as a factor."""
        if value == 0 or self.bound == 0:
            return ""
        factor = value / self.bound if self.sign == "≤" else self.bound / value
        return f"{factor:.2f}× the bound"


@dataclass(frozen=True)
class Figure:
    """A measured (or not measured) figure of the benchmark report."""

    group: str
    name: str
    unit: str
    summary: Summary | None = None
    target: Target | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        """PASS, FAIL, '—' (no target) or 'not measured'."""
        if self.summary is None:
            return "not measured"
        if self.target is None:
            return "—"
        return "PASS" if self.target.holds(self.summary.median) else "FAIL"


def not_measured(group: str, name: str, why: str, target: Target | None = None) -> Figure:
    """A figure whose code or tool is missing, with the reason."""
    return Figure(group, name, "", None, target, f"not measured: {why}")
