"""The form of one issued document: number, signer, recipients (Nơi nhận) and the Lưu line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.enums import Authority
from secretary_app.domain.text import clean_text
from secretary_app.ui.pages.document_fields import SIGNER_FIELDS, archive_text, recipient_lines


class DocumentForm(QWidget):
    """Edits a document row; `edited` on typing, `committed` when a field is left or chosen."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = QLabel(objectName="documentNumber")
        self.authority = QComboBox(objectName="signerAuthority")
        self.authority_title = QLineEdit(objectName="signerAuthorityTitle")
        self.title = QLineEdit(objectName="signerTitle")
        self.name = QLineEdit(objectName="signerName")
        self.recipients = QPlainTextEdit(objectName="documentRecipients")
        self.archive = QLineEdit(objectName="documentArchive")
        self._loading = False
        self._setup()
        self._layout()

    def _setup(self) -> None:
        self.authority.addItem(self.tr("(ký trực tiếp)"), Authority.NONE.value)
        for authority in list(Authority)[1:]:
            self.authority.addItem(authority.value, authority.value)
        self.authority_title.setPlaceholderText(self.tr("GIÁM ĐỐC"))
        self.title.setPlaceholderText(self.tr("PHÓ GIÁM ĐỐC"))
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận, ví dụ:\n"
                                                   "Ban Giám đốc Sở;\nCác phòng thuộc Sở;"))
        self.recipients.setTabChangesFocus(True)
        self.archive.setPlaceholderText(self.tr("VT, VP"))
        for line in (self.authority_title, self.title, self.name, self.archive):
            line.textEdited.connect(self.edited)
            line.editingFinished.connect(self.committed)
        self.recipients.textChanged.connect(self._text_changed)
        self.recipients.installEventFilter(self)
        self.authority.activated.connect(self.committed)

    def _layout(self) -> None:
        signer = QGroupBox(self.tr("Người ký"))
        form = QFormLayout(signer)
        for label, field in ((self.tr("&Quyền hạn ký:"), self.authority),
                             (self.tr("Chức vụ được ký tha&y:"), self.authority_title),
                             (self.tr("Chức vụ người &ký:"), self.title),
                             (self.tr("Họ và tê&n:"), self.name)):
            form.addRow(self._buddy(label, field), field)
        self.signer_box = signer
        rest = QFormLayout()
        rest.addRow(self._buddy(self.tr("Nơi nhận:"), self.recipients), self.recipients)
        rest.addRow(self._buddy(self.tr("&Lưu:"), self.archive), self.archive)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.number)
        box.addWidget(signer)
        box.addLayout(rest, 1)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def set_values(self, values: dict, number: str, signer_frozen: bool) -> None:
        """Show a row's values; a registered document shows its number, its signer read-only."""
        self._loading = True
        self.authority.setCurrentIndex(max(0, self.authority.findData(values["signer_authority"])))
        for line, key in zip((self.authority_title, self.title, self.name), SIGNER_FIELDS[1:],
                             strict=True):
            if line.text() != values[key]:
                line.setText(values[key])
        text = "\n".join(values["recipients"])
        if recipient_lines(self.recipients.toPlainText()) != values["recipients"]:
            self.recipients.setPlainText(text)
        if archive_text(self.archive.text()) != values["archive"]:
            self.archive.setText(values["archive"])
        self.number.setText(number or self.tr("Chưa cấp số (bản dự thảo)"))
        self.signer_box.setEnabled(not signer_frozen)
        self._loading = False

    def values(self) -> dict:
        """The typed values as document columns."""
        out = {"signer_authority": self.authority.currentData() or "",
               "signer_authority_title": clean_text(self.authority_title.text()).strip(),
               "signer_title": clean_text(self.title.text()).strip(),
               "signer_name": clean_text(self.name.text()).strip()}
        out["has_signer"] = int(any(out[k] for k in SIGNER_FIELDS))
        out["recipients"] = recipient_lines(self.recipients.toPlainText())
        out["archive"] = archive_text(self.archive.text())
        return out

    def _text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the recipients box stores it."""
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.committed.emit()
        return super().eventFilter(watched, event)
