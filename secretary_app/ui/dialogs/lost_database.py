"""An emptied or missing database whose backups hold meetings: offer the newest good backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from secretary_app.storage.backup import safety_copies_dir
from secretary_app.storage.db_file import LostDatabase, describe_current, lost_database
from secretary_app.storage.restore import restore_database
from secretary_app.ui.dialogs.safety_dialogs import QUIT, RESTORE, START_EMPTY

log = logging.getLogger(__name__)


class LostDatabaseDialog(QMessageBox):
    """Says what the file holds now, which backup holds more and where the safety copy goes."""

    def __init__(self, lost: LostDatabase, current: str, parent=None):
        super().__init__(QMessageBox.Icon.Warning, self.tr("Tệp dữ liệu trống"), "", parent=parent)
        self.setObjectName("lostDatabaseDialog")
        when = lost.backup.taken_at.strftime("%H:%M %d/%m/%Y")
        self.setText(self.tr(
            "Tệp dữ liệu %1 trống hoặc không còn (hiện có: %2), nhưng bản sao lưu lúc %3 có %4 "
            "cuộc họp.\n\nKhôi phục bản sao lưu đó? Tệp hiện tại (nếu có) được giữ lại tại %5; "
            "không bản sao lưu nào bị xóa.")
            .replace("%1", str(lost.path)).replace("%2", current).replace("%3", when)
            .replace("%4", str(lost.meetings)).replace("%5", str(safety_copies_dir(lost.path))))
        restore = self.addButton(self.tr("Khôi phục bản sao lưu lúc %1").replace("%1", when),
                                 QMessageBox.ButtonRole.AcceptRole)
        empty = self.addButton(self.tr("Bắt đầu với dữ liệu trống"),
                               QMessageBox.ButtonRole.ResetRole)
        quit_ = self.addButton(self.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(restore)
        self.choices = {restore: RESTORE, empty: START_EMPTY, quit_: QUIT}

    @classmethod
    def ask(cls, parent, lost: LostDatabase, current: str) -> str:
        """RESTORE, START_EMPTY or QUIT (tests replace this classmethod)."""
        dialog = cls(lost, current, parent)
        dialog.exec()
        return dialog.choices.get(dialog.clickedButton(), QUIT)


def recover_if_lost(path: Path, parent=None) -> bool:
    """Offer the newest backup holding meetings when the file is empty or gone; False: quit."""
    lost = lost_database(path)
    if lost is None:
        return True
    log.warning("database %s is empty or missing; backup %s holds %d meetings",
                path, lost.backup.path, lost.meetings)
    choice = LostDatabaseDialog.ask(parent, lost, describe_current(path))
    if choice == QUIT:
        return False
    if choice == RESTORE:
        kept = restore_database(lost.backup.path, path)
        log.info("restored %s from %s (kept: %s)", path, lost.backup.path, kept)
    return True
