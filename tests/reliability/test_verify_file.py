"""`verify FILE` proves an export from the stamp inside the file, not from a row of the database."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest
from sqlite_utils import Database

from secretary_app.documents.file_stamp import CONTENT_SHA256, EXPORT_ID, read_stamp
from secretary_app.storage.audit_chain import chain_problems
from secretary_app.storage.database import open_store
from secretary_app.storage.finalise import record_export
from secretary_app.storage.migrations import MIGRATIONS
from tests.conftest import SEED_PATH, run_cli
from tests.documents.readback import docx_text, norm, pdf_text


def cli(db, *args):
    return run_cli("--db", str(db), *args)


def export(db, out, fmt):
    return cli(db, "export", "1", "--document", "minutes", "--format", fmt, "-o", str(out))


@pytest.fixture
def office(tmp_path):
    """The seed meeting (id 1) imported and finalised through the CLI."""
    db = tmp_path / "office.db"
    assert cli(db, "import", str(SEED_PATH)).returncode == 0
    assert cli(db, "finalise", "1").returncode == 0
    return db


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_export_carries_its_stamp_and_verifies(office, tmp_path, fmt):
    out = tmp_path / f"bb.{fmt}"
    assert export(office, out, fmt).returncode == 0
    stamp = read_stamp(out)
    assert len(stamp["export_id"]) == 32 and len(stamp["content_sha256"]) == 64
    verified = cli(office, "verify", str(out))
    assert verified.returncode == 0, verified.stdout
    lines = verified.stdout.splitlines()
    assert lines[0] == f"Tệp: {out}"
    assert lines[2].startswith("  Cuộc họp 1: «Họp đánh giá") and "chốt lúc 20" in lines[2]
    assert sum(line.startswith("  [đạt]") for line in lines) == 7
    assert lines[-1] == "Kết luận: tệp được xác thực."


def test_the_stamp_is_hidden_metadata_only(office, tmp_path):
    assert export(office, tmp_path / "bb.pdf", "pdf").returncode == 0
    assert export(office, tmp_path / "bb.docx", "docx").returncode == 0
    plain = tmp_path / "plain.db"  # the same meeting, not finalised: no stamp
    assert cli(plain, "import", str(SEED_PATH)).returncode == 0
    assert export(plain, tmp_path / "plain.pdf", "pdf").returncode == 0
    assert export(plain, tmp_path / "plain.docx", "docx").returncode == 0
    assert read_stamp(tmp_path / "plain.pdf") == read_stamp(tmp_path / "plain.docx") == {}
    assert pdf_text((tmp_path / "bb.pdf").read_bytes()) == pdf_text(
        (tmp_path / "plain.pdf").read_bytes())
    assert docx_text((tmp_path / "bb.docx").read_bytes()) == docx_text(
        (tmp_path / "plain.docx").read_bytes())
    stamp = read_stamp(tmp_path / "bb.pdf")
    assert stamp["export_id"] not in norm(pdf_text((tmp_path / "bb.pdf").read_bytes()))
    with zipfile.ZipFile(tmp_path / "bb.docx") as archive:
        custom = archive.read("docProps/custom.xml").decode()
        assert EXPORT_ID in custom and CONTENT_SHA256 in custom
        assert "custom-properties" in archive.read("_rels/.rels").decode()


def test_another_offices_database_says_unknown_meeting(office, tmp_path):
    out = tmp_path / "bb.pdf"
    assert export(office, out, "pdf").returncode == 0
    other = tmp_path / "other.db"  # the same seed, finalised there too: meeting id 1 as well
    assert cli(other, "import", str(SEED_PATH)).returncode == 0
    assert cli(other, "finalise", "1").returncode == 0
    verified = cli(other, "verify", str(out))
    assert verified.returncode == 1
    assert "cuộc họp không xác định (unknown meeting)" in verified.stdout
    assert "tệp KHÔNG được xác thực" in verified.stdout


def test_a_changed_byte_or_a_reopened_meeting_fails(office, tmp_path):
    out = tmp_path / "bb.docx"
    assert export(office, out, "docx").returncode == 0
    copy = tmp_path / "copy.docx"
    copy.write_bytes(out.read_bytes() + b"\0")
    verified = cli(office, "verify", str(copy))
    assert verified.returncode == 1 and "KHÔNG khớp bản xuất" in verified.stdout
    assert cli(office, "reopen", "1", "--reason", "Sửa lỗi chính tả").returncode == 0
    verified = cli(office, "verify", str(out))
    assert verified.returncode == 1
    assert "biên bản hiện không ở trạng thái đã chốt" in verified.stdout


def test_an_unstamped_file_is_not_verified_but_an_old_export_is_named(office, tmp_path):
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF-1.4 exported by an older version")
    store = open_store(office)
    record_export(store, 1, old)  # the way exports were logged before stamps
    store.close()
    verified = cli(office, "verify", str(old))
    assert verified.returncode == 1
    assert "trùng một bản xuất cũ của cuộc họp 1" in verified.stdout
    assert cli(office, "check").returncode == 0


def test_the_migration_seals_the_history_already_written(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="0007_audit_chain")
    for action, reason in (("finalise", ""), ("reopen", "lý do"), ("edit", ""),
                           ("finalise", ""), ("export", "")):
        conn.execute("INSERT INTO meeting_audit(meeting_id, action, reason, sha256) "
                     "VALUES (7, ?, ?, 'ab')", [action, reason])
    MIGRATIONS.apply(db)
    assert [r[0] is not None for r in conn.execute("SELECT chain FROM meeting_audit")] == [True] * 5
    assert chain_problems(db, 7) == []
    with pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"):
        conn.execute("UPDATE meeting_audit SET chain = 'x' WHERE id = 1")
    with pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"):
        conn.execute("DELETE FROM meeting_audit WHERE id = 3")
    conn.close()


def test_edits_of_a_reopened_meeting_are_pending_then_sealed(office):
    assert cli(office, "reopen", "1", "--reason", "Sửa tên").returncode == 0
    with sqlite3.connect(office, isolation_level=None) as conn:  # an edit by trigger, in SQL
        conn.execute("UPDATE meetings SET title = title || ' (sửa)' WHERE id = 1")
        pending = conn.execute("SELECT count(*) FROM meeting_audit WHERE chain IS NULL").fetchone()
    assert pending == (1,)
    assert cli(office, "check").returncode == 0  # pending lines at the end are fine
    assert cli(office, "finalise", "1").returncode == 0
    with sqlite3.connect(office) as conn:
        assert conn.execute("SELECT count(*) FROM meeting_audit WHERE chain IS NULL").fetchone() \
            == (0,)
    assert cli(office, "check").returncode == 0


def test_an_update_appended_to_an_exported_pdf_is_named_not_certified(office, tmp_path):
    import io

    from pypdf import PdfWriter

    out = tmp_path / "bb.pdf"
    assert export(office, out, "pdf").returncode == 0
    writer = PdfWriter(io.BytesIO(out.read_bytes()), incremental=True)
    writer.add_metadata({"/Subject": "thêm sau khi xuất"})
    updated = tmp_path / "updated.pdf"
    with open(updated, "wb") as handle:
        writer.write(handle)
    assert updated.read_bytes().startswith(out.read_bytes())
    assert read_stamp(updated) == read_stamp(out)
    verified = cli(office, "verify", str(updated))
    assert verified.returncode == 1
    assert "[KHÔNG ĐẠT] tệp là bản xuất đã ghi trong nhật ký, thêm 1 lần cập nhật sau" \
        in verified.stdout
