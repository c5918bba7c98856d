"""The reusable official frame and the TABLE block, as other documents (register, follow-up
report) use them."""

from __future__ import annotations

import datetime as dt

from docx.oxml.ns import qn
from docx.shared import Mm

from secretary_app.documents.blocks import Align, PageSetup, Paragraph, Run, Table
from secretary_app.documents.export import document_text, to_docx_bytes, to_pdf_bytes
from secretary_app.documents.frame import official_document, recipient_lines
from secretary_app.domain.enums import Authority, DocumentStyle
from secretary_app.domain.model import Organization, Signer
from tests.documents.readback import MM, docx_of, docx_text, norm, pdf_reader, pdf_text

ORG = Organization(name="Sở Tài chính", parent_name="UBND tỉnh Lào Cai", abbreviation="STC",
                   place_name="Lào Cai")
ROWS = tuple((f"{i:02d}/TB-STC", f"Việc số {i} & <kiểm tra>", "Phòng Ngân sách",
              "Đang thực hiện") for i in range(1, 61))


def _report(page: PageSetup | None = None):
    table = Table(("Số", "Nội dung", "Đơn vị", "Tình trạng"), ROWS, (2, 6, 3, 2), size=12,
                  align=(Align.CENTER, Align.LEFT, Align.LEFT, Align.CENTER))
    body = [Paragraph((Run("Tình hình thực hiện các kết luận như sau:"),)), table]
    document = official_document(
        ORG, "BC", "Báo cáo", "Tình hình thực hiện kết luận quý III năm 2024", body,
        dt.date(2024, 2, 3), 7, Signer(Authority.KT, "Giám đốc", "Phó Giám đốc", "Trần Văn B"),
        ["Như trên", "UBND tỉnh (b/c);"], "VT, NS")
    if page is not None:
        document.page = page
    return document


def test_official_document_frame_text():
    text = document_text(_report())
    for expected in ("UBND TỈNH LÀO CAI\nSỞ TÀI CHÍNH", "Số: 07/BC-STC",
                     "Lào Cai, ngày 03 tháng 02 năm 2024", "BÁO CÁO\nTình hình thực hiện",
                     "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn B",
                     "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, NS."):
        assert expected in text
    assert "Số\tNội dung\tĐơn vị\tTình trạng" in text
    assert "60/TB-STC\tViệc số 60 & <kiểm tra>" in text


def test_table_block_in_docx_ruled_with_repeating_heading():
    data = to_docx_bytes(_report())
    table = next(t for t in docx_of(data).tables if t.cell(0, 0).text == "Số")
    assert len(table.rows) == 61
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {e.get(qn("w:val")) for e in borders} == {"single"}
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    widths = [c.width / Mm(1) for c in table.rows[0].cells]
    assert abs(sum(widths) - 165) < 0.5 and abs(widths[1] / widths[0] - 3) < 0.01
    assert table.cell(0, 1).paragraphs[0].runs[0].font.bold
    assert "Việc số 60 & <kiểm tra>" in docx_text(data)


def test_table_block_in_pdf_spans_pages_with_every_row():
    pdf = to_pdf_bytes(_report())
    assert len(pdf_reader(pdf).pages) >= 2
    text = norm(pdf_text(pdf))
    for number, content, _, _ in ROWS:
        assert f"{number} {norm(content)}" in text
    assert text.count("Tình trạng") >= 2  # the heading row repeats on the next page


def test_landscape_page_in_both_renderers():
    landscape = PageSetup(width_mm=297, height_mm=210, left_mm=25)
    data = to_docx_bytes(_report(landscape))
    section = docx_of(data).sections[0]
    assert section.orientation == 1 and abs(section.page_width - Mm(297)) < Mm(0.1)
    page = pdf_reader(to_pdf_bytes(_report(landscape))).pages[0]
    assert abs(float(page.mediabox.width) - 297 * MM) < 0.5


def test_recipient_lines_state_and_party():
    assert recipient_lines(ORG, ["- Như trên;", "", "Sở Nội vụ."], "") == (
        "- Như trên;", "- Sở Nội vụ;", "- Lưu: VT.")
    party = Organization(name="CHI BỘ 1", style=DocumentStyle.PARTY)
    assert recipient_lines(party, ["Đảng ủy (b/c)"], "Chi bộ") == (
        "- Đảng ủy (b/c);", "- Lưu Chi bộ.")
