"""Hypothesis strategies for hostile user text, and a helper that plants text into a package."""

from __future__ import annotations

import copy
import json

from hypothesis import strategies as st

from secretary_app.domain.limits import LIMITS
from secretary_app.domain.text import clean_text

SPECIALS = [
    "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\r", "\r\n", "\t", "\n\n",
    "\ud800", "\udfff", "\ud83d",  # lone surrogates
    "\u200f", "\u202e", "\u2066", "\u200b", "\ufeff", "\u00ad",  # RTL, isolates, invisible
    "👩🏽‍💻", "🇻🇳", "𝕏", "e\u0301", "Đ\u0300", "ệ", "Ư\u031b\u0301",  # emoji, combining
    "<b>", "</para>", "&amp;", "&", "<", ">", "]]>", "<![CDATA[", "\"'", "%s", "{0}", "\\",
    "\ufffd", "\uffff", "\ufffe", "\U0010ffff", "\u2028", "\u2029",
]

# Any code point, surrogates and controls included, mixed with the specials above.
any_char = st.characters(blacklist_categories=())
hostile_text = st.lists(st.one_of(any_char.map(str), st.sampled_from(SPECIALS)),
                        max_size=40).map("".join)
vietnamese_words = st.lists(st.sampled_from(
    ["Ủy ban", "nhân dân", "tỉnh", "Đắk Lắk", "giáo dục", "<và>", "&", "“trích”", "100%",
     "Nguyễn Thị Ánh", "ngày 05/01/2024", "tiếp thu", "đề nghị", "khẩn"]),
    min_size=1, max_size=12).map(" ".join)


def fit(field: str, value: str) -> str:
    """value, or (when long) its clean text cut well within the field's length limit (import
    refuses longer text there: domain/limits.py); unlimited fields keep the hostile text whole."""
    room = LIMITS[field] // 2  # room for NFC, which may lengthen a few characters
    if len(value) <= room:
        return value
    return clean_text(json.loads(json.dumps(value)))[:room]


def plant(package: dict, text: str) -> dict:
    """A copy of package with text in every free-text field (title keeps a visible prefix)."""
    out = copy.deepcopy(package)
    out["meeting"]["title"] = fit("meeting.title", "Họp " + text)
    out["meeting"]["location"] = fit("meeting.location", text)
    out["meeting"]["purpose"] = fit("meeting.purpose", text)
    out["attendees"][0]["name"] = fit("attendee.name", "A " + text)
    out["attendees"][0]["title"] = fit("attendee.title", text)
    out["agenda"][0]["title"] = fit("agenda.title", text)
    out["opinions"][0]["text"] = text
    out["opinions"][1]["speaker_label"] = fit("opinion.speaker_label", text)
    out["votes"] = [{"subject": fit("vote.subject", text), "in_favor": 1}]
    out["conclusions"][0]["text"] = text
    out["conclusions"][0]["items"] = [{"text": text}]
    out["conclusions"][0]["tasks"] = [{"assignee": fit("task.assignee", text),
                                       "description": fit("task.description", text)}]
    out["documents"][0]["recipients"] = [fit("document.recipient", text)]
    return out


def planted_fields(meeting) -> dict[str, str]:
    """The same fields read back from a Meeting, keyed like plant() writes them."""
    conclusion = meeting.conclusions[0]
    return {
        "title": meeting.title, "location": meeting.location, "purpose": meeting.purpose,
        "attendee": meeting.attendees[0].name, "attendee_title": meeting.attendees[0].title,
        "agenda": meeting.agenda[0].title, "opinion": meeting.opinions[0].text,
        "speaker_label": meeting.opinions[1].speaker_label, "vote": meeting.votes[0].subject,
        "conclusion": conclusion.text, "sub_item": conclusion.items[0].text,
        "assignee": conclusion.tasks[0].assignee, "task": conclusion.tasks[0].description,
        "recipient": meeting.documents[0].recipients[0],
    }


def expected_fields(text: str) -> dict[str, str]:
    """What planted_fields must give back for a planted text: clean_text of what was planted."""
    fields = dict.fromkeys(["opinion", "conclusion", "sub_item"], clean_text(text))
    limited = {"location": "meeting.location", "purpose": "meeting.purpose",
               "attendee_title": "attendee.title", "agenda": "agenda.title",
               "speaker_label": "opinion.speaker_label", "vote": "vote.subject",
               "assignee": "task.assignee", "task": "task.description",
               "recipient": "document.recipient"}
    fields |= {key: clean_text(fit(field, text)) for key, field in limited.items()}
    return fields | {"title": clean_text(fit("meeting.title", "Họp " + text)),
                     "attendee": clean_text(fit("attendee.name", "A " + text))}
