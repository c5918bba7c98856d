"""Ký số on the Documents page: sign the exported PDF, show what a file's signatures prove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from secretary_app.signing import SigningError
from secretary_app.ui import messages
from secretary_app.ui.dialogs.sign_dialog import SignDialog

translate = QCoreApplication.translate


class DocumentSigning:
    """Mixin of DocumentsPage: needs last_export, status, report_error()."""

    def sign_pdf(self) -> Path | None:
        """Sign the last exported PDF (or one the user picks); the signed file, or None."""
        source = self.last_export
        if source is None or source.suffix.lower() != ".pdf" or not source.is_file():
            source = self.ask_pdf(translate("DocumentsPage", "Chọn tệp PDF để ký số"))
        if source is None:
            return None
        choice = SignDialog.ask(self, source)
        if choice is None:
            return None
        from secretary_app.signing.credentials import open_signer
        from secretary_app.signing.sign import SignOptions, sign_file

        options = SignOptions(signer_image=choice.signer_image, seal_image=choice.seal_image)
        try:
            for image in (choice.signer_image, choice.seal_image):
                if image is not None and not image.is_file():
                    raise SigningError(f"không tìm thấy tệp: {image}")
            with open_signer(choice.credentials) as signer:
                out = sign_file(source, choice.output, signer, options)
        except (SigningError, OSError) as exc:
            self.report_error(translate("DocumentsPage", "Không ký được: %1").replace("%1", str(exc)))
            return None
        self.show_signatures(out)
        return out

    def check_signatures(self) -> bool | None:
        """Pick a PDF and show its signatures; True when all hold, None when cancelled."""
        path = self.ask_pdf(translate("DocumentsPage", "Chọn tệp PDF để kiểm tra chữ ký số"))
        return None if path is None else self.show_signatures(path)

    def show_signatures(self, path: Path) -> bool:
        """Validate against the trust list; the result in the status line and a message."""
        from secretary_app.signing.validate import validate

        try:
            reports = validate(path)
        except SigningError as exc:
            self.report_error(str(exc))
            return False
        ok = bool(reports) and all(r.ok for r in reports)
        if not reports:
            summary = translate("DocumentsPage", "Tệp không có chữ ký số: %1")
        elif ok:
            summary = translate("DocumentsPage", "Mọi chữ ký số đều hợp lệ: %1")
        else:
            summary = translate("DocumentsPage", "Có chữ ký số KHÔNG hợp lệ: %1")
        self.status.setText(summary.replace("%1", str(path)))
        details = "\n".join(line for r in reports for line in r.lines())
        self.show_signature_report(self.status.text() + ("\n\n" + details if details else ""))
        return ok

    def ask_pdf(self, title: str) -> Path | None:
        """The open dialog for a PDF (tests replace this method)."""
        return messages.ask_open_path(self, title, translate("DocumentsPage", "PDF (*.pdf)"))

    def show_signature_report(self, text: str) -> None:
        """The validation result in a message box (tests replace this method)."""
        messages.show_info(self, translate("DocumentsPage", "Chữ ký số"), text)
