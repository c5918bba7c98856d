"""Finalised minutes ("Chốt biên bản"): the content hash, reopening with a reason, the audit log.

The lock itself lives in SQL (triggers of migration 0005), so no code path can bypass it; this
module takes the hash, records exports of finalised meetings and reads the audit log back.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from secretary_app.domain.package import meeting_to_package, package_to_json
from secretary_app.domain.sources import source_changes, sources_of
from secretary_app.domain.text import clean_text, is_blank
from secretary_app.storage.audit_chain import append_line, now
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.guards import FINALISED_MESSAGE
from secretary_app.storage.meetings import load_meeting

FINALISED = Noun.FINALISED  # Change noun announced when a meeting is finalised or reopened


class FinaliseError(ValueError):
    """A finalise/reopen request that cannot be done; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class AuditEntry:
    """One line of a meeting's audit log."""

    at: str
    action: str  # finalise | reopen | edit | export
    reason: str
    detail: str
    sha256: str | None


# Resolutions, decisions and invitations are drafted and numbered after the minutes are
# finalised (migration 0012): the seal leaves them out.
DECISION_KINDS = frozenset({"NQ", "QĐ", "GM"})


def minutes_only(package: dict) -> dict:
    """The package without its NQ/QĐ/GM documents (what finalising snapshots)."""
    return {**package, "documents": [d for d in package["documents"]
                                     if d["kind"] not in DECISION_KINDS]}


def content_package(package: dict, with_decisions: bool = False) -> dict:
    """The part of a meeting package the lock covers (what the minutes say).

    Left out: the organisation (a shared profile edited in the settings: the lines it prints
    are frozen with the sources instead), task status (follow-up after the meeting),
    registration (number, year, date given by the register) and the NQ/QĐ/GM documents,
    unless with_decisions (a seal made before migration 0012 covered them).
    """
    if not with_decisions:
        package = minutes_only(package)
    locked = {k: v for k, v in package.items() if k != "organization"}
    locked["version"] = 1  # the hash input keeps the version-1 shape (see _without_defaults)
    locked["meeting"], locked["attendees"] = _without_defaults(package)
    locked["conclusions"] = [
        {**c, "tasks": [{k: v for k, v in t.items() if k != "status"} for t in c["tasks"]]}
        for c in package["conclusions"]]
    locked["documents"] = [{k: v for k, v in d.items() if k not in ("number", "year", "issued_on")}
                           for d in package["documents"]]
    return locked


# Fields added by package 1.1, left out of the hash while they hold their default, so the
# hash of a meeting finalised under version 1 does not change.
_ADDED_1_1 = {"count": None, "absence_reason": "", "arrived_at": None}


def _without_defaults(package: dict) -> tuple[dict, list[dict]]:
    meeting = dict(package["meeting"])
    if meeting.get("convened_total") is None:
        meeting.pop("convened_total", None)
    attendees = [{k: v for k, v in a.items() if k not in _ADDED_1_1 or v != _ADDED_1_1[k]}
                 for a in package["attendees"]]
    return meeting, attendees


def canonical_json(package: dict) -> str:
    """Canonical JSON: sorted keys, no spaces, Unicode kept (hash input)."""
    return json.dumps(package, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sealed_digest(package: dict, sources: dict | None, with_decisions: bool = False) -> str:
    """SHA-256 of what finalising locks: the content part of the package and the frozen sources.

    Meetings finalised before the sources were frozen (migration 0007) have None: their hash
    covers the content alone, as it did then.
    """
    locked = content_package(package, with_decisions)
    body = locked if sources is None else {"content": locked, "sources": sources}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def frozen_sources(db: Database, meeting_id: int) -> dict | None:
    """The sources frozen when the meeting was finalised (None: not finalised, or before 0007)."""
    row = db.execute("SELECT sources_json FROM finalised_meetings WHERE meeting_id = ?",
                     [meeting_id]).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


def content_hash(db: Database, meeting_id: int) -> str:
    """SHA-256 of a meeting's locked content as stored now, with its sources.

    A finalised meeting's sources are the frozen ones; an open meeting's are the live ones.
    """
    meeting = load_meeting(db, meeting_id)
    sources = frozen_sources(db, meeting_id) if is_finalised(db, meeting_id) \
        else sources_of(meeting)
    return sealed_digest(meeting_to_package(meeting), sources,
                         seal_covers_decisions(db, meeting_id))


def seal_covers_decisions(db: Database, meeting_id: int) -> bool:
    """True when the meeting was finalised with NQ/QĐ/GM rows before migration 0012: its
    snapshot holds them and its hash covers them (the triggers keep them locked)."""
    row = db.execute("SELECT package_json FROM finalised_meetings WHERE meeting_id = ?",
                     [meeting_id]).fetchone()
    return row is not None and _has_decisions(json.loads(row[0]))


def _has_decisions(package: dict) -> bool:
    return any(d["kind"] in DECISION_KINDS for d in package.get("documents", []))


def snapshot_hash(db: Database, meeting_id: int) -> str | None:
    """SHA-256 recomputed from the snapshot stored at finalising (None when not finalised)."""
    row = db.execute("SELECT package_json, sources_json FROM finalised_meetings "
                     "WHERE meeting_id = ?", [meeting_id]).fetchone()
    if row is None:
        return None
    package = json.loads(row[0])
    return sealed_digest(package, None if row[1] is None else json.loads(row[1]),
                         _has_decisions(package))


def is_finalised(db: Database, meeting_id: int) -> bool:
    """True while the meeting's content is locked."""
    sql = "SELECT 1 FROM finalised_meetings WHERE meeting_id = ?"
    return db.execute(sql, [meeting_id]).fetchone() is not None


def is_document_locked(db: Database, meeting_id: int, kind: str) -> bool:
    """True when finalising locked this document of the meeting (kind: 'BB', 'NQ' …): the
    minutes and the notice; NQ/QĐ/GM only under a seal made before migration 0012."""
    if not is_finalised(db, meeting_id):
        return False
    return kind not in DECISION_KINDS or seal_covers_decisions(db, meeting_id)


def finalised_hash(db: Database, meeting_id: int) -> str | None:
    """The hash stored when the meeting was finalised, or None when it is not finalised."""
    row = db.execute("SELECT package_sha256 FROM finalised_meetings WHERE meeting_id = ?",
                     [meeting_id]).fetchone()
    return None if row is None else row[0]


def finalise_meeting(store: Store, meeting_id: int) -> str:
    """Lock a meeting's content and store its hash (and the package as it was); returns the hash."""
    with store.write(Change(Noun.FINALISED, meeting_id), Change(Noun.MEETING_INFO, meeting_id),
                     immediate=True) as db:
        if is_finalised(db, meeting_id):
            raise FinaliseError("Biên bản này đã được chốt.")
        meeting = load_meeting(db, meeting_id)
        package, sources = minutes_only(meeting_to_package(meeting)), sources_of(meeting)
        digest = sealed_digest(package, sources)
        db.execute("INSERT INTO finalised_meetings(meeting_id, finalised_at, package_sha256, "
                   "package_json, sources_json) VALUES (?, ?, ?, ?, ?)",
                   [meeting_id, now(), digest, package_to_json(package), canonical_json(sources)])
        append_line(db, meeting_id, "finalise", sha256=digest)
    return digest


def reopen_meeting(store: Store, meeting_id: int, reason: str) -> list[str]:
    """Unlock a finalised meeting; the reason is required and kept in the audit log.

    Returns what changed in the sources since finalising (see changed_sources): once reopened,
    the documents print the live sources, so the secretary takes the new state in.
    """
    reason = clean_text(reason or "").strip()
    if is_blank(reason):
        raise FinaliseError("Phải ghi lý do mở lại biên bản.")
    with store.write(Change(Noun.FINALISED, meeting_id), Change(Noun.MEETING_INFO, meeting_id),
                     immediate=True) as db:
        if not is_finalised(db, meeting_id):
            raise FinaliseError("Biên bản này chưa được chốt.")
        changes = changed_sources(db, meeting_id)
        append_line(db, meeting_id, "reopen", reason=reason, sha256=finalised_hash(db, meeting_id))
        db.execute("DELETE FROM finalised_meetings WHERE meeting_id = ?", [meeting_id])
    return changes


def changed_sources(db: Database, meeting_id: int) -> list[str]:
    """What changed in the printed sources (organisation profile, carried tasks) since the
    meeting was finalised, one Vietnamese sentence each; empty when not finalised."""
    sources = frozen_sources(db, meeting_id)
    if sources is None:
        return []
    return source_changes(sources, sources_of(load_meeting(db, meeting_id)))


def file_sha256(path: Path | str) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_export(store: Store, meeting_id: int, path: Path | str,
                  stamp: dict | None = None) -> str | None:
    """After exporting a file of a finalised meeting: log its SHA-256; None when not finalised.

    stamp: the export id and content hash embedded in the file (see storage.exports).
    """
    if not is_finalised(store.db, meeting_id):
        return None
    digest = file_sha256(path)
    stamp = stamp or {}
    with store.write(Change(Noun.FINALISED, meeting_id)) as db:
        append_line(db, meeting_id, "export", detail=str(Path(path).resolve()), sha256=digest,
                    export_id=stamp.get("export_id"), content_sha256=stamp.get("content_sha256"))
    return digest


def exports_matching(db: Database, path: Path | str) -> list[tuple[int, str, str]]:
    """(meeting id, time, recorded path) of every recorded export with the same bytes as path."""
    rows = db.execute("SELECT meeting_id, at, detail FROM meeting_audit WHERE action = 'export' "
                      "AND sha256 = ? ORDER BY id", [file_sha256(path)]).fetchall()
    return [tuple(r) for r in rows]


def audit_log(db: Database, meeting_id: int) -> list[AuditEntry]:
    """The meeting's audit log, oldest first (since the meeting id was last reused)."""
    rows = db.execute(
        "SELECT at, action, reason, detail, sha256 FROM meeting_audit WHERE meeting_id = ? "
        "AND id > (SELECT coalesce(max(id), 0) FROM meeting_audit WHERE meeting_id = ? "
        "AND action = 'deleted') ORDER BY id", [meeting_id, meeting_id]).fetchall()
    return [AuditEntry(*r) for r in rows]


def tampered_meetings(db: Database) -> list[tuple[int, str, str]]:
    """(meeting id, stored hash, current hash) of finalised meetings whose content changed."""
    out = []
    for meeting_id, stored in db.execute(
            "SELECT meeting_id, package_sha256 FROM finalised_meetings ORDER BY meeting_id"):
        try:
            current = content_hash(db, meeting_id)
        except (NotFoundError, LookupError, ValueError):  # the meeting row is gone or unreadable
            current = "-"
        if current != stored:
            out.append((meeting_id, stored, current))
    return out


def is_finalised_error(exc: BaseException) -> bool:
    """True for the error the lock triggers raise on a change to a finalised meeting."""
    return isinstance(exc, sqlite3.DatabaseError) and FINALISED_MESSAGE in str(exc)
