"""Opening the database for the app, then the full check and the backup once its window shows."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from secretary_app.storage.access import read_only_store
from secretary_app.storage.backup import (
    BackupError,
    automatic_backup,
    backup_before_migrate,
    list_backups,
    remove_interrupted_backups,
)
from secretary_app.storage.database import NewerDatabaseError, Store, open_store
from secretary_app.storage.db_file import DatabasePathError, check_database_path, lost_database
from secretary_app.storage.faults import StorageError, describe_error
from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock
from secretary_app.storage.restore import (
    RestoreError,
    backup_problem,
    check_then_back_up,
    damage_of,
    restore_database,
    set_aside,
)
from secretary_app.storage.targets import protect_database
from secretary_app.ui import messages

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def open_database(path: Path, parent=None, checks_later: bool = False,
                  create_folders: bool = True) -> tuple[Store, DatabaseLock] | None:
    """The store and the held writer lock, or None when the user cannot or will not go on.

    checks_later: only the quick header/schema check now; the full integrity check and the
    backup on open are left to StartupChecks, which runs them once the window is shown.
    create_folders: False for a path the user typed (--db): a missing folder is a typo.
    """
    log.info("opening %s", path)
    try:
        check_database_path(path, create_folders)
    except DatabasePathError as exc:
        log.warning("refused: %s", exc)
        messages.show_error(parent, translate("Reliability", "Không mở được dữ liệu"), str(exc))
        return None
    protect_database(path)
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except DatabaseBusyError as exc:
        messages.show_error(parent, translate("Reliability", "Tệp dữ liệu đang được dùng"),
                            str(exc))
        return None
    except OSError as exc:  # no lock file can be made: a read-only folder or medium
        messages.show_error(parent, translate("Reliability", "Không mở được dữ liệu"),
                            describe_error(exc) or f"{exc.strerror or exc}: {path}")
        return None
    try:
        remove_interrupted_backups(path)
        marker = needs_check_marker(path)
        if not (repair_if_damaged(path, parent, thorough=not checks_later or marker.exists())
                and _recover_if_lost(path, parent)):
            lock.release()
            return None
        store = open_app_store(path, parent)
        lock.cover_file()
    except (OSError, StorageError, RestoreError, DatabaseBusyError) as exc:
        lock.release()
        log.exception("cannot open %s", path)
        messages.show_error(parent, translate("Reliability", "Không mở được dữ liệu"),
                            describe_error(exc) or str(exc))
        return None
    marker.unlink(missing_ok=True)  # checked thoroughly (or set aside, or restored) by now
    if not checks_later:
        backup_on_open(store, parent)
    return store, lock


def open_app_store(path: Path, parent=None) -> Store:
    """The migrated store; a file changed by a newer version is opened read-only, with a word."""
    try:
        return open_store(path, before_migrate=backup_before_migrate)
    except NewerDatabaseError as exc:
        log.warning("read-only: %s", exc)
        messages.show_error(parent, translate("Reliability", "Chỉ mở để đọc"), str(exc))
        return read_only_store(path)


def needs_check_marker(path: Path) -> Path:
    """A file beside the database saying the next start must check it fully before opening."""
    return Path(f"{path}-needs-check")


def repair_if_damaged(path: Path, parent=None, thorough: bool = True) -> bool:
    """Offer the latest good backup for a damaged file (kept aside); False: the user quits."""
    problem = damage_of(path, thorough)
    if problem is None:
        return True
    from secretary_app.ui.dialogs.safety_dialogs import QUIT, RESTORE, DamagedDatabaseDialog

    good = next((b for b in list_backups(path) if backup_problem(b.path) is None), None)
    log.warning("damaged database %s: %s", path, problem)
    choice = DamagedDatabaseDialog.ask(parent, path, problem, good)
    if choice == QUIT:
        return False
    if choice == RESTORE and good is not None:
        log.info("restoring %s from %s (damaged file kept: %s)", path, good.path,
                 restore_database(good.path, path))
    else:
        log.info("damaged file set aside: %s", set_aside(path))
    return True


def backup_on_open(store: Store, parent=None) -> None:
    """The copy taken each time the app opens a database; a failure is told, not fatal."""
    try:
        automatic_backup(store.db.conn, store.path, force=True)
    except BackupError as exc:
        messages.show_error(parent, translate("Reliability", "Chưa sao lưu được"), str(exc))


class StartupChecks(QObject):
    """The full integrity check, then the backup on open, on a thread of their own.

    Both read every page (seconds on a ten-year file), so they run after the window is shown,
    on their own read-only connection: WAL lets the secretary type meanwhile. A damaged file
    is told and not backed up, so it never pushes good backups out of the folder.
    """

    problem = Signal(str, str)  # which problem ("damaged" or "backup"), the message

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self.problem.connect(self._report)
        self.worker = threading.Thread(target=self.run, name="startup-checks", daemon=True)

    def start(self) -> None:
        """Begin in the background (a process that quits first abandons the work)."""
        self.worker.start()

    def run(self) -> None:
        """Check, then back up; problems go to the UI thread through the signal."""
        try:
            problem = check_then_back_up(self.path)
        except BackupError as exc:
            self.problem.emit("backup", str(exc))
            return
        if problem is not None:
            self._damaged(problem)

    def _damaged(self, problem: str) -> None:
        """The next start checks fully and offers the latest backup (DamagedDatabaseDialog)."""
        try:
            needs_check_marker(self.path).touch()
        except OSError:
            pass
        self.problem.emit("damaged", problem)

    def _report(self, kind: str, message: str) -> None:
        if kind == "damaged":
            title = translate("Reliability", "Tệp dữ liệu bị hỏng")
            message = translate("Reliability", "Kiểm tra SQLite báo lỗi: %1. Tệp này chưa được sao lưu. Hãy đóng rồi mở lại ứng dụng để khôi phục bản sao lưu gần nhất.").replace("%1", message)
        else:
            title = translate("Reliability", "Chưa sao lưu được")
        messages.show_error(QApplication.activeWindow(), title, message)


def _recover_if_lost(path, parent) -> bool:
    """The lost-database dialog, imported only when the file really is empty or gone."""
    if lost_database(path) is None:
        return True
    from secretary_app.ui.dialogs.lost_database import recover_if_lost  # rare: not at start-up
    return recover_if_lost(path, parent)
