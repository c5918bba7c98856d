"""Setting up the office server (IT person, with an owner role): schema, offices, secretaries."""

from __future__ import annotations

from psycopg import sql

from secretary_app.domain.model import Organization
from secretary_app.office.errors import OfficeError
from secretary_app.office.schema import migrate
from secretary_app.office.server_0001 import SECRETARY_ROLE


def init_server(conn, code: str | None = None, org: Organization | None = None) -> list[str]:
    """Create or upgrade the schema; with a code and profile, add that office when missing."""
    applied = migrate(conn)
    if code:
        ensure_office(conn, code, org)
    return applied


def ensure_office(conn, code: str, org: Organization | None) -> int:
    """The id of the office with this code, created from the organisation profile if new."""
    row = conn.execute("SELECT id FROM offices WHERE code = %s", [code]).fetchone()
    if row is not None:
        return row[0]
    if org is None:
        raise OfficeError(f"Chưa có văn phòng mã “{code}” trên máy chủ và chưa có hồ sơ cơ quan "
                          "để tạo nó.")
    row = conn.execute(
        "INSERT INTO offices(code, name, abbreviation, style, numbering, term_start) "
        "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
        [code, org.name, org.abbreviation, str(org.style), org.numbering, org.term_start]
    ).fetchone()
    return row[0]


def add_secretary(conn, code: str, role: str, display_name: str, password: str) -> None:
    """A login role for one secretary, in the secretaries' group, member of the office."""
    office = conn.execute("SELECT id FROM offices WHERE code = %s", [code]).fetchone()
    if office is None:
        raise OfficeError(f"Không có văn phòng mã “{code}” trên máy chủ.")
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
            sql.SQL(verb), sql.Identifier(role), sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(SECRETARY_ROLE),
                                                      sql.Identifier(role)))
        conn.execute("INSERT INTO office_members(role_name, office_id, display_name) "
                     "VALUES (%s, %s, %s) ON CONFLICT (role_name) DO UPDATE SET "
                     "office_id = EXCLUDED.office_id, display_name = EXCLUDED.display_name",
                     [role, office[0], display_name])
