"""Settings → “Máy chủ văn phòng”: the office server's connection and a connection test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretary_app.storage.database import Store


class OfficeServerPage(QWidget):
    """Host, port, database, user, office code and password (kept in the OS keyring)."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        from secretary_app.office.settings import load_settings

        self.store = store
        saved = load_settings(store.db)
        self.enabled = QCheckBox(self.tr("&Dùng máy chủ văn phòng (sổ đăng ký và lưu trữ chung)"),
                                 objectName="officeEnabled")
        self.host = QLineEdit(objectName="officeHost")
        self.port = QSpinBox(objectName="officePort", minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit(objectName="officeDatabase")
        self.user = QLineEdit(objectName="officeUser")
        self.office = QLineEdit(objectName="officeCode")
        self.password = QLineEdit(objectName="officePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel(objectName="officeStatus", wordWrap=True)
        self.test_button = QPushButton(self.tr("&Kiểm tra kết nối"), objectName="officeTest")
        self.test_button.clicked.connect(self.test_connection)
        self._layout()
        self._show(saved)
        self.enabled.toggled.connect(self._enable)
        self._enable(self.enabled.isChecked())

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Máy &chủ:"), self.host)
        form.addRow(self.tr("&Cổng:"), self.port)
        form.addRow(self.tr("Cơ sở &dữ liệu:"), self.database)
        form.addRow(self.tr("&Tên đăng nhập:"), self.user)
        form.addRow(self.tr("&Mã văn phòng:"), self.office)
        form.addRow(self.tr("Mật &khẩu:"), self.password)
        note = QLabel(self.tr("Mật khẩu được giữ trong kho khóa của hệ điều hành, không lưu vào "
                              "cơ sở dữ liệu hay tệp. Khi mất kết nối, mọi việc vẫn làm được trừ "
                              "cấp số văn bản."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _show(self, saved) -> None:
        self.enabled.setChecked(saved is not None)
        if saved is None:
            return
        self.host.setText(saved.host)
        self.port.setValue(saved.port)
        self.database.setText(saved.database)
        self.user.setText(saved.user)
        self.office.setText(saved.office)
        self.password.setPlaceholderText(self.tr("(đã lưu trong kho khóa; gõ để đổi)"))

    def _enable(self, on: bool) -> None:
        for widget in (self.host, self.port, self.database, self.user, self.office,
                       self.password, self.test_button):
            widget.setEnabled(on)

    def settings(self):
        """The settings shown, or None when the office server is off or incomplete."""
        from secretary_app.office.settings import OfficeSettings

        fields = [w.text().strip() for w in (self.host, self.database, self.user)]
        if not self.enabled.isChecked() or not all(fields):
            return None
        return OfficeSettings(host=fields[0], port=self.port.value(), database=fields[1],
                              user=fields[2], office=self.office.text().strip())

    def test_connection(self) -> bool:
        """Connect once with what is typed; the outcome in the status line."""
        from secretary_app.office.client import OfficeClient
        from secretary_app.office.errors import OfficeError

        settings = self.settings()
        if settings is None:
            self.status.setText(self.tr("Hãy nhập máy chủ, cơ sở dữ liệu và tên đăng nhập."))
            return False
        client = OfficeClient(settings, self.password.text() or None, retry_for=0)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            _, name = client.office()
        except OfficeError as exc:
            self.status.setText(self.tr("Không kết nối được: %1").replace("%1", str(exc)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            client.close()
        self.status.setText(self.tr("Đã kết nối: %1").replace("%1", name))
        return True

    def apply(self) -> None:
        """Keep the connection (password to the keyring) or forget it."""
        from secretary_app.office.session import forget_clients
        from secretary_app.office.settings import save_settings

        save_settings(self.store, self.settings(), self.password.text() or None)
        forget_clients()
