"""0011: recurring meetings: which earlier meeting a meeting was made from (its series)."""

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

SCHEMA = """
CREATE TABLE meeting_series (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    previous_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL
);
CREATE INDEX meeting_series_previous ON meeting_series(previous_id);
"""


@MIGRATIONS(name="0011_meeting_series")
def m0011_meeting_series(db: Database) -> None:
    """Create the table linking a meeting to the one it was made from."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
