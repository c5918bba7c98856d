"""Numbers from the office register for the local register; recorded locally too."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.domain.register import EntryStatus, RegisterEntry, RegisterError
from secretary_app.office.errors import OfficeError
from secretary_app.office.local import is_from_office, meeting_uid, record_link, request_id
from secretary_app.office.register_server import cancel_on_server, place_on_server
from secretary_app.office.session import connected_client


class OfficeRegisterError(RegisterError):
    """The office register could not be reached or refused; exit code 1 on the CLI."""

    exit_code = 1


def place_in_office(db: Database, entry: RegisterEntry, reserved: int | None) -> None:
    """Set the entry's series and number from the office register (inside the local write)."""
    uid = meeting_uid(db, entry.meeting_id) if entry.meeting_id is not None else None
    request = request_id(db, entry, uid)
    try:
        client = connected_client(db)
        office_id, _ = client.office()
        placed = client.run(lambda conn: place_on_server(conn, office_id, entry, reserved,
                                                         request, uid))
    except OfficeError as exc:
        raise OfficeRegisterError(str(exc)) from None
    entry.series, entry.number = placed.series, placed.number
    entry.status = EntryStatus(placed.status)
    if reserved is not None:  # reserved here or by a colleague: one local row either way
        row = db.execute("SELECT id, reason FROM register_entries WHERE organization_id = ? AND "
                         "series = ? AND number = ?",
                         [entry.organization_id, entry.series, entry.number]).fetchone()
        if row is not None:
            entry.id, entry.reason = row[0], entry.reason or row[1]
    elif db.execute("SELECT 1 FROM register_entries WHERE organization_id = ? AND series = ? AND "
                    "number = ?", [entry.organization_id, entry.series,
                                   entry.number]).fetchone():
        raise OfficeRegisterError(
            f"Sổ chung cấp số {entry.number:02d} nhưng sổ trên máy này đã có số đó (cấp trước "
            "khi dùng máy chủ văn phòng); hãy báo người quản trị đồng bộ sổ.")
    record_link(db, entry, placed.server_id, request)


def cancel_in_office(db: Database, entry: RegisterEntry, reason: str) -> None:
    """Cancel a number the office register gave (no-op for a number given on this laptop)."""
    if not is_from_office(db, entry):
        return
    try:
        client = connected_client(db)
        office_id, _ = client.office()
        client.run(lambda conn: cancel_on_server(conn, office_id, entry.series, entry.number,
                                                 reason))
    except OfficeError as exc:
        raise OfficeRegisterError(str(exc)) from None
