"""Naming the chair or the secretary: the meeting's pointer and the attendees' roles together."""

from __future__ import annotations

from secretary_app.domain.enums import Role
from secretary_app.domain.model import Meeting
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.lists import ATTENDEES
from secretary_app.storage.meetings import update_meeting_info
from secretary_app.ui.undo import StoreCommand

FIELD = {Role.CHAIR: "chair", Role.SECRETARY: "secretary"}


def new_roles(meeting: Meeting, role: Role, key: str | None) -> dict[int, Role]:
    """Roles after `key` takes `role`: the previous holder becomes a member."""
    roles = {}
    for a in meeting.attendees:
        if a.key == key:
            roles[a.id] = role
        elif a.role is role:
            roles[a.id] = Role.MEMBER
        else:
            roles[a.id] = a.role
    return roles


def set_role_command(text: str, store: Store, meeting: Meeting, role: Role,
                     key: str | None) -> StoreCommand:
    """Make the attendee with `key` the chair (or secretary); None clears it. Undoable."""
    field = FIELD[role]
    old_key = getattr(meeting, field)
    old_roles = {a.id: a.role for a in meeting.attendees}
    roles = new_roles(meeting, role, key)

    def apply(pointer: str | None, wanted: dict[int, Role]) -> None:
        with store.write(Change(Noun.MEETING_INFO, meeting.id)):
            update_meeting_info(store, meeting.id, **{field: pointer})
            for row_id, value in wanted.items():
                ATTENDEES.update(store, row_id, role=value)
    return StoreCommand(text, lambda: apply(key, roles), lambda: apply(old_key, old_roles))
