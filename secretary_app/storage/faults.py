"""Turning low-level database and file errors into messages a secretary can act on."""

from __future__ import annotations

import errno
import sqlite3

from secretary_app.storage.guards import FINALISED_MESSAGE
from secretary_app.storage.lock import DatabaseBusyError

DISK_FULL = ("Ổ đĩa đã đầy: thay đổi vừa rồi CHƯA được lưu (những gì đã lưu trước đó vẫn còn "
             "nguyên). Hãy giải phóng dung lượng ổ đĩa rồi lưu lại.")
IO_ERROR = ("Lỗi đọc/ghi ổ đĩa (ổ đĩa có thể đã đầy hoặc bị hỏng): thay đổi vừa rồi CHƯA được "
            "lưu; những gì đã lưu trước đó vẫn còn nguyên. Hãy kiểm tra dung lượng ổ đĩa.")
# The sqlite3 errors callers catch, named here so that the UI never imports sqlite3.
StorageError = sqlite3.Error
DatabaseError = sqlite3.DatabaseError
RefusedWrite = sqlite3.IntegrityError  # a constraint, or a lock trigger (finalised, issued)

READ_ONLY = ("Không ghi được vào tệp dữ liệu (ổ đĩa hoặc thư mục chỉ cho đọc): thay đổi vừa rồi "
             "CHƯA được lưu.")


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None) if isinstance(exc, sqlite3.Error) else None
    return None if code is None else code & 0xFF  # extended codes keep the primary in the low byte


def is_disk_full(exc: BaseException) -> bool:
    """True for 'no space left' from SQLite or the operating system."""
    if isinstance(exc, sqlite3.Error):
        return _primary_code(exc) == sqlite3.SQLITE_FULL or "database or disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def describe_error(exc: BaseException) -> str | None:
    """A Vietnamese explanation of a storage error, or None when it is not one we know."""
    if isinstance(exc, DatabaseBusyError):
        return str(exc)
    if FINALISED_MESSAGE in str(exc):
        return FINALISED_MESSAGE
    if is_disk_full(exc):
        return DISK_FULL
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return READ_ONLY
    if _primary_code(exc) == sqlite3.SQLITE_IOERR:
        return IO_ERROR
    if _primary_code(exc) in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
        return READ_ONLY
    if isinstance(exc, sqlite3.IntegrityError) and "RAISE" not in str(exc):
        return f"Dữ liệu không được chấp nhận: {exc}"
    if isinstance(exc, sqlite3.DatabaseError):
        return f"Lỗi cơ sở dữ liệu: {exc}"
    return None
