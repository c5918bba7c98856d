"""After “Chốt biên bản”: publish to the office archive when connected; never blocks finalising."""

from __future__ import annotations

from secretary_app.office.errors import OfficeError
from secretary_app.office.session import connected_client
from secretary_app.storage.database import Store
from secretary_app.storage.office_link import office_configured


def publish_if_connected(store: Store, meeting_id: int) -> str | None:
    """A sentence on what happened to the archive copy, or None without an office server."""
    if not office_configured(store.db):
        return None
    from secretary_app.office.publish import publish_meeting

    try:
        published = publish_meeting(store, connected_client(store.db), meeting_id)
    except OfficeError as exc:
        return (f"Biên bản đã chốt trên máy này nhưng chưa gửi được lên lưu trữ văn phòng: "
                f"{exc} Lệnh “secretary-app office pull” (hoặc lần chốt sau) sẽ gửi lại.")
    return f"Đã gửi lên lưu trữ văn phòng (phiên bản {published.version})."
