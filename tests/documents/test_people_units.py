"""People keep their organisation: a title is followed by the unit unless it is the issuer."""

from __future__ import annotations

from secretary_app.documents.content import with_unit
from secretary_app.domain.enums import Role
from secretary_app.domain.model import Attendee, Opinion
from tests.documents.clerk_helpers import BB, TB, export_both
from tests.documents.doc_samples import fresh


def _three_deputies():
    meeting = fresh("seed")
    meeting.attendees += [
        Attendee("p1", "Trần Tuấn Ngọc", "Phó Giám đốc", "Công an tỉnh"),
        Attendee("p2", "Vũ Thị Lan", "Phó Giám đốc Sở", "Sở Tài chính"),
        Attendee("p3", "Đinh Văn Hải", "Phó Giám đốc", "Sở Giáo dục và Đào tạo",
                 role=Role.MEMBER),
    ]
    meeting.opinions += [Opinion("q1", "Đề nghị bảo đảm an ninh trường học.", speaker="p1"),
                         Opinion("q2", "Kinh phí đã được bố trí.", speaker="p2"),
                         Opinion("q3", "Sở sẽ hướng dẫn các trường.", speaker="p3")]
    return meeting


def test_attendee_list_and_speaker_lines_name_the_unit():
    out = export_both(_three_deputies(), BB)
    out.assert_in_both("- Trần Tuấn Ngọc, Phó Giám đốc Công an tỉnh;",
                       "- Vũ Thị Lan, Phó Giám đốc Sở Tài chính;",
                       "- Đinh Văn Hải, Phó Giám đốc.",  # the issuing body itself: not repeated
                       "Đồng chí Trần Tuấn Ngọc, Phó Giám đốc Công an tỉnh phát biểu:",
                       "Đồng chí Vũ Thị Lan, Phó Giám đốc Sở Tài chính phát biểu:")
    out.assert_in_neither("Sở Sở", "Phó Giám đốc Sở Giáo dục và Đào tạo")


def test_notice_participants_name_the_unit():
    out = export_both(_three_deputies(), TB)
    out.assert_in_both("đồng chí Trần Tuấn Ngọc, Phó Giám đốc Công an tỉnh",
                       "đồng chí Vũ Thị Lan, Phó Giám đốc Sở Tài chính")


def test_with_unit_says_shared_words_once():
    assert with_unit("Giám đốc Sở", "Sở Tài chính") == "Giám đốc Sở Tài chính"
    assert with_unit("Chủ tịch Hội Khuyến học tỉnh", "Hội Khuyến học tỉnh") == \
        "Chủ tịch Hội Khuyến học tỉnh"
    assert with_unit("Phó Giám đốc", "Sở GDĐT", home="SỞ GDĐT") == "Phó Giám đốc"
    assert with_unit("Trưởng phòng", "Phòng Tổ chức cán bộ") == "Trưởng phòng Tổ chức cán bộ"
