"""The CLI issues and exports resolutions, decisions and invitations."""

from __future__ import annotations

import json

import pytest

from secretary_app.domain.package import meeting_to_package
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import load_meeting
from tests.conftest import SEED_PATH, run_cli
from tests.documents.readback import docx_text, norm, pdf_text
from tests.domain.test_headcount import party_cell_meeting


@pytest.fixture
def cell_db(tmp_path):
    """A database holding the 17-member Party cell meeting (imported from its package)."""
    package = tmp_path / "cell.json"
    package.write_text(json.dumps(meeting_to_package(party_cell_meeting()), ensure_ascii=False),
                       encoding="utf-8")
    db = tmp_path / "office.db"
    result = run_cli("--db", str(db), "import", str(package))
    assert result.returncode == 0, result.stderr
    return db


def test_issue_and_export_a_party_resolution(cell_db, tmp_path):
    issued = run_cli("--db", str(cell_db), "issue", "1", "--document", "resolution",
                     "--date", "2026-03-05")
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.strip().startswith("Số 01-NQ/CB")
    again = run_cli("--db", str(cell_db), "issue", "1", "--document", "resolution")
    assert again.returncode == 2 and "không cấp số lại" in again.stderr
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"nq.{fmt}"
        done = run_cli("--db", str(cell_db), "export", "1", "--document", "resolution",
                       "--format", fmt, "-o", str(out))
        assert done.returncode == 0, done.stderr
        text = norm(docx_text(out.read_bytes()) if fmt == "docx" else pdf_text(out.read_bytes()))
        assert "Số 01-NQ/CB" in text and "Hòa Phú, ngày 05 tháng 3 năm 2026" in text
        assert "1. Hoàn thành thu quỹ quốc phòng an ninh trước 31/3." in text
    listed = run_cli("--db", str(cell_db), "register")
    assert "NQ" in listed.stdout and "về lãnh đạo thực hiện nhiệm vụ tháng 3" in listed.stdout
    store = open_store(cell_db)
    try:  # the text issued is kept with the document
        assert load_meeting(store.db, 1).documents[0].content.summary.startswith("về lãnh đạo")
    finally:
        store.close()


@pytest.mark.parametrize(("document", "title"), [("decision", "QUYẾT ĐỊNH"),
                                                 ("invitation", "GIẤY MỜI")])
def test_export_decision_and_invitation_drafts(cell_db, tmp_path, document, title):
    out = tmp_path / f"{document}.pdf"
    done = run_cli("--db", str(cell_db), "export", "1", "--document", document, "--format",
                   "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert title in norm(pdf_text(out.read_bytes()))
    issued = run_cli("--db", str(cell_db), "issue", "1", "--document", document)
    assert issued.returncode == 0, issued.stderr
    symbol = "QĐ" if document == "decision" else "GM"
    assert issued.stdout.strip().startswith(f"Số 01-{symbol}/CB")


def test_unknown_document_is_a_usage_error(cell_db):
    result = run_cli("--db", str(cell_db), "export", "1", "--document", "report", "--format",
                     "pdf", "-o", "x.pdf")
    assert result.returncode == 2


def test_export_one_invitation_per_invitee(cell_db, tmp_path):
    from tests.documents.readback import pdf_reader

    issued = run_cli("--db", str(cell_db), "issue", "1", "--document", "invitation",
                     "--date", "2026-03-01")
    assert issued.returncode == 0, issued.stderr
    out = tmp_path / "gm.pdf"
    done = run_cli("--db", str(cell_db), "export", "1", "--document", "invitation",
                   "--per-invitee", "--format", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    pages = [norm(p.extract_text()) for p in pdf_reader(out.read_bytes()).pages]
    assert len(pages) == 4  # four invitees, a page each
    for page in pages:
        assert "Số 01-GM/CB" in page and "Hòa Phú, ngày 01 tháng 3 năm 2026" in page
        assert page.lower().count("kính mời") == 1
    assert "Đồng chí Lê Văn Cường, Đảng viên" in pages[0]
    listed = tmp_path / "list.pdf"
    done = run_cli("--db", str(cell_db), "export", "1", "--document", "invitation",
                   "--one-list", "--format", "pdf", "-o", str(listed))
    assert done.returncode == 0, done.stderr
    text = norm(" ".join(p.extract_text() for p in pdf_reader(listed.read_bytes()).pages))
    assert text.lower().count("kính mời") == 1 and "Đồng chí Lê Văn Cường, Đảng viên;" in text
    register = run_cli("--db", str(cell_db), "register")
    assert len(register.stdout.strip().splitlines()) == 1  # one number for the invitation
    wrong = run_cli("--db", str(cell_db), "export", "1", "--document", "minutes",
                    "--per-invitee", "--format", "pdf", "-o", str(tmp_path / "bb.pdf"))
    assert wrong.returncode == 2 and "--document invitation" in wrong.stderr
    assert not (tmp_path / "bb.pdf").exists()


def test_resolution_and_decision_are_issued_after_the_minutes_are_finalised(tmp_path):
    """The usual order: finalise the minutes, then draft and number the resolution; the minutes
    exported before still verify and `check` stays clean."""
    db = str(tmp_path / "office.db")
    assert run_cli("--db", db, "import", str(SEED_PATH)).returncode == 0
    assert run_cli("--db", db, "finalise", "1").returncode == 0
    minutes = tmp_path / "bb.pdf"
    exported = run_cli("--db", db, "export", "1", "--document", "minutes", "--format", "pdf",
                       "-o", str(minutes))
    assert exported.returncode == 0, exported.stderr
    issued = run_cli("--db", db, "issue", "1", "--document", "resolution")
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.strip().startswith("Số: 01/NQ-")
    decided = run_cli("--db", db, "issue", "1", "--document", "decision")
    assert decided.returncode == 0 and "/QĐ-" in decided.stdout, decided.stderr
    checked = run_cli("--db", db, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    verified = run_cli("--db", db, "verify", str(minutes))
    assert verified.returncode == 0, verified.stdout
    assert "tệp được xác thực" in verified.stdout
    nq = tmp_path / "nq.pdf"
    done = run_cli("--db", db, "export", "1", "--document", "resolution", "--format", "pdf",
                   "-o", str(nq))
    assert done.returncode == 0, done.stderr
    assert "01/NQ-" in pdf_text(nq.read_bytes())
