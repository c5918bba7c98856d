"""0003: the full-text search index (FTS5 over folded text) and the triggers that mark it stale.

The triggers are plain SQL (no application function), so every writer of the file — this app,
another process, the sqlite3 shell — keeps `search_dirty` right inside its own transaction;
`storage.search_index` folds the marked meetings in Python before each search.
"""

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

SCHEMA = """
CREATE TABLE search_dirty (
    meeting_id INTEGER PRIMARY KEY
);
CREATE TABLE search_meetings (
    meeting_id INTEGER PRIMARY KEY,
    base INTEGER NOT NULL
);
CREATE VIRTUAL TABLE search_fts USING fts5(
    body, speaker,
    meeting_id UNINDEXED, kind UNINDEXED, source_id UNINDEXED, label UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);
"""

# (table, SQL giving the meeting id from a row alias r) for every table the index reads
_SOURCES = (
    ("meetings", "SELECT r.id"),
    ("attendees", "SELECT r.meeting_id"),
    ("agenda_items", "SELECT r.meeting_id"),
    ("opinions", "SELECT r.meeting_id"),
    ("votes", "SELECT r.meeting_id"),
    ("conclusions", "SELECT r.meeting_id"),
    ("conclusion_items", "SELECT meeting_id FROM conclusions WHERE id = r.conclusion_id"),
    ("tasks", "SELECT meeting_id FROM conclusions WHERE id = r.conclusion_id"),
)


def _mark(select: str, alias: str) -> str:
    select = select.replace("r.", f"{alias}.")
    return f"INSERT OR IGNORE INTO search_dirty (meeting_id) {select};"


def trigger_statements() -> list[str]:
    """CREATE TRIGGER statements: any insert, update or delete marks the meeting(s) stale."""
    statements = []
    for table, select in _SOURCES:
        marks = {"insert": _mark(select, "NEW"), "delete": _mark(select, "OLD"),
                 "update": _mark(select, "OLD") + " " + _mark(select, "NEW")}
        for event, body in marks.items():
            statements.append(
                f"CREATE TRIGGER search_mark_{table}_{event} AFTER {event.upper()} ON [{table}] "
                f"BEGIN {body} END")
    return statements


@MIGRATIONS(name="0003_search")
def m0003_search(db: Database) -> None:
    """Create the search index; every existing meeting starts stale (indexed on first search)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    for statement in trigger_statements():
        db.execute(statement)
    db.execute("INSERT INTO search_dirty (meeting_id) SELECT id FROM meetings")
