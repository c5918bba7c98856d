"""Publishing a finalised meeting to the office archive: files first (resumable), then the
version in one transaction (idempotent on the content hash); pending until the server has it."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict
from pathlib import Path

from secretary_app.domain.enums import Role
from secretary_app.domain.package import parse_package_bytes
from secretary_app.office.archive_server import (
    Published,
    has_blob,
    publish_version,
    put_blob,
    search_text,
)
from secretary_app.office.client import OfficeClient
from secretary_app.office.errors import OfficeError
from secretary_app.office.local import meeting_uid
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.finalise import audit_log, finalised_hash

OFFICE = Noun.OFFICE


def prepare(store: Store, meeting_id: int) -> tuple[str, str, str]:
    """(meeting uid, content hash, package JSON) of a finalised meeting; marked pending."""
    digest = finalised_hash(store.db, meeting_id)
    if digest is None:
        raise OfficeError("Chỉ gửi lên lưu trữ văn phòng biên bản đã chốt; hãy “Chốt biên bản” "
                          "trước.")
    with store.write(Change(OFFICE, meeting_id)) as db:
        uid = meeting_uid(db, meeting_id)
        db.execute("INSERT OR IGNORE INTO office_publications(meeting_uid, content_sha256, state) "
                   "VALUES (?, ?, 'pending')", [uid, digest])
    package_json = store.db.execute("SELECT package_json FROM finalised_meetings "
                                    "WHERE meeting_id = ?", [meeting_id]).fetchone()[0]
    return uid, digest, package_json


def exported_files(store: Store, meeting_id: int) -> list[Path]:
    """Files exported from the finalised meeting that still hold the bytes recorded then."""
    from secretary_app.storage.finalise import file_sha256

    found: dict[str, Path] = {}
    for entry in audit_log(store.db, meeting_id):
        path = Path(entry.detail)
        if entry.action == "export" and path.is_file() and file_sha256(path) == entry.sha256:
            found[path.name] = path
    return list(found.values())


def publish_meeting(store: Store, client: OfficeClient, meeting_id: int,
                    files: list[Path] | None = None) -> Published:
    """Publish (or re-publish) the finalised meeting with its hash chain and exported files."""
    uid, digest, package_json = prepare(store, meeting_id)
    files = exported_files(store, meeting_id) if files is None else files
    office_id, _ = client.office()
    listed = [_upload(client, office_id, path) for path in files]
    chain = [asdict(e) for e in audit_log(store.db, meeting_id)]
    meta = _meta(package_json, digest)
    published = client.run(lambda conn: publish_version(conn, office_id, uid, meta,
                                                        package_json, chain, listed))
    with store.write(Change(OFFICE, meeting_id)) as db:
        db.execute("UPDATE office_publications SET state = 'published', version = ?, "
                   "published_at = ? WHERE meeting_uid = ? AND content_sha256 = ?",
                   [published.version, dt.datetime.now().isoformat(timespec="seconds"), uid,
                    digest])
    return published


def pending_publications(store: Store) -> list[int]:
    """Ids of local meetings whose publication has not reached the server yet."""
    rows = store.db.execute(
        "SELECT u.meeting_id FROM office_publications p JOIN office_meeting_uids u "
        "ON u.uid = p.meeting_uid JOIN finalised_meetings f ON f.meeting_id = u.meeting_id "
        "AND f.package_sha256 = p.content_sha256 WHERE p.state = 'pending' "
        "ORDER BY p.id").fetchall()
    return [r[0] for r in rows]


def _upload(client: OfficeClient, office_id: int, path: Path) -> tuple[str, str, int]:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()

    def send(conn) -> None:
        if not has_blob(conn, office_id, digest):  # sent before the connection dropped
            put_blob(conn, office_id, digest, data)

    client.run(send)
    return path.name, digest, len(data)


def _meta(package_json: str, digest: str) -> dict:
    import json

    meeting = parse_package_bytes(package_json.encode("utf-8"))
    secretary = meeting.attendee(meeting.secretary) or next(
        (a for a in meeting.attendees if a.role is Role.SECRETARY), None)
    return {"sha256": digest, "title": meeting.title, "date": meeting.date,
            "organization": meeting.organization.name,
            "secretary": secretary.name if secretary else "",
            "search_text": search_text(json.loads(package_json))}
