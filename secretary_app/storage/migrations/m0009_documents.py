"""0009: imported numbers in the register; reporting units, notifying body, vote turnout."""

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

SCHEMA = """
ALTER TABLE register_entries ADD COLUMN origin TEXT NOT NULL DEFAULT 'register'
    CHECK (origin IN ('register', 'imported'));
ALTER TABLE register_entries ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN reporting_units TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN notifying_body TEXT NOT NULL DEFAULT '';
ALTER TABLE votes ADD COLUMN took_part INTEGER CHECK (took_part IS NULL OR took_part >= 0)
"""


@MIGRATIONS(name="0009_documents")
def m0009_documents(db: Database) -> None:
    """Add the columns; numbers of documents imported earlier enter the register as imported."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    from secretary_app.storage.register_imported import register_existing_numbers
    register_existing_numbers(db)
