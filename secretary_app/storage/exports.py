"""Exports of finalised minutes: the stamp a file carries, and proving a file from its stamp."""

from __future__ import annotations

import uuid

from sqlite_utils import Database

from secretary_app.domain.verify_report import Section
from secretary_app.storage.audit_chain import chain_problems
from secretary_app.storage.finalise import finalised_hash, is_finalised
from secretary_app.storage.meetings import meeting_title
from secretary_app.storage.sealed import seal_problems

PROOF_TITLE = "Bằng chứng xuất từ biên bản đã chốt"


def new_stamp(db: Database, meeting_id: int) -> dict | None:
    """A fresh export id and the finalised content hash, for a file about to be exported
    (None when the meeting is not finalised: its files prove nothing)."""
    if not is_finalised(db, meeting_id):
        return None
    return {"export_id": uuid.uuid4().hex, "content_sha256": finalised_hash(db, meeting_id)}


def export_line(db: Database, export_id: str) -> dict | None:
    """The audit line recording the export with this id, or None."""
    row = db.execute("SELECT id, meeting_id, at, detail, sha256, content_sha256 FROM "
                     "meeting_audit WHERE action = 'export' AND export_id = ? ORDER BY id "
                     "LIMIT 1", [export_id]).fetchone()
    keys = ("id", "meeting_id", "at", "detail", "sha256", "content_sha256")
    return None if row is None else dict(zip(keys, row, strict=True))


def finalised_before(db: Database, meeting_id: int, line_id: int) -> str | None:
    """When the meeting was finalised for the last time before audit line line_id."""
    row = db.execute("SELECT at FROM meeting_audit WHERE meeting_id = ? AND action = "
                     "'finalise' AND id < ? ORDER BY id DESC LIMIT 1",
                     [meeting_id, line_id]).fetchone()
    return None if row is None else row[0]


def prove_export(db: Database, stamp: dict, file_digest: str,
                 earlier: dict[str, int] | None = None) -> Section:
    """Check a file's stamp against this database: known export, same bytes, intact chain,
    same content hash as the meeting's now, and the meeting still agreeing with its seal.

    earlier: SHA-256 of each earlier revision of a PDF (the bytes up to an %%EOF) -> how many
    updates were appended after it (a signature is one).
    """
    section = Section(PROOF_TITLE)
    if not section.add(bool(stamp.get("export_id")),
                       "tệp mang mã bản xuất của secretary-app" if stamp.get("export_id") else
                       "tệp không mang mã bản xuất của secretary-app (không phải tệp xuất từ "
                       "biên bản đã chốt, hoặc xuất bằng phiên bản cũ)"):
        return section
    line = export_line(db, stamp["export_id"])
    if not section.add(line is not None, f"bản xuất {stamp['export_id']}: " + (
            "có trong nhật ký của tệp dữ liệu này" if line else
            "cuộc họp không xác định (unknown meeting): tệp dữ liệu này không ghi bản xuất "
            "nào như vậy, có thể tệp đến từ cơ quan khác")) or line is None:
        return section
    assert line is not None  # section.add returned False otherwise
    mid = line["meeting_id"]
    section.notes.append(f"Cuộc họp {mid}: «{meeting_title(db, mid) or '(đã xóa)'}»; chốt lúc "
                         f"{finalised_before(db, mid, line['id']) or '-'}; xuất lúc {line['at']}")
    _same_bytes(section, line["sha256"], file_digest, earlier or {})
    broken = chain_problems(db, mid)
    section.add(not broken, "nhật ký của cuộc họp nguyên vẹn (chuỗi niêm phong đúng)" if not
                broken else "nhật ký của cuộc họp bị hỏng: " + "; ".join(broken))
    _current_content(db, mid, line, stamp, section)
    return section


def _same_bytes(section: Section, recorded: str, digest: str, earlier: dict[str, int]) -> None:
    if recorded != digest and recorded in earlier:
        # The export followed by appended updates: only signatures that allow no change of the
        # page content vouch for them; the signature section may settle this check.
        section.add(False, f"tệp là bản xuất đã ghi trong nhật ký, thêm {earlier[recorded]} lần "
                    "cập nhật sau (ví dụ chữ ký số); phần thêm vào không được nhật ký bảo đảm",
                    key="appended")
        return
    section.add(recorded == digest, "nội dung tệp (SHA-256) " + (
        "khớp" if recorded == digest else "KHÔNG khớp") + " bản xuất đã ghi trong nhật ký",
        key="bytes")


def _current_content(db: Database, mid: int, line: dict, stamp: dict, section: Section) -> None:
    recorded = line["content_sha256"]
    section.add(recorded == stamp.get("content_sha256"),
                "mã nội dung ghi trong tệp khớp mã ghi trong nhật ký" if recorded == stamp.get(
                    "content_sha256") else "mã nội dung ghi trong tệp KHÁC mã ghi trong nhật ký")
    current = finalised_hash(db, mid)
    if current is None:
        section.add(False, "biên bản hiện không ở trạng thái đã chốt (đã mở lại hoặc đã xóa)")
        return
    section.add(recorded == current, "mã nội dung của bản xuất "
                + ("bằng" if recorded == current else "KHÁC")
                + " mã nội dung hiện nay của biên bản")
    problems = seal_problems(db, mid, with_chain=False)
    section.add(not problems, "biên bản hiện nay khớp với lúc chốt (nội dung, bản chụp, nhật ký)"
                if not problems else "biên bản hiện nay " + "; ".join(problems))
