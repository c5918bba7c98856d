"""Where a file may be written: never over an open database, its side files or its backups.

Compared by file identity (device + inode, links resolved), not by the path's spelling. Every
output of the CLI (`-o`) and every save dialog of the app goes through `check_output_target`;
`write_file_atomically` checks again against the databases this process has open.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock", "-needs-check")
_open_databases: list[Path] = []


class OutputTargetError(OSError):
    """A target the app refuses to write; the message says why, in Vietnamese."""


def protect_database(db_path: Path | str) -> None:
    """Remember a database this process has open: outputs may never land on it."""
    path = Path(os.path.realpath(db_path))
    if path not in _open_databases:
        _open_databases.append(path)


def forget_database(db_path: Path | str) -> None:
    """The database was closed."""
    path = Path(os.path.realpath(db_path))
    if path in _open_databases:
        _open_databases.remove(path)


def check_output_target(target: Path | str, db_path: Path | str | None = None) -> Path:
    """target, or OutputTargetError when it is a special file, read-only, or a database's file."""
    target = Path(target)
    _refuse_special(target)
    for database in ([Path(db_path)] if db_path is not None else []) + _open_databases:
        if touches_database(target, database):
            raise OutputTargetError(
                f"không ghi vào {target}: đó là tệp dữ liệu đang dùng ({database}), tệp đi kèm "
                f"hoặc bản sao lưu của nó; hãy chọn tên tệp khác")
    return target


def _refuse_special(target: Path) -> None:
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputTargetError(f"không dùng được đích {target}: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputTargetError(f"đích xuất là một thư mục: {target}")
    if not stat.S_ISREG(st.st_mode):
        raise OutputTargetError(f"đích xuất không phải tệp thường (thiết bị, FIFO …): {target}")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputTargetError(f"tệp {target} đang bị khóa hoặc chỉ đọc: không ghi đè")


def touches_database(target: Path, db_path: Path) -> bool:
    """Whether target is the database, one of its side files, or inside its backups folder."""
    db = Path(os.path.realpath(db_path))
    names = [f"{db.name}{suffix}" for suffix in SIDE_SUFFIXES]
    if _exists(target) and any(_same(target, db.with_name(n)) for n in names):
        return True
    folder = Path(os.path.realpath(target.parent if str(target.parent) else "."))
    if _same(folder, db.parent) and _fold(target.name) in {_fold(n) for n in names}:
        return True  # a side file that does not exist right now (the -wal between sessions)
    backups = db.parent / "backups"
    return _exists(backups) and any(_same(p, backups) for p in [folder, *folder.parents])


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _exists(path: Path) -> bool:
    return os.path.exists(path)


def _fold(name: str) -> str:
    return name.casefold()
