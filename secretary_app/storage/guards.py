"""What the schema's triggers refuse, as the running code knows it: messages and trigger names.

Migrations are frozen history and keep their own copies; tests/storage/test_guards.py checks that
a migrated database raises exactly these messages and has these triggers.
"""

from __future__ import annotations

# 0002: an issued document's number, date and signer are frozen.
FROZEN_MESSAGE = ("Văn bản đã cấp số: không sửa được loại, số, năm, ngày ban hành và người ký "
                  "(hủy số trong sổ đăng ký trước nếu cần cấp lại)")

# 0005: finalised minutes, their reopening and the append-only audit log.
FINALISED_MESSAGE = ("Biên bản đã chốt: không thể thay đổi nội dung. Muốn sửa, hãy “Mở lại” "
                     "biên bản và ghi rõ lý do.")
REOPEN_MESSAGE = "Chỉ mở lại được biên bản đã chốt bằng lệnh “Mở lại” có ghi lý do."
AUDIT_MESSAGE = "Nhật ký biên bản chỉ được ghi thêm, không được sửa hay xóa."

# The content tables of a meeting, locked once its minutes are finalised.
LOCKED_TABLES = ("meetings", "attendees", "agenda_items", "opinions", "votes", "conclusions",
                 "documents", "conclusion_items", "tasks")


def trigger_names() -> set[str]:
    """Names of every lock and audit trigger of finalised minutes (for `check`)."""
    names = set()
    for table in LOCKED_TABLES:
        ops = ("update", "delete") if table == "meetings" else ("update", "delete", "insert")
        names |= {f"lock_{table}_{op}" for op in ops}
        names |= {f"audit_{table}_{op}" for op in ops}
    return names


# 0005 + 0007: the guards of the audit log and of the finalisation rows.
GUARD_TRIGGERS = frozenset({"meeting_audit_no_update", "meeting_audit_no_delete",
                            "finalised_meetings_no_update", "finalised_meetings_reopen"})
