"""Every keyboard shortcut of the app, as listed in Help > Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_ = QT_TRANSLATE_NOOP  # lupdate picks the texts up; they are translated when shown

SHORTCUTS: list[tuple[str, str, str]] = [  # (group, keys, what it does)
    (_("Shortcuts", "Chung"), "Ctrl+N", _("Shortcuts", "Cuộc họp mới")),
    (_("Shortcuts", "Chung"), "Ctrl+O", _("Shortcuts", "Nhập gói cuộc họp (JSON)")),
    (_("Shortcuts", "Chung"), "Ctrl+Shift+S", _("Shortcuts", "Xuất gói cuộc họp (JSON)")),
    (_("Shortcuts", "Chung"), "Ctrl+F", _("Shortcuts", "Lọc danh sách cuộc họp")),
    (_("Shortcuts", "Chung"), "Ctrl+L", _("Shortcuts", "Chuyển đến danh sách cuộc họp")),
    (_("Shortcuts", "Chung"), "Ctrl+Z", _("Shortcuts", "Hoàn tác")),
    (_("Shortcuts", "Chung"), "Ctrl+Shift+Z, Ctrl+Y", _("Shortcuts", "Làm lại")),
    (_("Shortcuts", "Chung"), "Ctrl+1 … Ctrl+5",
     _("Shortcuts", "Trang Thông tin, Thành phần, Diễn biến, Kết luận, Văn bản")),
    (_("Shortcuts", "Chung"), "Ctrl+,", _("Shortcuts", "Cài đặt")),
    (_("Shortcuts", "Chung"), "F1", _("Shortcuts", "Danh sách phím tắt")),
    (_("Shortcuts", "Chung"), "Ctrl+Q", _("Shortcuts", "Thoát")),
    (_("Shortcuts", "Thành phần tham dự"), "Enter",
     _("Shortcuts", "Thêm người vừa gõ tên (chọn gợi ý bằng mũi tên)")),
    (_("Shortcuts", "Thành phần tham dự"), "Ctrl+Shift+V",
     _("Shortcuts", "Dán danh sách tên (mỗi dòng một người, hoặc bảng Word/Excel)")),
    (_("Shortcuts", "Thành phần tham dự"), "Alt+1 … Alt+4",
     _("Shortcuts", "Có mặt / đến muộn / vắng có lý do / vắng không lý do")),
    (_("Shortcuts", "Thành phần tham dự"), "Ctrl+Shift+H", _("Shortcuts", "Đánh dấu chủ trì")),
    (_("Shortcuts", "Thành phần tham dự"), "Ctrl+Shift+T", _("Shortcuts", "Đánh dấu thư ký")),
    (_("Shortcuts", "Danh sách"), "Ctrl+Shift+Up / Down",
     _("Shortcuts", "Chuyển dòng đang chọn lên / xuống (hoặc kéo thả)")),
    (_("Shortcuts", "Danh sách"), "Del", _("Shortcuts", "Xóa dòng đang chọn")),
    (_("Shortcuts", "Danh sách"), "F2", _("Shortcuts", "Sửa ô đang chọn")),
    (_("Shortcuts", "Diễn biến"), "Ctrl+E",
     _("Shortcuts", "Ý kiến mới: chọn người phát biểu (gõ vài chữ, không cần dấu, rồi Enter)")),
    (_("Shortcuts", "Diễn biến"), "Ctrl+Enter",
     _("Shortcuts", "Ghi ý kiến kèm giờ hiện tại và xóa ô để ghi tiếp")),
    (_("Shortcuts", "Diễn biến"), "Ctrl+K", _("Shortcuts", "Chuyển ý kiến đang chọn thành kết luận")),
    (_("Shortcuts", "Diễn biến"), "Ctrl+B", _("Shortcuts", "Nhập biểu quyết")),
    (_("Shortcuts", "Diễn biến"), "Ctrl+G", _("Shortcuts", "Thêm nội dung chương trình")),
]


def translated_shortcuts() -> list[tuple[str, str, str]]:
    """SHORTCUTS in the interface language."""
    tr = QCoreApplication.translate
    return [(tr("Shortcuts", group), keys, tr("Shortcuts", text)) for group, keys, text in SHORTCUTS]
