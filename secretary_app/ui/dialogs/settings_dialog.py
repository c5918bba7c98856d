"""Settings: the organisation profile, the interface language and the office server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.model import Organization
from secretary_app.ui.dialogs.organization_form import OrganizationForm

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language


class SettingsDialog(QDialog):
    """Edits the default organisation and picks the language."""

    def __init__(self, org: Organization | None, language: str, parent=None, store=None):
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
        general = QWidget()
        page = QVBoxLayout(general)
        page.addWidget(box)
        page.addLayout(lang_form)
        self.office_page = None
        layout = QVBoxLayout(self)
        if store is None:
            layout.addWidget(general)
        else:  # the office server page needs the database its connection is kept in
            from secretary_app.ui.dialogs.office_server_page import OfficeServerPage

            self.office_page = OfficeServerPage(store)
            tabs = QTabWidget(objectName="settingsTabs")
            tabs.addTab(general, self.tr("Chung"))
            tabs.addTab(self.office_page, self.tr("Máy chủ văn phòng"))
            layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(560, 0)

    @classmethod
    def edit(cls, parent, org: Organization | None, language: str,
             store=None) -> tuple[Organization | None, str] | None:
        """Show the dialog; (profile or None if its name is empty, language), or None.

        With a store, the office server page is shown and kept on OK."""
        dialog = cls(org, language, parent, store)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.office_page is not None:
            dialog.office_page.apply()
        profile = dialog.form.organization() if dialog.form.is_complete() else None
        return profile, dialog.language.currentData()
