"""0001: organisations, directory, meetings and everything recorded in them."""

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

SCHEMA = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    parent_name TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    abbreviation TEXT NOT NULL DEFAULT '',
    place_name TEXT NOT NULL DEFAULT '',
    style TEXT NOT NULL DEFAULT 'state' CHECK (style IN ('state', 'party')),
    show_minutes_date INTEGER NOT NULL DEFAULT 1,
    numbering TEXT NOT NULL DEFAULT 'shared' CHECK (numbering IN ('shared', 'per_kind')),
    term_start TEXT
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    is_group INTEGER NOT NULL DEFAULT 0,
    last_seen TEXT
);
CREATE INDEX people_name ON people(name);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'conference', 'workshop')),
    date TEXT NOT NULL,
    end_date TEXT,
    start_time TEXT,
    end_time TEXT,
    location TEXT NOT NULL DEFAULT '',
    chair_key TEXT,
    secretary_key TEXT,
    purpose TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX meetings_date ON meetings(date DESC, id DESC);
CREATE TABLE attendees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'secretary', 'member', 'guest')),
    presence TEXT NOT NULL DEFAULT 'present'
        CHECK (presence IN ('present', 'late', 'absent_excused', 'absent')),
    is_group INTEGER NOT NULL DEFAULT 0,
    arrived_at TEXT,
    absence_reason TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    UNIQUE (meeting_id, key)
);
CREATE INDEX attendees_meeting ON attendees(meeting_id, position);
CREATE INDEX attendees_person ON attendees(person_id);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, key)
);
CREATE INDEX agenda_meeting ON agenda_items(meeting_id, position);
CREATE TABLE opinions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    speaker_key TEXT,
    speaker_label TEXT,
    agenda_key TEXT,
    at TEXT,
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, key)
);
CREATE INDEX opinions_meeting ON opinions(meeting_id, position);
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    in_favor INTEGER NOT NULL DEFAULT 0 CHECK (in_favor >= 0),
    against INTEGER NOT NULL DEFAULT 0 CHECK (against >= 0),
    abstain INTEGER NOT NULL DEFAULT 0 CHECK (abstain >= 0),
    eligible INTEGER CHECK (eligible IS NULL OR eligible >= 0),
    result TEXT NOT NULL DEFAULT '',
    agenda_key TEXT
);
CREATE INDEX votes_meeting ON votes(meeting_id, position);
CREATE TABLE conclusions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conclusions_meeting ON conclusions(meeting_id, position);
CREATE TABLE conclusion_items (
    id INTEGER PRIMARY KEY,
    conclusion_id INTEGER NOT NULL REFERENCES conclusions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conclusion_items_parent ON conclusion_items(conclusion_id, position);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    conclusion_id INTEGER NOT NULL REFERENCES conclusions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    assignee TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    coordinating TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    deadline_text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled'))
);
CREATE INDEX tasks_parent ON tasks(conclusion_id, position);
CREATE INDEX tasks_status ON tasks(status, deadline);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('BB', 'TB')),
    number INTEGER,
    year INTEGER,
    issued_on TEXT,
    has_signer INTEGER NOT NULL DEFAULT 0,
    signer_authority TEXT NOT NULL DEFAULT '',
    signer_authority_title TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '[]',
    archive TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_meeting ON documents(meeting_id, position);
CREATE TABLE drafts (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    slot TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    speaker_key TEXT,
    speaker_label TEXT,
    agenda_key TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, slot)
);
"""


@MIGRATIONS(name="0001_initial")
def m0001_initial(db: Database) -> None:
    """Create the initial schema."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
