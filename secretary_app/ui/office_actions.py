"""The office server from the window: publish after “Chốt biên bản”, say how it went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretary_app.storage.office_link import is_office_copy, office_configured


def translate(text: str) -> str:
    """Qt translation in the Office context."""
    return QCoreApplication.translate("Office", text)


def publish_to_office(window, meeting_id: int) -> bool | None:
    """Send the just-finalised meeting to the office archive; None without an office server.

    A failure never undoes the finalising: the publication stays pending and is sent again by
    `secretary-app office pull` or the next finalise."""
    if not office_configured(window.store.db):
        return None
    from secretary_app.office.errors import OfficeError
    from secretary_app.office.publish import publish_meeting
    from secretary_app.office.session import client_for

    try:
        published = publish_meeting(window.store, client_for(window.store.db), meeting_id)
    except OfficeError as exc:
        window.statusBar().showMessage(translate(
            "Biên bản đã chốt nhưng chưa gửi được lên lưu trữ văn phòng: %1").replace(
            "%1", str(exc)))
        return False
    window.statusBar().showMessage(translate(
        "Đã gửi biên bản lên lưu trữ văn phòng (phiên bản %1).").replace(
        "%1", str(published.version)), 10_000)
    return True


def refuse_reopening_copy(window, meeting_id: int) -> bool:
    """Say so and return True when the meeting is a colleague's copy from the office archive."""
    if not is_office_copy(window.store.db, meeting_id):
        return False
    from secretary_app.ui import messages

    messages.show_error(window, translate("Mở lại biên bản"), translate(
        "Đây là bản sao chỉ đọc của biên bản đồng nghiệp lấy từ lưu trữ văn phòng: không mở lại "
        "để sửa được. Người lập biên bản sửa trên máy của họ rồi gửi lại."))
    return True
