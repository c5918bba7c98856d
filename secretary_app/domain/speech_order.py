"""When each speech was made, and where one outside the agenda stands among the others."""

from __future__ import annotations

from secretary_app.domain.model import Meeting, Opinion


def speech_times(meeting: Meeting) -> dict[int, str]:
    """Each opinion's time as a sortable key; one typed without a time takes that of the one
    before it; over several days a time earlier than the one before starts the next day."""
    several_days = meeting.end_date is not None and meeting.end_date > meeting.date
    times, last, day = {}, "", 0
    for index, opinion in enumerate(meeting.opinions):
        at = (opinion.at or "").strip()
        if at and several_days and last and at < last[-5:]:
            day += 1
        last = f"{day:02d} {at}" if at else last
        times[index] = last
    return times


def section_starts(meeting: Meeting, times: dict[int, str]) -> dict[int, tuple[str, int]]:
    """For the first opinion of each agenda item: when its section of the minutes starts (its
    time, never before the section of the item above it)."""
    starts, start = {}, ("", -1)
    for item in meeting.agenda:
        first = next((i for i, o in enumerate(meeting.opinions) if o.agenda == item.key), None)
        if first is not None:
            start = max(start, (times[first], first))
            starts[first] = start
    return starts


def placed_by_time(meeting: Meeting) -> list[Opinion]:
    """The opinions as the live view lists them: those of an agenda item in the order typed,
    each one outside the agenda where the minutes print it: before the first item whose
    section started after it was said."""
    known = {item.key for item in meeting.agenda}
    times = speech_times(meeting)
    starts = section_starts(meeting, times)
    loose = sorted((times[i], i) for i, o in enumerate(meeting.opinions) if o.agenda not in known)
    order: list[int] = []
    for index, opinion in enumerate(meeting.opinions):
        if opinion.agenda not in known:
            continue
        while index in starts and loose and loose[0] < starts[index]:
            order.append(loose.pop(0)[1])
        order.append(index)
    order += [index for _, index in loose]
    return [meeting.opinions[i] for i in order]
