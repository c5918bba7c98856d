"""Every keyboard shortcut of the app, as listed in Help > Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "Chung")
ATTENDEES = QT_TRANSLATE_NOOP("Shortcuts", "Thành phần tham dự")
LISTS = QT_TRANSLATE_NOOP("Shortcuts", "Danh sách")
LIVE = QT_TRANSLATE_NOOP("Shortcuts", "Diễn biến")
CONCLUSIONS = QT_TRANSLATE_NOOP("Shortcuts", "Kết luận")
DOCUMENTS = QT_TRANSLATE_NOOP("Shortcuts", "Văn bản")

# (where, keys, what they do); lupdate collects the texts, translated_shortcuts() shows them
SHORTCUTS: list[tuple[str, str, str]] = [
    (GENERAL, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Cuộc họp mới")),
    (GENERAL, "Ctrl+Shift+N", QT_TRANSLATE_NOOP(
        "Shortcuts", "Tạo từ cuộc họp trước: cùng nơi họp, thành phần (điểm danh lại), chương "
        "trình, người ký; mang theo nhiệm vụ chưa hoàn thành")),
    (GENERAL, "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Nhập gói cuộc họp (JSON)")),
    (GENERAL, "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Xuất gói cuộc họp (JSON)")),
    (GENERAL, "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Lọc danh sách cuộc họp")),
    (GENERAL, "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Chuyển đến danh sách cuộc họp")),
    (GENERAL, "Ctrl+Shift+F", QT_TRANSLATE_NOOP(
        "Shortcuts", "Tìm kiếm trong mọi cuộc họp (không cần gõ dấu)")),
    (GENERAL, "F9", QT_TRANSLATE_NOOP("Shortcuts", "Ẩn/hiện danh sách cuộc họp")),
    (GENERAL, "F11", QT_TRANSLATE_NOOP(
        "Shortcuts", "Ghi toàn màn hình: chỉ diễn biến, không danh sách bên cạnh (F11 lần nữa "
        "để trở lại)")),
    (GENERAL, "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Hoàn tác")),
    (GENERAL, "Ctrl+Shift+Z, Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Làm lại")),
    (GENERAL, "Ctrl+1 … Ctrl+5", QT_TRANSLATE_NOOP(
        "Shortcuts", "Trang Thông tin, Thành phần, Diễn biến, Kết luận, Văn bản")),
    (GENERAL, "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Cài đặt")),
    (GENERAL, "F1", QT_TRANSLATE_NOOP("Shortcuts", "Danh sách phím tắt")),
    (GENERAL, "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Thoát")),
    (ATTENDEES, "Enter", QT_TRANSLATE_NOOP(
        "Shortcuts", "Thêm người vừa gõ tên (chọn gợi ý bằng mũi tên)")),
    (ATTENDEES, "Ctrl+Shift+V", QT_TRANSLATE_NOOP(
        "Shortcuts", "Dán danh sách tên (mỗi dòng một người, hoặc bảng Word/Excel)")),
    (ATTENDEES, "Alt+1 / Alt+2 / Alt+3 / Alt+4", QT_TRANSLATE_NOOP(
        "Shortcuts", "Có mặt / đến muộn / vắng có lý do / vắng không lý do")),
    (ATTENDEES, "Ctrl+Shift+H", QT_TRANSLATE_NOOP("Shortcuts", "Đánh dấu chủ trì")),
    (ATTENDEES, "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Đánh dấu thư ký")),
    (LISTS, "Ctrl+Shift+Up / Ctrl+Shift+Down", QT_TRANSLATE_NOOP(
        "Shortcuts", "Chuyển dòng đang chọn lên / xuống (hoặc kéo thả)")),
    (LISTS, "Del", QT_TRANSLATE_NOOP("Shortcuts", "Xóa dòng đang chọn")),
    (LISTS, "F2", QT_TRANSLATE_NOOP("Shortcuts", "Sửa ô đang chọn")),
    (LIVE, "Alt+1 … Alt+9", QT_TRANSLATE_NOOP(
        "Shortcuts", "Chọn người phát biểu có số đó (chủ trì trước, rồi người đã phát biểu "
        "ở nội dung này); con trỏ vẫn ở ô ý kiến")),
    (LIVE, "Ctrl+E", QT_TRANSLATE_NOOP(
        "Shortcuts", "Chọn người phát biểu khác: gõ vài chữ của tên, không cần dấu; chỉ còn "
        "một người là nhận ngay")),
    (LIVE, "F8", QT_TRANSLATE_NOOP("Shortcuts", "Ẩn/hiện cột nội dung và biểu quyết")),
    (LIVE, "Alt+PgUp / Alt+PgDown", QT_TRANSLATE_NOOP(
        "Shortcuts", "Nội dung chương trình trước / sau (nơi ghi ý kiến mới)")),
    (LIVE, "Ctrl+Enter", QT_TRANSLATE_NOOP(
        "Shortcuts", "Ghi ý kiến kèm giờ hiện tại và xóa ô để ghi tiếp")),
    (LIVE, "Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Chuyển ý kiến đang chọn thành kết luận")),
    (LIVE, "Ctrl+B", QT_TRANSLATE_NOOP("Shortcuts", "Nhập biểu quyết")),
    (LIVE, "Ctrl+G", QT_TRANSLATE_NOOP("Shortcuts", "Thêm nội dung chương trình")),
    (LIVE, "Ctrl+J", QT_TRANSLATE_NOOP(
        "Shortcuts", "Nhiệm vụ của các cuộc họp trước (Enter: cập nhật tình trạng)")),
    (CONCLUSIONS, "Ctrl+Shift+K", QT_TRANSLATE_NOOP("Shortcuts", "Thêm kết luận")),
    (CONCLUSIONS, "Ins", QT_TRANSLATE_NOOP("Shortcuts", "Thêm ý a), b), c)… vào kết luận")),
    (CONCLUSIONS, "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Thêm nhiệm vụ")),
    (DOCUMENTS, "Ctrl+Shift+W", QT_TRANSLATE_NOOP("Shortcuts", "Xuất Word")),
    (DOCUMENTS, "Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "Xuất PDF")),
    (DOCUMENTS, "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "In")),
    (DOCUMENTS, "Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "Mở thư mục chứa tệp đã xuất")),
    (DOCUMENTS, "Ctrl+Shift+K", QT_TRANSLATE_NOOP("Shortcuts", "Ký số tệp PDF đã xuất")),
    (DOCUMENTS, "Ctrl+Shift+J", QT_TRANSLATE_NOOP("Shortcuts", "Kiểm tra chữ ký số của tệp PDF")),
]


def translated_shortcuts() -> list[tuple[str, str, str]]:
    """SHORTCUTS in the interface language."""
    translate = QCoreApplication.translate
    return [(translate("Shortcuts", group), keys, translate("Shortcuts", text))
            for group, keys, text in SHORTCUTS]
