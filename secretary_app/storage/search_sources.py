"""What the search index holds for a meeting: one entry per title, attendee, opinion, task …

The text of an entry is composed from its row by the same function when indexing and when a
result's snippet is cut from the original, so both always agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from secretary_app.domain.vietnamese import sub_item_label


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _task_text(r: dict) -> str:
    text = _join(r["assignee"], r["description"], sep=": ")
    return text + (f" (phối hợp: {r['coordinating']})" if r["coordinating"] else "")


def _own_id(r: dict) -> int:
    return r["id"]


def _draft_text(r: dict) -> str:
    """The drafted text of a NQ, QĐ or GM, as one searchable entry."""
    raw = json.loads(r["content"] or "{}")
    articles = [a.get("text", "") if isinstance(a, dict) else str(a)
                for a in raw.get("articles") or []]
    parts = [raw.get("summary", ""), raw.get("authority", ""), *(raw.get("bases") or []),
             raw.get("proposal", ""), raw.get("results", ""), *articles,
             raw.get("execution", ""), *(raw.get("invitees") or []), raw.get("contact", "")]
    return _join(*(str(p) for p in parts), sep="\n")


KIND_LABELS = {"NQ": "Nghị quyết", "QĐ": "Quyết định", "GM": "Giấy mời"}


def _none(r: dict) -> None:
    return None


def _parent(r: dict) -> int:
    return r["conclusion_id"]


@dataclass(frozen=True)
class Source:
    """A kind of index entry: its table, how its text is composed, the editor page showing it
    (a page name of ui.meeting_editor) and the row that page can select (`focus`)."""

    table: str
    compose: Callable[[dict], str]
    page: str
    focus: Callable[[dict], int | None] = _none


SOURCES: dict[str, Source] = {
    "title": Source("meetings", lambda r: r["title"], "info"),
    "info": Source("meetings", lambda r: _join(r["location"], r["purpose"], sep=" – "), "info"),
    "attendee": Source("attendees", lambda r: _join(r["name"], r["title"], r["organization"]),
                       "attendees", _own_id),
    "agenda": Source("agenda_items", lambda r: r["title"], "proceedings"),
    "opinion": Source("opinions", lambda r: r["text"], "proceedings", _own_id),
    "vote": Source("votes", lambda r: _join(r["subject"], r["result"], sep=" – "), "proceedings"),
    "conclusion": Source("conclusions", lambda r: r["text"], "conclusions", _own_id),
    "sub_item": Source("conclusion_items", lambda r: r["text"], "conclusions", _parent),
    "task": Source("tasks", _task_text, "conclusions", _parent),
    "document": Source("documents", _draft_text, "documents"),
}


@dataclass(frozen=True)
class Entry:
    """One index entry of a meeting, in the meeting's reading order."""

    kind: str
    source_id: int
    label: str
    text: str
    speaker: str = ""


def _rows(db: Database, sql: str, params: list) -> list[dict]:
    return list(db.query(sql, params))


def meeting_entries(db: Database, meeting: dict) -> Iterator[Entry]:
    """Every entry of one meeting (meeting is its row of `meetings`)."""
    mid = meeting["id"]
    yield Entry("title", mid, "Tiêu đề", SOURCES["title"].compose(meeting))
    info = SOURCES["info"].compose(meeting)
    if info:
        yield Entry("info", mid, "Thông tin chung", info)
    by_position = "WHERE meeting_id = ? ORDER BY position"
    attendees = _rows(db, f"SELECT * FROM attendees {by_position}", [mid])
    for r in attendees:
        yield Entry("attendee", r["id"], "Thành phần", SOURCES["attendee"].compose(r))
    for n, r in enumerate(_rows(db, f"SELECT * FROM agenda_items {by_position}", [mid]), 1):
        yield Entry("agenda", r["id"], f"Chương trình {n}", r["title"])
    names = {r["key"]: r["name"] for r in attendees}
    for r in _rows(db, f"SELECT * FROM opinions {by_position}", [mid]):
        speaker = names.get(r["speaker_key"]) or r["speaker_label"] or ""
        yield Entry("opinion", r["id"], _join("Ý kiến", speaker, sep=" – "), r["text"], speaker)
    for r in _rows(db, f"SELECT * FROM votes {by_position}", [mid]):
        yield Entry("vote", r["id"], "Biểu quyết", SOURCES["vote"].compose(r))
    yield from _conclusion_entries(db, mid)
    for r in _rows(db, f"SELECT * FROM documents {by_position}", [mid]):
        if r["content"]:  # a NQ, QĐ or GM once drafted
            yield Entry("document", r["id"], KIND_LABELS.get(r["kind"], r["kind"]),
                        _draft_text(r))


def _conclusion_entries(db: Database, mid: int) -> Iterator[Entry]:
    conclusions = _rows(db, "SELECT * FROM conclusions WHERE meeting_id = ? ORDER BY position",
                        [mid])
    sql = ("SELECT c.position AS n, r.* FROM {} r JOIN conclusions c ON c.id = r.conclusion_id "
           "WHERE c.meeting_id = ? ORDER BY c.position, r.position")
    items = _rows(db, sql.format("conclusion_items"), [mid])
    tasks = _rows(db, sql.format("tasks"), [mid])
    for c in conclusions:
        n = c["position"] + 1
        yield Entry("conclusion", c["id"], f"Kết luận {n}", c["text"])
        for i in (i for i in items if i["n"] == c["position"]):
            label = f"Kết luận {n} {sub_item_label(i['position'])}"
            yield Entry("sub_item", i["id"], label, i["text"])
        for t in (t for t in tasks if t["n"] == c["position"]):
            yield Entry("task", t["id"], f"Nhiệm vụ – Kết luận {n}", _task_text(t))


def source_texts(db: Database, wanted: list[tuple[str, int]]
                 ) -> dict[tuple[str, int], tuple[str, int | None]]:
    """(current original text, row to select) of some entries by (kind, source id).

    One query per kind."""
    out: dict[tuple[str, int], tuple[str, int | None]] = {}
    for kind in {k for k, _ in wanted}:
        source = SOURCES[kind]
        ids = sorted({i for k, i in wanted if k == kind})
        marks = ",".join("?" * len(ids))
        for row in db.query(f"SELECT * FROM [{source.table}] WHERE id IN ({marks})", ids):
            out[(kind, row["id"])] = (source.compose(row), source.focus(row))
    return out
