"""The directory of people and delegations seen in meetings, with their latest titles."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from secretary_app.domain.model import Attendee
from secretary_app.domain.text import clean_text, fold


def link_person(db: Database, attendee: Attendee, seen_on: dt.date) -> int:
    """Find (by name) or create the directory entry for an attendee; keep its latest title."""
    name = clean_text(attendee.name).strip()
    row = db.execute("SELECT id, last_seen FROM people WHERE name = ? AND is_group = ?",
                     [name, int(attendee.group)]).fetchone()
    values = {"title": clean_text(attendee.title), "organization": clean_text(attendee.organization),
              "last_seen": seen_on.isoformat()}
    if row is None:
        return db.table("people").insert({"name": name, "is_group": int(attendee.group),
                                          **values}).last_pk
    if row[1] is None or row[1] <= seen_on.isoformat():
        db.table("people").update(row[0], values)
    return row[0]


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
