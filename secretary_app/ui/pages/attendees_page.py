"""The Attendees page: the attendance list, roll call, chair and secretary, pasted lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from secretary_app.domain.enums import Presence, Role
from secretary_app.domain.model import Attendee
from secretary_app.storage.changes import Noun
from secretary_app.storage.finalise import is_finalised
from secretary_app.storage.lists import ATTENDEES
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.people import suggest_people
from secretary_app.ui import commands as cmd
from secretary_app.ui.delegates import EnumDelegate
from secretary_app.ui.labels import PRESENCE, ROLE, label
from secretary_app.ui.pages.attendee_edits import AttendeeEdits
from secretary_app.ui.pages.attendee_entry import AttendeeEntry
from secretary_app.ui.pages.attendees_model import (
    COUNT,
    GROUP,
    NAME,
    NOTE,
    PRESENCE_COL,
    ROLE_COL,
    TITLE,
    UNIT,
    AttendeesModel,
)
from secretary_app.ui.pages.base import MeetingPage
from secretary_app.ui.pages.quorum_label import show_quorum
from secretary_app.ui.pasted_people import parse_pasted_people
from secretary_app.ui.role_commands import set_role_command
from secretary_app.ui.row_actions import (
    OrderedRowsMixin,
    add_action,
    select_row_of,
    selected_row,
)
from secretary_app.ui.row_models import make_row_view

PRESENCE_KEYS = {Presence.PRESENT: "Alt+1", Presence.LATE: "Alt+2",
                 Presence.ABSENT_EXCUSED: "Alt+3", Presence.ABSENT: "Alt+4"}


class AttendeesPage(OrderedRowsMixin, AttendeeEdits, MeetingPage):
    """Who attends: added by typing or pasting, reordered by dragging or Ctrl+Shift+Up/Down."""

    nouns = frozenset({Noun.ATTENDEES, Noun.MEETING_INFO})
    child_list = ATTENDEES

    def __init__(self, store, signals, undo_stack, parent=None):
        super().__init__(store, signals, undo_stack, parent)
        self.meeting = None
        self.locked = False
        self.buttons: list[QPushButton] = []
        self._keep_id: int | None = None
        self.entry = AttendeeEntry(store.db)
        self.model = AttendeesModel(self)
        self.view = make_row_view(self.model, "attendeeTable")
        self.view.setItemDelegateForColumn(ROLE_COL, EnumDelegate(ROLE, self.view))
        self.view.setItemDelegateForColumn(PRESENCE_COL, EnumDelegate(PRESENCE, self.view))
        self._size_columns()
        self.counts = QLabel(objectName="attendeeCounts", wordWrap=True)
        self.convened = QSpinBox(objectName="convenedTotal", maximum=100_000)
        self.convened.setSpecialValueText(self.tr("theo danh sách"))  # 0: counted from the list
        self.convened.setToolTip(self.tr("Tổng số được triệu tập (đảng viên của chi bộ, đại "
                                         "biểu của hội đồng …); để trống thì đếm theo danh sách"))
        self.message = QLabel(objectName="attendeeMessage")
        self._lay_out()
        self._connect()
        self.setFocusProxy(self.entry.name_edit)  # the field one types in first

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (NAME, TITLE, UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (ROLE_COL, PRESENCE_COL, GROUP, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        note = self.model.headerData(NOTE, Qt.Orientation.Horizontal)  # never cut, any language
        header.resizeSection(NOTE, max(170, header.fontMetrics().horizontalAdvance(note) + 24))

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for text, keys, slot, name in self._button_specs():
            button = QPushButton(text, objectName=name)
            button.setToolTip(keys)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons.append(button)
            if keys == "Del":  # only on the table itself, never inside a cell being edited
                add_action(self.view, text, keys, slot, context=Qt.ShortcutContext.WidgetShortcut)
            else:
                add_action(self, text, keys, slot)
            buttons.addWidget(button)
        buttons.addStretch()
        for presence, keys in PRESENCE_KEYS.items():
            add_action(self, label(PRESENCE, presence), keys, lambda p=presence: self.set_presence(p))
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        totals = QHBoxLayout()
        convened_label = QLabel(self.tr("Tổng số triệu tậ&p:"))
        convened_label.setBuddy(self.convened)
        totals.addWidget(convened_label)
        totals.addWidget(self.convened)
        totals.addWidget(self.counts, 1)
        layout.addLayout(totals)
        layout.addWidget(self.message)

    def _button_specs(self):
        return [(self.tr("Lên"), "Ctrl+Shift+Up", lambda: self.move_selected(-1), "upButton"),
                (self.tr("Xuống"), "Ctrl+Shift+Down", lambda: self.move_selected(1), "downButton"),
                (self.tr("Xóa"), "Del", self.delete_selected, "deleteAttendeeButton"),
                (self.tr("Là chủ trì"), "Ctrl+Shift+H",
                 lambda: self.mark_selected(Role.CHAIR), "chairButton"),
                (self.tr("Là thư ký"), "Ctrl+Shift+T",
                 lambda: self.mark_selected(Role.SECRETARY), "secretaryButton"),
                (self.tr("Dán danh sách"), "Ctrl+Shift+V", self.paste_list, "pasteListButton")]

    def _connect(self) -> None:
        self.entry.addRequested.connect(self.add_attendee)
        self.entry.pasteRequested.connect(self.paste_list)
        self.model.editRequested.connect(self.edit_cell)
        self.model.moveRequested.connect(self.move_row)
        self.convened.editingFinished.connect(self.store_convened)

    def reload(self) -> None:
        """Show the stored attendance list and its counts."""
        self.setEnabled(self.meeting_id is not None)
        if self.meeting_id is None:
            self.meeting = None
            self.model.set_rows([])
            return
        keep = self._keep_id if self._keep_id is not None else self._current_id()
        self.meeting = load_meeting(self.store.db, self.meeting_id)
        self.set_locked(is_finalised(self.store.db, self.meeting_id))
        self.model.set_rows(self.meeting.attendees)
        select_row_of(self.view, self.model.rows, keep)
        self._keep_id = None
        self._show_counts()

    def set_locked(self, locked: bool) -> None:
        """Finalised minutes: the list is shown but cannot be changed."""
        self.locked = self.model.read_only = locked
        self.convened.setEnabled(not locked)
        self.entry.setEnabled(not locked)
        for button in self.buttons:
            button.setEnabled(not locked)

    def _push(self, command) -> None:
        if not self.locked:
            self.undo_stack.push(command)

    def _show_counts(self) -> None:
        """The headcount as the minutes print it, red when the quorum is not met."""
        self.convened.blockSignals(True)
        self.convened.setValue(self.meeting.convened_total or 0)
        self.convened.blockSignals(False)
        show_quorum(self.counts, self.meeting)

    def store_convened(self) -> None:
        """Store the convened total typed (0: count from the list), undoable."""
        if self.meeting is None or self.locked:
            return
        new, old = self.convened.value() or None, self.meeting.convened_total
        if new != old:
            self.meeting.convened_total = new
            self.undo_stack.push(cmd.update_info(self.tr("Sửa tổng số triệu tập"), self.store,
                                                 self.meeting.id, {"convened_total": new},
                                                 {"convened_total": old}))

    def _current_id(self) -> int | None:
        row = selected_row(self.view)
        return None if row is None or row >= len(self.model.rows) else self.model.rows[row].id

    def _current(self) -> Attendee | None:
        row = selected_row(self.view)
        return None if row is None or row >= len(self.model.rows) else self.model.rows[row]

    def add_attendee(self, attendee: Attendee) -> None:
        """Add one attendee at the end of the list (undoable)."""
        if self.meeting_id is None:
            return
        self._keep_id = None
        self._push(cmd.add_row(self.tr("Thêm người tham dự"), self.store, ATTENDEES,
                               self.meeting_id, attendee))
        select_row_of(self.view, self.model.rows, attendee.id)

    def move_text(self) -> str:
        """Undo text of a reorder."""
        return self.tr("Đổi thứ tự người tham dự")

    def move_selected(self, step: int) -> None:
        """Move the selected attendee up (-1) or down (+1)."""
        self.move_by(step)

    def delete_selected(self) -> None:
        """Remove the selected attendee (undoable)."""
        a = self._current()
        if a is None or self.meeting is None or self.locked:
            return
        self.undo_stack.beginMacro(self.tr("Xóa người tham dự"))
        if a.role in (Role.CHAIR, Role.SECRETARY):
            self.undo_stack.push(set_role_command("", self.store, self.meeting, a.role, None))
        position = self.model.rows.index(a)
        self._push(cmd.delete_row("", self.store, ATTENDEES, self.meeting_id, a, position))
        self.undo_stack.endMacro()

    def paste_list(self, text: str | None = None) -> int:
        """Add everyone in a pasted list (clipboard by default); returns how many were added."""
        if self.meeting_id is None or self.locked:
            return 0
        text = QApplication.clipboard().text() if text is None else text
        people = [self._from_directory(p) for p in parse_pasted_people(text)]
        if not people:
            self.message.setText(self.tr("Không đọc được tên nào trong nội dung đã dán."))
            return 0
        self._push(cmd.add_rows(self.tr("Dán danh sách người tham dự"), self.store, ATTENDEES,
                                self.meeting_id, people))
        self.message.setText(self.tr("Đã thêm %n người.", "", len(people)))
        return len(people)

    def _from_directory(self, p) -> Attendee:
        a = Attendee(key="", name=p.name, title=p.title, organization=p.organization,
                     group=p.group)
        if not a.title and not a.organization:
            known = [r for r in suggest_people(self.store.db, p.name, 5) if r["name"] == p.name]
            if known:
                a.title, a.organization = known[0]["title"], known[0]["organization"]
        return a
