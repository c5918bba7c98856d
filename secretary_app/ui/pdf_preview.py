"""A PDF shown inside the window (QtPdf), and printing its pages on a QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

PRINT_DPI = 300


class PdfPreview(QWidget):
    """Shows PDF bytes page after page, fitted to the width, keeping the scroll position."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        self.data = b""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)

    def show_pdf(self, data: bytes) -> bool:
        """Display data; False (and the previous pages kept) when it is not a readable PDF."""
        scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.document.status() in (QPdfDocument.Status.Error, QPdfDocument.Status.Null):
            buffer.deleteLater()
            return False
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer, self.data = buffer, data
        self.view.verticalScrollBar().setValue(scroll)
        return True

    def page_count(self) -> int:
        """Pages of the PDF shown (0 when none)."""
        return self.document.pageCount()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of document on printer at PRINT_DPI; returns the pages printed."""
    printer.setFullPage(True)  # the PDF pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            _paint_page(painter, printer, document, index)
    finally:
        painter.end()
    return document.pageCount()


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI))
    image = document.render(index, size)
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
