"""One writer per database: an OS lock on a sidecar file, held for as long as a writer runs."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sys
from pathlib import Path

if sys.platform.startswith("win"):  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

# On Windows a locked byte range cannot be read by others, so the owner line stays below it.
_WINDOWS_LOCK_OFFSET = 4096


class DatabaseBusyError(RuntimeError):
    """Another process (a window of the app or a command) is writing to this database."""


def lock_path(db_path: Path | str) -> Path:
    """The sidecar lock file of a database: 'secretary.db' -> 'secretary.db.lock'."""
    return Path(f"{db_path}.lock")


def busy_message(db_path: Path | str, owner: str) -> str:
    """The Vietnamese explanation shown when the database is already in use."""
    who = f" ({owner})" if owner else ""
    return (f"Tệp dữ liệu {db_path} đang được một cửa sổ khác của ứng dụng "
            f"hoặc một lệnh khác sử dụng{who}. Để tránh ghi đè lẫn nhau, chỉ một nơi "
            f"được ghi vào tệp này tại một thời điểm: hãy dùng cửa sổ đang mở, "
            f"hoặc đóng nó rồi thử lại.")


class DatabaseLock:
    """An exclusive, non-blocking OS lock on `<db>.lock`; the OS drops it if the process dies."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> DatabaseLock:
        """Take the lock now or raise DatabaseBusyError (never waits)."""
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DatabaseBusyError(busy_message(self.db_path, read_owner(self.path))) from None
        self._fd = fd
        _write_owner(fd)
        return self

    def release(self) -> None:
        """Give the lock back (the sidecar file stays; deleting it would race other openers)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def is_locked(db_path: Path | str) -> bool:
    """True when another holder has the database's lock right now."""
    probe = DatabaseLock(db_path)
    try:
        probe.acquire()
    except DatabaseBusyError:
        return True
    probe.release()
    return False


def read_owner(path: Path) -> str:
    """The 'process N on host' line the holder wrote, or '' when unreadable."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.readline(200).strip()
    except OSError:
        return ""


def _write_owner(fd: int) -> None:
    since = dt.datetime.now().strftime("%H:%M %d/%m/%Y")
    line = f"tiến trình {os.getpid()} trên máy {socket.gethostname()}, từ {since}\n"
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, line.encode("utf-8"))
    except OSError:
        pass  # the owner line is a courtesy; the lock itself is what matters


def _lock(fd: int) -> None:
    if sys.platform.startswith("win"):  # pragma: no cover
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform.startswith("win"):  # pragma: no cover
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
