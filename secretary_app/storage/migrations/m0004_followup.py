"""0004: follow-up of conclusions: task status history, tasks carried into a later meeting."""

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

SCHEMA = """
CREATE TABLE task_status_history (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    changed_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX task_status_history_task ON task_status_history(task_id, changed_on, id);
CREATE TABLE carried_tasks (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    UNIQUE (meeting_id, task_id)
);
CREATE INDEX carried_tasks_item ON carried_tasks(agenda_item_id, position);
CREATE INDEX carried_tasks_task ON carried_tasks(task_id);
CREATE INDEX tasks_deadline ON tasks(deadline);
"""


@MIGRATIONS(name="0004_followup")
def m0004_followup(db: Database) -> None:
    """Create the follow-up tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
