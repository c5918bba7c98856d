"""0005: finalised minutes (content locked by triggers), their hashes, and the audit log."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

FINALISED_MESSAGE = ("Biên bản đã chốt: không thể thay đổi nội dung. Muốn sửa, hãy “Mở lại” "
                     "biên bản và ghi rõ lý do.")
REOPEN_MESSAGE = "Chỉ mở lại được biên bản đã chốt bằng lệnh “Mở lại” có ghi lý do."
AUDIT_MESSAGE = "Nhật ký biên bản chỉ được ghi thêm, không được sửa hay xóa."

# Where each content table finds its meeting id ({row} is NEW or OLD).
MEETING_OF = {
    "meetings": "{row}.id",
    "attendees": "{row}.meeting_id",
    "agenda_items": "{row}.meeting_id",
    "opinions": "{row}.meeting_id",
    "votes": "{row}.meeting_id",
    "conclusions": "{row}.meeting_id",
    "documents": "{row}.meeting_id",
    "conclusion_items": "(SELECT meeting_id FROM conclusions WHERE id = {row}.conclusion_id)",
    "tasks": "(SELECT meeting_id FROM conclusions WHERE id = {row}.conclusion_id)",
}

# Columns outside the lock: follow-up and registration happen after the minutes are closed.
UNLOCKED = {
    "meetings": {"id", "created_at", "updated_at"},
    "attendees": {"id", "person_id"},
    "tasks": {"id", "status"},
    "documents": {"id", "number", "year", "issued_on"},
}

SCHEMA = f"""
CREATE TABLE finalised_meetings (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
    finalised_at TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    package_json TEXT NOT NULL
);
CREATE TABLE meeting_audit (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    action TEXT NOT NULL
        CHECK (action IN ('finalise', 'reopen', 'edit', 'export', 'deleted')),
    reason TEXT NOT NULL DEFAULT '' CHECK (action <> 'reopen' OR length(trim(reason)) > 0),
    detail TEXT NOT NULL DEFAULT '',
    sha256 TEXT
);
CREATE INDEX meeting_audit_meeting ON meeting_audit(meeting_id, action);
CREATE INDEX meeting_audit_sha256 ON meeting_audit(sha256);
CREATE TRIGGER meeting_audit_no_update BEFORE UPDATE ON meeting_audit
BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END;
CREATE TRIGGER meeting_audit_no_delete BEFORE DELETE ON meeting_audit
BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END;
CREATE TRIGGER finalised_meetings_no_update BEFORE UPDATE ON finalised_meetings
BEGIN SELECT RAISE(ABORT, '{REOPEN_MESSAGE}'); END;
CREATE TRIGGER finalised_meetings_reopen BEFORE DELETE ON finalised_meetings
WHEN NOT EXISTS (SELECT 1 FROM meeting_audit WHERE meeting_id = OLD.meeting_id
    AND action = 'reopen' AND id > (SELECT coalesce(max(id), 0) FROM meeting_audit
    WHERE meeting_id = OLD.meeting_id AND action = 'finalise'))
BEGIN SELECT RAISE(ABORT, '{REOPEN_MESSAGE}'); END
"""


def locked_columns(db: Database, table: str) -> list[str]:
    """The columns of a content table that a finalised meeting's lock covers."""
    names = [c.name for c in db[table].columns]
    return [n for n in names if n not in UNLOCKED.get(table, {"id"})]


def _finalised(expr: str) -> str:
    return f"EXISTS (SELECT 1 FROM finalised_meetings WHERE meeting_id = {expr})"


def _reopened(expr: str) -> str:
    # Finalised once and not since deleted ('deleted' guards against a reused meeting id).
    return (f"NOT {_finalised(expr)} AND EXISTS (SELECT 1 FROM meeting_audit f "
            f"WHERE f.meeting_id = {expr} AND f.action = 'finalise' AND NOT EXISTS "
            f"(SELECT 1 FROM meeting_audit d WHERE d.meeting_id = {expr} "
            f"AND d.action = 'deleted' AND d.id > f.id))")


def lock_triggers(db: Database, table: str) -> list[str]:
    """BEFORE triggers refusing changes to a finalised meeting's rows of one table."""
    new, old = (MEETING_OF[table].format(row=r) for r in ("NEW", "OLD"))
    columns = ", ".join(f"[{c}]" for c in locked_columns(db, table))
    abort = f"BEGIN SELECT RAISE(ABORT, '{FINALISED_MESSAGE}'); END"
    out = [f"CREATE TRIGGER lock_{table}_update BEFORE UPDATE OF {columns} ON [{table}] "
           f"WHEN {_finalised(old)} OR {_finalised(new)} {abort}",
           f"CREATE TRIGGER lock_{table}_delete BEFORE DELETE ON [{table}] "
           f"WHEN {_finalised(old)} {abort}"]
    if table != "meetings":
        out.append(f"CREATE TRIGGER lock_{table}_insert BEFORE INSERT ON [{table}] "
                   f"WHEN {_finalised(new)} {abort}")
    return out


def audit_triggers(db: Database, table: str) -> list[str]:
    """AFTER triggers writing an 'edit' line for changes to a reopened meeting."""
    columns = ", ".join(f"[{c}]" for c in locked_columns(db, table))
    out = []
    for name, event, row in _audit_events(table, columns):
        meeting = MEETING_OF[table].format(row=row)
        action = "deleted" if (table, name) == ("meetings", "delete") else "edit"
        out.append(
            f"CREATE TRIGGER audit_{table}_{name} AFTER {event} ON [{table}] "
            f"WHEN {_reopened(meeting)} BEGIN INSERT INTO meeting_audit(meeting_id, action, "
            f"detail) VALUES ({meeting}, '{action}', '{table}:{name}:' || {row}.rowid); END")
    return out


def _audit_events(table: str, columns: str) -> list[tuple[str, str, str]]:
    update = ("update", f"UPDATE OF {columns}", "NEW")
    if table == "meetings":  # a new meeting has no history; deleting one ends its history
        return [update, ("delete", "DELETE", "OLD")]
    return [("insert", "INSERT", "NEW"), update, ("delete", "DELETE", "OLD")]


def trigger_names() -> set[str]:
    """Names of every lock and audit trigger this migration creates (for `check`)."""
    names = set()
    for table in MEETING_OF:
        ops = ("update", "delete") if table == "meetings" else ("update", "delete", "insert")
        names |= {f"lock_{table}_{op}" for op in ops}
        names |= {f"audit_{table}_{op}" for op in ops}
    return names


@MIGRATIONS(name="0005_finalise")
def m0005_finalise(db: Database) -> None:
    """Create the finalisation and audit tables and the triggers that enforce the lock."""
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)
    for table in MEETING_OF:
        for statement in lock_triggers(db, table) + audit_triggers(db, table):
            db.execute(statement)
