"""Writing exported files atomically: a temporary file in the same folder, then a durable rename."""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

from secretary_app.storage.targets import OutputTargetError, check_output_target

# Hidden temporary files: '.minutes.pdf.<pid>.<random>.part' (the pid tells whose it is).
_PART = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]{8}\.part$")
STALE_PART_SECONDS = 24 * 3600


class ExportError(OSError):
    """A file that could not be written; the message says why, in Vietnamese."""


def write_file_atomically(target: Path | str, data: bytes) -> Path:
    """Write data to target so that it is either wholly there or untouched; no partial file."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"thư mục không tồn tại: {folder}")
    try:
        check_output_target(target)
    except OutputTargetError as exc:
        raise ExportError(str(exc)) from None
    remove_stale_parts(folder)
    tmp = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
    try:  # 0o666 minus the umask, applied by the OS: no process-wide umask change
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except PermissionError:
        raise ExportError(f"không có quyền ghi vào thư mục: {folder}") from None
    except OSError as exc:
        raise ExportError(f"không tạo được tệp trong {folder}: {_reason(exc)}") from None
    try:
        _never_looser_than(fd, target)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_folder(folder)
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


def _never_looser_than(fd: int, target: Path) -> None:
    """Replacing a file keeps it at most as open as it was (a 0600 export stays 0600)."""
    if os.name != "posix":
        return
    try:
        old = os.stat(target).st_mode & 0o777
    except OSError:
        return
    new = os.fstat(fd).st_mode & 0o777
    if new & ~old:
        os.fchmod(fd, new & old)


def fsync_folder(folder: Path | str) -> None:
    """Make a rename in folder durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename itself is done
    finally:
        os.close(fd)


def remove_stale_parts(folder: Path | str) -> list[Path]:
    """Delete the temporary files that a killed export left in folder; returns them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PART.match(entry.name)
        if match and entry.is_file(follow_symlinks=False) and _abandoned(entry, int(match["pid"])):
            _remove_quietly(entry.path)
            removed.append(Path(entry.path))
    return removed


def _abandoned(entry: os.DirEntry, pid: int) -> bool:
    if pid == os.getpid():
        return False  # a write of this process in progress (another thread)
    try:
        if time.time() - entry.stat().st_mtime > STALE_PART_SECONDS:
            return True
    except OSError:
        return False
    return not _process_alive(pid)


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # age alone decides on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _remove_quietly(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


class InputFileError(OSError):
    """An input file refused before it is read; the message says why, in Vietnamese."""


def read_input_file(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, checked by `stat` before reading:
    a FIFO, a device (/dev/zero), a folder or a huge file is refused at once, never waited on."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputFileError(f"không tìm thấy tệp: {path}") from None
    except OSError as exc:
        raise InputFileError(f"không đọc được tệp {path}: {_reason(exc)}") from None
    _require_regular(path, st, limit)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputFileError(f"không đọc được tệp {path}: {_reason(exc)}") from None
    with os.fdopen(fd, "rb") as handle:
        _require_regular(path, os.fstat(fd), limit)  # the same file that was checked
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputFileError(f"tệp quá lớn: {path} (giới hạn {limit // (1024 * 1024)} MB)")
    return data


def _require_regular(path: Path, st: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputFileError(f"đây là thư mục, không phải tệp: {path}")
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(f"{path} không phải tệp thường (thiết bị, FIFO …): không đọc")
    if st.st_size > limit:
        raise InputFileError(f"tệp quá lớn: {path}: {st.st_size // (1024 * 1024)} MB "
                             f"(giới hạn {limit // (1024 * 1024)} MB)")
