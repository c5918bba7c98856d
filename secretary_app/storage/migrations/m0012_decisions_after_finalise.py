"""0012: resolutions, decisions and invitations stay editable after the minutes are finalised."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS
from secretary_app.storage.migrations.m0005_finalise import FINALISED_MESSAGE, locked_columns

# Drafted from the minutes after they are finalised, numbered later: outside the seal.
DECISION_KINDS = "('NQ', 'QĐ', 'GM')"


def _finalised(expr: str) -> str:
    return f"EXISTS (SELECT 1 FROM finalised_meetings WHERE meeting_id = {expr})"


def _sealed_with_decisions(expr: str) -> str:
    # Finalised before 0012 with NQ/QĐ/GM rows: the stored hash covers them, so they stay locked.
    return (f"EXISTS (SELECT 1 FROM finalised_meetings f, json_each(f.package_json, "
            f"'$.documents') d WHERE f.meeting_id = {expr} "
            f"AND json_extract(d.value, '$.kind') IN {DECISION_KINDS})")


def _locked(row: str) -> str:
    """The row belongs to sealed minutes: a BB/TB row of a finalised meeting, or any row of a
    meeting whose seal covers its decisions."""
    meeting = f"{row}.meeting_id"
    return (f"(({row}.kind NOT IN {DECISION_KINDS} AND {_finalised(meeting)}) "
            f"OR {_sealed_with_decisions(meeting)})")


def document_lock_triggers(db: Database) -> list[str]:
    """The lock triggers of the documents table, limited to what the minutes print."""
    columns = ", ".join(f"[{c}]" for c in locked_columns(db, "documents"))
    abort = f"BEGIN SELECT RAISE(ABORT, '{FINALISED_MESSAGE}'); END"
    return [f"CREATE TRIGGER lock_documents_update BEFORE UPDATE OF {columns} ON documents "
            f"WHEN {_locked('OLD')} OR {_locked('NEW')} {abort}",
            f"CREATE TRIGGER lock_documents_delete BEFORE DELETE ON documents "
            f"WHEN {_locked('OLD')} {abort}",
            f"CREATE TRIGGER lock_documents_insert BEFORE INSERT ON documents "
            f"WHEN {_locked('NEW')} {abort}"]


@MIGRATIONS(name="0012_decisions_after_finalise")
def m0012_decisions_after_finalise(db: Database) -> None:
    """Replace the documents lock triggers: NQ/QĐ/GM rows of finalised minutes stay editable."""
    for op in ("update", "delete", "insert"):
        db.execute(f"DROP TRIGGER IF EXISTS lock_documents_{op}")
    for statement in document_lock_triggers(db):
        db.execute(statement)
