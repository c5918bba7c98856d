"""The daily backup while the app runs (the backup on open is in startup_checks.py)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from secretary_app.storage.backup import BackupError, daily_backup
from secretary_app.storage.database import Store
from secretary_app.storage.faults import StorageError

log = logging.getLogger(__name__)
BACKUP_CHECK_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due


class BackupScheduler(QObject):
    """While the app runs: a backup once the newest is a day old (checked every hour).

    The copy reads every page (seconds on a large file), so it runs on a thread of its own
    with its own read-only connection: the window never freezes for it.
    """

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.backup_thread: threading.Thread | None = None
        self.timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.start_if_due)
        self.timer.start()

    def start_if_due(self) -> threading.Thread | None:
        """Start the backup thread unless one is still running; returns it."""
        if self.backup_thread is not None and self.backup_thread.is_alive():
            return None
        self.backup_thread = threading.Thread(target=self.run_if_due, name="daily-backup",
                                              daemon=True)
        self.backup_thread.start()
        return self.backup_thread

    def run_if_due(self) -> Path | None:
        """Take the daily backup when it is due; problems go to the log (retried next hour)."""
        try:
            return daily_backup(self.store.path)
        except (BackupError, StorageError) as exc:
            log.error("daily backup failed: %s", exc)
            return None
