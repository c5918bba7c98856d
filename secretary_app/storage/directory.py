"""The directory screen's storage: list, rename and merge people and units.

Attendee rows are snapshots of a meeting (name, title and unit as they were that day): renaming
or merging changes only the directory (`people`) and, for a merge, which entry the old attendee
rows point at (`attendees.person_id`). Old spellings become aliases so later meetings find the
kept entry (storage.people.link_person).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from secretary_app.domain.text import clean_text, fold, is_blank
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.rows import parse_date

PEOPLE = Noun.PEOPLE  # the Change noun of directory writes


class DirectoryError(ValueError):
    """A directory change that is not allowed; the message is Vietnamese, for the user."""


@dataclass(frozen=True)
class DirectoryEntry:
    """One person or delegation of the directory, with its latest title and unit."""

    id: int
    name: str
    title: str
    organization: str
    is_group: bool
    last_seen: dt.date | None
    meetings: int  # how many meetings they attended


_SELECT = """SELECT p.id, p.name, p.title, p.organization, p.is_group, p.last_seen,
                    (SELECT count(DISTINCT a.meeting_id) FROM attendees a
                     WHERE a.person_id = p.id) AS meetings
             FROM people p"""


def _entries(db: Database, where: str = "", params: Iterable = ()) -> list[DirectoryEntry]:
    sql = f"{_SELECT} {where} ORDER BY p.name COLLATE NOCASE, p.id"
    return [DirectoryEntry(r[0], r[1], r[2], r[3], bool(r[4]), parse_date(r[5]), r[6])
            for r in db.execute(sql, list(params)).fetchall()]


def list_people(db: Database, typed: str = "") -> list[DirectoryEntry]:
    """Directory entries by name; typed filters name, title or unit, accents optional."""
    wanted = fold(typed).strip()
    return [e for e in _entries(db) if not wanted
            or any(wanted in fold(v) for v in (e.name, e.title, e.organization))]


def get_person(db: Database, person_id: int) -> DirectoryEntry:
    """One entry; DirectoryError when it does not exist."""
    found = _entries(db, "WHERE p.id = ?", [person_id])
    if not found:
        raise DirectoryError(f"Không có người mã {person_id} trong danh bạ")
    return found[0]


def rename_person(store: Store, person_id: int, name: str, title: str,
                  organization: str) -> None:
    """Change a directory entry's name, title and unit (never the old meetings' attendees)."""
    name, title, organization = (clean_text(v or "").strip() for v in (name, title, organization))
    name = "" if is_blank(name) else name
    if not name:
        raise DirectoryError("Tên không được để trống")
    with store.write(Change(Noun.PEOPLE, None, person_id)) as db:
        old = get_person(db, person_id)
        clash = db.execute("SELECT id FROM people WHERE name = ? AND is_group = ? AND id != ?",
                           [name, int(old.is_group), person_id]).fetchone()
        if clash:
            raise DirectoryError(f"Danh bạ đã có “{name}”; hãy gộp hai mục thay vì đổi tên")
        db.execute("UPDATE people SET name = ?, title = ?, organization = ? WHERE id = ?",
                   [name, title, organization, person_id])
        if name != old.name:
            _alias(db, old.name, old.is_group, person_id)
            db.execute("DELETE FROM person_aliases WHERE name = ? AND is_group = ?",
                       [name, int(old.is_group)])


def merge_people(store: Store, keep_id: int, drop_ids: Iterable[int]) -> None:
    """Merge duplicates into keep_id: their meetings point at it, their names become aliases."""
    drops = sorted(set(drop_ids) - {keep_id})
    if not drops:
        raise DirectoryError("Chọn ít nhất hai mục để gộp")
    with store.write(Change(Noun.PEOPLE, None, keep_id), Change(Noun.ATTENDEES)) as db:
        keep = get_person(db, keep_id)
        dropped = [get_person(db, i) for i in drops]
        if any(d.is_group != keep.is_group for d in dropped):
            raise DirectoryError("Không gộp một người với một đơn vị/đoàn")
        marks = ", ".join("?" * len(drops))
        db.execute(f"UPDATE attendees SET person_id = ? WHERE person_id IN ({marks})",
                   [keep_id, *drops])
        db.execute(f"UPDATE person_aliases SET person_id = ? WHERE person_id IN ({marks})",
                   [keep_id, *drops])
        latest = max([keep, *dropped], key=lambda e: e.last_seen or dt.date.min)
        db.execute(f"DELETE FROM people WHERE id IN ({marks})", drops)
        for entry in dropped:
            _alias(db, entry.name, entry.is_group, keep_id)
        if latest is not keep and latest.last_seen:  # the most recent title and unit
            db.execute("UPDATE people SET title = ?, organization = ?, last_seen = ? WHERE id = ?",
                       [latest.title, latest.organization, latest.last_seen.isoformat(), keep_id])


def delete_people(store: Store, person_ids: Iterable[int]) -> None:
    """Remove directory entries (typing slips, fragments); attendees keep their own text."""
    ids = list(person_ids)
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    with store.write(Change(Noun.PEOPLE), Change(Noun.ATTENDEES)) as db:
        db.execute(f"UPDATE attendees SET person_id = NULL WHERE person_id IN ({marks})", ids)
        db.execute(f"DELETE FROM person_aliases WHERE person_id IN ({marks})", ids)
        db.execute(f"DELETE FROM people WHERE id IN ({marks})", ids)


def _alias(db: Database, name: str, is_group: bool, person_id: int) -> None:
    db.execute("INSERT OR REPLACE INTO person_aliases (name, is_group, person_id) VALUES (?, ?, ?)",
               [name, int(is_group), person_id])


def list_units(db: Database) -> list[tuple[str, int]]:
    """Units named in the directory (people's units and delegations) with their entry counts."""
    sql = """SELECT unit, count(*) FROM (
                 SELECT organization AS unit FROM people WHERE organization != ''
                 UNION ALL SELECT name FROM people WHERE is_group = 1)
             GROUP BY unit ORDER BY unit COLLATE NOCASE"""
    return [(r[0], r[1]) for r in db.execute(sql).fetchall()]


def rename_unit(store: Store, old: str, new: str) -> int:
    """Rename (or, to an existing name, merge) a unit in the directory; returns entries changed."""
    new = clean_text(new or "").strip()
    if not new:
        raise DirectoryError("Tên đơn vị không được để trống")
    with store.write(Change(Noun.PEOPLE)) as db:
        return db.execute("UPDATE people SET organization = ? WHERE organization = ?",
                          [new, old]).rowcount
