"""The meeting archive on the server: versions (append-only), files, office-wide search."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

_SKIPPED_KEYS = {"id", "format", "speaker", "agenda", "role", "presence", "style", "kind"}


@dataclass(frozen=True)
class Published:
    """One archived version of a meeting."""

    meeting_uid: str
    version: int
    version_id: int
    created: bool  # False when the server already had this content (nothing new was written)


@dataclass(frozen=True)
class ArchiveHit:
    """A search result: the latest version of a meeting, and who took its minutes."""

    meeting_uid: str
    version: int
    title: str
    date: dt.date
    organization: str
    secretary: str  # the meeting's secretary (Thư ký), from the minutes
    published_by: str  # the login that published it, with its display name when known


def search_text(package: dict) -> str:
    """Every text of the package that a search should find (titles, names, opinions …)."""
    parts: list[str] = []

    def walk(value, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and value and key not in _SKIPPED_KEYS:
            parts.append(value)

    walk(package)
    return "\n".join(parts)


def has_blob(conn, office_id: int, sha256: str) -> bool:
    """True when the server already keeps a file with these bytes (a resumed upload skips it)."""
    return conn.execute("SELECT 1 FROM archive_blobs WHERE office_id = %s AND sha256 = %s",
                        [office_id, sha256]).fetchone() is not None


def put_blob(conn, office_id: int, sha256: str, data: bytes) -> None:
    """Keep a file's bytes once per office (content-addressed)."""
    conn.execute("INSERT INTO archive_blobs(office_id, sha256, data) VALUES (%s, %s, %s) "
                 "ON CONFLICT DO NOTHING", [office_id, sha256, data])


def publish_version(conn, office_id: int, uid: str, meta: dict, package_text: str,
                    chain: list, files: list[tuple[str, str, int]]) -> Published:
    """A new version of the meeting unless this content is already archived (then: that one).

    files: (name, sha256, size) of blobs already on the server; new names are added to an
    existing version too (files exported after a first publish), none is ever changed."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [uid])
    row = conn.execute("SELECT id, version FROM archive_versions WHERE office_id = %s AND "
                       "meeting_uid = %s AND content_sha256 = %s",
                       [office_id, uid, meta["sha256"]]).fetchone()
    created = row is None
    if created:
        version = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM archive_versions "
                               "WHERE office_id = %s AND meeting_uid = %s",
                               [office_id, uid]).fetchone()[0]
        row = conn.execute(
            "INSERT INTO archive_versions(office_id, meeting_uid, version, content_sha256, "
            "package, chain, title, meeting_date, organization, secretary_name, search_text) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id, version",
            [office_id, uid, version, meta["sha256"], package_text,
             json.dumps(chain, ensure_ascii=False), meta["title"], meta["date"],
             meta["organization"], meta["secretary"], meta["search_text"]]).fetchone()
        conn.execute("INSERT INTO archive_meetings(office_id, meeting_uid, latest_version, "
                     "latest_id) VALUES (%s, %s, %s, %s) ON CONFLICT (office_id, meeting_uid) "
                     "DO UPDATE SET latest_version = EXCLUDED.latest_version, "
                     "latest_id = EXCLUDED.latest_id", [office_id, uid, row[1], row[0]])
    for name, sha256, size in files:
        conn.execute("INSERT INTO archive_files(office_id, version_id, name, sha256, size) "
                     "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                     [office_id, row[0], name, sha256, size])
    return Published(uid, row[1], row[0], created)


def search_archive(conn, office_id: int, query: str, limit: int = 50) -> list[ArchiveHit]:
    """Latest versions matching every word of the query, newest meeting first; accents, case
    and đ/d do not matter (office_fold on both sides). See archive_search() on the server."""
    if not any(ch.isalnum() for ch in query or ""):
        return []
    ids = conn.execute("SELECT archive_search(%s, %s, %s, %s)",
                       [office_id, query, limit, FEW]).fetchone()[0]
    rows = conn.execute(_HITS, [ids]).fetchall() if ids else []
    return [ArchiveHit(r[0], r[1], r[2], r[3], r[4], r[5],
                       f"{r[7]} ({r[6]})" if r[7] else r[6]) for r in rows]


FEW = 2000  # up to this many matches, sorting them all by date beats walking the date index
_HITS = ("SELECT v.meeting_uid::text, v.version, v.title, v.meeting_date, v.organization, "
         "v.secretary_name, v.published_by, coalesce(m.display_name, '') "
         "FROM archive_versions v LEFT JOIN office_members m ON m.role_name = v.published_by "
         "WHERE v.id = ANY(%s) ORDER BY v.meeting_date DESC, v.id DESC")


def fetch_version(conn, office_id: int, uid: str, version: int | None = None) -> dict | None:
    """A version (the latest by default): package text, chain, who published it, files."""
    row = conn.execute(
        "SELECT v.id, v.version, v.package, v.chain, v.content_sha256, v.published_by, "
        "v.published_at FROM archive_versions v WHERE v.office_id = %s AND v.meeting_uid = %s "
        "AND (%s::int IS NULL OR v.version = %s) ORDER BY v.version DESC LIMIT 1",
        [office_id, uid, version, version]).fetchone()
    if row is None:
        return None
    files = conn.execute("SELECT name, sha256, size FROM archive_files WHERE version_id = %s "
                         "ORDER BY name", [row[0]]).fetchall()
    return {"version_id": row[0], "version": row[1], "package": row[2], "chain": row[3],
            "sha256": row[4], "published_by": row[5], "published_at": row[6],
            "files": [tuple(f) for f in files]}
