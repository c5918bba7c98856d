"""The selected meeting's editor: a list of pages on the side and the pages stacked beside it."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QWidget

PAGE_NAMES = ("info", "attendees", "proceedings", "conclusions", "documents")
# each page's module and class: imported and built when the page is first shown or asked for
PAGE_CLASSES = {
    "info": ("secretary_app.ui.pages.info_page", "InfoPage"),
    "attendees": ("secretary_app.ui.pages.attendees_page", "AttendeesPage"),
    "proceedings": ("secretary_app.ui.pages.proceedings_page", "ProceedingsPage"),
    "conclusions": ("secretary_app.ui.pages.conclusions_page", "ConclusionsPage"),
    "documents": ("secretary_app.ui.pages.documents_page", "DocumentsPage"),
}


class LazyPages(Mapping):
    """The editor's pages by name; a page (and its module) is built on first access."""

    def __init__(self, build):
        self._build = build
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in self.built:
            if name not in PAGE_CLASSES:
                raise KeyError(name)
            self.built[name] = self._build(name)
        return self.built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)


class MeetingEditor(QWidget):
    """Pages Thông tin, Thành phần tham dự, Diễn biến, Kết luận, Văn bản (Ctrl+1 … Ctrl+5).

    A page is built when first shown (or asked for): at start-up at most the one shown.
    """

    def __init__(self, store, signals, undo_stack, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._page_args = (store, signals, undo_stack)
        self.page_list = QListWidget(objectName="pageList")
        self.stack = QStackedWidget(objectName="pageStack")
        self.pages = LazyPages(self._build_page)
        for number, title in enumerate(self.page_titles(), 1):
            self.page_list.addItem(title)
            self.page_list.item(number - 1).setToolTip(f"Ctrl+{number}")
        self.page_list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 12)
        self.page_list.currentRowChanged.connect(self._on_row)
        self.page_list.setCurrentRow(0)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.page_list)
        row.addWidget(self.stack, 1)
        self.hint = QLabel(self.tr(
            "Chưa chọn cuộc họp.\n\nCtrl+N: tạo cuộc họp mới\nCtrl+O: nhập gói cuộc họp\n"
            "Trợ giúp → Mở cuộc họp mẫu: xem một cuộc họp đã ghi đầy đủ"), objectName="editorHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.hint)
        self.outer.addWidget(body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)
        self.set_meeting(None)

    def _build_page(self, name: str) -> QWidget:
        module, cls = PAGE_CLASSES[name]
        page = getattr(importlib.import_module(module), cls)(*self._page_args)
        self.stack.addWidget(page)
        page.set_meeting(self.meeting_id)
        return page

    def _on_row(self, row: int) -> None:
        name = PAGE_NAMES[row] if row >= 0 else None
        # with no meeting the hint is shown: a page not built yet can wait for one
        if name is not None and (self.meeting_id is not None or name in self.pages.built):
            self.stack.setCurrentWidget(self.pages[name])

    def page_titles(self) -> list[str]:
        """The pages' names as the side list shows them."""
        return [self.tr("Thông tin"), self.tr("Thành phần tham dự"), self.tr("Diễn biến"),
                self.tr("Kết luận"), self.tr("Văn bản")]

    def meeting_pages(self) -> list[QWidget]:
        """The pages built so far (a page not yet built has nothing to show or store)."""
        return list(self.pages.built.values())

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting on every built page (after storing what was being typed)."""
        self.flush()
        self.meeting_id = meeting_id
        for page in self.meeting_pages():
            page.set_meeting(meeting_id)
        if meeting_id is not None:
            self._on_row(self.page_list.currentRow())  # builds the page shown (first time)
        self.outer.setCurrentIndex(0 if meeting_id is None else 1)

    def flush(self) -> None:
        """Store whatever is being typed on any built page."""
        for page in self.meeting_pages():
            page.flush()

    def show_page(self, name: str, row_id: int | None = None) -> QWidget:
        """Bring a page to the front, keyboard in it; select a row on it when the page can."""
        page = self.pages[name]
        if self.stack.currentWidget() is not page:
            self.page_list.setCurrentRow(PAGE_NAMES.index(name))
            self.focus_page()
        page = self.pages[name]
        if row_id is not None and hasattr(page, "show_row"):
            page.show_row(row_id)
        return page

    def focus_page(self) -> None:
        """Put the keyboard in the page shown (its focus proxy: the field one types in first)."""
        page = self.stack.currentWidget()
        if page is None:
            return
        if page.focusProxy() is not None:
            page.setFocus()
        else:
            page.focusNextChild()

    def current_page_name(self) -> str:
        """The name of the page shown."""
        return PAGE_NAMES[self.page_list.currentRow()]
