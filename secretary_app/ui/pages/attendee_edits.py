"""Edits of the attendance list made in its table: fields, roll call, roles (undoable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from secretary_app.domain.enums import Presence, Role
from secretary_app.domain.model import Attendee
from secretary_app.storage.lists import ATTENDEES
from secretary_app.ui import commands as cmd
from secretary_app.ui.pages.attendees_model import (
    COUNT,
    FIELDS,
    GROUP,
    NAME,
    NOTE,
    PRESENCE_COL,
    ROLE_COL,
    TITLE,
    UNIT,
    note_field,
)
from secretary_app.ui.role_commands import set_role_command
from secretary_app.ui.row_actions import select_row_of


def group_count(value) -> int | None:
    """A typed number of people (1 or more), None for anything else (the count is cleared)."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 1 else None


def is_checked(value) -> bool:
    """A CheckStateRole value (int or enum) is 'checked'."""
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)


class AttendeeEdits:
    """Mixin of AttendeesPage: what an edit in the table, a roll-call key or a role button does."""

    def edit_cell(self, row: int, column: int, value) -> None:
        """Store an edit made in the table."""
        a = self.model.rows[row]
        self._keep_id = a.id
        if column == PRESENCE_COL:
            self.set_presence(Presence(value), a)
        elif column == ROLE_COL:
            self.set_role(a, Role(value))
        elif column == GROUP:  # a person has no count (the package refuses one)
            group = is_checked(value)
            self._update(a, {"group": group} if group else {"group": False, "count": None})
        elif column == COUNT and a.group:
            self._update(a, {"count": group_count(value)})
        elif column == NOTE and note_field(a):
            self._update(a, {note_field(a): str(value).strip() or None})
        elif column in (NAME, TITLE, UNIT):
            text = " ".join(str(value).split())
            if text or column != NAME:
                self._update(a, {FIELDS[column]: text})

    def _update(self, a: Attendee, new: dict) -> None:
        old = {field: getattr(a, field) for field in new}
        if old != new:
            self._push(cmd.update_row(self.tr("Sửa người tham dự"), self.store, ATTENDEES,
                                      a.id, new, old))

    def set_presence(self, presence: Presence, a: Attendee | None = None) -> None:
        """Roll call for the selected attendee; 'late' takes the current time, editable after."""
        a = a or self._current()
        if a is None:
            return
        self._keep_id = a.id
        new: dict = {"presence": presence}
        if presence is Presence.LATE and not a.arrived_at:
            new["arrived_at"] = dt.datetime.now().strftime("%H:%M")
        self._update(a, new)
        if presence in (Presence.LATE, Presence.ABSENT_EXCUSED):  # the note is next to fill
            select_row_of(self.view, self.model.rows, a.id, NOTE)

    def set_role(self, a: Attendee, role: Role) -> None:
        """Change a role; chair and secretary move the meeting's pointer too."""
        if role is a.role or self.meeting is None or self.locked:
            return
        if role in (Role.CHAIR, Role.SECRETARY):
            self.mark(a, role)
            return
        self.undo_stack.beginMacro(self.tr("Đổi vai trò"))
        if a.role in (Role.CHAIR, Role.SECRETARY):
            self.undo_stack.push(set_role_command("", self.store, self.meeting, a.role, None))
        self._push(cmd.update_row("", self.store, ATTENDEES, a.id, {"role": role},
                                  {"role": a.role}))
        self.undo_stack.endMacro()

    def mark(self, a: Attendee, role: Role) -> None:
        """Make a the chair (or secretary) of the meeting."""
        text = self.tr("Chọn chủ trì") if role is Role.CHAIR else self.tr("Chọn thư ký")
        self._keep_id = a.id
        self._push(set_role_command(text, self.store, self.meeting, role, a.key))

    def mark_selected(self, role: Role) -> None:
        """Mark the selected attendee as chair or secretary."""
        a = self._current()
        if a is not None and self.meeting is not None:
            self.mark(a, role)
