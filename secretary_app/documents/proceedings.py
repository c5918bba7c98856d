"""The proceedings of the minutes: agenda sections and the speeches and votes outside them,
printed in the order they happened."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.documents.blocks import Paragraph, Run, printable
from secretary_app.documents.carried import carried_blocks
from secretary_app.documents.content import DOTTED_LINE, body, comrade, paragraphs_of
from secretary_app.domain.headcount import verdict_sentence, vote_base
from secretary_app.domain.model import AgendaItem, Meeting, Opinion, Vote
from secretary_app.domain.speech_order import speech_times
from secretary_app.domain.vietnamese import vote_sentence, vote_subject

NOTHING_SAID = " (không có ý kiến)"


def speaker_intro(meeting: Meeting, opinion: Opinion) -> str:
    """'Đồng chí X, title phát biểu: ' (a group or a free label as typed; '' when unknown)."""
    attendee = meeting.attendee(opinion.speaker)
    if attendee is not None:
        who = comrade(attendee, meeting.organization.name)
        return f"{who[:1].upper()}{who[1:]} phát biểu: "
    label = (opinion.speaker_label or "").strip()
    return f"{label} phát biểu: " if label else ""


def opinion_blocks(meeting: Meeting, opinion: Opinion) -> list[Paragraph]:
    """One opinion, several paragraphs kept; the speaker introduces the first."""
    first, *rest = paragraphs_of(opinion.text) or [DOTTED_LINE]
    return [body(speaker_intro(meeting, opinion), first), *(body(p) for p in rest)]


def vote_text(vote: Vote, meeting: Meeting | None = None) -> str:
    """'Biểu quyết thông qua X. Kết quả biểu quyết: 10/11 đại biểu tán thành, chiếm 90,91%; …'

    With the meeting, the percentages use the body's base and the body's rule says whether
    the vote passed.
    """
    subject = vote_subject(printable(vote.subject))
    intro = f"{subject}. " if subject else ""
    if meeting is None:
        return intro + vote_sentence(vote)
    rules = meeting.organization.rules
    sentence = vote_sentence(vote, base=vote_base(meeting, vote, rules.percent_base),
                             who=rules.member_word)
    verdict = verdict_sentence(meeting, vote)
    return intro + sentence + (f" {verdict}" if verdict else "")


@dataclass
class _Part:
    """A piece of the proceedings with when it started: (HH:MM or '', place in the typed list)."""

    at: tuple[str, int]
    blocks: list[Paragraph]


def _section(meeting: Meeting, item: AgendaItem, indexes: list[int]) -> list[Paragraph]:
    title = printable(item.title).strip() or DOTTED_LINE
    inner: list[Paragraph] = list(carried_blocks(meeting, item.key))  # tasks of earlier meetings first
    for index in indexes:
        inner.extend(opinion_blocks(meeting, meeting.opinions[index]))
    inner.extend(body(vote_text(v, meeting)) for v in meeting.votes if v.agenda == item.key)
    if not inner:
        return [Paragraph((Run(title, bold=True), Run(NOTHING_SAID)))]
    return [Paragraph((Run(title, bold=True),), keep_with_next=True), *inner]


def proceedings_blocks(meeting: Meeting) -> list[Paragraph]:
    """Agenda sections in agenda order, each placed at the time its first speech began; speeches
    outside the agenda placed among them by their time; votes outside the agenda last."""
    known = {item.key for item in meeting.agenda}
    times = speech_times(meeting)
    parts: list[_Part] = []
    start = ("", -1)
    for item in meeting.agenda:
        indexes = [i for i, o in enumerate(meeting.opinions) if o.agenda == item.key]
        # sections keep agenda order: one never starts before the one above it
        start = max([start, *((times[i], i) for i in indexes[:1])])
        parts.append(_Part(start, _section(meeting, item, indexes)))
    loose = sorted((_Part((times[i], i), opinion_blocks(meeting, o))
                    for i, o in enumerate(meeting.opinions) if o.agenda not in known),
                   key=lambda part: part.at)
    ordered = _merge(parts, loose)
    votes = [body(vote_text(v, meeting)) for v in meeting.votes if v.agenda not in known]
    return [block for part in ordered for block in part.blocks] + votes


def _merge(sections: list[_Part], loose: list[_Part]) -> list[_Part]:
    """Both lists keep their own order; a loose speech goes before the first section that
    started after it (a section that started at the same time or earlier comes first)."""
    out, pending = [], list(loose)
    for section in sections:
        while pending and pending[0].at < section.at:
            out.append(pending.pop(0))
        out.append(section)
    return out + pending
