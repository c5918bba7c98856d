"""Opening a colleague's published meeting: a finalised (so read-only) local copy."""

from __future__ import annotations

from secretary_app.domain.package import parse_package_bytes
from secretary_app.office.archive_server import fetch_version
from secretary_app.office.client import OfficeClient
from secretary_app.office.errors import OfficeError
from secretary_app.storage.database import Store
from secretary_app.storage.finalise import finalise_meeting
from secretary_app.storage.meetings import create_meeting


def open_copy(store: Store, client: OfficeClient, uid: str,
              version: int | None = None) -> tuple[int, bool]:
    """(local meeting id, whether its content hash matches the archive's) of the copy."""
    office_id, _ = client.office()
    found = client.run(lambda conn: fetch_version(conn, office_id, uid, version))
    if found is None:
        raise OfficeError(f"Lưu trữ văn phòng không có cuộc họp {uid}"
                          + (f" phiên bản {version}" if version else ""))
    row = store.db.execute("SELECT meeting_id FROM office_copies WHERE meeting_uid = ? AND "
                           "version = ?", [uid, found["version"]]).fetchone()
    if row is not None:
        return row[0], _matches(store, row[0], found["sha256"])
    meeting = parse_package_bytes(found["package"].encode("utf-8"))
    with store.write():
        meeting_id = create_meeting(store, meeting)
        finalise_meeting(store, meeting_id)  # the lock is what makes the copy read-only
        store.db.execute("INSERT INTO office_copies(meeting_id, meeting_uid, version, "
                         "published_by) VALUES (?, ?, ?, ?)",
                         [meeting_id, uid, found["version"], found["published_by"]])
    return meeting_id, _matches(store, meeting_id, found["sha256"])


def copy_of(store: Store, meeting_id: int) -> tuple[str, int, str] | None:
    """(uid, version, published by) when the local meeting is a colleague's archived copy."""
    row = store.db.execute("SELECT meeting_uid, version, published_by FROM office_copies "
                           "WHERE meeting_id = ?", [meeting_id]).fetchone()
    return None if row is None else tuple(row)


def _matches(store: Store, meeting_id: int, sha256: str) -> bool:
    from secretary_app.storage.finalise import finalised_hash

    return finalised_hash(store.db, meeting_id) == sha256
