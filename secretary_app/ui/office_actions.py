"""The office server from the window: publish after “Chốt biên bản”, say how it went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretary_app.storage.office_link import office_configured


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
