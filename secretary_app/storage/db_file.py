"""Before opening a database file: is the path usable, and has its content been lost?"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from secretary_app.storage.backup import (
    BackupFile,
    count_meetings,
    list_backups,
    safety_copies_dir,
)


class DatabasePathError(ValueError):
    """A database path that cannot be a database file; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class LostDatabase:
    """The database file is missing or empty while a backup holding meetings exists."""

    path: Path
    backup: BackupFile
    meetings: int

    def command(self) -> str:
        """The command that puts the backup back."""
        return f'secretary-app --db "{self.path}" restore "{self.backup.path}"'


def check_database_path(path: Path, create_folders: bool) -> None:
    """Refuse a folder, a special file, or (unless create_folders) a path in a missing folder."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if not create_folders and not path.parent.is_dir():
            raise DatabasePathError(f"thư mục {path.parent} không tồn tại (đường dẫn --db gõ "
                                    f"sai?); không tạo thư mục mới") from None
        return
    except OSError as exc:
        raise DatabasePathError(f"không mở được {path}: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise DatabasePathError(f"{path} là một thư mục, không phải tệp dữ liệu")
    if not stat.S_ISREG(st.st_mode):
        raise DatabasePathError(f"{path} không phải tệp thường (thiết bị, FIFO …); "
                                f"không dùng làm tệp dữ liệu")


def lost_database(path: Path) -> LostDatabase | None:
    """When the file is missing or empty but a backup holds meetings: the newest such backup."""
    if path.exists() and path.stat().st_size > 0:
        return None
    for backup in list_backups(path):
        meetings = count_meetings(backup.path)
        if meetings:
            return LostDatabase(path, backup, meetings)
    return None


def lost_message(lost: LostDatabase) -> str:
    """The CLI's refusal: what happened, and the restore command to run."""
    state = "trống (0 byte)" if lost.path.exists() else "không còn"
    when = lost.backup.taken_at.strftime("%H:%M %d/%m/%Y")
    return (f"tệp dữ liệu {lost.path} {state}, nhưng có bản sao lưu lúc {when} gồm "
            f"{lost.meetings} cuộc họp ({lost.backup.path}). Để không mất dữ liệu, lệnh không "
            f"chạy trên tệp trống. Khôi phục bằng lệnh:\n  {lost.command()}")


def describe_current(path: Path) -> str:
    """What the current database holds: meetings and the time of its last change."""
    meetings = count_meetings(path)
    times = [os.stat(p).st_mtime for p in (path, Path(f"{path}-wal")) if p.exists()]
    held = "không đọc được" if meetings is None else f"{meetings} cuộc họp"
    if not times:
        return f"{held}, chưa có tệp"
    last = dt.datetime.fromtimestamp(max(times)).strftime("%H:%M %d/%m/%Y")
    return f"{held}, thay đổi lần cuối lúc {last}"


def safety_copy_folder(path: Path) -> Path:
    """Where a restore keeps the copy of what it replaces."""
    return safety_copies_dir(path)
