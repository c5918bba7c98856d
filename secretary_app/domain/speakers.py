"""Who is likely to speak next, and finding an attendee from a few typed letters."""

from __future__ import annotations

from secretary_app.domain.enums import Role
from secretary_app.domain.model import Attendee, Opinion
from secretary_app.domain.text import fold


def rank_speakers(attendees: list[Attendee], opinions: list[Opinion],
                  agenda_key: str | None) -> list[Attendee]:
    """The attendees most likely to speak next first: the chair, then those who already spoke
    on this agenda item (in the order they first spoke), then everyone else in protocol order."""
    by_key = {a.key: a for a in attendees}
    order: list[str] = [a.key for a in attendees if a.role is Role.CHAIR]
    for o in opinions:
        if o.agenda == agenda_key and o.speaker in by_key and o.speaker not in order:
            order.append(o.speaker)
    order += [a.key for a in attendees if a.key not in order]
    return [by_key[key] for key in order]


def speaker_matches(attendees: list[Attendee], typed: str) -> list[Attendee]:
    """Attendees whose name (then title or unit) holds every typed word, in the given order;
    names first. Accents and case do not matter."""
    words = fold(typed).split()
    if not words:
        return []
    by_name, by_other = [], []
    for a in attendees:
        name = fold(a.name)
        if all(w in name for w in words):
            by_name.append(a)
        elif all(w in fold(f"{a.name} {a.title} {a.organization}") for w in words):
            by_other.append(a)
    return by_name + by_other


def unique_prefix_match(attendees: list[Attendee], typed: str) -> Attendee | None:
    """The one attendee a word of whose name starts with each typed word, when only one does."""
    words = fold(typed).split()
    if not words:
        return None
    found = [a for a in attendees
             if all(any(part.startswith(w) for part in fold(a.name).split()) for w in words)]
    return found[0] if len(found) == 1 else None
