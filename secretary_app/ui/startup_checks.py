"""Opening the database for the desktop app: one writer, damaged files, backups, error messages."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from secretary_app.storage.backup import (
    BackupError,
    automatic_backup,
    backup_before_migrate,
    list_backups,
)
from secretary_app.storage.database import Store, open_store
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
from secretary_app.ui import messages

translate = QCoreApplication.translate
BACKUP_CHECK_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due


def open_database(path: Path, parent=None,
                  checks_later: bool = False) -> tuple[Store, DatabaseLock] | None:
    """The store and the held writer lock, or None when the user cannot or will not go on.

    checks_later: only the quick header/schema check now; the full integrity check and the
    backup on open are left to StartupChecks, which runs them once the window is shown.
    """
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
        marker = needs_check_marker(path)
        if not repair_if_damaged(path, parent, thorough=not checks_later or marker.exists()):
            lock.release()
            return None
        store = open_store(path, before_migrate=backup_before_migrate)
    except (OSError, StorageError, RestoreError) as exc:
        lock.release()
        messages.show_error(parent, translate("Reliability", "Không mở được dữ liệu"),
                            describe_error(exc) or str(exc))
        return None
    marker.unlink(missing_ok=True)  # checked thoroughly (or set aside, or restored) by now
    if not checks_later:
        backup_on_open(store, parent)
    return store, lock


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
    choice = DamagedDatabaseDialog.ask(parent, path, problem, good)
    if choice == QUIT:
        return False
    if choice == RESTORE and good is not None:
        restore_database(good.path, path)
    else:
        set_aside(path)
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


class BackupScheduler(QObject):
    """While the app runs: a backup once the newest is a day old (checked every hour)."""

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()

    def run_if_due(self) -> Path | None:
        """Take the daily backup when it is due; problems go to stderr (retried next hour)."""
        try:
            return automatic_backup(self.store.db.conn, self.store.path)
        except BackupError as exc:
            print(f"secretary-app: {exc}", file=sys.stderr)
            return None


class ErrorReporter:
    """sys.excepthook that tells the user about storage errors (finalised, disk full …).

    The same message is not repeated within QUIET_SECONDS (a draft timer failing on a full
    disk would otherwise open a dialog every few hundred milliseconds).
    """

    QUIET_SECONDS = 15.0

    def __init__(self):
        self.previous = sys.excepthook
        self._last: tuple[str, float] | None = None
        self._showing = False

    def install(self) -> ErrorReporter:
        """Become sys.excepthook (the previous hook still prints the traceback)."""
        sys.excepthook = self
        return self

    def __call__(self, kind, exc, tb) -> None:
        self.previous(kind, exc, tb)
        message = describe_error(exc)
        if message is not None:
            self.report(message)

    def report(self, message: str) -> bool:
        """Show the message unless it was just shown (or a report is open); True if shown."""
        now = time.monotonic()
        if self._showing or (self._last and self._last[0] == message
                             and now - self._last[1] < self.QUIET_SECONDS):
            return False
        self._last, self._showing = (message, now), True
        try:
            messages.show_error(QApplication.activeWindow(),
                                translate("Reliability", "Chưa lưu được thay đổi"), message)
        finally:
            self._showing = False
        return True
