"""What a committed write changed, as the Store announces it to its listeners (pages, dialogs)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Noun(StrEnum):
    """What kind of thing a write changed; listeners refresh on the nouns they show."""

    MEETING_INFO = "meeting"  # one meeting's own fields (title, date, place, chair …)
    MEETING_LIST = "meetings"  # a meeting created or deleted
    ATTENDEES = "attendees"
    AGENDA = "agenda"
    OPINIONS = "opinions"
    VOTES = "votes"
    CONCLUSIONS = "conclusions"  # conclusions and their sub-items
    TASKS = "tasks"
    DOCUMENTS = "documents"
    DRAFT = "draft"  # the opinion being typed
    CARRIED_TASKS = "carried_tasks"  # tasks of earlier meetings carried into one
    FINALISED = "finalised"  # a meeting finalised or reopened
    REGISTER = "register"  # the outgoing-document register
    PEOPLE = "people"  # the directory of people and units
    ORGANIZATION = "organization"
    SETTINGS = "settings"
    OFFICE = "office"  # a meeting's records of the office server (uid, publications)


@dataclass(frozen=True)
class Change:
    """What a write changed: a noun and where (meeting, row). An unknown noun is an error."""

    noun: Noun
    meeting_id: int | None = None
    row_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "noun", Noun(self.noun))
