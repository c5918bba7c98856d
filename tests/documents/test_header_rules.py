"""The short rule under the issuing body is 1/3 to 1/2 of that line's width, in both files."""

from __future__ import annotations

import pytest

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.documents.fonts import text_width_mm
from secretary_app.domain.enums import DocumentKind
from tests.documents.doc_samples import fresh
from tests.documents.readback import docx_of, pdf_drawn, pdf_strokes
from tests.documents.test_layout import _rule_length_mm

LEFT_EDGE_MM, LEFT_COLUMN_MM = 30.0, 165 * 0.42

NAMES = [("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND TỈNH ĐẮK LẮK"),
         ("VĂN PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
         ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ TỈNH", "UBND TỈNH QUẢNG NINH"),
         ("HĐND", "")]


def _files(name: str, parent: str, kind: DocumentKind):
    meeting = fresh("seed")
    meeting.organization.name, meeting.organization.parent_name = name, parent
    document = build_document(meeting, kind)
    return to_docx_bytes(document), to_pdf_bytes(document)


def _pdf_name_width(pdf: bytes, name: str) -> float:
    """The widest printed line of the issuing body on page 1 (bold pieces in the left column)."""
    pieces = [d for d in pdf_drawn(pdf, 0) if d.font.endswith("Bold") and d.size == 12
              and d.x / 72 * 25.4 < LEFT_EDGE_MM + LEFT_COLUMN_MM and d.text.strip() in name]
    assert pieces, name
    return max(text_width_mm(d.text.strip(), 12, bold=True) for d in pieces)


@pytest.mark.parametrize(("name", "parent"), NAMES)
@pytest.mark.parametrize("kind", [DocumentKind.MINUTES, DocumentKind.NOTICE])
def test_issuing_body_rule_is_a_third_to_a_half_of_its_line(name, parent, kind):
    docx, pdf = _files(name, parent, kind)
    line = _pdf_name_width(pdf, name)
    [rule] = [s for s in pdf_strokes(pdf, 0)
              if s.centre_x < LEFT_EDGE_MM + LEFT_COLUMN_MM and s.y1 > 230]
    assert 1 / 3 - 0.01 <= rule.length / line <= 0.5 + 0.01, (name, rule.length, line)
    cell = docx_of(docx).tables[0].cell(0, 0)
    docx_rule = _rule_length_mm(cell, cell.width / 36000)
    assert abs(docx_rule - rule.length) < 0.2, (docx_rule, rule.length)
