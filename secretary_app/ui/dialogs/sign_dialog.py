"""Ký số: where the key is (a .p12 file or a USB token), its password or PIN, the images."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretary_app.signing.credentials import Credentials


@dataclass(frozen=True)
class SignChoice:
    """What the user chose: the key, the images, the signed file."""

    credentials: Credentials
    signer_image: Path | None
    seal_image: Path | None
    output: Path


class SignDialog(QDialog):
    """Asks for the .p12 file or the token (module, slot), the password or PIN, the images."""

    def __init__(self, source: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký số tệp PDF"))
        self.use_p12 = QRadioButton(self.tr("Tệp chứng thư số (.p12, .pfx)"), checked=True)
        self.use_token = QRadioButton(self.tr("Token USB (PKCS#11)"))
        self.p12 = self._path_field(self.tr("Chứng thư số (*.p12 *.pfx)"))
        self.module = self._path_field(self.tr("Thư viện PKCS#11 (*.so *.dll *.dylib)"))
        self.module.edit.setPlaceholderText(self.tr("tệp .dll / .so do nhà cung cấp token cài"))
        self.slot = QSpinBox(minimum=0, maximum=255)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="signSecret")
        self.signer_image = self._path_field(self.tr("Ảnh PNG (*.png)"))
        self.seal_image = self._path_field(self.tr("Ảnh PNG (*.png)"))
        self.output = QLineEdit(str(source.with_name(f"{source.stem}-da-ky.pdf")))
        self._layout()
        self.use_p12.toggled.connect(self._method_changed)
        self._method_changed()

    def _path_field(self, filters: str) -> QWidget:
        row = QWidget()
        row.edit = QLineEdit()
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(lambda: self._browse(row.edit, filters))
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(row.edit, 1)
        box.addWidget(browse)
        return row

    def _browse(self, edit: QLineEdit, filters: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), edit.text(), filters)
        if path:
            edit.setText(path)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.use_p12)
        form.addRow(self.tr("Tệp .p12:"), self.p12)
        form.addRow(self.use_token)
        form.addRow(self.tr("Thư viện token:"), self.module)
        form.addRow(self.tr("Khe token:"), self.slot)
        form.addRow(self.tr("Mật khẩu / mã PIN:"), self.secret)
        form.addRow(self.tr("Ảnh chữ ký (xanh):"), self.signer_image)
        form.addRow(self.tr("Ảnh con dấu (đỏ):"), self.seal_image)
        form.addRow(self.tr("Lưu tệp đã ký:"), self.output)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _method_changed(self) -> None:
        p12 = self.use_p12.isChecked()
        self.p12.setEnabled(p12)
        self.module.setEnabled(not p12)
        self.slot.setEnabled(not p12)

    def choice(self) -> SignChoice:
        """What the form says."""
        def path(row) -> Path | None:
            text = row.edit.text().strip()
            return Path(text) if text else None

        p12 = self.use_p12.isChecked()
        credentials = Credentials(p12=path(self.p12) if p12 else None,
                                  module=None if p12 else self.module.edit.text().strip(),
                                  slot=self.slot.value(), secret=self.secret.text())
        return SignChoice(credentials, path(self.signer_image), path(self.seal_image),
                          Path(self.output.text().strip()))

    @classmethod
    def ask(cls, parent, source: Path) -> SignChoice | None:
        """Show the dialog; the choice, or None when cancelled (tests replace this)."""
        dialog = cls(source, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
