"""One writer per database file: OS locks keyed by the file's identity, held while a writer runs.

Two locks are taken. `<real path>.lock` beside the database (symlinks and `./x/../d.db`
resolved) is seen by every machine sharing the folder; a second lock named after the file's
device and inode, in a private folder of the user, is met by every path to the same file on
this machine: hard links, symlinks, and a different letter case on a case-insensitive disk.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sys
import tempfile
from pathlib import Path

if sys.platform.startswith("win"):  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

# On Windows a locked byte range cannot be read by others, so the owner line stays below it.
_WINDOWS_LOCK_OFFSET = 4096


class DatabaseBusyError(RuntimeError):
    """Another process (a window of the app or a command) is writing to this database."""


def real_path(db_path: Path | str) -> Path:
    """The database path with symlinks, '.' and '..' resolved (a missing file keeps its name)."""
    return Path(os.path.realpath(db_path))


def lock_path(db_path: Path | str) -> Path:
    """The sidecar lock file of a database: 'secretary.db' -> 'secretary.db.lock' (real path)."""
    return Path(f"{real_path(db_path)}.lock")


def identity_lock_path(db_path: Path | str) -> Path | None:
    """The lock named after the file's device and inode, or None while the file does not exist."""
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    folder = _private_lock_folder()
    return None if folder is None else folder / f"{st.st_dev}-{st.st_ino}.lock"


def _private_lock_folder() -> Path | None:
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"secretary-app-locks-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return None
    if hasattr(os, "getuid") and (st.st_uid != uid or not os.path.isdir(folder)
                                  or os.path.islink(folder)):
        return None  # someone else's folder (or a trap): fall back to the sidecar alone
    return folder


def busy_message(db_path: Path | str, owner: str) -> str:
    """The Vietnamese explanation shown when the database is already in use."""
    who = f" ({owner})" if owner else ""
    return (f"Tệp dữ liệu {db_path} đang được một cửa sổ khác của ứng dụng "
            f"hoặc một lệnh khác sử dụng{who}. Để tránh ghi đè lẫn nhau, chỉ một nơi "
            f"được ghi vào tệp này tại một thời điểm: hãy dùng cửa sổ đang mở, "
            f"hoặc đóng nó rồi thử lại.")


class DatabaseLock:
    """Exclusive, non-blocking OS locks on the database's identity; dropped if the process dies."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self._fds: list[int] = []
        self._identity: tuple[Path, int] | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return bool(self._fds)

    def acquire(self) -> DatabaseLock:
        """Take the lock now or raise DatabaseBusyError (never waits)."""
        if self._fds or str(self.db_path) == ":memory:":  # a private in-memory database
            return self
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the data folder
        try:
            self._fds.append(_take(self.path, self.db_path))
            self.cover_file()
        except BaseException:
            self.release()
            raise
        _write_owner(self._fds[0])
        return self

    def cover_file(self) -> None:
        """Lock the identity of the file now at the path (call after creating or replacing it)."""
        identity = identity_lock_path(self.db_path)
        if not self._fds or identity is None or (self._identity or (None,))[0] == identity:
            return
        fd = _take(identity, self.db_path)
        _write_owner(fd)
        if self._identity is not None:  # the file was replaced (restore): the old inode is gone
            self._drop(self._identity[1])
        self._identity = (identity, fd)
        self._fds.append(fd)

    def _drop(self, fd: int) -> None:
        self._fds.remove(fd)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def release(self) -> None:
        """Give the locks back (the files stay; deleting them would race other openers)."""
        fds, self._fds, self._identity = self._fds, [], None
        for fd in fds:
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _take(path: Path, db_path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        raise DatabaseBusyError(busy_message(db_path, read_owner(path))) from None
    return fd


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
