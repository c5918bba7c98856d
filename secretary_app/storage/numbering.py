"""A document number given twice is refused when a meeting is stored (import), not found later."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.domain.package_rules import PackageError

# Numbers the register issued are checked per series by the register itself (a Party series
# runs per committee term); the same rule as `check` (storage/integrity.py).
_DUPLICATES = """
SELECT d.kind, d.year, d.number FROM documents d
WHERE d.meeting_id = :meeting AND d.number IS NOT NULL AND EXISTS (
  SELECT 1 FROM documents o JOIN meetings m ON m.id = o.meeting_id
  WHERE o.id != d.id AND m.organization_id = :org AND o.kind = d.kind AND o.year = d.year
    AND o.number = d.number AND NOT EXISTS (SELECT 1 FROM register_entries r
                                            WHERE r.document_id = o.id AND r.status = 'issued'))
"""


def refuse_duplicate_numbers(db: Database, meeting_id: int, organization_id: int) -> None:
    """PackageError naming the first number of this meeting's documents given twice."""
    row = db.execute(_DUPLICATES, {"meeting": meeting_id, "org": organization_id}).fetchone()
    if row is not None:
        kind, year, number = row
        raise PackageError("documents", f"số văn bản {number:02d}/{kind} năm {year} đã được cấp "
                                        f"cho văn bản khác (số trùng)")
