"""Công cụ → “Tìm trong lưu trữ văn phòng”: the office's finalised minutes, and a colleague's
meeting opened read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from secretary_app.office.errors import OfficeError

COLUMNS = 5  # date, title, secretary, published by, version
translate = QCoreApplication.translate


class OfficeSearchDialog(QDialog):
    """A query box, the matching meetings (newest first) and “Mở (chỉ đọc)”."""

    def __init__(self, window, client):
        super().__init__(window)
        self.window_, self.client, self.hits = window, client, []
        self.setWindowTitle(self.tr("Tìm trong lưu trữ văn phòng"))
        self.query = QLineEdit(objectName="officeQuery", clearButtonEnabled=True)
        self.query.setPlaceholderText(self.tr("Từ cần tìm (không cần dấu), Enter để tìm"))
        self.query.returnPressed.connect(self.search)
        self.table = QTableWidget(0, COLUMNS, objectName="officeHits")
        self.table.setHorizontalHeaderLabels([
            self.tr("Ngày"), self.tr("Tên cuộc họp"), self.tr("Thư ký"), self.tr("Người gửi"),
            self.tr("Phiên bản")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.status = QLabel(objectName="officeSearchStatus", wordWrap=True)
        self.open_button = QPushButton(self.tr("&Mở (chỉ đọc)"), objectName="officeOpen")
        self.open_button.clicked.connect(self.open_selected)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(900, 480)

    def search(self) -> None:
        """Ask the office server; the hits in the table, or why not in the status line."""
        from secretary_app.office.archive_server import search_archive

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            office_id, _ = self.client.office()
            text = self.query.text()
            self.hits = self.client.run(lambda c: search_archive(c, office_id, text))
        except OfficeError as exc:
            self.status.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.table.setRowCount(len(self.hits))
        for r, hit in enumerate(self.hits):
            cells = (f"{hit.date:%d/%m/%Y}", hit.title, hit.secretary, hit.published_by,
                     str(hit.version))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.setText(self.tr("Tìm thấy %1 cuộc họp.").replace("%1", str(len(self.hits))))
        if self.hits:
            self.table.selectRow(0)

    def open_selected(self) -> int | None:
        """Copy the chosen meeting here, finalised (read-only), and show it; its local id."""
        from secretary_app.office.copies import open_copy

        row = self.table.currentRow()
        if not 0 <= row < len(self.hits):
            return None
        hit = self.hits[row]
        try:
            meeting_id, _same = open_copy(self.window_.store, self.client, hit.meeting_uid,
                                          hit.version)
        except OfficeError as exc:
            self.status.setText(str(exc))
            return None
        self.window_.open_meeting(meeting_id)
        self.status.setText(self.tr("Đã mở bản chỉ đọc của “%1”.").replace("%1", hit.title))
        return meeting_id


def open_office_search(window) -> OfficeSearchDialog | None:
    """Công cụ → Tìm trong lưu trữ văn phòng (non-modal); a message without an office server."""
    from secretary_app.office.session import client_for
    from secretary_app.ui import messages

    client = client_for(window.store.db)
    if client is None:
        messages.show_info(window, translate("OfficeSearchDialog", "Tìm trong lưu trữ văn phòng"),
                           translate("OfficeSearchDialog", "Máy này chưa kết nối máy chủ văn "
                                     "phòng: vào Cài đặt → Máy chủ văn phòng."))
        return None
    dialog = OfficeSearchDialog(window, client)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
