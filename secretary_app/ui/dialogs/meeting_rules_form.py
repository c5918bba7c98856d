"""The organisation profile's meeting rules: body type, quorum, pass rule, percentage base."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from secretary_app.domain.body_rules import DEFAULTS, Base, BodyType, Threshold
from secretary_app.domain.model import Organization

BODY_TYPES = {
    BodyType.PARTY_CELL: QT_TRANSLATE_NOOP("MeetingRules", "Chi bộ, đảng ủy"),
    BodyType.COUNCIL: QT_TRANSLATE_NOOP("MeetingRules", "Hội đồng nhân dân"),
    BodyType.SCHOOL_COUNCIL: QT_TRANSLATE_NOOP("MeetingRules", "Hội đồng trường"),
    BodyType.ASSOCIATION: QT_TRANSLATE_NOOP("MeetingRules", "Ban chấp hành hội"),
    BodyType.AGENCY: QT_TRANSLATE_NOOP("MeetingRules", "Cơ quan (giao ban)"),
    BodyType.GENERIC: QT_TRANSLATE_NOOP("MeetingRules", "Khác (không kiểm tra)"),
}
THRESHOLDS = {
    Threshold.NONE: QT_TRANSLATE_NOOP("MeetingRules", "không áp dụng"),
    Threshold.MORE_THAN_HALF: QT_TRANSLATE_NOOP("MeetingRules", "quá nửa"),
    Threshold.AT_LEAST_HALF: QT_TRANSLATE_NOOP("MeetingRules", "ít nhất một nửa"),
    Threshold.TWO_THIRDS: QT_TRANSLATE_NOOP("MeetingRules", "ít nhất hai phần ba"),
}
BASES = {
    Base.MEMBERS: QT_TRANSLATE_NOOP("MeetingRules", "tổng số thành viên"),
    Base.PRESENT: QT_TRANSLATE_NOOP("MeetingRules", "số thành viên có mặt"),
    Base.VOTE: QT_TRANSLATE_NOOP("MeetingRules", "số có quyền biểu quyết của từng lần"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingRules", text)


def _combo(name: str, table: dict) -> QComboBox:
    box = QComboBox(objectName=name)
    for value, text in table.items():
        box.addItem(_tr(text), value.value)
    return box


class MeetingRulesForm(QWidget):
    """Rows for a QFormLayout: the body type sets every rule; each rule can then be changed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.body_type = _combo("orgBodyType", BODY_TYPES)
        self.quorum = _combo("orgQuorum", THRESHOLDS)
        self.pass_threshold = _combo("orgPassThreshold", THRESHOLDS)
        self.pass_base = _combo("orgPassBase", BASES)
        self.percent_base = _combo("orgPercentBase", BASES)
        self.body_type.setCurrentIndex(self.body_type.findData(BodyType.GENERIC.value))
        self._apply_defaults()
        self.body_type.currentIndexChanged.connect(self._apply_defaults)

    def add_rows(self, form: QFormLayout) -> None:
        """Put the fields into the profile's form."""
        form.addRow(self.tr("&Loại tập thể họp:"), self.body_type)
        form.addRow(self.tr("Điều kiện &hợp lệ (số có mặt):"), self.quorum)
        form.addRow(self.tr("Biểu quyết thông qua &khi tán thành:"), self.pass_threshold)
        form.addRow(self.tr("… tính trê&n:"), self.pass_base)
        form.addRow(self.tr("Tỷ lệ % tính t&rên:"), self.percent_base)

    def _apply_defaults(self) -> None:
        rules = DEFAULTS[BodyType(self.body_type.currentData())]
        self._choose(self.quorum, rules.quorum)
        self._choose(self.pass_threshold, rules.pass_threshold)
        self._choose(self.pass_base, rules.pass_base)
        self._choose(self.percent_base, rules.percent_base)

    @staticmethod
    def _choose(box: QComboBox, value) -> None:
        box.setCurrentIndex(max(box.findData(str(value)), 0))

    def load(self, org: Organization) -> None:
        """Show a profile's rules."""
        self._choose(self.body_type, org.body_type or BodyType.GENERIC)
        rules = org.rules
        self._choose(self.quorum, rules.quorum)
        self._choose(self.pass_threshold, rules.pass_threshold)
        self._choose(self.pass_base, rules.pass_base)
        self._choose(self.percent_base, rules.percent_base)

    def store(self, org: Organization) -> None:
        """Write the chosen rules into a profile ('' where a rule is the type's default)."""
        org.body_type = self.body_type.currentData()
        default = DEFAULTS[BodyType(org.body_type)]
        quorum, threshold = self.quorum.currentData(), self.pass_threshold.currentData()
        base, percent = self.pass_base.currentData(), self.percent_base.currentData()
        org.quorum_rule = "" if quorum == default.quorum else quorum
        same_pass = (threshold, base) == (default.pass_threshold, default.pass_base)
        org.pass_rule = "" if same_pass else f"{threshold}/{base}"
        org.percent_base = "" if percent == default.percent_base else percent
