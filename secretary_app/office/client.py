"""A connection to the office server: clear errors, schema check, retried transactions."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import psycopg
from psycopg import errors as pgerrors

from secretary_app.office.errors import OFFLINE_MESSAGE, OfficeAuthError, OfficeError, OfficeOffline
from secretary_app.office.schema import SCHEMA, check_version, server_version
from secretary_app.office.settings import OfficeSettings, read_password

T = TypeVar("T")
# failures after which the same transaction may simply be tried again
RETRYABLE = (pgerrors.SerializationFailure, pgerrors.DeadlockDetected)
AUTH_STATES = {"28P01", "28000"}
FIRST_CONTACT = 3.0  # seconds of retrying before the first connection: a server that is simply
# off or unreachable is said at once; one that was there and went away is waited for longer


class OfficeClient:
    """One secretary's connection to the office server, opened lazily and reopened when lost."""

    def __init__(self, settings: OfficeSettings, password: str | None = None,
                 retry_for: float = 20.0, check_schema: bool = True):
        self.settings = settings
        self.password = password if password is not None else read_password(settings)
        self.retry_for = retry_for
        self.check_schema = check_schema
        self._conn: psycopg.Connection | None = None
        self._office: tuple[int, str] | None = None
        self._reached = False  # connected at least once

    def connect(self) -> psycopg.Connection:
        """The open connection (autocommit; work runs in explicit transactions)."""
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        self.close()
        try:
            conn = psycopg.connect(**self.settings.conninfo(self.password), autocommit=True,
                                   options=f"-c search_path={SCHEMA},public")
        except psycopg.OperationalError as exc:
            raise self.describe(exc) from None
        if self.check_schema:
            try:
                check_version(server_version(conn))
            except BaseException:
                conn.close()
                raise
        self._conn, self._reached = conn, True
        return conn

    def describe(self, exc: Exception) -> OfficeError:
        """The OfficeError for a psycopg failure, in Vietnamese."""
        text = str(exc)
        state = getattr(exc, "sqlstate", None)
        if state in AUTH_STATES or "password authentication failed" in text \
                or "no password supplied" in text:
            return OfficeAuthError(
                f"Máy chủ văn phòng từ chối tên đăng nhập hoặc mật khẩu ({self.settings.where}). "
                "Hãy nhập lại mật khẩu trong Cài đặt → Máy chủ văn phòng.")
        if isinstance(exc, pgerrors.InsufficientPrivilege):
            return OfficeError(f"Tài khoản {self.settings.user} không có quyền làm việc này trên "
                               "máy chủ văn phòng.")
        why = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        return OfficeOffline(OFFLINE_MESSAGE.format(where=self.settings.where, why=why))

    def run(self, work: Callable[[psycopg.Connection], T], retry: bool = True) -> T:
        """Run work(conn) in one transaction; retried (new connection) while the server is away.

        Safe only for work that is idempotent on the server (request ids, content hashes)."""
        patience = self.retry_for if self._reached else min(self.retry_for, FIRST_CONTACT)
        deadline = time.monotonic() + (patience if retry else 0)
        delay = 0.05
        while True:
            try:
                conn = self.connect()
                with conn.transaction():
                    return work(conn)
            except RETRYABLE:
                pass
            except pgerrors.InsufficientPrivilege as exc:
                raise self.describe(exc) from None
            except (psycopg.OperationalError, OfficeOffline) as exc:
                failure = exc if isinstance(exc, OfficeError) else self.describe(exc)
                if not isinstance(failure, OfficeOffline) or time.monotonic() >= deadline:
                    raise failure from None
                self.close()
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def office(self) -> tuple[int, str]:
        """(id, name) of this secretary's office on the server."""
        if self._office is None:
            self._office = self.run(self._find_office)
        return self._office

    def _find_office(self, conn) -> tuple[int, str]:
        code = self.settings.office
        if code:
            row = conn.execute("SELECT id, name FROM offices WHERE code = %s", [code]).fetchone()
        else:
            row = conn.execute("SELECT o.id, o.name FROM offices o JOIN office_members m "
                               "ON m.office_id = o.id WHERE m.role_name = current_user").fetchone()
        if row is None:
            raise OfficeError(f"Tài khoản {self.settings.user} chưa thuộc văn phòng nào trên máy "
                              "chủ (hoặc sai mã văn phòng); hãy nhờ người quản trị thêm vào.")
        return row[0], row[1]

    def close(self) -> None:
        """Close the connection (a later call reconnects)."""
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
            self._conn = None
