"""No document without its signer: a visible placeholder, and Party defaults throughout."""

from __future__ import annotations

from secretary_app.domain.enums import DocumentKind
from tests.documents.clerk_helpers import BB, TB, export_both
from tests.documents.doc_samples import fresh


def test_notice_without_a_signer_prints_a_placeholder_block():
    meeting = fresh("seed")
    meeting.document(TB).signer = None
    out = export_both(meeting, TB)
    out.assert_in_both("……………………", "…………")
    docx, pdf = out.texts
    assert pdf.rfind("…………") > pdf.find("Nơi nhận:")  # the block sits where the signer goes


def test_signer_titles_without_a_name_print_dots_for_the_name():
    out = export_both(fresh("seed"), TB)  # the seed notice now names its signer
    out.assert_in_both("CHÁNH VĂN PHÒNG Nguyễn Văn Bình")
    meeting = fresh("seed")
    meeting.document(TB).signer.name = ""
    export_both(meeting, TB).assert_in_both("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG …………")


def test_minutes_without_a_secretary_print_dots_under_thu_ky():
    meeting = fresh("seed")
    meeting.secretary = None
    meeting.attendees = [a for a in meeting.attendees if a.role.value != "secretary"]
    out = export_both(meeting, BB)
    out.assert_in_both("THƯ KÝ")
    assert "…………" in out.pdf_text and "…………" in out.docx_text


def test_party_notice_without_signer_uses_the_party_placeholder_and_archive():
    meeting = fresh("party")
    notice = meeting.document(TB)
    notice.signer, notice.archive = None, ""
    out = export_both(meeting, TB)
    out.assert_in_both("T/M CHI BỘ", "BÍ THƯ", "…………", "- Lưu Chi bộ.")
    out.assert_in_neither("Lưu: VT", "Lưu VT", "……………………")


def test_party_documents_never_print_the_state_archive_line():
    for kind in (BB, TB):
        meeting = fresh("party")
        meeting.document(kind).archive = "VT"  # a state habit typed into a Party document
        out = export_both(meeting, kind)
        out.assert_in_both("- Lưu Chi bộ.")
        out.assert_in_neither("Lưu: VT", "Lưu VT")


def test_party_default_archive_follows_the_committee():
    meeting = fresh("party")
    meeting.organization.name = "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    meeting.documents = [d for d in meeting.documents if d.kind is DocumentKind.NOTICE]
    meeting.documents[0].archive = ""
    export_both(meeting, TB).assert_in_both("- Lưu Đảng ủy.")
