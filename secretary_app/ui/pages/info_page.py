"""The Information page: title, kind, dates, times, place, purpose, chair and secretary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from secretary_app.domain.enums import MeetingKind, Role
from secretary_app.domain.text import clean_text
from secretary_app.storage.changes import Noun
from secretary_app.storage.finalise import is_finalised
from secretary_app.storage.meetings import load_meeting
from secretary_app.ui.commands import update_info
from secretary_app.ui.date_box import DateBox
from secretary_app.ui.labels import KIND, label
from secretary_app.ui.pages.base import MeetingPage
from secretary_app.ui.role_commands import set_role_command

NO_DATE = QDate(2000, 1, 1)
TIME_PATTERN = QRegularExpression(r"^$|^([01]?\d|2[0-3]):[0-5]\d$")


def plain_box(object_name: str, lines: int) -> QPlainTextEdit:
    """A plain-text box about `lines` lines high; Tab moves on."""
    box = QPlainTextEdit(objectName=object_name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def date_box(object_name: str, optional: bool) -> QDateEdit:
    """A date field dd/mm/yyyy with a calendar; an optional one shows blank for 'none'."""
    box = DateBox(objectName=object_name, calendarPopup=True, displayFormat="dd/MM/yyyy")
    if optional:
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(" ")
    return box


class InfoPage(MeetingPage):
    """Edits the meeting's information; every change is stored half a second after typing."""

    nouns = frozenset({Noun.MEETING_INFO, Noun.ATTENDEES})

    def __init__(self, store, signals, undo_stack, parent=None):
        super().__init__(store, signals, undo_stack, parent)
        self.meeting = None
        self.locked = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.flush)
        self._build()

    def _build(self) -> None:
        self.title_edit = plain_box("titleEdit", 3)
        self.kind_combo = QComboBox(objectName="kindCombo")
        for kind in MeetingKind:
            self.kind_combo.addItem(label(KIND, kind), kind)
        self.date_edit = date_box("dateEdit", optional=False)
        self.end_date_edit = date_box("endDateEdit", optional=True)
        self.start_edit, self.end_edit = self._time_box("startTimeEdit"), self._time_box("endTimeEdit")
        self.location_edit = QLineEdit(objectName="locationEdit")
        self.purpose_edit = plain_box("purposeEdit", 5)
        self.reporting_edit = QLineEdit(objectName="reportingUnitsEdit", placeholderText=self.tr(
            "nghe báo cáo của … (ví dụ: Sở Tài chính, Sở Nội vụ)"))
        self.notifying_edit = QLineEdit(objectName="notifyingBodyEdit", placeholderText=self.tr(
            "khi không phải cơ quan của người ký (ví dụ: Văn phòng Sở)"))
        self.chair_combo = QComboBox(objectName="chairCombo")
        self.secretary_combo = QComboBox(objectName="secretaryCombo")
        self.warning = QLabel(objectName="infoWarning", styleSheet="color: #b00020")
        self._lay_out()
        self._connect()
        self.setFocusProxy(self.title_edit)  # the field one types in first

    def _time_box(self, name: str) -> QLineEdit:
        box = QLineEdit(objectName=name, placeholderText=self.tr("giờ:phút"))
        box.setValidator(QRegularExpressionValidator(TIME_PATTERN, box))
        box.setMaximumWidth(90)
        return box

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        dates, times = QHBoxLayout(), QHBoxLayout()
        dates.addWidget(self.date_edit)
        dates.addWidget(QLabel(self.tr("đến ngày")))
        dates.addWidget(self.end_date_edit)
        dates.addStretch()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("đến")))
        times.addWidget(self.end_edit)
        times.addStretch()
        form.addRow(self.tr("Tên c&uộc họp:"), self.title_edit)
        form.addRow(self.tr("&Loại:"), self.kind_combo)
        form.addRow(buddy(self.tr("&Ngày:"), self.date_edit), dates)
        form.addRow(buddy(self.tr("Giờ họ&p:"), self.start_edit), times)
        form.addRow(self.tr("Đị&a điểm:"), self.location_edit)
        form.addRow(self.tr("&Mục đích:"), self.purpose_edit)
        form.addRow(self.tr("Đơn vị &báo cáo:"), self.reporting_edit)
        form.addRow(self.tr("Cơ &quan thông báo:"), self.notifying_edit)
        form.addRow(self.tr("Chủ t&rì:"), self.chair_combo)
        form.addRow(self.tr("Thư &ký:"), self.secretary_combo)
        form.addRow("", self.warning)

    def _connect(self) -> None:
        for box in (self.title_edit, self.purpose_edit):
            box.textChanged.connect(self._changed)
        for box in (self.start_edit, self.end_edit, self.location_edit, *self._lines()):
            box.textEdited.connect(self._changed)
            box.editingFinished.connect(self.flush)
        for box in (self.date_edit, self.end_date_edit):
            box.dateChanged.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.chair_combo.activated.connect(lambda _i: self._pick(Role.CHAIR, self.chair_combo))
        self.secretary_combo.activated.connect(
            lambda _i: self._pick(Role.SECRETARY, self.secretary_combo))

    def _lines(self) -> tuple[QLineEdit, ...]:
        """The one-line text fields the notice prints (reporting units, notifying body)."""
        return (self.reporting_edit, self.notifying_edit)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._timer.start()

    def values(self) -> dict:
        """The information as the widgets show it now (invalid or unfinished fields left out)."""
        out = {"title": " ".join(clean_text(self.title_edit.toPlainText()).split()),
               "kind": self.kind_combo.currentData(),
               "date": self.date_edit.date().toPython(),
               "location": clean_text(self.location_edit.text()).strip(),
               "purpose": clean_text(self.purpose_edit.toPlainText()).strip(),
               "reporting_units": clean_text(self.reporting_edit.text()).strip(),
               "notifying_body": clean_text(self.notifying_edit.text()).strip()}
        end = self.end_date_edit.date()
        out["end_date"] = None if end == NO_DATE else end.toPython()
        for field, box in (("start_time", self.start_edit), ("end_time", self.end_edit)):
            if box.hasAcceptableInput():
                out[field] = normal_time(box.text())
        return out

    def flush(self) -> None:
        """Store the fields that differ from the stored meeting (one undo step per field)."""
        self._timer.stop()
        if self.meeting is None or self.meeting_id != self.meeting.id or self.locked:
            return
        values = self.values()
        self._warn(values)
        if values["end_date"] is not None and values["end_date"] < values["date"]:
            del values["end_date"]
        for field, value in values.items():
            old = getattr(self.meeting, field)
            if value != old:
                setattr(self.meeting, field, value)
                self.undo_stack.push(update_info(self.tr("Sửa thông tin cuộc họp"), self.store,
                                                 self.meeting.id, {field: value}, {field: old}))

    def _warn(self, values: dict) -> None:
        problems = []
        if not values["title"]:
            problems.append(self.tr("Cuộc họp chưa có tên."))
        if values["end_date"] is not None and values["end_date"] < values["date"]:
            problems.append(self.tr("Ngày kết thúc trước ngày bắt đầu: chưa lưu ngày kết thúc."))
        self.warning.setText(" ".join(problems))

    def reload(self) -> None:
        """Show the stored information (fields being typed in keep their text)."""
        self.setEnabled(self.meeting_id is not None)
        if self.meeting_id is None:
            self.meeting = None
            return
        self.meeting = load_meeting(self.store.db, self.meeting_id)
        self.set_locked(is_finalised(self.store.db, self.meeting_id))
        self._loading = True
        try:
            self._show(self.meeting)
        finally:
            self._loading = False

    def set_locked(self, locked: bool) -> None:
        """Finalised minutes: the information is shown but cannot be changed."""
        self.locked = locked
        for box in (self.title_edit, self.purpose_edit, self.location_edit, self.start_edit,
                    self.end_edit, *self._lines()):
            box.setReadOnly(locked)
        for box in (self.kind_combo, self.date_edit, self.end_date_edit, self.chair_combo,
                    self.secretary_combo):
            box.setEnabled(not locked)

    def _show(self, m) -> None:
        set_plain(self.title_edit, m.title, lambda text: " ".join(clean_text(text).split()))
        set_plain(self.purpose_edit, m.purpose, lambda text: clean_text(text).strip())
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(m.kind))
        self.date_edit.setDate(QDate(m.date))
        self.end_date_edit.setDate(to_date(m.end_date))
        for box, value in ((self.start_edit, m.start_time), (self.end_edit, m.end_time),
                           (self.location_edit, m.location), (self.reporting_edit,
                           m.reporting_units), (self.notifying_edit, m.notifying_body)):
            if clean_text(box.text()).strip() != (value or ""):  # keep a space being typed
                box.setText(value or "")
        self._fill_people(self.chair_combo, m, m.chair)
        self._fill_people(self.secretary_combo, m, m.secretary)
        self._warn(self.values())

    def _fill_people(self, combo: QComboBox, meeting, current: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("— chưa chọn —"), None)
        for a in meeting.attendees:
            if not a.group:
                combo.addItem(f"{a.name} — {a.title}" if a.title else a.name, a.key)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _pick(self, role: Role, combo: QComboBox) -> None:
        if self.meeting is None or self.locked:
            return
        text = self.tr("Chọn chủ trì") if role is Role.CHAIR else self.tr("Chọn thư ký")
        self.undo_stack.push(set_role_command(text, self.store, self.meeting, role,
                                              combo.currentData()))


def buddy(text: str, widget) -> QLabel:
    """A label whose mnemonic (Alt+letter) puts the cursor in widget."""
    label_ = QLabel(text)
    label_.setBuddy(widget)
    return label_


def set_plain(box: QPlainTextEdit, text: str, stored_form) -> None:
    """Replace a box's text only when what it would store differs (the cursor stays put)."""
    if stored_form(box.toPlainText()) != text:
        box.setPlainText(text)


def normal_time(text: str) -> str | None:
    """'8:05' -> '08:05'; '' -> None."""
    if not text:
        return None
    hours, minutes = text.split(":")
    return f"{int(hours):02d}:{minutes}"


def to_date(value: dt.date | None) -> QDate:
    """A QDate for a date (NO_DATE for None)."""
    return QDate(value) if value else NO_DATE
