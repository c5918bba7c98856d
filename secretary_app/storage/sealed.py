"""Whether a finalised meeting still agrees with its seal, and the meeting its documents print."""

from __future__ import annotations

import logging

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from secretary_app.domain.model import Meeting
from secretary_app.domain.sources import with_sources
from secretary_app.storage.audit_chain import chain_problems
from secretary_app.storage.finalise import (
    content_hash,
    finalised_hash,
    frozen_sources,
    is_finalised,
    snapshot_hash,
)
from secretary_app.storage.meetings import load_meeting

log = logging.getLogger(__name__)


class SealBrokenError(ValueError):
    """A finalised meeting whose content, snapshot and audit chain disagree (message in Vietnamese)."""


def last_finalise_hash(db: Database, meeting_id: int) -> str | None:
    """The hash written on the meeting's latest 'finalise' audit line."""
    row = db.execute("SELECT sha256 FROM meeting_audit WHERE meeting_id = ? AND action = "
                     "'finalise' ORDER BY id DESC LIMIT 1", [meeting_id]).fetchone()
    return None if row is None else row[0]


def seal_problems(db: Database, meeting_id: int, with_chain: bool = True) -> list[str]:
    """For a finalised meeting: current content hash = snapshot hash = stored hash = hash of
    the latest finalise line, and an intact audit chain; each disagreement as a sentence."""
    try:
        current = content_hash(db, meeting_id)
    except (NotFoundError, LookupError, ValueError):  # the meeting row is gone or unreadable
        current = "-"
    hashes = {"nội dung hiện nay": current, "bản chụp lúc chốt": snapshot_hash(db, meeting_id),
              "mã lưu khi chốt": finalised_hash(db, meeting_id),
              "dòng chốt cuối trong nhật ký": last_finalise_hash(db, meeting_id)}
    out = []
    if len(set(hashes.values())) > 1:  # worded to follow "biên bản … của cuộc họp N"
        out.append("đã bị thay đổi, các mã băm không khớp nhau: " + "; ".join(
            f"{name} {value or '-'}" for name, value in hashes.items()))
    return out + (chain_problems(db, meeting_id) if with_chain else [])


def finalised_ids(db: Database) -> list[int]:
    """Ids of the finalised meetings."""
    sql = "SELECT meeting_id FROM finalised_meetings ORDER BY meeting_id"
    return [r[0] for r in db.execute(sql).fetchall()]


def all_seal_problems(db: Database) -> list[str]:
    """Every finalised meeting's disagreements, each sentence naming the meeting."""
    return [f"biên bản đã chốt của cuộc họp {mid} {problem}"
            for mid in finalised_ids(db) for problem in seal_problems(db, mid, with_chain=False)]


def printable_meeting(db: Database, meeting_id: int) -> Meeting:
    """The meeting as its documents print it: a finalised one with its frozen sources.

    Raises SealBrokenError (and logs it) when a finalised meeting disagrees with its seal, so
    no file is written and vouched for.
    """
    meeting = load_meeting(db, meeting_id)
    if not is_finalised(db, meeting_id):
        return meeting
    problems = seal_problems(db, meeting_id)
    if problems:
        log.error("finalised meeting %s disagrees with its seal: %s", meeting_id,
                  " | ".join(problems))
        raise SealBrokenError(
            f"Biên bản đã chốt của cuộc họp {meeting_id} không còn khớp với lúc chốt (dữ liệu "
            "có thể đã bị sửa ngoài ứng dụng): " + "; ".join(problems)
            + ". Không xuất tệp. Hãy chạy “secretary-app check” và khôi phục bản sao lưu.")
    sources = frozen_sources(db, meeting_id)
    return meeting if sources is None else with_sources(meeting, sources)
