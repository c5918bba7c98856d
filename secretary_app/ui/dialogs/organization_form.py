"""The fields of an organisation profile: parent body, name, abbreviation, place, style, how
the register numbers its documents (series, Party committee term) and the meeting rules."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from secretary_app.domain.enums import DocumentStyle
from secretary_app.domain.model import Organization
from secretary_app.ui.date_box import DateBox
from secretary_app.ui.dialogs.meeting_rules_form import MeetingRulesForm
from secretary_app.ui.labels import STYLE, label


class OrganizationForm(QWidget):
    """Edits an Organization; `organization()` gives it back with the typed values."""

    def __init__(self, org: Organization | None = None, parent=None):
        super().__init__(parent)
        self.base = org
        self.parent_name = QLineEdit(objectName="orgParent")
        self.parent_name.setPlaceholderText(self.tr("ví dụ: UBND TỈNH ĐẮK LẮK"))
        self.name = QLineEdit(objectName="orgName")
        self.name.setPlaceholderText(self.tr("ví dụ: SỞ GIÁO DỤC VÀ ĐÀO TẠO"))
        self.abbreviation = QLineEdit(objectName="orgAbbreviation")
        self.abbreviation.setPlaceholderText(self.tr("ví dụ: SGDĐT"))
        self.place_name = QLineEdit(objectName="orgPlace")
        self.place_name.setPlaceholderText(self.tr("ví dụ: Đắk Lắk"))
        self.style_box = QComboBox(objectName="orgStyle")
        for style in DocumentStyle:
            self.style_box.addItem(label(STYLE, style), style)
        self._numbering_fields()
        form = QFormLayout(self)
        form.addRow(self.tr("Cơ quan &chủ quản:"), self.parent_name)
        form.addRow(self.tr("Tên cơ &quan ban hành:"), self.name)
        form.addRow(self.tr("Chữ &viết tắt:"), self.abbreviation)
        form.addRow(self.tr("Địa &danh:"), self.place_name)
        form.addRow(self.tr("&Thể thức văn bản:"), self.style_box)
        form.addRow(self.tr("Đánh &số văn bản:"), self.numbering)
        form.addRow(self.tr("Nhiệm kỳ cấp ủy &bắt đầu:"), self.term_start)
        self.rules = MeetingRulesForm(self)
        self.rules.hide()  # only its fields are shown, in this form
        self.rules.add_rows(form)
        self.style_box.currentIndexChanged.connect(self._offer_party_rules)
        if org is not None:
            self.parent_name.setText(org.parent_name)
            self.name.setText(org.name)
            self.abbreviation.setText(org.abbreviation)
            self.place_name.setText(org.place_name)
            self.style_box.setCurrentIndex(max(self.style_box.findData(org.style), 0))
            self.numbering.setCurrentIndex(max(self.numbering.findData(org.numbering), 0))
            if org.term_start is not None:
                self.term_start.setDate(QDate(org.term_start))
            self.rules.load(org)
        self._style_changed()

    def _numbering_fields(self) -> None:
        """State style: one series or one per kind; Party style: numbers run per term."""
        self.numbering = QComboBox(objectName="orgNumbering")
        self.numbering.addItem(self.tr("Một dãy số chung cho mọi loại văn bản"), "shared")
        self.numbering.addItem(self.tr("Mỗi loại văn bản một dãy số"), "per_kind")
        self.term_start = DateBox(objectName="orgTermStart")  # Tab leaves it when unset
        self.term_start.setDisplayFormat("dd/MM/yyyy")
        self.term_start.setCalendarPopup(True)
        self.term_start.setMinimumDate(QDate(1930, 1, 1))
        self.term_start.setSpecialValueText(self.tr("chưa đặt"))  # the minimum means "not set"
        self.term_start.setDate(self.term_start.minimumDate())
        self.style_box.currentIndexChanged.connect(self._style_changed)

    def _style_changed(self) -> None:
        party = self.style_box.currentData() == DocumentStyle.PARTY
        self.numbering.setEnabled(not party)
        self.term_start.setEnabled(party)


    def _offer_party_rules(self) -> None:
        """Switching to Party style offers the Party cell's meeting rules (when none chosen)."""
        party = self.style_box.currentData() == DocumentStyle.PARTY
        if party and self.rules.body_type.currentData() == "generic":
            self.rules.body_type.setCurrentIndex(self.rules.body_type.findData("party_cell"))

    def is_complete(self) -> bool:
        """The name of the issuing body is required."""
        return bool(self.name.text().strip())

    def organization(self) -> Organization:
        """The profile as typed (keeps the id and numbering settings of the one edited)."""
        org = Organization(name=self.name.text().strip())
        if self.base is not None:
            org = Organization(**{**vars(self.base), "name": org.name})
        org.parent_name = self.parent_name.text().strip()
        org.abbreviation = self.abbreviation.text().strip()
        org.place_name = self.place_name.text().strip()
        org.style = DocumentStyle(self.style_box.currentData())
        org.numbering = self.numbering.currentData()
        chosen = self.term_start.date()
        org.term_start = None if chosen == self.term_start.minimumDate() else chosen.toPython()
        self.rules.store(org)
        return org
