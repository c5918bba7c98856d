"""0007: the sealed audit chain, export ids in the audit log, frozen sources of finalised minutes."""

from __future__ import annotations

import hashlib
import json

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

AUDIT_MESSAGE = "Nhật ký biên bản chỉ được ghi thêm, không được sửa hay xóa."
SEALED = ("id", "meeting_id", "at", "action", "reason", "detail", "sha256", "export_id",
          "content_sha256")

# Lines stay append-only; the one change allowed is giving an unsealed line its seal.
NO_UPDATE = (
    "CREATE TRIGGER meeting_audit_no_update BEFORE UPDATE ON meeting_audit "
    "WHEN OLD.chain IS NOT NULL OR NEW.chain IS NULL OR "
    + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in SEALED)
    + f" BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END")


def _seal_history(db: Database) -> None:
    """Seal every line already written, meeting by meeting, in id order (trusted history).

    Frozen history: its own copy of the rule storage/audit_chain.py applies at run time;
    test_verify_file.py::test_the_migration_seals_the_history_already_written checks they agree.
    """
    previous: dict[int, str] = {}
    rows = db.execute(f"SELECT {', '.join(SEALED)} FROM meeting_audit ORDER BY id").fetchall()
    for row in rows:
        body = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
        seal = hashlib.sha256(f"{previous.get(row[1], '')}\n{body}".encode()).hexdigest()
        db.execute("UPDATE meeting_audit SET chain = ? WHERE id = ?", [seal, row[0]])
        previous[row[1]] = seal


@MIGRATIONS(name="0007_audit_chain")
def m0007_audit_chain(db: Database) -> None:
    """Add seals, export ids and frozen sources; seal the history already written."""
    for column in ("chain", "export_id", "content_sha256"):
        db.execute(f"ALTER TABLE meeting_audit ADD COLUMN {column} TEXT")
    db.execute("ALTER TABLE finalised_meetings ADD COLUMN sources_json TEXT")
    db.execute("CREATE INDEX meeting_audit_export ON meeting_audit(export_id)")
    db.execute("DROP TRIGGER meeting_audit_no_update")
    db.execute(NO_UPDATE)
    _seal_history(db)
