"""The sealed audit chain: each audit line holds the SHA-256 of the line before it with its own."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlite_utils import Database

# The columns a seal covers, in this order (the seal itself is the column 'chain').
COLUMNS = ("id", "meeting_id", "at", "action", "reason", "detail", "sha256", "export_id",
           "content_sha256")
# A line's seal is sha256(seal of the meeting's previous line + "\n" + its content as JSON), so
# inserting, deleting or editing one line breaks the check from there on. The triggers of
# migration 0005 write 'edit' and 'deleted' lines in SQL, where no SHA-256 exists; those lines
# are sealed by the next line the app writes for the meeting (at the latest when it is
# finalised again). Until then they are "pending", which `check` accepts at the end of a chain.
WRITTEN_BY_TRIGGERS = ("edit", "deleted")


def line_seal(previous: str, row) -> str:
    """The seal of one audit line (row in COLUMNS order) after a line sealed `previous`."""
    body = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()


def _lines(db: Database, meeting_id: int) -> list[tuple]:
    sql = f"SELECT {', '.join(COLUMNS)}, chain FROM meeting_audit WHERE meeting_id = ? ORDER BY id"
    return db.execute(sql, [meeting_id]).fetchall()


def seal_lines(db: Database, meeting_id: int, also: int | None = None,
               everything: bool = False) -> None:
    """Seal the meeting's unsealed lines written by triggers (and line `also`), in order.

    Lines of other actions without a seal were not written by the app: they stay unsealed,
    so `check` keeps reporting them. `everything` seals all (migration of trusted history).
    """
    previous = ""
    for *row, chain in _lines(db, meeting_id):
        if chain is None and (everything or row[3] in WRITTEN_BY_TRIGGERS or row[0] == also):
            chain = line_seal(previous, row)
            db.execute("UPDATE meeting_audit SET chain = ? WHERE id = ?", [chain, row[0]])
        previous = chain or ""


def append_line(db: Database, meeting_id: int, action: str, reason: str = "", detail: str = "",
                sha256: str | None = None, export_id: str | None = None,
                content_sha256: str | None = None) -> int:
    """Write one sealed audit line (sealing the pending trigger lines before it); its id."""
    cursor = db.execute(
        "INSERT INTO meeting_audit(meeting_id, at, action, reason, detail, sha256, export_id, "
        "content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [meeting_id, now(), action, reason, detail, sha256, export_id, content_sha256])
    line_id = cursor.lastrowid
    assert line_id is not None  # an INSERT always gives a rowid
    seal_lines(db, meeting_id, also=line_id)
    return line_id


def chain_problems(db: Database, meeting_id: int) -> list[str]:
    """Broken links of one meeting's chain, as Vietnamese sentences; empty when intact."""
    lines = _lines(db, meeting_id)
    out, previous = [], ""
    for i, (*row, chain) in enumerate(lines):
        if chain is None:
            if all(r[3] in WRITTEN_BY_TRIGGERS and r[-1] is None for r in lines[i:]):
                break  # edits of a reopened meeting, sealed by the app's next line
            out.append(f"dòng nhật ký {row[0]} ({row[3]}) không có dấu niêm phong: "
                       "không do ứng dụng ghi")
        elif chain != line_seal(previous, row):
            out.append(f"dòng nhật ký {row[0]} ({row[3]}) không khớp chuỗi niêm phong: dòng này "
                       "hoặc dòng ngay trước nó đã bị sửa, chèn hay xóa")
        previous = chain or ""
    return out


def all_chain_problems(db: Database) -> list[str]:
    """Broken links of every meeting's chain, each sentence naming the meeting."""
    ids = [r[0] for r in db.execute("SELECT DISTINCT meeting_id FROM meeting_audit ORDER BY 1")]
    return [f"nhật ký của cuộc họp {mid}: {problem}"
            for mid in ids for problem in chain_problems(db, mid)]


def now() -> str:
    """The time written on audit lines (local time, seconds)."""
    return dt.datetime.now().isoformat(timespec="seconds")
