"""0010: local records of the office server: meeting uids, office numbers, publications."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.storage.migrations import MIGRATIONS

COPY_MESSAGE = ("Đây là bản sao chỉ đọc của biên bản đồng nghiệp lấy từ lưu trữ văn phòng: "
                "không mở lại để sửa được. Người lập biên bản sửa trên máy của họ rồi gửi lại.")

SCHEMA = f"""
CREATE TABLE office_meeting_uids (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE
);
CREATE TABLE office_register (
    organization_id INTEGER NOT NULL,
    series TEXT NOT NULL,
    number INTEGER NOT NULL,
    server_id INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    PRIMARY KEY (organization_id, series, number)
);
CREATE TABLE office_publications (
    id INTEGER PRIMARY KEY,
    meeting_uid TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'published')),
    version INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    published_at TEXT,
    UNIQUE (meeting_uid, content_sha256)
);
CREATE TABLE office_copies (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    meeting_uid TEXT NOT NULL,
    version INTEGER NOT NULL,
    published_by TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_uid, version)
);
CREATE TRIGGER office_copies_stay_finalised BEFORE DELETE ON finalised_meetings
WHEN EXISTS (SELECT 1 FROM office_copies WHERE meeting_id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, '{COPY_MESSAGE}'); END
"""


@MIGRATIONS(name="0010_office")
def m0010_office(db: Database) -> None:
    """Local tables of the office-server feature."""
    for statement in SCHEMA.split(";\n"):  # a trigger body holds "; " but never ";\n"
        if statement.strip():
            db.execute(statement)
