"""Part 0 rules that can be measured: page, margins, header fonts and sizes, page numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.documents.fonts import text_width_mm
from secretary_app.domain.enums import DocumentKind
from tests.documents import effective
from tests.documents.doc_samples import fresh
from tests.documents.readback import MM, docx_of, pdf_drawn, pdf_reader

KINDS = [DocumentKind.MINUTES, DocumentKind.NOTICE]


@pytest.fixture(scope="module", params=KINDS, ids=["minutes", "notice"])
def files(request):
    """(docx bytes, pdf bytes) of the seed meeting's minutes or notice."""
    document = build_document(fresh("seed"), request.param)
    return to_docx_bytes(document), to_pdf_bytes(document)


def near(a, b, tolerance):
    return abs(a - b) <= tolerance


def test_docx_page_is_a4_with_part0_margins(files):
    section = docx_of(files[0]).sections[0]
    assert near(section.page_width, Mm(210), Mm(0.1))
    assert near(section.page_height, Mm(297), Mm(0.1))
    for value, mm in ((section.top_margin, 20), (section.bottom_margin, 20),
                      (section.left_margin, 30), (section.right_margin, 15)):
        assert near(value, Mm(mm), Mm(0.1))


def test_pdf_page_is_a4_and_text_stays_inside_the_margins(files):
    reader = pdf_reader(files[1])
    assert len(reader.pages) >= 2
    for index, page in enumerate(reader.pages):
        assert near(float(page.mediabox.width), 210 * MM, 0.5)
        assert near(float(page.mediabox.height), 297 * MM, 0.5)
        for piece in pdf_drawn(files[1], index):
            if index > 0 and piece.text.strip() == str(index + 1):
                continue  # the page number lives in the top margin
            assert piece.x >= 30 * MM - 0.5, piece
            assert piece.y >= 20 * MM, piece
            assert piece.y <= (297 - 20) * MM, piece


def test_docx_font_is_times_new_roman_for_every_script(files):
    doc = docx_of(files[0])
    fonts = doc.styles["Normal"].element.rPr.rFonts
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(attr)) == "Times New Roman"
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert "Theme" not in "".join(defaults.find(qn("w:rPr")).find(qn("w:rFonts")).attrib)
    assert doc.styles["Normal"].font.size == Pt(14)


def _cell_runs(cell):
    return [(p.text, (p, p.runs[0])) for p in cell.paragraphs if p.text]


def test_docx_header_lines_sizes_and_weights(files):
    doc = docx_of(files[0])
    header, number_row = doc.tables[0], doc.tables[1]
    left = dict(_cell_runs(header.cell(0, 0)))
    right = dict(_cell_runs(header.cell(0, 1)))
    assert effective.size(*left["UBND TỈNH ĐẮK LẮK"]) == 12
    assert not effective.flag(*left["UBND TỈNH ĐẮK LẮK"], "bold")
    assert effective.size(*left["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]) == 12
    assert effective.flag(*left["SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "bold")
    national = right["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert effective.size(*national) == 12 and effective.flag(*national, "bold")
    motto = right["Độc lập - Tự do - Hạnh phúc"]
    assert effective.size(*motto) == 13 and effective.flag(*motto, "bold")
    number = number_row.cell(0, 0).paragraphs[0]
    assert number.text.startswith("Số:") and effective.size(number, number.runs[0]) == 13
    date = number_row.cell(0, 1).paragraphs[0]
    assert effective.flag(date, date.runs[0], "italic")
    assert effective.size(date, date.runs[0]) == 13
    for _, run in [*left.values(), *right.values()]:
        assert run.font.name in (None, "Times New Roman")  # inherits the style's font


def _rule_length_mm(cell, width_mm):
    """Length of the bordered empty paragraph in a header cell (width minus its indents)."""
    for p in cell.paragraphs:
        if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None:
            fmt = p.paragraph_format
            return width_mm - 2 * 1.0 - (fmt.left_indent + fmt.right_indent) / Mm(1)
    raise AssertionError("no rule in the cell")


def test_docx_rules_under_issuing_body_and_motto(files):
    table = docx_of(files[0]).tables[0]
    widths = [cell.width / Mm(1) for cell in table.rows[0].cells]
    motto = text_width_mm("Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    body = text_width_mm("SỞ GIÁO DỤC VÀ ĐÀO TẠO", 12, bold=True)
    assert near(_rule_length_mm(table.cell(0, 1), widths[1]), motto, 0.5)
    assert near(_rule_length_mm(table.cell(0, 0), widths[0]), body / 3, 1.0)


def test_docx_layout_tables_are_borderless_with_widths_on_grid_and_cells(files):
    doc = docx_of(files[0])
    for table in doc.tables:
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert {e.get(qn("w:val")) for e in borders} == {"nil"}
        grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        cells = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w")))
                 for tc in table._tbl.tr_lst[0].tc_lst]
        assert grid == cells or len(cells) < len(grid)
        assert near(sum(grid) / 56.693, 165, 0.5)  # twips -> mm: the text width


def test_pdf_header_fonts_and_sizes(files):
    drawn = {d.text.strip(): d for d in pdf_drawn(files[1], 0)}
    national = drawn["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert national.font.endswith("LiberationSerif-Bold") and national.size == 12
    motto = drawn["Độc lập - Tự do - Hạnh phúc"]
    assert motto.font.endswith("LiberationSerif-Bold") and motto.size == 13
    assert drawn["UBND TỈNH ĐẮK LẮK"].font.endswith("+LiberationSerif")
    assert drawn["SỞ GIÁO DỤC VÀ ĐÀO TẠO"].font.endswith("LiberationSerif-Bold")
    date = next(d for t, d in drawn.items() if t.startswith("Đắk Lắk, ngày"))
    assert date.font.endswith("LiberationSerif-Italic") and date.size == 13
    assert near(date.y, national.y - 2 * 6.5 * MM, 10 * MM)  # same row as Số, under the motto
    number = next(d for t, d in drawn.items() if t.startswith("Số:"))
    assert near(number.y, date.y, 0.5)


def test_page_numbers_from_page_two_at_the_top_centre(files):
    first = pdf_drawn(files[1], 0)
    assert not any(d.text.strip() == "1" for d in first)
    second = [d for d in pdf_drawn(files[1], 1) if d.text.strip() == "2"]
    assert len(second) == 1
    number = second[0]
    assert number.y > (297 - 20) * MM  # in the top margin
    assert near(number.x + 3.5, (30 + 165 / 2) * MM, 4)  # centred over the text block
    assert number.size == 14 and "Bold" not in number.font and "Italic" not in number.font


def test_docx_page_number_field_only_after_the_first_page(files):
    section = docx_of(files[0]).sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert "PAGE" not in section.first_page_header._element.xml
    field_runs = section.header.paragraphs[0].runs
    assert all(r.font.size == Pt(14) for r in field_runs)
    assert section.header.paragraphs[0].alignment == 1  # centred


def test_body_paragraphs_justified_indented_spaced(files):
    doc = docx_of(files[0])
    body = [p for p in doc.paragraphs if p.text.startswith("1. ")][0]
    assert effective.paragraph_format(body, "alignment") == 3  # justify
    assert near(effective.paragraph_format(body, "first_line_indent"), Mm(12.7), Mm(0.1))
    assert effective.paragraph_format(body, "space_after") == Pt(6)
    assert 14 <= effective.paragraph_format(body, "line_spacing").pt <= 21  # single to 1.5


def test_pdf_is_byte_stable(files):
    document = build_document(fresh("seed"), DocumentKind.NOTICE)
    document.created = dt.datetime(2024, 10, 16, 9, 30, tzinfo=dt.UTC)
    assert to_pdf_bytes(document) == to_pdf_bytes(document)
