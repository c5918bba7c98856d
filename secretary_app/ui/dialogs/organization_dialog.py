"""First start: a short dialog asking for the organisation whose documents the app prints."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from secretary_app.domain.model import Organization
from secretary_app.ui.dialogs.organization_form import OrganizationForm


class OrganizationDialog(QDialog):
    """Asks for the organisation profile; OK only once the name is filled in."""

    def __init__(self, org: Organization | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hồ sơ cơ quan"))
        self.form = OrganizationForm(org)
        intro = QLabel(self.tr("Thông tin này in ở góc trên bên trái của biên bản và thông báo "
                               "kết luận. Có thể sửa sau trong Cài đặt."), wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.form.is_complete())

    @classmethod
    def edit(cls, parent, org: Organization | None = None) -> Organization | None:
        """Show the dialog; the profile typed, or None when cancelled (tests replace this)."""
        dialog = cls(org, parent)
        return dialog.form.organization() if dialog.exec() == QDialog.DialogCode.Accepted else None
