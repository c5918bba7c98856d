"""What the Documents page produces: the preview, the exported files, the printed pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from secretary_app.documents.export import build_document, export_document, to_pdf_bytes
from secretary_app.domain.signing_rules import missing_signer
from secretary_app.fileio import ExportError
from secretary_app.storage.exports import new_stamp
from secretary_app.storage.finalise import record_export
from secretary_app.storage.sealed import SealBrokenError
from secretary_app.ui import messages
from secretary_app.ui.pages.document_fields import suggested_file_name
from secretary_app.ui.pdf_preview import print_pdf

translate = QCoreApplication.translate
FIRST_PAGE_BLOCKS = 12  # more than page 1 of any minutes holds; the rest is drawn right after


class DocumentOutput:
    """Mixin of DocumentsPage: needs current_meeting(), kind, preview, status, flush()."""

    def refresh_preview(self, first_page_first: bool = False) -> bool:
        """Render the document as PDF and show it; False when it could not be drawn.

        With first_page_first, while page 1 is in sight (the page just opened, or scrolled to
        the top) it comes first: the opening blocks are drawn and shown, the whole document a
        moment later."""
        meeting = self.current_meeting()
        if meeting is None:
            return False
        self._preview_stale = False
        try:
            document = build_document(meeting, self.kind)
            at_top = self.preview.view.verticalScrollBar().value() == 0  # page 1 in sight
            if first_page_first and at_top and len(document.blocks) > FIRST_PAGE_BLOCKS:
                opening = dataclasses.replace(document, blocks=document.blocks[:FIRST_PAGE_BLOCKS])
                self.preview.show_pdf(to_pdf_bytes(opening))
                QTimer.singleShot(0, lambda: self._show_whole(document))
                return True
            return self.preview.show_pdf(to_pdf_bytes(document))
        except Exception as exc:  # a renderer bug must not take the page down
            self._preview_failed(exc)
            return False

    def _show_whole(self, document) -> None:
        try:
            self.preview.show_pdf(to_pdf_bytes(document))
        except Exception as exc:  # noqa: BLE001 - as refresh_preview
            self._preview_failed(exc)

    def _preview_failed(self, exc: Exception) -> None:
        why = translate("DocumentsPage", "Không vẽ được bản xem trước: %1")
        self.status.setText(why.replace("%1", str(exc)))

    def export(self, fmt: str) -> Path | None:
        """Ask where, then write the document as 'docx' or 'pdf'; the path, or None."""
        self.flush(force=True)
        why = translate("DocumentsPage", "Không xuất được tệp: %1")
        try:
            meeting = self.current_meeting()
        except SealBrokenError as exc:  # finalised minutes changed behind the app's back
            self.report_error(why.replace("%1", str(exc)))
            return None
        target = self.ask_export_path(fmt) if meeting is not None else None
        if target is None:
            return None
        stamp = new_stamp(self.store.db, self.meeting_id)
        try:
            path = export_document(meeting, self.kind, fmt, target, stamp=stamp)
        except ExportError as exc:
            self.report_error(why.replace("%1", str(exc)))
            return None
        record_export(self.store, self.meeting_id, path, stamp)
        self.last_export, self.export_folder = path, path.parent
        self.open_folder_action.setEnabled(True)
        done = translate("DocumentsPage", "Đã xuất: %1").replace("%1", str(path))
        if missing_signer(meeting, meeting.document(self.kind)):
            done += " " + translate("DocumentsPage", "Lưu ý: văn bản chưa có người ký (in dòng "
                                    "chấm để ký tay); điền họ tên người ký ở trang Văn bản.")
        self.status.setText(done)
        return path

    def ask_export_path(self, fmt: str) -> Path | None:
        """The save dialog (tests replace this method)."""
        name = suggested_file_name(self.meeting, self.kind, fmt)
        wanted = (translate("DocumentsPage", "Tài liệu Word (*.docx)") if fmt == "docx"
                  else translate("DocumentsPage", "PDF (*.pdf)"))
        path = messages.ask_save_path(self, translate("DocumentsPage", "Xuất văn bản"),
                                      str(self.export_folder / name), wanted)
        if path is None:
            return None
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")

    def print_document(self) -> int:
        """Print the document as previewed; returns the pages sent to the printer."""
        if not self.refresh_preview():
            return 0
        printer = self.ask_printer()
        return 0 if printer is None else print_pdf(self.preview.document, printer)

    def ask_printer(self) -> QPrinter | None:
        """The print dialog (tests replace this method)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_folder(self) -> None:
        """Show the folder of the last exported file in the file manager."""
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
