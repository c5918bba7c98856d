"""What the minutes and the notice say, read back from both files: literals, dates, numbers,
every opinion and conclusion, votes, hostile text, Party style."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from secretary_app.documents.export import (
    build_document,
    document_text,
    to_docx_bytes,
    to_pdf_bytes,
)
from secretary_app.documents.proceedings import speaker_intro
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import OfficialDocument
from tests.documents import effective
from tests.documents.doc_samples import HOSTILE_CLEAN, LONG_OPINION, fresh
from tests.documents.readback import docx_paragraphs, docx_text, norm, pdf_text

BB, TB = DocumentKind.MINUTES, DocumentKind.NOTICE


@functools.cache
def exported(sample: str, kind: DocumentKind) -> tuple[str, str, str]:
    """(model text, DOCX text, PDF text) of a sample's document, each whitespace-normalised."""
    document = build_document(fresh(sample), kind)
    return (norm(document_text(document)), norm(docx_text(to_docx_bytes(document))),
            norm(pdf_text(to_pdf_bytes(document))))


def assert_in_all(expected: str, sample: str, kind: DocumentKind) -> None:
    for where, text in zip(("model", "docx", "pdf"), exported(sample, kind), strict=True):
        assert norm(expected) in text, f"{expected!r} missing from the {where} text"


@pytest.mark.parametrize("kind", [BB, TB])
@pytest.mark.parametrize("literal", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "Độc lập - Tự do - Hạnh phúc", "Số:", "Nơi nhận:", "./."])
def test_state_literals_in_both_files(literal, kind):
    assert_in_all(literal, "seed", kind)


@pytest.mark.parametrize("kind", [BB, TB])
def test_motto_uses_hyphen_minus_never_a_dash(kind):
    for text in exported("seed", kind):
        assert "–" not in text.split("Số")[0] and "—" not in text


def test_every_opinion_and_conclusion_is_in_both_files():
    meeting = fresh("voting")
    for opinion in meeting.opinions:
        for paragraph in opinion.text.split("\n"):
            assert_in_all(paragraph, "voting", BB)
    for kind in (BB, TB):
        for number, conclusion in enumerate(meeting.conclusions, start=1):
            assert_in_all(f"{number}. {conclusion.text}", "voting", kind)
            for item in conclusion.items:
                assert_in_all(item.text, "voting", kind)
            for task in conclusion.tasks:
                assert_in_all(task.description, "voting", kind)


def test_speakers_introduce_their_opinions():
    meeting = fresh("seed")
    assert speaker_intro(meeting, meeting.opinions[0]) == (
        "Đồng chí Lê Thị Thanh Xuân, Tỉnh ủy viên, Giám đốc Sở GDĐT phát biểu: ")
    assert speaker_intro(meeting, meeting.opinions[3]).startswith(
        "Đại diện các phòng liên quan của Sở GDĐT phát biểu")  # a group: no "Đồng chí"
    assert_in_all("Đồng chí Hà Ngọc Đào, Chủ tịch Hội Cựu giáo chức tỉnh phát biểu: "
                  "Phát biểu ý kiến của Hội Cựu giáo chức tỉnh", "seed", BB)


def test_multi_paragraph_opinion_stays_in_separate_paragraphs():
    data = to_docx_bytes(build_document(fresh("voting"), BB))
    texts = [p.text for p in docx_paragraphs(data)]
    first = next(i for i, t in enumerate(texts) if t.endswith("Đoạn thứ nhất của ý kiến."))
    assert texts[first].startswith("Đồng chí Đỗ Văn Dũng, Phòng KHTC phát biểu:")
    assert texts[first + 1] == "Đoạn thứ hai, vẫn giữ nguyên."


def test_vote_sentence_with_decimal_comma():
    assert_in_all("Biểu quyết thông qua kế hoạch năm 2025. Kết quả biểu quyết: 10/11 đại biểu "
                  "tán thành, chiếm 90,91%; 1/11 đại biểu không tán thành, chiếm 9,09%", "voting", BB)


def test_attendance_times_and_closing_of_the_minutes():
    for expected in ("1. Thời gian bắt đầu: 08 giờ 00 phút, ngày 16 tháng 10 năm 2024.",
                     "- Đỗ Văn Dũng, Phòng KHTC (đến muộn, lúc 08 giờ 20 phút).",
                     "Tổng số đại biểu: 06; có mặt: 05 (trong đó 01 đến muộn); vắng: 01 "
                     "(có lý do: 01).",
                     "Vắng mặt có lý do: Ngô Thị Cúc, Phó Giám đốc Sở (đi công tác).",
                     "5. Thư ký: đồng chí Trần Văn Bình, Chuyên viên.",
                     "Cuộc họp kết thúc vào 11 giờ 30 phút cùng ngày./.",
                     "- Giao Phòng KHTC chủ trì, phối hợp với Văn phòng Sở: Lập dự toán; "
                     "thời hạn: ngày 05 tháng 01 năm 2025."):
        assert_in_all(expected, "voting", BB)


def test_unknown_values_print_dots_never_none():
    for kind in (BB, TB):
        for sample in ("seed", "bare", "hostile"):
            for text in exported(sample, kind):
                assert "None" not in text
    assert_in_all("1. Thời gian bắt đầu: ..... giờ ..... phút, ngày 16 tháng 10 năm 2024.",
                  "seed", BB)
    assert_in_all("5. Thư ký: .....", "seed", BB)
    assert_in_all("4. Chủ tọa: .....", "bare", BB)
    assert_in_all("Hội nghị kết thúc vào ..... giờ ..... phút cùng ngày./.", "bare", BB)


def test_date_rule_zero_for_days_and_january_february_only():
    assert_in_all("Đắk Lắk, ngày 05 tháng 01 năm 2025", "voting", BB)
    assert_in_all("Đắk Lắk, ngày 09 tháng 6 năm 2024", "voting", TB)
    for text in exported("voting", TB):
        assert "tháng 06" not in text


def test_draft_and_registered_numbers():
    assert_in_all("Số: /BB-SGDĐT", "seed", BB)  # blank number, spaces collapsed by norm()
    assert "Số:      /BB-SGDĐT" in document_text(build_document(fresh("seed"), BB))
    assert_in_all("Số: 05/BB-SGDĐT", "voting", BB)
    assert_in_all("Số: 12/TB-SGDĐT", "voting", TB)


def test_undated_notice_leaves_day_and_month_blank():
    text = document_text(build_document(fresh("seed"), TB))
    assert "Đắk Lắk, ngày      tháng      năm 2024" in text
    assert_in_all("Đắk Lắk, ngày tháng năm 2024", "seed", TB)


def test_minutes_date_line_can_be_switched_off():
    for text in exported("bare", BB):
        assert "Đắk Lắk, ngày" not in text
    assert_in_all("Đắk Lắk, ngày tháng năm 2024", "bare", TB)  # the notice keeps its line


def test_notice_opening_summary_signer_and_recipients():
    assert_in_all("THÔNG BÁO Kết luận của Giám đốc Sở GDĐT Lê Thị Thanh Xuân tại cuộc họp "
                  "đánh giá tình hình thực hiện Chương trình số 55/CTrPH", "seed", TB)
    assert_in_all("Ngày 16/10/2024, tại Hội trường Sở Giáo dục và Đào tạo, đồng chí Lê Thị "
                  "Thanh Xuân, Tỉnh ủy viên, Giám đốc Sở GDĐT chủ trì cuộc họp", "seed", TB)
    assert_in_all("Tham dự cuộc họp có đồng chí Phạm Đăng Khoa, Chủ tịch Hội Khuyến học tỉnh;",
                  "seed", TB)
    assert_in_all("Thường trực Hội Cựu giáo chức tỉnh; đại diện các phòng liên quan của Sở GDĐT.",
                  "seed", TB)
    assert_in_all("đồng chí Giám đốc Sở GDĐT kết luận như sau:", "seed", TB)
    assert_in_all("TL. GIÁM ĐỐC CHÁNH VĂN PHÒNG", "seed", TB)
    assert_in_all("Nguyễn Văn An", "voting", TB)
    assert_in_all("Nơi nhận: - Tỉnh ủy, UBND tỉnh (để b/c); - Ban Giám đốc Sở;", "seed", TB)
    assert_in_all("- Lưu: VT, GDTrH-GDTX.", "seed", TB)


def test_minutes_signatures_secretary_left_chair_right():
    model, docx, _ = exported("voting", BB)
    assert "THƯ KÝ Trần Văn Bình CHỦ TRÌ Lê Thị Thanh Xuân" in model
    assert_in_all("CHỦ TỌA", "bare", BB)


def test_defaults_without_document_rows():
    meeting = fresh("bare")
    assert meeting.document(TB) is None
    text = document_text(build_document(meeting, TB))
    assert "- Phòng GDTrH-GDTX;\n- Giám đốc Sở GDĐT;\n- Lưu: VT." in text  # task assignees
    assert "Số:      /TB-SGDĐT" in text
    assert "Kết luận tại hội nghị Họp đánh giá" not in text  # no chair: no invented name


def test_hostile_text_survives_in_both_files():
    meeting = fresh("hostile")
    assert_in_all(HOSTILE_CLEAN, "hostile", BB)
    assert_in_all(LONG_OPINION, "hostile", BB)
    assert_in_all("Mục <script>alert(1)</script> & \"trích dẫn\" 🎉", "hostile", TB)
    assert_in_all("Họp <i>rà soát</i> AT&T & R&D 😀", "hostile", BB)
    assert_in_all("Phòng họp số 2 <tầng 3>", "hostile", TB)
    assert_in_all("- <Phòng A> & R&D; - Hội 😀;", "hostile", TB)
    for text in exported("hostile", BB) + exported("hostile", TB):
        assert "\x07" not in text and "\x00" not in text and "\x0b" not in text
    assert meeting.opinions[0].text != HOSTILE_CLEAN  # the input really was NFD and dirty


def test_party_style_literals():
    for expected in ("ĐẢNG BỘ SỞ GDĐT CHI BỘ VĂN PHÒNG *", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Số 05-BB/CB", "T/M CHI BỘ BÍ THƯ Lê Thị Thanh Xuân", "- Lưu Chi bộ."):
        assert_in_all(expected, "party", BB)
    assert_in_all("K/T BÍ THƯ PHÓ BÍ THƯ", "party", TB)
    assert_in_all("Số -TB/CB", "party", TB)
    for text in exported("party", BB) + exported("party", TB):
        assert "CỘNG HÒA" not in text and "Lưu:" not in text and "Số:" not in text


def test_party_recipients_label_is_underlined():
    data = to_docx_bytes(build_document(fresh("party"), BB))
    label = next(p for p in docx_paragraphs(data) if p.text == "Nơi nhận:")
    assert effective.flag(label, label.runs[0], "underline")
    assert not effective.flag(label, label.runs[0], "bold")


def test_state_recipients_label_bold_italic_12_list_11():
    from docx.shared import Pt

    data = to_docx_bytes(build_document(fresh("seed"), TB))
    paragraphs = docx_paragraphs(data)
    label = next(p for p in paragraphs if p.text == "Nơi nhận:")
    assert effective.flag(label, label.runs[0], "bold")
    assert effective.flag(label, label.runs[0], "italic")
    assert effective.size(label, label.runs[0]) == Pt(12).pt
    last = next(p for p in paragraphs if p.text.startswith("- Lưu:"))
    assert effective.size(last, last.runs[0]) == Pt(11).pt


def test_registered_document_date_overrides_the_meeting_day():
    meeting = fresh("seed")
    meeting.documents[0] = OfficialDocument(kind=BB, number=1, year=2024,
                                            issued_on=dt.date(2024, 10, 17))
    text = document_text(build_document(meeting, BB))
    assert "Số: 01/BB-SGDĐT" in text and "Đắk Lắk, ngày 17 tháng 10 năm 2024" in text
