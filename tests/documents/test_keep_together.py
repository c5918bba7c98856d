"""The signature block and Nơi nhận stay together, with the closing sentence, wherever the page
breaks fall."""

from __future__ import annotations

from docx.oxml.ns import qn

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Conclusion, Opinion
from tests.documents.doc_samples import fresh
from tests.documents.readback import docx_of, docx_paragraphs, norm, pdf_pages

FILLER = "Ý kiến bổ sung về tiến độ thực hiện, đề nghị các đơn vị phối hợp chặt chẽ hơn nữa."


def _page_of(pages: list[str], needle: str) -> int:
    hits = [i for i, text in enumerate(pages) if needle in norm(text)]
    assert len(hits) == 1, f"{needle!r} on pages {hits}"
    return hits[0]


def test_minutes_signatures_never_leave_the_closing_sentence():
    for extra in range(0, 16):
        meeting = fresh("seed")
        meeting.opinions += [Opinion(key=f"f{i}", text=FILLER * 2, speaker="a2", agenda="g2")
                             for i in range(extra)]
        pages = pdf_pages(to_pdf_bytes(build_document(meeting, DocumentKind.MINUTES)))
        closing = _page_of(pages, "cùng ngày./.")
        for part in ("THƯ KÝ", "CHỦ TRÌ", "Lê Thị Thanh Xuân Nơi nhận:", "- Lưu: VT, GDTrH-GDTX."):
            assert _page_of(pages, part) == closing, (extra, part)


def test_notice_signer_and_recipients_on_one_page_with_the_closing():
    for extra in range(0, 12):
        meeting = fresh("seed")
        meeting.conclusions += [Conclusion(text=FILLER * 3) for _ in range(extra)]
        pages = pdf_pages(to_pdf_bytes(build_document(meeting, DocumentKind.NOTICE)))
        closing = _page_of(pages, "biết, thực hiện./.")
        for part in ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nơi nhận:", "- Lưu: VT, GDTrH-GDTX."):
            assert _page_of(pages, part) == closing, (extra, part)


def test_docx_rows_unsplittable_and_closing_kept_with_next():
    for kind, closing in ((DocumentKind.MINUTES, "cùng ngày./."),
                          (DocumentKind.NOTICE, "thực hiện./.")):
        data = to_docx_bytes(build_document(fresh("seed"), kind))
        signature_table = docx_of(data).tables[-1]
        for row in signature_table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        last = next(p for p in docx_paragraphs(data) if p.text.endswith(closing))
        assert last.paragraph_format.keep_with_next
        label = next(p for p in docx_paragraphs(data) if p.text == "Nơi nhận:")
        assert label.paragraph_format.keep_with_next


def test_minutes_signature_row_keeps_with_recipients_row():
    data = to_docx_bytes(build_document(fresh("seed"), DocumentKind.MINUTES))
    table = docx_of(data).tables[-1]
    first_row = table.rows[0]
    for cell in first_row.cells:
        assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs)
    assert table.rows[1].cells[0].text.startswith("Nơi nhận:")
