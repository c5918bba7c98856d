"""The register exported to DOCX, PDF and XLSX reads back with every row; LibreOffice opens it."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess

import pytest
from docx import Document as load_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from secretary_app.documents.register_report import (
    HEADINGS,
    export_register,
    period_text,
    register_document,
    totals_text,
)
from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.storage.register import cancel_number, reserve_number
from secretary_app.storage.register import register_document as register
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_queries import list_register
from tests.storage.register_helpers import make_meeting, make_org

D = dt.date
TRICKY = "Về “nước sạch” <&> 'quy hoạch' 🌾 – Đắk Lắk"


@pytest.fixture
def register_data(store):
    """An organisation's register with issued, cancelled and reserved numbers."""
    org = make_org(store)
    mid = make_meeting(store, org, D(2024, 3, 4), title=TRICKY)
    issue_meeting_document(store, mid, DocumentKind.MINUTES, D(2024, 3, 5))
    wrong = register(store, org.id, "BC", "Báo cáo sai", D(2024, 3, 6), signer="Nguyễn Văn A")
    cancel_number(store, wrong.id, "Ghi nhầm trích yếu")
    reserve_number(store, org.id, "TB", D(2024, 3, 7), note="Dành cho thông báo của Giám đốc")
    issue_meeting_document(store, mid, DocumentKind.NOTICE, D(2024, 3, 8))
    return org, list_register(store.db, org.id, year=2024)


EXPECTED = [
    ("01/BB-SGDĐT", "05/03/2024", "Biên bản", TRICKY, "Đã cấp"),
    ("02/BC-SGDĐT", "06/03/2024", "Báo cáo", "Báo cáo sai", "Đã hủy"),
    ("03/TB-SGDĐT", "07/03/2024", "Thông báo", "", "Giữ số"),
    ("04/TB-SGDĐT", "08/03/2024", "Thông báo", TRICKY, "Đã cấp"),
]


def test_document_model_has_title_table_and_totals(register_data):
    org, entries = register_data
    doc = register_document(org, entries, 2024)
    table = next(b for b in doc.blocks if hasattr(b, "headings"))
    assert table.headings == HEADINGS
    assert [(r[0], r[1], r[2], r[3], r[6]) for r in table.rows] == EXPECTED
    assert table.rows[1][7] == "Ghi nhầm trích yếu"
    assert doc.page.width_mm > doc.page.height_mm  # landscape
    assert totals_text(entries) == "Tổng số: 4 số (đã cấp 2, đã hủy 1, giữ số 1)."
    assert period_text(entries, None) == "Năm 2024"


def test_docx_reads_back_with_every_row(register_data):
    org, entries = register_data
    docx = load_docx(io.BytesIO(export_register("docx", org, entries, 2024)))
    table = next(t for t in docx.tables if t.rows[0].cells[0].text == HEADINGS[0])
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert tuple(rows[0]) == HEADINGS
    assert [(r[0], r[1], r[2], r[3], r[6]) for r in rows[1:]] == EXPECTED
    assert rows[2][7] == "Ghi nhầm trích yếu"
    assert rows[1][5] == "Ban Giám đốc Sở"
    text = "\n".join(p.text for p in docx.paragraphs)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text and "Năm 2024" in text


def test_pdf_reads_back_with_every_row(register_data):
    org, entries = register_data
    reader = PdfReader(io.BytesIO(export_register("pdf", org, entries, 2024)))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    for number, date, _, _, status in EXPECTED:
        assert number in flat and date in flat and status in flat
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in flat
    assert "Ghi nhầm trích yếu" in flat and "<&>" in flat


def test_xlsx_reads_back_with_every_row(register_data):
    org, entries = register_data
    book = load_workbook(io.BytesIO(export_register("xlsx", org, entries, 2024)))
    sheet = book.active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows.index(list(HEADINGS))
    data = rows[header + 1: header + 5]
    assert [(r[0], r[1].date(), r[2], r[3] or "", r[6]) for r in data] == [
        (n, dt.datetime.strptime(d, "%d/%m/%Y").date(), k, s, st) for n, d, k, s, st in EXPECTED]
    assert data[1][7] == "Ghi nhầm trích yếu"
    assert sheet.cell(header + 2, 2).number_format == "DD/MM/YYYY"
    assert any(r[0] == "Tổng số: 4 số (đã cấp 2, đã hủy 1, giữ số 1)." for r in rows)


def test_party_register_numbers(store):
    org = make_org(store, style=DocumentStyle.PARTY, term_start=D(2020, 10, 1),
                   abbreviation="CB")
    register(store, org.id, "BB", "Họp chi bộ tháng 1", D(2024, 1, 5))
    doc = register_document(org, list_register(store.db))
    table = next(b for b in doc.blocks if hasattr(b, "headings"))
    assert table.rows[0][0] == "01-BB/CB"


def test_empty_register_still_exports(store):
    org = make_org(store)
    for fmt in ("docx", "pdf", "xlsx"):
        assert export_register(fmt, org, [], 2025)[:2] in (b"PK", b"%P")


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_register_docx_and_xlsx(register_data, tmp_path):
    org, entries = register_data
    for fmt in ("docx", "xlsx"):
        source = tmp_path / f"register.{fmt}"
        source.write_bytes(export_register(fmt, org, entries, 2024))
        out = tmp_path / f"out-{fmt}"
        profile = (tmp_path / f"profile-{fmt}").as_uri()
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out), str(source)],
            capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
        assert result.returncode == 0, result.stderr
        converted = out / "register.pdf"
        assert converted.exists() and converted.stat().st_size > 1000, result.stdout
        text = " ".join(PdfReader(converted).pages[0].extract_text().split())
        assert "01/BB-SGDĐT" in text
