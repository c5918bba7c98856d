"""Tìm kiếm: search every meeting as you type; choosing a result opens that place."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from secretary_app.storage.database import Store
from secretary_app.storage.faults import StorageError
from secretary_app.storage.search import SearchHit, SearchResults, search
from secretary_app.ui.store_signals import StoreSignals

LIMIT = 100
MARK = ('<span style="background-color:#ffe58a; font-weight:bold">', "</span>")
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
Opener = Callable[[int, str, int | None], object]


def hit_html(hit: SearchHit) -> str:
    """Two lines: date, meeting title and where; then the snippet, matches marked. All escaped."""
    title = hit.meeting_title if len(hit.meeting_title) <= 110 else hit.meeting_title[:109] + "…"
    return (f"<b>{hit.meeting_date:%d/%m/%Y}</b> · {html.escape(title)}"
            f" — <i>{html.escape(hit.where)}</i><br>{hit.snippet.to_html(*MARK)}")


class SearchResultsModel(QAbstractListModel):
    """The hits of one search; plain text for display and tests, HTML for the delegate."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_results(self, hits: list[SearchHit]) -> None:
        """Show these hits."""
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.meeting_date:%d/%m/%Y} {hit.meeting_title} — {hit.where}: " \
                   f"{hit.snippet.marked()}"
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.meeting_title
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text (already escaped) as rich text."""

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        self._document(option, index).drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchPanel(QDialog):
    """A search box over every meeting; Enter or a double click opens the chosen result."""

    def __init__(self, store: Store, signals: StoreSignals, opener: Opener,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.opener = store, opener
        self.setObjectName("searchPanel")
        self.setWindowTitle(self.tr("Tìm kiếm"))
        self.model = SearchResultsModel(self)
        self._build()
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self.timer.start())
        signals.changed.connect(self._on_changes)
        self.resize(760, 560)

    def _build(self) -> None:
        self.query = QLineEdit(objectName="searchQuery", clearButtonEnabled=True)
        self.query.setPlaceholderText(self.tr(
            "Tên người, đơn vị, nội dung ý kiến, kết luận… (không cần gõ dấu)"))
        self.query.returnPressed.connect(self.open_selected)
        self.query.installEventFilter(self)
        self.results = QListView(objectName="searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._open_index)
        self.status = QLabel(objectName="searchStatus")
        layout = QVBoxLayout(self)
        for widget in (self.query, self.results, self.status):
            layout.addWidget(widget)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Down arrow in the box moves into the results."""
        if (watched is self.query and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        """Search for what is in the box now and show the results."""
        self.timer.stop()
        text = self.query.text()
        try:
            results = search(self.store.db, text, LIMIT) if text.strip() else SearchResults([])
        except StorageError as exc:
            self.model.set_results([])
            self.status.setText(self.tr("Không tìm được: %1").replace("%1", str(exc)))
            return
        self.model.set_results(results.hits)
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
        self.status.setText(self._summary(text, results))

    def _summary(self, text: str, results: SearchResults) -> str:
        if not text.strip():
            return ""
        if not results.hits:
            return self.tr("Không tìm thấy kết quả nào.")
        if results.truncated:
            return self.tr("%1 kết quả mới nhất (còn nữa — thêm từ để thu hẹp).").replace(
                "%1", str(len(results.hits)))
        return self.tr("%1 kết quả.").replace("%1", str(len(results.hits)))

    def open_selected(self) -> None:
        """Open the selected result (the first one when none is selected)."""
        if self.timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        hit: SearchHit = index.data(HIT_ROLE)
        if hit is not None:
            self.opener(hit.meeting_id, hit.page, hit.focus_id)

    def _on_changes(self, changes) -> None:
        if self.isVisible() and self.query.text().strip():
            self.timer.start()

    def start(self) -> None:
        """Show the panel with the cursor in the search box."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()


def open_search(window) -> SearchPanel:
    """Công cụ → Tìm kiếm: the main window's (single) search panel."""
    panel = window.findChild(SearchPanel, "searchPanel")
    if panel is None:
        panel = SearchPanel(window.store, window.signals, window.open_meeting, window)
    panel.start()
    return panel
