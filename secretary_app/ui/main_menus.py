"""The menu bar of the main window: Tệp, Sửa, Cuộc họp, Công cụ, Cài đặt, Trợ giúp.

Other features add their entries with small edits, e.g.
`window.menus["tools"].addAction(...)`; actions are also kept by name in `window.named_actions`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate
MENU_KEYS = ("file", "edit", "meeting", "tools", "settings", "help")


# The tools open windows of their own: imported on first use, not at start-up.
def act():
    """ui/meeting_actions (its dialogs and the package format), imported on first use."""
    from secretary_app.ui import meeting_actions

    return meeting_actions


def open_search(window):
    from secretary_app.ui.dialogs.search_panel import open_search as opener

    return opener(window)


def open_tasks(window):
    from secretary_app.ui.dialogs.tasks_view import open_tasks as opener

    return opener(window)


def open_register(window):
    from secretary_app.ui.dialogs.register_dialog import open_register as opener

    return opener(window)


def open_directory(window):
    from secretary_app.ui.dialogs.directory_dialog import open_directory as opener

    return opener(window)


def open_office_search(window):
    from secretary_app.ui.dialogs.office_search_dialog import open_office_search as opener

    return opener(window)


def carry_into_current(window):
    from secretary_app.ui.tasks_actions import carry_into_current as carry

    return carry(window)


def _add(window, menu: QMenu, name: str, text: str, slot: Callable[[], object],
         *keys: str) -> QAction:
    action = QAction(text, window, objectName=name)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    window.named_actions[name] = action
    return action


def build_menus(window) -> dict[str, QMenu]:
    """Create every menu and its actions on the window's menu bar."""
    titles = (translate("MainWindow", "&Tệp"), translate("MainWindow", "&Sửa"),
              translate("MainWindow", "Cuộc &họp"), translate("MainWindow", "&Công cụ"),
              translate("MainWindow", "Cà&i đặt"), translate("MainWindow", "Trợ &giúp"))
    menus = {}
    for key, title in zip(MENU_KEYS, titles, strict=True):
        menus[key] = window.menuBar().addMenu(title)
        menus[key].setObjectName(f"{key}Menu")
    _file_menu(window, menus["file"])
    _edit_menu(window, menus["edit"])
    _meeting_menu(window, menus["meeting"])
    _add(window, menus["tools"], "search", translate("MainWindow", "&Tìm kiếm…"),
         lambda: open_search(window), "Ctrl+Shift+F")
    _add(window, menus["tools"], "followup",
         translate("MainWindow", "&Theo dõi thực hiện kết luận"), lambda: open_tasks(window))
    _add(window, menus["tools"], "registerBook",
         translate("MainWindow", "&Sổ đăng ký văn bản đi"), lambda: open_register(window))
    _add(window, menus["tools"], "directory", translate("MainWindow", "Danh &bạ"),
         lambda: open_directory(window))
    _add(window, menus["tools"], "officeSearch",
         translate("MainWindow", "Tìm trong lưu trữ &văn phòng…"),
         lambda: open_office_search(window))
    _add(window, menus["tools"], "openDataFolder",
         translate("MainWindow", "Mở thư mục chứa &dữ liệu"), window.open_data_folder)
    _add(window, menus["settings"], "settings", translate("MainWindow", "&Cài đặt…"),
         window.edit_settings, "Ctrl+,")
    _help_menu(window, menus["help"])
    return menus


def _file_menu(window, menu: QMenu) -> None:
    _add(window, menu, "newMeeting", translate("MainWindow", "Cuộc họp &mới"),
         lambda: act().new_meeting(window), "Ctrl+N")
    _add(window, menu, "newFromPrevious", translate("MainWindow", "Tạo từ cuộc họp t&rước"),
         lambda: act().new_from_previous(window), "Ctrl+Shift+N")
    _add(window, menu, "importPackage", translate("MainWindow", "&Nhập gói cuộc họp (JSON)…"),
         lambda: act().import_package(window), "Ctrl+O")
    _add(window, menu, "exportPackage", translate("MainWindow", "&Xuất gói cuộc họp (JSON)…"),
         lambda: act().export_package(window), "Ctrl+Shift+S")
    menu.addSeparator()
    _add(window, menu, "quit", translate("MainWindow", "&Thoát"), window.close, "Ctrl+Q")


def _edit_menu(window, menu: QMenu) -> None:
    undo = window.undo_stack.createUndoAction(window, translate("MainWindow", "Hoàn tác"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = window.undo_stack.createRedoAction(window, translate("MainWindow", "Làm lại"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for name, action in (("undo", undo), ("redo", redo)):
        action.setObjectName(name)
        menu.addAction(action)
        window.named_actions[name] = action
    menu.addSeparator()
    _add(window, menu, "filterMeetings", translate("MainWindow", "&Lọc danh sách cuộc họp"),
         window.focus_filter, "Ctrl+F")
    _add(window, menu, "focusMeetingList", translate("MainWindow", "&Danh sách cuộc họp"),
         window.focus_meeting_list, "Ctrl+L")
    _add(window, menu, "toggleMeetingList",
         translate("MainWindow", "Ẩn/hiện danh sách cuộc &họp"), window.toggle_meeting_list, "F9")
    _add(window, menu, "captureMode",
         translate("MainWindow", "Ghi toàn màn hình (chỉ diễn biến)"), window.capture.toggle,
         "F11")


def _meeting_menu(window, menu: QMenu) -> None:
    pages = zip(window.editor.pages, window.editor.page_titles(), strict=True)
    for number, (name, title) in enumerate(pages, 1):
        _add(window, menu, f"page_{name}", f"&{number} {title}",
             lambda n=name: window.show_page(n), f"Ctrl+{number}")
    menu.addSeparator()
    _add(window, menu, "newOpinion", translate("MainWindow", "Ý kiến &mới"), window.new_opinion,
         "Ctrl+E")
    _add(window, menu, "carryTasks", translate(
        "MainWindow", "Đưa &nhiệm vụ chưa hoàn thành của cuộc họp trước vào cuộc họp này…"),
         lambda: carry_into_current(window))
    menu.addSeparator()
    _add(window, menu, "deleteMeeting", translate("MainWindow", "&Xóa cuộc họp…"),
         lambda: act().delete_current_meeting(window))


def _help_menu(window, menu: QMenu) -> None:
    _add(window, menu, "shortcuts", translate("MainWindow", "&Phím tắt"), window.show_shortcuts,
         "F1")
    _add(window, menu, "openSample", translate("MainWindow", "Mở cuộc họp &mẫu"),
         lambda: act().open_sample(window))
    menu.addSeparator()
    _add(window, menu, "about", translate("MainWindow", "&Giới thiệu"), window.show_about)
