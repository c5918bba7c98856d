"""Files exported after finalising: their SHA-256 goes into the audit log; `verify` checks a file."""

from __future__ import annotations

import hashlib

import pytest

from tests.conftest import SEED_PATH, run_cli


@pytest.fixture
def finalised_db(tmp_path):
    """A database whose seed meeting (id 1) is finalised through the CLI."""
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    assert run_cli("--db", str(db), "finalise", "1").returncode == 0
    return db


def _export(db, out, fmt="docx"):
    return run_cli("--db", str(db), "export", "1", "--document", "minutes", "--format", fmt,
                   "-o", str(out))


def test_export_of_finalised_minutes_is_hashed_and_verifiable(finalised_db, tmp_path):
    out = tmp_path / "bien-ban.docx"
    result = _export(finalised_db, out)
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"SHA-256 {digest}" in result.stdout
    audit = run_cli("--db", str(finalised_db), "audit", "1").stdout.splitlines()
    assert [line.split("\t")[1] for line in audit] == ["chốt", "xuất tệp"]
    assert audit[1].split("\t")[2:] == [str(out.resolve()), digest]
    verified = run_cli("--db", str(finalised_db), "verify", str(out))
    assert verified.returncode == 0, verified.stdout
    assert "Cuộc họp 1:" in verified.stdout and "Kết luận: tệp được xác thực." in verified.stdout
    out.write_bytes(out.read_bytes() + b"\0")
    assert run_cli("--db", str(finalised_db), "verify", str(out)).returncode == 1


def test_export_of_open_minutes_is_not_logged(tmp_path):
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    result = _export(db, tmp_path / "draft.pdf", "pdf")
    assert result.returncode == 0 and "SHA-256" not in result.stdout
    assert run_cli("--db", str(db), "audit", "1").stdout == ""


def test_export_while_the_app_holds_the_database_prints_the_hash(finalised_db, tmp_path,
                                                                  lock_holder):
    lock_holder(finalised_db)
    out = tmp_path / "bien-ban.pdf"
    result = _export(finalised_db, out, "pdf")
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert "chưa ghi được mã SHA-256" in result.stderr and digest in result.stderr
    audit = run_cli("--db", str(finalised_db), "audit", "1").stdout.splitlines()
    assert len(audit) == 1


def test_cli_edit_of_finalised_meeting_is_refused_in_vietnamese(finalised_db, tmp_path):
    result = run_cli("--db", str(finalised_db), "reopen", "1", "--reason", "  ")
    assert result.returncode == 2 and "Phải ghi lý do" in result.stderr
    assert run_cli("--db", str(finalised_db), "reopen", "1", "--reason", "Sửa tên").returncode == 0
    assert run_cli("--db", str(finalised_db), "finalise", "1").returncode == 0
    again = run_cli("--db", str(finalised_db), "finalise", "1")
    assert again.returncode == 1 and "đã được chốt" in again.stderr
    actions = [line.split("\t")[1] for line in
               run_cli("--db", str(finalised_db), "audit", "1").stdout.splitlines()]
    assert actions == ["chốt", "mở lại", "chốt"]
