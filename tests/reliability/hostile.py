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


def _fit(text: str, field: str, prefix: str = "") -> str:
    """prefix + text cut to half the field's length limit (NFC may add a few characters), so
    a hostile package is never refused for its length; unlimited fields take the whole text."""
    return prefix + text[:max(0, LIMITS[field] // 2 - len(prefix))]


def planted_values(text: str) -> dict[str, str]:
    """What plant() writes into each free-text field, keyed like planted_fields()."""
    return {
        "title": _fit(text, "meeting.title", "Họp "), "location": _fit(text, "meeting.location"),
        "purpose": _fit(text, "meeting.purpose"), "attendee": _fit(text, "attendee.name", "A "),
        "attendee_title": _fit(text, "attendee.title"), "agenda": _fit(text, "agenda.title"),
        "opinion": text, "speaker_label": _fit(text, "opinion.speaker_label"),
        "vote": _fit(text, "vote.subject"), "conclusion": text, "sub_item": text,
        "assignee": _fit(text, "task.assignee"), "task": _fit(text, "task.description"),
        "recipient": _fit(text, "document.recipient"),
    }


def plant(package: dict, text: str) -> dict:
    """A copy of package with text in every free-text field (title keeps a visible prefix)."""
    v = planted_values(text)
    out = copy.deepcopy(package)
    out["meeting"].update(title=v["title"], location=v["location"], purpose=v["purpose"])
    out["attendees"][0].update(name=v["attendee"], title=v["attendee_title"])
    out["agenda"][0]["title"] = v["agenda"]
    out["opinions"][0]["text"] = v["opinion"]
    out["opinions"][1]["speaker_label"] = v["speaker_label"]
    out["votes"] = [{"subject": v["vote"], "in_favor": 1}]
    out["conclusions"][0]["text"] = v["conclusion"]
    out["conclusions"][0]["items"] = [{"text": v["sub_item"]}]
    out["conclusions"][0]["tasks"] = [{"assignee": v["assignee"], "description": v["task"]}]
    out["documents"][0]["recipients"] = [v["recipient"]]
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


def expected_fields(text: str, via_json: bool = False) -> dict[str, str]:
    """What planted_fields must give back for a planted text: clean_text of what was planted
    (via_json: as JSON decodes it, where escaped surrogate pairs become one character)."""
    values = planted_values(text)
    if via_json:
        values = {k: json.loads(json.dumps(v)) for k, v in values.items()}
    return {k: clean_text(v) for k, v in values.items()}
