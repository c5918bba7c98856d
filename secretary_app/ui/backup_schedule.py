"""The daily backup while the app runs (the backup on open is in startup_checks.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from secretary_app.storage.backup import BackupError, automatic_backup
from secretary_app.storage.database import Store

BACKUP_CHECK_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due


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
