"""Turning low-level database and file errors into messages a secretary can act on."""

from __future__ import annotations

import errno
import logging
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
CANT_OPEN = ("Không mở được tệp dữ liệu (đường dẫn sai, thư mục không tồn tại, hoặc không có "
             "quyền truy cập).")
BUSY = ("Tệp dữ liệu đang bận: một chương trình khác đang ghi vào tệp; hãy chờ một lát rồi "
        "thử lại.")
DAMAGED = ("Tệp dữ liệu bị hỏng hoặc không phải tệp dữ liệu của ứng dụng; hãy chạy "
           "'secretary-app check' và khôi phục bản sao lưu tốt gần nhất.")
CONSTRAINT = "Dữ liệu không được chấp nhận (trùng hoặc thiếu thông tin bắt buộc): CHƯA được lưu."
OTHER = "Lỗi cơ sở dữ liệu: thao tác vừa rồi CHƯA được thực hiện (chi tiết trong tệp nhật ký)."
log = logging.getLogger(__name__)


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
    if _primary_code(exc) == sqlite3.SQLITE_READONLY:
        return READ_ONLY
    if isinstance(exc, sqlite3.Error) and not str(exc).isascii():
        return str(exc)  # our own Vietnamese words (a trigger's RAISE, a refusal)
    if isinstance(exc, sqlite3.DatabaseError):
        log.warning("SQLite: %s (%s)", exc, type(exc).__name__)  # the English detail, kept
        code = _primary_code(exc)
        return OTHER if code is None else _SQLITE_WORDS.get(code, OTHER)
    return None


_SQLITE_WORDS = {sqlite3.SQLITE_CANTOPEN: CANT_OPEN, sqlite3.SQLITE_BUSY: BUSY,
                 sqlite3.SQLITE_LOCKED: BUSY, sqlite3.SQLITE_CORRUPT: DAMAGED,
                 sqlite3.SQLITE_NOTADB: DAMAGED, sqlite3.SQLITE_CONSTRAINT: CONSTRAINT}
