"""Nghị quyết, Quyết định, Giấy mời: read back from DOCX and PDF (header, number and date, title
and trích yếu, căn cứ and articles, signature, Nơi nhận, fonts and sizes)."""

from __future__ import annotations

import pytest
from docx.shared import Pt

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting
from tests.documents import effective
from tests.documents.decision_samples import registered_cell, registered_council
from tests.documents.doc_samples import seed
from tests.documents.readback import docx_paragraphs, norm, pdf_drawn, pdf_text
from tests.domain.test_headcount import party_cell_meeting

NQ, QD, GM = DocumentKind.RESOLUTION, DocumentKind.DECISION, DocumentKind.INVITATION


def files(meeting: Meeting, kind: DocumentKind) -> tuple[bytes, bytes]:
    document = build_document(meeting, kind)
    return to_docx_bytes(document), to_pdf_bytes(document)


def paragraph(data: bytes, starts: str):
    """The first DOCX paragraph whose text starts with `starts`."""
    return next(p for p in docx_paragraphs(data) if p.text.startswith(starts))


def size_of(par, run) -> float:
    return effective.size(par, run)


def flag(par, run, name: str) -> bool:
    return effective.flag(par, run, name)


def in_both(docx: bytes, pdf: bytes, *texts: str) -> None:
    word, printed = norm("\n".join(p.text for p in docx_paragraphs(docx))), norm(pdf_text(pdf))
    for text in texts:
        assert norm(text) in word, f"{text!r} missing from the DOCX"
        assert norm(text) in printed, f"{text!r} missing from the PDF"


def pdf_piece(pdf: bytes, text: str):
    return next(d for d in pdf_drawn(pdf, 0) if d.text.strip().startswith(text))


def test_state_resolution_of_a_council_reads_back():
    docx, pdf = files(registered_council(), NQ)
    in_both(docx, pdf, "HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số: 15/NQ-HĐND", "Đắk Lắk, ngày 10 tháng 7 năm 2026",
            "NGHỊ QUYẾT", "KHÓA X, KỲ HỌP THỨ MƯỜI",
            "Căn cứ kết quả biểu quyết tại kỳ họp thứ mười ngày 10 tháng 7 năm 2026.",
            "QUYẾT NGHỊ:", "Điều 1. Hoàn thành thu quỹ quốc phòng an ninh trước 31/3.",
            "Điều 2. Vận động hộ dân hiến đất mở rộng đường thôn.",
            "Điều 3. Nghị quyết này có hiệu lực kể từ ngày ký.", "./.",
            "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Chủ tịch", "Nơi nhận:",
            "- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Lưu: VT.")
    title = paragraph(docx, "NGHỊ QUYẾT")
    assert size_of(title, title.runs[0]) == 14 and flag(title, title.runs[0], "bold")
    basis = paragraph(docx, "Căn cứ kết quả")
    assert flag(basis, basis.runs[0], "italic") and size_of(basis, basis.runs[0]) == 14
    article = paragraph(docx, "Điều 1.")
    assert flag(article, article.runs[0], "bold")  # the label 'Điều 1.'
    assert not flag(article, article.runs[-1], "bold")
    decided = paragraph(docx, "QUYẾT NGHỊ:")
    assert flag(decided, decided.runs[0], "bold") and decided.alignment == 1  # centred
    label = paragraph(docx, "Nơi nhận:")
    assert flag(label, label.runs[0], "bold") and flag(label, label.runs[0], "italic")
    assert size_of(label, label.runs[0]) == 12
    assert pdf_piece(pdf, "NGHỊ QUYẾT").size == 14 and "Bold" in pdf_piece(pdf, "NGHỊ").font
    assert pdf_piece(pdf, "Số: 15/NQ-HĐND").size == 13


def test_party_cell_resolution_reads_back_in_the_monthly_shape():
    docx, pdf = files(registered_cell(), NQ)
    in_both(docx, pdf, "ĐẢNG BỘ XÃ HÒA PHÚ", "CHI BỘ THÔN 3", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 03-NQ/CB", "Hòa Phú, ngày 05 tháng 3 năm 2026", "NGHỊ QUYẾT",
            "về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2026", "-----",
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Tổng số đảng viên: 17 (15 chính thức, 02 dự bị); có mặt: 16; vắng: 01 (có lý do: 01).",
            "CHI BỘ QUYẾT NGHỊ:", "I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 2 NĂM 2026",
            "II- NHIỆM VỤ, GIẢI PHÁP THÁNG 3 NĂM 2026",
            "1. Hoàn thành thu quỹ quốc phòng an ninh trước 31/3.",
            "2. Vận động hộ dân hiến đất mở rộng đường thôn.", "III- TỔ CHỨC THỰC HIỆN",
            "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An", "Nơi nhận:", "- Đảng viên trong Chi bộ;",
            "- Lưu Chi bộ.")
    assert "Số:" not in docx_paragraphs(docx)[0].text
    title = paragraph(docx, "NGHỊ QUYẾT")
    assert size_of(title, title.runs[0]) == 15
    label = paragraph(docx, "Nơi nhận:")
    assert flag(label, label.runs[0], "underline") and not flag(label, label.runs[0], "bold")
    assert pdf_piece(pdf, "ĐẢNG CỘNG SẢN VIỆT NAM").size == 15


def test_resolution_articles_are_the_meetings_conclusions():
    for meeting in (seed(), party_cell_meeting()):
        from secretary_app.domain.drafting import content_of
        content = content_of(meeting, NQ)
        assert [a.conclusion for a in content.articles] == list(
            range(1, len(meeting.conclusions) + 1))
        for article, conclusion in zip(content.articles, meeting.conclusions, strict=True):
            assert article.text.split("\n")[0] == conclusion.text


def test_decision_reads_back_with_minutes_basis_and_as_article_n():
    docx, pdf = files(seed(), QD)
    n = len(seed().conclusions) + 1
    in_both(docx, pdf, "UBND TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: /QĐ-SGDĐT",
            "Đắk Lắk, ngày tháng năm 2024", "QUYẾT ĐỊNH", "Về việc triển khai thực hiện kết luận",
            "GIÁM ĐỐC SỞ GDĐT", "Căn cứ Biên bản cuộc họp đánh giá",
            "ngày 16 tháng 10 năm 2024;", "Theo đề nghị của", "QUYẾT ĐỊNH:", "Điều 1.",
            f"Điều {n}. Quyết định này có hiệu lực kể từ ngày ký.", "Lê Thị Thanh Xuân",
            "Nơi nhận:", f"- Như Điều {n};", "- Lưu: VT.")
    basis = paragraph(docx, "Căn cứ Biên bản")
    assert flag(basis, basis.runs[0], "italic")


def test_party_decision_uses_the_party_frame():
    docx, pdf = files(party_cell_meeting(), QD)
    in_both(docx, pdf, "ĐẢNG CỘNG SẢN VIỆT NAM", "Số -QĐ/CB", "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:",
            "Điều 1.", "- Lưu Chi bộ.")


@pytest.mark.parametrize("make", [seed, party_cell_meeting], ids=["state", "party"])
def test_invitation_reads_back(make):
    meeting = make()
    meeting.start_time = "14:00"
    docx, pdf = files(meeting, GM)
    number = "Số: /GM-SGDĐT" if make is seed else "Số -GM/CB"
    in_both(docx, pdf, number, "GIẤY MỜI", "Về việc dự", "Trân trọng kính mời:",
            "Tới dự:", "Thời gian: 14 giờ 00 phút,", "Địa điểm:", "Thông tin liên hệ:",
            "Rất mong các đồng chí tham dự đúng thời gian./.", "Nơi nhận:", "- Như trên;")
    if make is seed:
        in_both(docx, pdf, "- Đồng chí Phạm Đăng Khoa, Chủ tịch Hội Khuyến học tỉnh;",
                "Nội dung:", "1. Đánh giá thuận lợi", "GIÁM ĐỐC SỞ GDĐT")
    time = paragraph(docx, "Thời gian:")
    assert flag(time, time.runs[0], "bold") and size_of(time, time.runs[-1]) == 14


def test_every_new_document_names_times_new_roman_and_body_14pt():
    for kind in (NQ, QD, GM):
        docx, pdf = files(seed(), kind)
        from tests.documents.readback import docx_of
        doc = docx_of(docx)
        assert doc.styles["Normal"].font.name == "Times New Roman"
        assert doc.styles["Normal"].font.size == Pt(14)
        fonts = {d.font for page in range(len(pdf_text(pdf).split("\f"))) for d in
                 pdf_drawn(pdf, page)}
        assert all("Serif" in f or "Tinos" in f or "Times" in f for f in fonts), fonts
