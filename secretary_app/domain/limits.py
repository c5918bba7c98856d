"""Length limits of the text fields the documents print in frames (signatures, headings, table
cells): the lengths both renderers are proven to lay out, in linear time, on A4 (a property
test exports both formats with every field drawn up to its limit)."""

from __future__ import annotations

from collections.abc import Iterator

from secretary_app.domain.model import Meeting

# (what, limit in characters); opinions, conclusions and sub-items flow as body text and are
# bounded only by the package size.
LIMITS = {
    "meeting.title": 1000, "meeting.location": 500, "meeting.purpose": 10_000,
    "organization.name": 200, "organization.parent_name": 200,
    "organization.abbreviation": 30, "organization.place_name": 100,
    "attendee.name": 200, "attendee.title": 300, "attendee.organization": 300,
    "attendee.absence_reason": 500, "opinion.speaker_label": 200,
    "agenda.title": 2000, "vote.subject": 2000, "vote.result": 500,
    "task.assignee": 300, "task.coordinating": 300, "task.deadline_text": 100,
    "task.description": 2000,
    "signer.authority_title": 150, "signer.title": 150, "signer.name": 200,
    "document.recipient": 120, "document.archive": 100,
}
MAX_RECIPIENTS = 12  # lines of "Nơi nhận", kept on the signature's page


def too_long(meeting: Meeting) -> tuple[str, str] | None:
    """(path, Vietnamese reason) of the first field over its limit, or None."""
    for path, field, value in _fields(meeting):
        if len(value) > LIMITS[field]:
            return path, f"dài {len(value)} ký tự, quá giới hạn {LIMITS[field]} ký tự"
    for i, document in enumerate(meeting.documents):
        if len(document.recipients) > MAX_RECIPIENTS:
            return (f"documents[{i}].recipients",
                    f"{len(document.recipients)} dòng, quá giới hạn {MAX_RECIPIENTS} dòng")
    return None


def _fields(m: Meeting) -> Iterator[tuple[str, str, str]]:
    for name in ("title", "location", "purpose"):
        yield f"meeting.{name}", f"meeting.{name}", getattr(m, name) or ""
    for name in ("name", "parent_name", "abbreviation", "place_name"):
        yield f"organization.{name}", f"organization.{name}", getattr(m.organization, name) or ""
    for i, a in enumerate(m.attendees):
        for name in ("name", "title", "organization", "absence_reason"):
            yield f"attendees[{i}].{name}", f"attendee.{name}", getattr(a, name) or ""
    for i, o in enumerate(m.opinions):
        yield f"opinions[{i}].speaker_label", "opinion.speaker_label", o.speaker_label or ""
    for i, g in enumerate(m.agenda):
        yield f"agenda[{i}].title", "agenda.title", g.title or ""
    for i, v in enumerate(m.votes):
        yield f"votes[{i}].subject", "vote.subject", v.subject or ""
        yield f"votes[{i}].result", "vote.result", v.result or ""
    for i, c in enumerate(m.conclusions):
        for j, t in enumerate(c.tasks):
            for name in ("assignee", "coordinating", "deadline_text", "description"):
                yield f"conclusions[{i}].tasks[{j}].{name}", f"task.{name}", getattr(t, name) or ""
    for i, d in enumerate(m.documents):
        for name in ("authority_title", "title", "name"):
            value = getattr(d.signer, name) if d.signer is not None else ""
            yield f"documents[{i}].signer.{name}", f"signer.{name}", value or ""
        for j, line in enumerate(d.recipients):
            yield f"documents[{i}].recipients[{j}]", "document.recipient", line or ""
        yield f"documents[{i}].archive", "document.archive", d.archive or ""
