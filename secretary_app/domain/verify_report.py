"""The report of `verify FILE`: sections of checks, each passed or not; ok only when all pass."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Check:
    """One thing verified about the file, said in Vietnamese."""

    ok: bool
    text: str
    key: str = ""  # names a check another section may settle (e.g. "appended" for signatures)


@dataclass
class Section:
    """A group of checks under a heading (the export proof; the signatures, for PDFs)."""

    title: str
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts that are neither passed nor failed

    def add(self, ok: bool, text: str, key: str = "") -> bool:
        """Append a check; returns ok."""
        self.checks.append(Check(ok, text, key))
        return ok


@dataclass
class VerifyReport:
    """Everything verify found about one file."""

    file: str
    sections: list[Section] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True only when there is at least one check and every check passed."""
        checks = [c for s in self.sections for c in s.checks]
        return bool(checks) and all(c.ok for c in checks)

    def lines(self) -> list[str]:
        """The report as printed by the CLI."""
        out = [f"Tệp: {self.file}"]
        for section in self.sections:
            out.append(f"{section.title}:")
            out += [f"  {note}" for note in section.notes]
            out += [f"  [{'đạt' if c.ok else 'KHÔNG ĐẠT'}] {c.text}" for c in section.checks]
        out.append("Kết luận: " + ("tệp được xác thực." if self.ok else "tệp KHÔNG được xác thực."))
        return out
