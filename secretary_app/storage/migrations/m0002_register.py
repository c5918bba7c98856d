"""0002: the outgoing-document register, the freeze of issued documents, directory aliases."""

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

FROZEN_MESSAGE = ("Văn bản đã cấp số: không sửa được loại, số, năm, ngày ban hành và người ký "
                  "(hủy số trong sổ đăng ký trước nếu cần cấp lại)")

_FROZEN = ("kind", "number", "year", "issued_on", "has_signer", "signer_authority",
           "signer_authority_title", "signer_title", "signer_name")

SCHEMA = """
CREATE TABLE register_entries (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    series TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind != ''),
    issued_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('issued', 'cancelled', 'reserved')),
    summary TEXT NOT NULL DEFAULT '',
    signer TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '[]',
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    UNIQUE (organization_id, series, number)
);
CREATE INDEX register_by_date ON register_entries(organization_id, issued_on, number);
CREATE UNIQUE INDEX register_issued_document ON register_entries(document_id)
    WHERE status = 'issued';
CREATE TABLE person_aliases (
    name TEXT NOT NULL,
    is_group INTEGER NOT NULL DEFAULT 0,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (name, is_group)
);
"""


def frozen_trigger() -> str:
    """Refuse edits of what an issued document prints (number, date, signer) in SQL itself."""
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _FROZEN)
    return f"""
CREATE TRIGGER documents_issued_frozen
BEFORE UPDATE OF {", ".join(_FROZEN)} ON documents
WHEN ({changed}) AND EXISTS (
    SELECT 1 FROM register_entries r WHERE r.document_id = OLD.id AND r.status = 'issued')
BEGIN
    SELECT RAISE(ABORT, '{FROZEN_MESSAGE}');
END
"""


@MIGRATIONS(name="0002_register")
def m0002_register(db: Database) -> None:
    """Create the register and alias tables and the freeze trigger."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(frozen_trigger())
