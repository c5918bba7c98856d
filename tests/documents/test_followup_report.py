"""The follow-up report in DOCX and PDF reads back per unit, per meeting and overdue tasks."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess

import pytest
from docx import Document as load_docx
from pypdf import PdfReader

from secretary_app.documents.followup_report import count, followup_report, report_bytes
from secretary_app.domain.enums import Authority, TaskStatus
from secretary_app.domain.model import Conclusion, Meeting, Organization, Signer, Task
from secretary_app.storage.followup import list_tasks, set_task_status
from secretary_app.storage.meetings import create_meeting

TODAY = dt.date(2025, 3, 10)
ORG = Organization("SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent_name="UBND TỈNH ĐẮK LẮK",
                   abbreviation="SGDĐT", place_name="Đắk Lắk")
SIGNER = Signer(Authority.TL, "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình")
TRICKY = "Rà soát <hồ sơ> & “đề án” 🌾"


@pytest.fixture
def lines(store):
    """Tasks of two meetings: one overdue with a note, one done, one cancelled, one running."""
    create_meeting(store, Meeting("Giao ban tháng 1", dt.date(2025, 1, 6), ORG, conclusions=[
        Conclusion("Giao nhiệm vụ", tasks=[
            Task("Phòng GDTrH-GDTX", TRICKY, deadline=dt.date(2025, 2, 28)),
            Task("Văn phòng Sở", "Tổng hợp báo cáo quý I", deadline=dt.date(2025, 3, 31)),
            Task("Phòng Kế hoạch - Tài chính", "Dự toán", status=TaskStatus.DONE)])]))
    create_meeting(store, Meeting("Giao ban tháng 2", dt.date(2025, 2, 3), ORG, conclusions=[
        Conclusion("Giao nhiệm vụ", tasks=[
            Task("phòng gdtrh-gdtx", "Kiểm tra trường chuẩn", status=TaskStatus.CANCELLED)])]))
    late = list_tasks(store.db, today=TODAY)[0]
    set_task_status(store, late.task_id, "open", dt.date(2025, 3, 5), "Đã xong 7/15 trường")
    return list_tasks(store.db, today=TODAY)


def report(lines):
    return followup_report(ORG, lines, TODAY, held_from=dt.date(2025, 1, 1),
                           held_to=dt.date(2025, 2, 28), signer=SIGNER,
                           recipients=["Ban Giám đốc Sở (để b/c)", "Các phòng thuộc Sở"])


def cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_counts_split_open_into_running_and_overdue(lines):
    c = count(lines, TODAY)
    assert (c.total, c.done, c.running, c.overdue, c.cancelled) == (4, 1, 1, 1, 1)


def test_docx_has_frame_tables_per_unit_per_meeting_and_overdue(lines):
    doc = load_docx(io.BytesIO(report_bytes("docx", report(lines))))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "BÁO CÁO" in text and "Tình hình thực hiện kết luận các cuộc họp" in text
    assert ("Tính đến ngày 10/03/2025, các cuộc họp từ ngày 01/01/2025 đến ngày 28/02/2025 đã "
            "giao 4 nhiệm vụ; trong đó đã hoàn thành 1, đang thực hiện trong hạn 1, quá hạn 1, "
            "hủy 1.") in text
    assert "Trên đây là báo cáo tình hình thực hiện kết luận các cuộc họp./." in text
    tables = [cells(t) for t in doc.tables]
    units = next(t for t in tables if t[0][:2] == ["TT", "Đơn vị chủ trì"])
    assert units[0][2:] == ["Tổng số", "Đã hoàn thành", "Đang thực hiện", "Quá hạn", "Hủy"]
    assert units[1:] == [
        ["1", "Phòng GDTrH-GDTX", "2", "0", "0", "1", "1"],
        ["2", "Phòng Kế hoạch - Tài chính", "1", "1", "0", "0", "0"],
        ["3", "Văn phòng Sở", "1", "0", "1", "0", "0"],
        ["", "Tổng cộng", "4", "1", "1", "1", "1"]]
    meetings = next(t for t in tables if t[0][:2] == ["TT", "Cuộc họp"])
    assert [r[1:3] for r in meetings[1:]] == [["Giao ban tháng 1 (ngày 06/01/2025)", "3"],
                                              ["Giao ban tháng 2 (ngày 03/02/2025)", "1"],
                                              ["Tổng cộng", "4"]]
    late = next(t for t in tables if t[0][:2] == ["TT", "Nội dung nhiệm vụ"])
    assert late[1] == ["1", TRICKY, "Phòng GDTrH-GDTX", "Giao ban tháng 1 (06/01/2025)",
                       "28/02/2025", "Đã xong 7/15 trường"]
    every = " ".join(c for t in tables for r in t for c in r)
    assert "TL. GIÁM ĐỐC" in every and "Nguyễn Văn Bình" in every and "Nơi nhận:" in every


def test_pdf_reads_back_with_vietnamese_text(lines):
    data = report_bytes("pdf", report(lines))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data))
                    .pages)
    for expected in ("BÁO CÁO", "Tình hình thực hiện kết luận các cuộc họp",
                     "Phòng Kế hoạch - Tài chính", "Tổng cộng", "Đã xong 7/15 trường",
                     "CHÁNH VĂN PHÒNG", "Số: /BC-SGDĐT"):
        assert expected in text, expected


def test_no_overdue_tasks_says_so(lines):
    doc = load_docx(io.BytesIO(report_bytes("docx", report(lines[1:]))))
    assert "Không có nhiệm vụ quá hạn." in [p.text for p in doc.paragraphs]
    with pytest.raises(ValueError):
        report_bytes("xlsx", report(lines))


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_converts_report_docx(lines, tmp_path):
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(report_bytes("docx", report(lines)))
    out = tmp_path / "out"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    converted = out / "bao-cao.pdf"
    assert converted.exists() and converted.stat().st_size > 1000, result.stdout
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(converted).pages)
    assert "Tình hình thực hiện kết luận các cuộc họp" in text and "Tổng cộng" in text
