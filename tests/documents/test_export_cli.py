"""export_document and `secretary-app export`: files written atomically, clear errors, exit codes."""

from __future__ import annotations

import os

import pytest

from secretary_app.documents.export import ExportError, export_document
from secretary_app.domain.enums import DocumentKind
from tests.conftest import run_cli
from tests.documents.doc_samples import fresh
from tests.documents.readback import docx_text, norm, pdf_text


def test_export_document_writes_docx_and_pdf(tmp_path):
    meeting = fresh("seed")
    docx = export_document(meeting, DocumentKind.MINUTES, "docx", tmp_path / "bb.docx")
    pdf = export_document(meeting, DocumentKind.NOTICE, "pdf", tmp_path / "tb.pdf")
    assert "BIÊN BẢN" in docx_text(docx.read_bytes())
    assert "THÔNG BÁO" in norm(pdf_text(pdf.read_bytes()))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bb.docx", "tb.pdf"]


def test_unwritable_target_raises_in_vietnamese_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="thư mục không tồn tại"):
        export_document(fresh("seed"), DocumentKind.MINUTES, "pdf", blocker / "bb.pdf")
    with pytest.raises(ExportError, match="đích xuất là một thư mục"):
        export_document(fresh("seed"), DocumentKind.MINUTES, "pdf", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]


def test_failed_rename_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "bb.docx"
    target.write_bytes(b"old export")

    def refuse(src, dst):
        raise PermissionError(13, "locked")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="tệp đang bị khóa hoặc chỉ đọc"):
        export_document(fresh("seed"), DocumentKind.MINUTES, "docx", target)
    assert target.read_bytes() == b"old export"
    assert [p.name for p in tmp_path.iterdir()] == ["bb.docx"]


@pytest.fixture
def seeded_db(tmp_path):
    """A database file holding the seed meeting as meeting 1."""
    db = tmp_path / "cli.db"
    from tests.conftest import SEED_PATH

    result = run_cli("--db", str(db), "import", str(SEED_PATH))
    assert result.returncode == 0, result.stderr
    return db, result.stdout.strip()


def test_cli_export_both_documents_both_formats(seeded_db, tmp_path):
    db, meeting_id = seeded_db
    for document, fmt in (("minutes", "docx"), ("notice", "pdf")):
        out = tmp_path / f"{document}.{fmt}"
        result = run_cli("--db", str(db), "export", meeting_id, "--document", document,
                         "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    assert "Nơi nhận:" in docx_text((tmp_path / "minutes.docx").read_bytes())
    assert "TL. GIÁM ĐỐC" in pdf_text((tmp_path / "notice.pdf").read_bytes())


def test_cli_export_errors(seeded_db, tmp_path):
    db, meeting_id = seeded_db
    missing = run_cli("--db", str(db), "export", "999", "--document", "minutes", "--format",
                      "pdf", "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "không có cuộc họp mã 999" in missing.stderr
    bad = run_cli("--db", str(db), "export", meeting_id, "--document", "report", "--format",
                  "pdf", "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2
    folder = tmp_path / "no" / "such" / "folder"
    unwritable = run_cli("--db", str(db), "export", meeting_id, "--document", "notice",
                         "--format", "docx", "-o", str(folder / "tb.docx"))
    assert unwritable.returncode == 1
    assert "không xuất được tệp: thư mục không tồn tại" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "no").exists()
    onto_folder = run_cli("--db", str(db), "export", meeting_id, "--document", "notice",
                          "--format", "pdf", "-o", str(tmp_path))
    assert onto_folder.returncode == 2 and "đích xuất là một thư mục" in onto_folder.stderr
