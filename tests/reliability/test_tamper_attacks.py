"""The three attacks of issue 12 by someone with write access to the database file: each was
certified before the sealed chain; each is now reported by `check`, `export` or `verify`."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from secretary_app.documents.file_stamp import read_stamp
from secretary_app.domain.package import meeting_to_package, package_to_json
from secretary_app.domain.sources import sources_of
from secretary_app.storage.audit_chain import COLUMNS, line_seal
from secretary_app.storage.finalise import canonical_json, content_hash, content_package
from secretary_app.storage.meetings import load_meeting
from tests.conftest import SEED_PATH, run_cli


@pytest.fixture
def office(tmp_path):
    """The seed meeting (id 1) imported and finalised through the CLI, and an honest export."""
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    assert run_cli("--db", str(db), "finalise", "1").returncode == 0
    honest = tmp_path / "honest.pdf"
    assert export(db, honest).returncode == 0
    return db


def export(db, out, fmt="pdf"):
    return run_cli("--db", str(db), "export", "1", "--document", "minutes", "--format", fmt,
                   "-o", str(out))


def cli(db, *args):
    return run_cli("--db", str(db), *args)


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attacker(db) -> sqlite3.Connection:
    return sqlite3.connect(db, isolation_level=None)


def drop_triggers(conn, like: str) -> list[str]:
    """Drop the triggers whose name matches; their SQL, to recreate them afterwards."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                        "AND name LIKE ?", [like]).fetchall()
    for name, _sql in rows:
        conn.execute(f"DROP TRIGGER [{name}]")
    return [sql for _name, sql in rows]


def edit_opinion(conn) -> None:
    triggers = drop_triggers(conn, "lock_opinions_%")
    conn.execute("UPDATE opinions SET text = 'Đồng ý chi 5 tỷ đồng.' WHERE position = 0")
    for sql in triggers:
        conn.execute(sql)


def test_a_forged_export_line_certifies_nothing(office, tmp_path):
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(b"%PDF-1.4 any file at all")
    with attacker(office) as conn:  # one INSERT, as in the issue
        conn.execute("INSERT INTO meeting_audit(meeting_id, action, detail, sha256) "
                     "VALUES (1, 'export', ?, ?)", [str(forged), sha256(forged)])
    verified = cli(office, "verify", str(forged))
    assert verified.returncode == 1
    assert "tệp không mang mã bản xuất" in verified.stdout
    assert "Kết luận: tệp KHÔNG được xác thực." in verified.stdout
    checked = cli(office, "check")
    assert checked.returncode == 1
    assert "nhật ký của cuộc họp 1: dòng nhật ký 3 (export) không có dấu niêm phong" \
        in checked.stdout


def test_a_forged_line_for_an_altered_copy_of_a_real_export_is_caught(office, tmp_path):
    honest = tmp_path / "honest.pdf"
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(honest.read_bytes().replace(b"/Creator (secretary-app)",
                                                    b"/Creator (secretary-apq)"))
    export_id = read_stamp(honest)["export_id"]
    with attacker(office) as conn:  # same export id, the altered file's hash
        conn.execute("INSERT INTO meeting_audit(meeting_id, action, sha256, export_id) "
                     "VALUES (1, 'export', ?, ?)", [sha256(altered), export_id])
    verified = cli(office, "verify", str(altered))
    assert verified.returncode == 1
    assert "[KHÔNG ĐẠT] nội dung tệp (SHA-256) KHÔNG khớp" in verified.stdout
    assert "[KHÔNG ĐẠT] nhật ký của cuộc họp bị hỏng" in verified.stdout
    assert cli(office, "check").returncode == 1


def test_export_after_a_trigger_drop_edit_is_refused(office, tmp_path):
    honest = tmp_path / "honest.pdf"
    assert cli(office, "verify", str(honest)).returncode == 0
    with attacker(office) as conn:
        edit_opinion(conn)
    out = tmp_path / "after-edit.pdf"
    log_path = Path(os.environ["SECRETARY_APP_LOG_DIR"]) / "secretary-app.log"
    logged_before = log_path.stat().st_size if log_path.exists() else 0
    result = export(office, out)
    assert result.returncode == 1
    assert "không còn khớp với lúc chốt" in result.stderr and "Không xuất tệp" in result.stderr
    with open(log_path, "rb") as log_file:  # the log entry, written by this export
        log_file.seek(logged_before)
        assert b"finalised meeting 1 disagrees with its seal" in log_file.read()
    assert not out.exists()
    assert export(office, tmp_path / "after-edit.docx", "docx").returncode == 1
    verified = cli(office, "verify", str(honest))  # the honest file no longer vouches for it
    assert verified.returncode == 1
    assert "[KHÔNG ĐẠT] biên bản hiện nay đã bị thay đổi" in verified.stdout
    checked = cli(office, "check")
    assert checked.returncode == 1 and "cuộc họp 1 đã bị thay đổi" in checked.stdout


def forge_seal(path) -> str:
    """Edit the text, recompute and store the hash and snapshot, recreate every trigger."""
    conn = attacker(path)
    db = Database(conn)
    edit_opinion(conn)
    meeting = load_meeting(db, 1)
    package, sources = meeting_to_package(meeting), sources_of(meeting)
    digest = hashlib.sha256(canonical_json(
        {"content": content_package(package), "sources": sources}).encode()).hexdigest()
    triggers = drop_triggers(conn, "finalised_meetings_%")
    conn.execute("UPDATE finalised_meetings SET package_sha256 = ?, package_json = ?, "
                 "sources_json = ? WHERE meeting_id = 1",
                 [digest, package_to_json(package), canonical_json(sources)])
    for sql in triggers:
        conn.execute(sql)
    assert content_hash(db, 1) == digest  # content and snapshot agree again
    conn.close()
    return digest


def test_a_full_forgery_with_a_recomputed_hash_is_reported(office, tmp_path):
    forge_seal(office)
    checked = cli(office, "check")
    assert checked.returncode == 1
    assert "cuộc họp 1 đã bị thay đổi" in checked.stdout
    assert "dòng chốt cuối trong nhật ký" in checked.stdout
    assert export(office, tmp_path / "forged.pdf").returncode == 1
    assert not (tmp_path / "forged.pdf").exists()
    assert cli(office, "verify", str(tmp_path / "honest.pdf")).returncode == 1


def test_a_forgery_that_also_inserts_a_finalise_line_breaks_the_chain(office):
    digest = forge_seal(office)
    with attacker(office) as conn:
        conn.execute("INSERT INTO meeting_audit(meeting_id, action, sha256) "
                     "VALUES (1, 'finalise', ?)", [digest])
    checked = cli(office, "check")
    assert checked.returncode == 1
    assert "dòng nhật ký 3 (finalise) không có dấu niêm phong" in checked.stdout


def test_editing_or_deleting_a_sealed_line_breaks_the_chain(office):
    with attacker(office) as conn:
        drop_triggers(conn, "meeting_audit_no_%")
        conn.execute("UPDATE meeting_audit SET at = '2020-01-01T00:00:00' WHERE id = 1")
    checked = cli(office, "check")
    assert checked.returncode == 1
    assert "dòng nhật ký 1 (finalise) không khớp chuỗi niêm phong" in checked.stdout
    assert "thiếu trigger bảo vệ biên bản đã chốt: meeting_audit_no_delete" in checked.stdout


def test_a_determined_forger_who_reseals_the_chain_still_fails_verify(office, tmp_path):
    """Everything recomputed, chain included: the database is consistent again (a local file
    can always be rewritten by its owner), but the file issued before does not verify."""
    digest = forge_seal(office)
    with attacker(office) as conn:
        conn.execute("DROP TRIGGER meeting_audit_no_update")
        (last_id, last_seal) = conn.execute(
            "SELECT id, chain FROM meeting_audit ORDER BY id DESC LIMIT 1").fetchone()
        row = [last_id + 1, 1, "2030-01-01T00:00:00", "finalise", "", "", digest, None, None]
        conn.execute(f"INSERT INTO meeting_audit({', '.join(COLUMNS)}, chain) VALUES "
                     f"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [*row, line_seal(last_seal, row)])
    assert cli(office, "check").returncode != 0  # the dropped audit trigger is still missing
    verified = cli(office, "verify", str(tmp_path / "honest.pdf"))
    assert verified.returncode == 1
    assert "mã nội dung của bản xuất KHÁC mã nội dung hiện nay" in verified.stdout
