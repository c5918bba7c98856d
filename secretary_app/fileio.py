"""Writing exported files atomically: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class ExportError(OSError):
    """A file that could not be written; the message says why, in Vietnamese."""


def write_file_atomically(target: Path | str, data: bytes) -> Path:
    """Write data to target so that it is either wholly there or untouched; no partial file."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"thư mục không tồn tại: {folder}")
    if target.is_dir():
        raise ExportError(f"đích xuất là một thư mục: {target}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except PermissionError:
        raise ExportError(f"không có quyền ghi vào thư mục: {folder}") from None
    except OSError as exc:
        raise ExportError(f"không tạo được tệp trong {folder}: {_reason(exc)}") from None
    try:
        _permit_like_a_new_file(fd)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        if isinstance(exc, PermissionError):
            raise ExportError(f"không ghi được {target}: tệp đang bị khóa hoặc chỉ đọc") from None
        raise ExportError(f"không ghi được {target}: {_reason(exc)}") from None
    except BaseException:
        _remove_quietly(tmp)
        raise
    return target


_REASONS = {errno.ENOSPC: "ổ đĩa đã đầy", errno.EDQUOT: "đã hết dung lượng được cấp",
            errno.EROFS: "ổ đĩa hoặc thư mục chỉ cho đọc", errno.EACCES: "không có quyền ghi",
            errno.EPERM: "không có quyền ghi", errno.EBUSY: "tệp đang được dùng ở nơi khác"}


def _reason(exc: OSError) -> str:
    """The cause of a write failure in Vietnamese (the system's words when unknown)."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _permit_like_a_new_file(fd: int) -> None:
    """mkstemp makes files 0600; an exported document gets the usual mode (0666 minus umask)."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.fchmod(fd, 0o666 & ~mask)


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
