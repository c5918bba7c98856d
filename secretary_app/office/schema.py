"""The server schema: numbered server migrations, applied by `office init`, checked on connect."""

from __future__ import annotations

from secretary_app.office import server_0001
from secretary_app.office.errors import OfficeSchemaError

SCHEMA = "secretary_office"
# (version, name, SQL), in order; the app's schema version is the last one
SERVER_MIGRATIONS: list[tuple[int, str, str]] = [
    (1, server_0001.NAME, server_0001.sql()),
]
APP_SCHEMA_VERSION = SERVER_MIGRATIONS[-1][0]
_LOCK_KEY = 0x5EC0FF1CE  # advisory lock: two `office init` at once apply each migration once

NOT_INITIALISED = ("Máy chủ văn phòng chưa được khởi tạo: người quản trị cần chạy "
                   "“secretary-app office init” một lần.")


def server_version(conn) -> int | None:
    """The highest applied server migration, or None when the schema does not exist yet."""
    exists = conn.execute("SELECT to_regclass('secretary_office.schema_migrations')").fetchone()
    if exists[0] is None:
        return None
    row = conn.execute("SELECT max(version) FROM secretary_office.schema_migrations").fetchone()
    return row[0] or 0


def check_version(version: int | None, app_version: int | None = None) -> None:
    """Raise OfficeSchemaError unless the server's schema is exactly the app's."""
    app_version = APP_SCHEMA_VERSION if app_version is None else app_version
    if version is None:
        raise OfficeSchemaError(NOT_INITIALISED)
    if version > app_version:
        raise OfficeSchemaError(
            f"Máy chủ văn phòng dùng lược đồ phiên bản {version}, mới hơn phiên bản ứng dụng này "
            f"hiểu ({app_version}): hãy cập nhật secretary-app trên máy này trước khi dùng sổ "
            "đăng ký chung. Công việc trên máy vẫn được giữ nguyên.")
    if version < app_version:
        raise OfficeSchemaError(
            f"Máy chủ văn phòng dùng lược đồ phiên bản {version}, cũ hơn phiên bản của ứng dụng "
            f"({app_version}): người quản trị cần chạy “secretary-app office init” để nâng cấp "
            "máy chủ. Công việc trên máy vẫn được giữ nguyên.")


def migrate(conn) -> list[str]:
    """Create or upgrade the server schema in one transaction; names of migrations applied.

    Refuses a server newer than the app. Needs a role that may create schemas and roles."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])
        version = server_version(conn)
        if version is not None and version > APP_SCHEMA_VERSION:
            check_version(version)
        if version is None:
            _create_base(conn)
            version = 0
        for number, name, sql in SERVER_MIGRATIONS:
            if number > version:
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations(version, name) VALUES (%s, %s)",
                             [number, name])
                applied.append(name)
    return applied


def _create_base(conn) -> None:
    role = server_0001.SECRETARY_ROLE
    conn.execute(f"CREATE SCHEMA {SCHEMA}")
    conn.execute(f"SET LOCAL search_path = {SCHEMA}, public")
    conn.execute("CREATE TABLE schema_migrations (version integer PRIMARY KEY, "
                 "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
    if exists is None:
        conn.execute(f"CREATE ROLE {role} NOLOGIN")
