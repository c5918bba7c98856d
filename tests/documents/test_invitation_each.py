"""One invitation per invitee (Mẫu 1.7): every invitee on pages of their own in one file, each
with the header, the invitation's one number and date, one 'kính mời' and its name; read back
from the DOCX (one section each, numbered anew) and the PDF (one page each)."""

from __future__ import annotations

import datetime as dt

from docx.oxml.ns import qn

from secretary_app.documents.blocks import PageBreak
from secretary_app.documents.export import (
    build_document,
    document_text,
    to_docx_bytes,
    to_pdf_bytes,
)
from secretary_app.domain.decisions import content_from_dict, content_to_dict
from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import DocumentKind
from tests.documents.decision_samples import invitation_each, long_invitation_each
from tests.documents.doc_samples import seed
from tests.documents.readback import docx_of, norm, pdf_reader
from tests.domain.test_headcount import party_cell_meeting

GM = DocumentKind.INVITATION


def docx_sections_text(data: bytes) -> list[str]:
    """The text of each section of the DOCX (table cells included), in order."""
    sections, current = [], []
    for p in docx_of(data).element.body.iter(qn("w:p")):
        current.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
        ppr = p.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:sectPr")) is not None:
            sections.append("\n".join(current))
            current = []
    return sections + ["\n".join(current)]


def pdf_page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in pdf_reader(data).pages]


def frame_of(text: str, header: tuple[str, ...], number: str, date: str) -> None:
    flat = norm(text)
    for piece in (*header, number, date, "GIẤY MỜI", "Nơi nhận:", "- Như trên;"):
        assert norm(piece) in flat, f"{piece!r} missing: {flat[:300]}"
    assert flat.lower().count("kính mời") == 1, flat


def test_each_invitee_gets_a_page_with_the_one_number_and_date():
    meeting = invitation_each(seed(), 7, dt.date(2024, 10, 9))
    invitees = content_of(meeting, GM).invitees
    document = build_document(meeting, GM)
    assert sum(isinstance(b, PageBreak) for b in document.blocks) == len(invitees) - 1
    docx, pdf = to_docx_bytes(document), to_pdf_bytes(document)
    header = ("UBND TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc")
    number, date = "Số: 07/GM-SGDĐT", "Đắk Lắk, ngày 09 tháng 10 năm 2024"
    pages, sections = pdf_page_texts(pdf), docx_sections_text(docx)
    assert len(pages) == len(sections) == len(invitees) == 5
    for invitee, page, section in zip(invitees, pages, sections, strict=True):
        for text in (page, section):
            frame_of(text, header, number, date)
            assert norm(invitee) in norm(text)
            others = [i for i in invitees if i != invitee and not i.startswith(invitee)]
            assert not any(norm(o) in norm(text) for o in others), (invitee, text[:200])
            assert "Rất mong đồng chí tham dự" in norm(text) or invitee.startswith(
                ("Thường trực", "Đại diện"))
        assert not page.lstrip()[:1].isdigit(), page[:20]  # each first page unnumbered
    assert "Rất mong các đồng chí tham dự" in norm(pages[2])  # a unit is addressed in plural


def test_party_invitations_each_carry_the_party_frame():
    meeting = invitation_each(party_cell_meeting())
    docx, pdf = (render(build_document(meeting, GM)) for render in (to_docx_bytes, to_pdf_bytes))
    invitees = content_of(meeting, GM).invitees
    assert "Đồng chí Bí thư Đảng ủy xã" in invitees  # not 'Đồng chí Đồng chí …'
    header = ("ĐẢNG BỘ XÃ HÒA PHÚ", "CHI BỘ THÔN 3", "ĐẢNG CỘNG SẢN VIỆT NAM")
    pages, sections = pdf_page_texts(pdf), docx_sections_text(docx)
    assert len(pages) == len(sections) == len(invitees)
    for invitee, page, section in zip(invitees, pages, sections, strict=True):
        for text in (page, section):
            frame_of(text, header, "Số -GM/CB", "Hòa Phú, ngày")
            assert norm(invitee) in norm(text)


def test_each_invitation_is_numbered_as_a_document_of_its_own():
    document = build_document(long_invitation_each(), GM)
    pages = pdf_page_texts(to_pdf_bytes(document))
    assert len(pages) == 4
    assert [p.lstrip().split("\n")[0].strip() == "2" for p in pages] == [False, True] * 2
    assert [norm(p).lower().count("kính mời") for p in pages] == [1, 0, 1, 0]
    docx = docx_of(to_docx_bytes(document))
    assert len(docx.sections) == 2
    second = docx.sections[1]
    numbering = second._sectPr.find(qn("w:pgNumType"))
    assert numbering is not None and numbering.get(qn("w:start")) == "1"
    assert second.different_first_page_header_footer
    assert second.header.is_linked_to_previous  # the page number field of the first section


def test_one_per_invitee_is_kept_with_the_draft_and_off_by_default():
    meeting = seed()
    assert not content_of(meeting, GM).per_invitee
    assert "per_invitee" not in content_to_dict(content_of(meeting, GM))  # hashes unchanged
    made = invitation_each(meeting)
    assert meeting.document(GM) is None  # the meeting itself is not changed
    content = content_of(made, GM)
    assert content_from_dict(content_to_dict(content)).per_invitee
    assert content_from_dict({"per_invitee": "yes"}).per_invitee is False
    assert document_text(build_document(made, GM)).count("kính mời") == len(content.invitees)
