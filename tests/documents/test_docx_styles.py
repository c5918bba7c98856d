"""The DOCX carries Part 0 in named paragraph styles: restyling the body in Word restyles the
whole document, and the output still reads back with the Part 0 values."""

from __future__ import annotations

import io

import pytest
from docx.shared import Mm, Pt

from secretary_app.documents.docx_styles import NAMES
from secretary_app.documents.export import build_document, to_docx_bytes
from secretary_app.domain.enums import DocumentKind
from tests.documents import effective
from tests.documents.decision_samples import registered_cell
from tests.documents.doc_samples import fresh
from tests.documents.readback import docx_of, docx_paragraphs

KINDS = list(DocumentKind)


@pytest.mark.parametrize("kind", KINDS, ids=[k.name.lower() for k in KINDS])
def test_every_document_uses_the_named_styles(kind):
    data = to_docx_bytes(build_document(fresh("voting"), kind))
    doc = docx_of(data)
    body = doc.styles[NAMES["body"]]
    assert body.font.size == Pt(14) and body.paragraph_format.alignment == 3
    assert abs(body.paragraph_format.first_line_indent - Mm(12.7)) < Mm(0.1)
    assert body.paragraph_format.space_after == Pt(6)
    used = {p.style.name for p in docx_paragraphs(data)}
    for role in ("body", "header-left", "header-right", "number", "kind", "signature",
                 "recipients-label", "recipients"):
        assert NAMES[role] in used, role
    for p in docx_paragraphs(data):
        if p.style.name == NAMES["body"]:  # body text: no size of its own, the style's
            assert all(r.font.size is None for r in p.runs), p.text[:40]
            assert p.paragraph_format.space_after is None
            assert p.paragraph_format.line_spacing is None


def test_changing_the_body_style_changes_every_body_paragraph():
    data = to_docx_bytes(build_document(fresh("seed"), DocumentKind.MINUTES))
    doc = docx_of(data)
    doc.styles[NAMES["body"]].font.size = Pt(13)
    out = io.BytesIO()
    doc.save(out)
    again = [p for p in docx_paragraphs(out.getvalue()) if p.style.name == NAMES["body"]]
    assert len(again) > 10
    assert {effective.size(p, r) for p in again for r in p.runs} == {13.0}


def test_party_styles_carry_the_party_values():
    doc = docx_of(to_docx_bytes(build_document(registered_cell(), DocumentKind.RESOLUTION)))
    assert doc.styles[NAMES["header-right"]].font.size == Pt(15)
    assert doc.styles[NAMES["kind"]].font.size == Pt(15)
    label = doc.styles[NAMES["recipients-label"]].font
    assert label.underline and not label.bold and label.size == Pt(12)
    assert doc.styles[NAMES["recipients"]].font.size == Pt(11)
