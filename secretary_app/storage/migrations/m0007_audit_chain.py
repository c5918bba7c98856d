"""0007: the sealed audit chain, export ids in the audit log, frozen sources of finalised minutes."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS
from secretary_app.storage.migrations.m0005_finalise import AUDIT_MESSAGE

SEALED = ("id", "meeting_id", "at", "action", "reason", "detail", "sha256", "export_id",
          "content_sha256")

# Lines stay append-only; the one change allowed is giving an unsealed line its seal.
NO_UPDATE = (
    "CREATE TRIGGER meeting_audit_no_update BEFORE UPDATE ON meeting_audit "
    "WHEN OLD.chain IS NOT NULL OR NEW.chain IS NULL OR "
    + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in SEALED)
    + f" BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END")

# Triggers besides the lock ones that `check` expects to find.
GUARD_TRIGGERS = frozenset({"meeting_audit_no_update", "meeting_audit_no_delete",
                            "finalised_meetings_no_update", "finalised_meetings_reopen"})


@MIGRATIONS(name="0007_audit_chain")
def m0007_audit_chain(db: Database) -> None:
    """Add seals, export ids and frozen sources; seal the history already written."""
    from secretary_app.storage.audit_chain import seal_lines

    for column in ("chain", "export_id", "content_sha256"):
        db.execute(f"ALTER TABLE meeting_audit ADD COLUMN {column} TEXT")
    db.execute("ALTER TABLE finalised_meetings ADD COLUMN sources_json TEXT")
    db.execute("CREATE INDEX meeting_audit_export ON meeting_audit(export_id)")
    db.execute("DROP TRIGGER meeting_audit_no_update")
    db.execute(NO_UPDATE)
    for (meeting_id,) in db.execute("SELECT DISTINCT meeting_id FROM meeting_audit").fetchall():
        seal_lines(db, meeting_id, everything=True)
