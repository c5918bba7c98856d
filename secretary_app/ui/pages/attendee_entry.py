"""The line where attendees are added: a few letters of a name, a pick from the directory."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from secretary_app.domain.model import Attendee
from secretary_app.domain.text import fold
from secretary_app.storage.people import suggest_people
from secretary_app.ui import messages
from secretary_app.ui.folding_completer import FoldingCompleter, Suggestion


def person_line(row: dict) -> str:
    """How a directory entry is offered: name — title, unit."""
    details = ", ".join(part for part in (row["title"], row["organization"]) if part)
    return f"{row['name']} — {details}" if details else row["name"]


class AttendeeEntry(QWidget):
    """Typing a name offers people seen before; Enter adds the attendee with title and unit."""

    addRequested = Signal(object)  # an Attendee to add
    pasteRequested = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self._person: dict | None = None
        self.name_edit = QLineEdit(objectName="attendeeEntry")
        self.name_edit.setPlaceholderText(
            self.tr("Thêm người: gõ vài chữ của tên (không cần dấu), Enter để thêm"))
        self.group_check = QCheckBox(self.tr("Đ&oàn / đại diện"), objectName="groupCheck")
        self.add_button = QPushButton(self.tr("Thêm"), objectName="addAttendeeButton")
        self.paste_button = QPushButton(self.tr("&Dán danh sách"), objectName="pasteButton")
        self.paste_button.setToolTip(self.tr("Dán danh sách tên (mỗi dòng một người, hoặc bảng "
                                             "chép từ Word/Excel) — Ctrl+Shift+V"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name_edit, self.group_check, self.add_button, self.paste_button):
            layout.addWidget(widget)
        self.completer = FoldingCompleter(self.name_edit, self.suggestions)
        self.completer.chosen.connect(self._choose)
        self.name_edit.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        self.paste_button.clicked.connect(self.pasteRequested)

    def suggestions(self, typed: str) -> list[Suggestion]:
        """People from earlier meetings whose name holds the typed letters."""
        return [Suggestion(person_line(r), r["name"], r)
                for r in suggest_people(self.db, typed, limit=12)]

    def _choose(self, row: dict | None) -> None:
        """A suggestion picked: that person is added at once and the box made ready for the next."""
        if row is None:
            return
        if self.name_edit.text():  # chosen with the mouse (Enter in the popup has added it already)
            self._person = row
            self.group_check.setChecked(bool(row["is_group"]))
            self.name_edit.setText(row["name"])
            self.submit()
        QTimer.singleShot(0, self.name_edit.clear)  # the completer writes the name back after us

    def _person_for(self, name: str) -> dict | None:
        if self._person is not None and self._person["name"] == name:
            return self._person
        exact = [r for r in suggest_people(self.db, name, limit=5) if fold(r["name"]) == fold(name)]
        return exact[0] if len(exact) == 1 else None

    def _confirm_new(self, name: str) -> bool:
        """Ask before a new person is made from letters that also start known names."""
        return messages.confirm(self, self.tr("Thêm người mới"), self.tr(
            "«%1» chưa có trong danh bạ, nhưng là một phần tên của người đã biết (chọn họ bằng "
            "mũi tên xuống rồi Enter).\n\nThêm một người mới tên «%1»?").replace("%1", name))

    def submit(self) -> None:
        """Add what is typed (with the directory's title and unit when it is a known person)."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            return
        person = self._person_for(name)
        if person is None and self.suggestions(name) and not self._confirm_new(name):
            return  # a fragment of known names ("kho"): nobody is created by accident
        attendee = Attendee(key="", name=person["name"] if person else name,
                            group=self.group_check.isChecked())
        if person:
            attendee.title, attendee.organization = person["title"], person["organization"]
        self.addRequested.emit(attendee)
        self.name_edit.clear()
        self.group_check.setChecked(False)
        self._person = None
        self.completer.popup().hide()
