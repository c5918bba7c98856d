"""Reliability dialogs: a damaged database at start, the reason to reopen minutes, the audit log."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.text import is_blank
from secretary_app.storage.backup import BackupFile
from secretary_app.storage.finalise import AuditEntry

RESTORE, START_EMPTY, QUIT = "restore", "empty", "quit"


class DamagedDatabaseDialog(QMessageBox):
    """The database file cannot be read: restore the latest backup, start empty, or quit."""

    def __init__(self, path, problem: str, latest: BackupFile | None, parent=None):
        super().__init__(QMessageBox.Icon.Critical, self.tr("Tệp dữ liệu bị hỏng"), "", parent=parent)
        self.setObjectName("damagedDatabaseDialog")
        self.setText(self.tr("Không đọc được tệp dữ liệu %1 (%2).\n\nTệp hỏng sẽ được giữ lại "
                             "(đổi tên bên cạnh), không bị ghi đè.").replace("%1", str(path))
                     .replace("%2", problem))
        self.choices = {}
        if latest is not None:
            when = latest.taken_at.strftime("%H:%M %d/%m/%Y")
            button = self.addButton(self.tr("Khôi phục bản sao lưu lúc %1").replace("%1", when),
                                    QMessageBox.ButtonRole.AcceptRole)
            self.choices[button] = RESTORE
            self.setDefaultButton(button)
        else:
            self.setInformativeText(self.tr("Không có bản sao lưu nào trong thư mục backups."))
        empty = self.addButton(self.tr("Bắt đầu với dữ liệu trống"), QMessageBox.ButtonRole.ResetRole)
        quit_ = self.addButton(self.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
        self.choices.update({empty: START_EMPTY, quit_: QUIT})

    @classmethod
    def ask(cls, parent, path, problem: str, latest: BackupFile | None) -> str:
        """RESTORE, START_EMPTY or QUIT (tests replace this classmethod)."""
        dialog = cls(path, problem, latest, parent)
        dialog.exec()
        return dialog.choices.get(dialog.clickedButton(), QUIT)


class ReasonDialog(QDialog):
    """Asks why finalised minutes are reopened; OK only once a reason is written."""

    def __init__(self, title: str, parent=None, changes: Sequence[str] = ()):
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Mở lại biên bản"))
        self.reason_edit = QPlainTextEdit(objectName="reopenReason")
        self.reason_edit.setTabChangesFocus(True)  # Tab reaches the buttons
        self.reason_edit.setPlaceholderText(self.tr("Lý do… (Ctrl+Enter để mở lại)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mở lại"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Biên bản «%1» đã chốt. Lý do mở lại (được ghi vào nhật "
                                        "ký):").replace("%1", title), wordWrap=True))
        if changes:  # the choice: reopening takes in the new state of these sources
            layout.addWidget(self._changes_label(changes))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._confirm)
        self._update()

    def _changes_label(self, changes: Sequence[str]) -> QLabel:
        intro = self.tr("Từ lúc chốt, các nguồn mà biên bản in (hồ sơ cơ quan, nhiệm vụ chuyển "
                        "tiếp) đã thay đổi; sau khi mở lại, văn bản sẽ in theo dữ liệu mới:")
        lines = [f"- {c}" for c in changes[:30]] + (["- …"] if len(changes) > 30 else [])
        label = QLabel("\n".join([intro, *lines]), objectName="sourceChanges", wordWrap=True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _confirm(self) -> None:
        """Ctrl+Enter: reopen, once a reason is written."""
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not is_blank(self.reason_edit.toPlainText()))
        ok.setDefault(ok.isEnabled())  # Enter on it (or on Tab's way to it) confirms

    @classmethod
    def ask(cls, parent, title: str, changes: Sequence[str] = ()) -> str | None:
        """The reason, or None when cancelled (tests replace this classmethod)."""
        dialog = cls(title, parent, changes)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_edit.toPlainText().strip()


class AuditLogDialog(QDialog):
    """A meeting's audit log: finalise, reopen (with reason), edits while reopened, exports."""

    def __init__(self, title: str, entries: list[AuditEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Nhật ký biên bản — %1").replace("%1", title))
        self.table = QTableWidget(len(entries), 4, objectName="auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Thời gian"), self.tr("Việc"),
                                              self.tr("Lý do / chi tiết"), self.tr("SHA-256")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(entries):
            for col, text in enumerate(self.row_texts(entry)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(900, 420)

    def row_texts(self, entry: AuditEntry) -> list[str]:
        """The four cells of one log line."""
        actions = {"finalise": self.tr("Chốt biên bản"), "reopen": self.tr("Mở lại"),
                   "edit": self.tr("Sửa khi đã mở lại"), "export": self.tr("Xuất tệp"),
                   "deleted": self.tr("Xóa cuộc họp")}
        return [entry.at.replace("T", " "), actions.get(entry.action, entry.action),
                entry.reason or _edit_detail(entry.detail), entry.sha256 or ""]


def _edit_detail(detail: str) -> str:
    """'opinions:update:12' -> 'opinions: update #12' (paths of exports stay as they are)."""
    parts = detail.split(":")
    if len(parts) == 3 and parts[2].isdigit():
        return f"{parts[0]}: {parts[1]} #{parts[2]}"
    return detail
