"""Reading the register: entries by year, kind and status; the entry of a document."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from secretary_app.domain.register import EntryStatus, RegisterEntry, RegisterError


def entry_from_row(row: dict) -> RegisterEntry:
    """A RegisterEntry from its table row."""
    return RegisterEntry(
        organization_id=row["organization_id"], series=row["series"], number=row["number"],
        kind=row["kind"], issued_on=dt.date.fromisoformat(row["issued_on"]),
        status=EntryStatus(row["status"]), summary=row["summary"], signer=row["signer"],
        recipients=json.loads(row["recipients"]), meeting_id=row["meeting_id"],
        document_id=row["document_id"], reason=row["reason"], id=row["id"],
        origin=row.get("origin", "register"), source=row.get("source", ""),
    )


def get_entry(db: Database, entry_id: int) -> RegisterEntry:
    """The entry with this id; RegisterError when there is none."""
    rows = list(db.query("SELECT * FROM register_entries WHERE id = ?", [entry_id]))
    if not rows:
        raise RegisterError(f"Không có dòng sổ đăng ký mã {entry_id}")
    return entry_from_row(rows[0])


def list_register(db: Database, organization_id: int | None = None, year: int | None = None,
                  kind: str | None = None, status: EntryStatus | str | None = None
                  ) -> list[RegisterEntry]:
    """Entries in register order (series, then number), optionally filtered."""
    where: list[str] = []
    params: list[int | str] = []
    if organization_id is not None:
        where.append("organization_id = ?")
        params.append(organization_id)
    if year is not None:
        where.append("substr(issued_on, 1, 4) = ?")
        params.append(f"{int(year):04d}")
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if status:
        where.append("status = ?")
        params.append(str(status))
    sql = "SELECT * FROM register_entries"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY organization_id, series, number"
    return [entry_from_row(r) for r in db.query(sql, params)]


def issued_entry(db: Database, document_id: int) -> RegisterEntry | None:
    """The issued entry of a meeting document, or None while it is a draft."""
    rows = list(db.query("SELECT * FROM register_entries WHERE document_id = ? "
                         "AND status = 'issued'", [document_id]))
    return entry_from_row(rows[0]) if rows else None


def register_years(db: Database, organization_id: int | None = None) -> list[int]:
    """Years that have entries, newest first."""
    return _distinct(db, "CAST(substr(issued_on, 1, 4) AS INTEGER)", "1 DESC", organization_id)


def register_kinds(db: Database, organization_id: int | None = None) -> list[str]:
    """Kind symbols used in the register, alphabetical."""
    return _distinct(db, "kind", "1", organization_id)


def _distinct(db: Database, column: str, order: str, organization_id: int | None) -> list:
    where, params = ("", []) if organization_id is None else (" WHERE organization_id = ?",
                                                              [organization_id])
    sql = f"SELECT DISTINCT {column} FROM register_entries{where} ORDER BY {order}"
    return [r[0] for r in db.execute(sql, params).fetchall()]
