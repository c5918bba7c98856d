"""Settings: the organisation profile and the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
)

from secretary_app.domain.model import Organization
from secretary_app.ui.dialogs.organization_form import OrganizationForm

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language


class SettingsDialog(QDialog):
    """Edits the default organisation and picks the language."""

    def __init__(self, org: Organization | None, language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cài đặt"))
        self.form = OrganizationForm(org)
        box = QGroupBox(self.tr("Cơ quan ban hành"))
        QVBoxLayout(box).addWidget(self.form)
        self.language = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        lang_form = QFormLayout()
        lang_form.addRow(self.tr("Ngôn ngữ &giao diện:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(lang_form)
        layout.addWidget(buttons)
        self.resize(560, 0)

    @classmethod
    def edit(cls, parent, org: Organization | None,
             language: str) -> tuple[Organization | None, str] | None:
        """Show the dialog; (profile or None if its name is empty, language), or None."""
        dialog = cls(org, language, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        profile = dialog.form.organization() if dialog.form.is_complete() else None
        return profile, dialog.language.currentData()
