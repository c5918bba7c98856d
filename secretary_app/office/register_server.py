"""The office register on the server: numbers under a row lock on the series, idempotent."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from secretary_app.domain.enums import DocumentStyle
from secretary_app.domain.model import Organization
from secretary_app.domain.register import (
    EntryStatus,
    RegisterEntry,
    RegisterError,
    series_key,
    series_label,
)
from secretary_app.domain.text import clean_text


@dataclass(frozen=True)
class Placed:
    """Where the server put an entry: its series, number and server row id."""

    series: str
    number: int
    server_id: int
    status: str


def office_organization(conn, office_id: int) -> Organization:
    """The office's numbering profile (style, per-kind numbering, Party term) from the server."""
    row = conn.execute("SELECT name, abbreviation, style, numbering, term_start FROM offices "
                       "WHERE id = %s", [office_id]).fetchone()
    return Organization(name=row[0], abbreviation=row[1], style=DocumentStyle(row[2]),
                        numbering=row[3], term_start=row[4])


def place_on_server(conn, office_id: int, entry: RegisterEntry, reserved: int | None,
                    request_id: uuid.UUID, meeting_uid: str | None) -> Placed:
    """Issue (or reserve) the entry's number in this transaction; the same request id again
    gives back what the first call did (a retry after a lost reply issues nothing twice)."""
    done = conn.execute("SELECT series, number, id, status FROM register_entries "
                        "WHERE request_id = %s OR used_request_id = %s",
                        [request_id, request_id]).fetchone()
    if done is not None:
        return Placed(*done)
    series = series_key(office_organization(conn, office_id), entry.kind, entry.issued_on)
    if reserved is not None:
        return _take_reserved(conn, office_id, series, reserved, entry, request_id, meeting_uid)
    number = _next_number(conn, office_id, series, entry.issued_on)
    row = conn.execute(
        "INSERT INTO register_entries(office_id, series, number, kind, issued_on, status, "
        "summary, signer, recipients, reason, meeting_uid, request_id) VALUES "
        "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
        [office_id, series, number, entry.kind, entry.issued_on, str(entry.status),
         clean_text(entry.summary), clean_text(entry.signer), _recipients(entry),
         clean_text(entry.reason), meeting_uid, request_id]).fetchone()
    conn.execute("UPDATE register_series SET last_number = %s, last_date = %s "
                 "WHERE office_id = %s AND series = %s",
                 [number, entry.issued_on, office_id, series])
    return Placed(series, number, row[0], str(entry.status))


def _next_number(conn, office_id: int, series: str, date: dt.date) -> int:
    """Lock the series row (created at 0 when new) and check dates keep their order."""
    sql = ("SELECT last_number, last_date FROM register_series "
           "WHERE office_id = %s AND series = %s FOR UPDATE")
    row = conn.execute(sql, [office_id, series]).fetchone()
    if row is None:
        conn.execute("INSERT INTO register_series(office_id, series) VALUES (%s, %s) "
                     "ON CONFLICT DO NOTHING", [office_id, series])
        row = conn.execute(sql, [office_id, series]).fetchone()
    last, last_date = row
    if last_date is not None and date < last_date:
        raise RegisterError(
            f"Ngày {date:%d/%m/%Y} trước ngày của số trước trong sổ chung của văn phòng "
            f"({last:02d}, ngày {last_date:%d/%m/%Y}); số văn bản đi phải theo thứ tự thời gian")
    return last + 1


def _take_reserved(conn, office_id: int, series: str, number: int, entry: RegisterEntry,
                   request_id: uuid.UUID, meeting_uid: str | None) -> Placed:
    row = conn.execute("SELECT id, reason FROM register_entries WHERE office_id = %s AND "
                       "series = %s AND number = %s AND status = 'reserved' FOR UPDATE",
                       [office_id, series, number]).fetchone()
    if row is None:
        raise RegisterError(f"Số {number:02d} không phải số đang giữ trong sổ chung của văn "
                            f"phòng ({series_label(series)})")
    entry.reason = entry.reason or row[1]
    conn.execute("UPDATE register_entries SET status = 'issued', issued_on = %s, summary = %s, "
                 "signer = %s, recipients = %s, meeting_uid = %s, used_request_id = %s "
                 "WHERE id = %s",
                 [entry.issued_on, clean_text(entry.summary), clean_text(entry.signer),
                  _recipients(entry), meeting_uid, request_id, row[0]])
    return Placed(series, number, row[0], "issued")


def cancel_on_server(conn, office_id: int, series: str, number: int, reason: str) -> None:
    """Cancel a number office-wide; cancelling it again with the same reason changes nothing."""
    row = conn.execute("SELECT id, status, reason FROM register_entries WHERE office_id = %s "
                       "AND series = %s AND number = %s FOR UPDATE",
                       [office_id, series, number]).fetchone()
    if row is None:
        raise RegisterError(f"Số {number:02d} không có trong sổ chung của văn phòng")
    if row[1] == EntryStatus.CANCELLED:
        if row[2] == reason:
            return
        raise RegisterError(f"Số {number:02d} đã bị hủy trước đó")
    conn.execute("UPDATE register_entries SET status = 'cancelled', reason = %s WHERE id = %s",
                 [reason, row[0]])


def list_office_register(conn, office_id: int) -> list[dict]:
    """Every entry of the office register, in register order."""
    cur = conn.execute("SELECT e.id, series, number, kind, issued_on, status, summary, signer, "
                       "reason, issued_by, coalesce(m.display_name, '') AS who "
                       "FROM register_entries e LEFT JOIN office_members m "
                       "ON m.role_name = e.issued_by WHERE e.office_id = %s "
                       "ORDER BY series, number", [office_id])
    names = [c.name for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _recipients(entry: RegisterEntry) -> str:
    return json.dumps([clean_text(r) for r in entry.recipients], ensure_ascii=False)
