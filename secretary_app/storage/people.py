"""The directory of people and delegations seen in meetings, with their latest titles."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from secretary_app.domain.model import Attendee
from secretary_app.domain.text import clean_text, fold
from secretary_app.storage.rows import stored_id


def link_person(db: Database, attendee: Attendee, seen_on: dt.date) -> int:
    """Find (by name) or create the directory entry for an attendee; keep its latest title."""
    name = clean_text(attendee.name).strip()
    row = db.execute("SELECT id, last_seen FROM people WHERE name = ? AND is_group = ?",
                     [name, int(attendee.group)]).fetchone()
    if row is None:  # an old spelling of a renamed or merged entry (storage.directory)
        row = db.execute("SELECT p.id, p.last_seen FROM person_aliases a JOIN people p "
                         "ON p.id = a.person_id WHERE a.name = ? AND a.is_group = ?",
                         [name, int(attendee.group)]).fetchone()
    values = [clean_text(attendee.title), clean_text(attendee.organization), seen_on.isoformat()]
    if row is None:  # plain SQL: this runs for every attendee of every imported meeting
        return stored_id(db.execute(
            "INSERT INTO people (name, is_group, title, organization, last_seen) "
            "VALUES (?, ?, ?, ?, ?)", [name, int(attendee.group), *values]).lastrowid)
    if row[1] is None or row[1] <= seen_on.isoformat():
        db.execute("UPDATE people SET title = ?, organization = ?, last_seen = ? WHERE id = ?",
                   [*values, row[0]])
    return row[0]


PERSON_FIELDS = frozenset({"name", "title", "organization", "group"})


def relink_attendee(db: Database, attendee_id: int) -> None:
    """After an attendee's name, title or unit was corrected: the directory entry takes the
    correction (when this meeting is the latest it knows of) and the attendee points at it."""
    row = db.execute("SELECT a.name, a.title, a.organization, a.is_group, m.date FROM attendees a "
                     "JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?",
                     [attendee_id]).fetchone()
    if row is None or not row[0].strip():
        return
    attendee = Attendee(key="", name=row[0], title=row[1], organization=row[2],
                        group=bool(row[3]))
    person_id = link_person(db, attendee, dt.date.fromisoformat(row[4]))
    db.execute("UPDATE attendees SET person_id = ? WHERE id = ?", [person_id, attendee_id])


def suggest_people(db: Database, typed: str, limit: int = 20) -> list[dict]:
    """Directory entries whose name matches typed letters, accents optional, latest first."""
    wanted = fold(typed).strip()
    rows = db.query("SELECT * FROM people ORDER BY last_seen DESC, name")
    out = []
    for row in rows:
        if wanted in fold(row["name"]):
            out.append(row)
            if len(out) >= limit:
                break
    return out


def known_units(db: Database) -> list[str]:
    """Every unit named as an attendee's organisation or a task's assignee or coordinator."""
    sql = """SELECT organization AS unit FROM people WHERE organization != ''
             UNION SELECT assignee FROM tasks WHERE assignee != ''
             UNION SELECT coordinating FROM tasks WHERE coordinating != ''
             ORDER BY unit"""
    return [r[0] for r in db.execute(sql).fetchall()]
