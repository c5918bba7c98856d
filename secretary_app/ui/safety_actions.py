"""Menu actions for finalised minutes (chốt, mở lại, nhật ký) and backups (sao lưu, kiểm tra)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from secretary_app.logs import log_file
from secretary_app.storage.backup import BackupError, backup_connection, take_backup
from secretary_app.storage.finalise import (
    FinaliseError,
    audit_log,
    changed_sources,
    finalise_meeting,
    finalised_hash,
    is_finalised,
    reopen_meeting,
)
from secretary_app.storage.integrity import check_database
from secretary_app.storage.meetings import meeting_title
from secretary_app.ui import messages
from secretary_app.ui.office_actions import publish_to_office, refuse_reopening_copy

translate = QCoreApplication.translate
MEETING_ACTIONS = ("finaliseMinutes", "reopenMinutes", "auditLog")


def add_reliability_actions(window) -> None:
    """Add the actions to the window's Meeting and Tools menus and keep them up to date."""
    t = translate
    for menu, name, text, slot in (
            ("meeting", "finaliseMinutes", t("Reliability", "&Chốt biên bản…"), finalise_current),
            ("meeting", "reopenMinutes", t("Reliability", "&Mở lại biên bản…"), reopen_current),
            ("meeting", "auditLog", t("Reliability", "&Nhật ký biên bản"), show_audit_log),
            ("tools", "backupNow", t("Reliability", "&Sao lưu dữ liệu ngay"), backup_now),
            ("tools", "backupTo", t("Reliability", "Sao lưu &ra tệp…"), backup_to_file),
            ("tools", "checkDatabase", t("Reliability", "&Kiểm tra dữ liệu"), check_now),
            ("help", "openLogFolder", t("Reliability", "Mở thư mục &nhật ký lỗi"),
             open_log_folder)):
        action = QAction(text, window, objectName=name)
        action.triggered.connect(lambda _checked=False, s=slot: s(window))
        window.menus[menu].addAction(action)
        window.named_actions[name] = action
    window.signals.changed.connect(lambda changes: update_reliability_state(window))
    window.meeting_list.meetingSelected.connect(lambda _id: update_reliability_state(window))
    update_reliability_state(window)


def update_reliability_state(window) -> None:
    """Enable Chốt or Mở lại for the shown meeting; say in the status bar when it is locked."""
    meeting_id = window.current_meeting_id()
    locked = meeting_id is not None and is_finalised(window.store.db, meeting_id)
    window.named_actions["finaliseMinutes"].setEnabled(meeting_id is not None and not locked)
    window.named_actions["reopenMinutes"].setEnabled(locked)
    window.named_actions["auditLog"].setEnabled(meeting_id is not None)
    if locked:
        window.statusBar().showMessage(translate(
            "Reliability", "Biên bản đã chốt (SHA-256 %1…): nội dung bị khóa; muốn sửa hãy "
            "Mở lại biên bản.").replace("%1", finalised_hash(window.store.db, meeting_id)[:12]))
    else:
        window.statusBar().clearMessage()


def finalise_current(window) -> str | None:
    """Chốt biên bản: lock the shown meeting after asking; returns the hash."""
    meeting_id = window.current_meeting_id()
    if meeting_id is None:
        return None
    window.editor.flush()
    title = meeting_title(window.store.db, meeting_id)
    if not messages.confirm(window, translate("Reliability", "Chốt biên bản"), translate(
            "Reliability", "Chốt biên bản «%1»? Sau khi chốt, nội dung không sửa được nữa trừ "
            "khi Mở lại có ghi lý do.").replace("%1", title)):
        return None
    try:
        digest = finalise_meeting(window.store, meeting_id)
    except FinaliseError as exc:
        messages.show_error(window, translate("Reliability", "Chốt biên bản"), str(exc))
        return None
    update_reliability_state(window)
    publish_to_office(window, meeting_id)
    return digest


def reopen_current(window) -> bool:
    """Mở lại: unlock the shown meeting with a reason written by the user."""
    meeting_id = window.current_meeting_id()
    if meeting_id is None or not is_finalised(window.store.db, meeting_id):
        return False
    if refuse_reopening_copy(window, meeting_id):
        return False
    from secretary_app.ui.dialogs.safety_dialogs import ReasonDialog  # not at start-up

    changes = changed_sources(window.store.db, meeting_id)  # shown before the choice
    reason = ReasonDialog.ask(window, meeting_title(window.store.db, meeting_id), changes)
    if not reason:
        return False
    try:
        reopen_meeting(window.store, meeting_id, reason)
    except FinaliseError as exc:
        messages.show_error(window, translate("Reliability", "Mở lại biên bản"), str(exc))
        return False
    update_reliability_state(window)
    return True


def show_audit_log(window):
    """Show the shown meeting's audit log (non-modal)."""
    meeting_id = window.current_meeting_id()
    if meeting_id is None:
        return None
    title = meeting_title(window.store.db, meeting_id)
    from secretary_app.ui.dialogs.safety_dialogs import AuditLogDialog  # not at start-up

    dialog = AuditLogDialog(title, audit_log(window.store.db, meeting_id), window)
    dialog.show()
    return dialog


def backup_now(window):
    """Take a backup into the backups folder now."""
    try:
        made = take_backup(window.store.db.conn, window.store.path, tag="manual")
    except BackupError as exc:
        messages.show_error(window, translate("Reliability", "Sao lưu"), str(exc))
        return None
    window.statusBar().showMessage(translate("Reliability", "Đã sao lưu vào %1").replace(
        "%1", str(made)), 10_000)
    return made


def backup_to_file(window):
    """Copy the database to a file the user chooses (e.g. on a USB stick)."""
    target = messages.ask_save_path(window, translate("Reliability", "Sao lưu ra tệp"),
                                    "secretary-backup.db", "SQLite (*.db)")
    if target is None:
        return None
    try:
        return backup_connection(window.store.db.conn, target)
    except BackupError as exc:
        messages.show_error(window, translate("Reliability", "Sao lưu"), str(exc))
        return None


def check_now(window) -> list[str]:
    """Run the health check and show its result."""
    problems = check_database(window.store.db)
    title = translate("Reliability", "Kiểm tra dữ liệu")
    if problems:
        messages.show_error(window, title, "\n".join(f"- {p}" for p in problems[:30]))
    else:
        messages.show_info(window, title, translate("Reliability", "Không phát hiện lỗi."))
    return problems


def open_log_folder(window):
    """Show the folder of the log file (unexpected errors, start-ups, backups, refusals)."""
    folder = log_file().parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        messages.show_error(window, translate("Reliability", "Nhật ký lỗi"), f"{folder}: "
                            f"{exc.strerror}")
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return folder
