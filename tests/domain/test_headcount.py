"""Headcount, quorum and vote verdicts for a 17-member Party cell and a 500-deputy council."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.body_rules import Base, BodyType, Threshold, rules_for
from secretary_app.domain.enums import DocumentStyle, Presence, Role
from secretary_app.domain.headcount import (
    headcount,
    headcount_line,
    quorum_met,
    validity_sentence,
    verdict_sentence,
    vote_passed,
)
from secretary_app.domain.model import Attendee, Conclusion, Meeting, Organization, Vote
from secretary_app.domain.vietnamese import percent


def party_cell_meeting() -> Meeting:
    """A Party cell of 17 (15 official, 2 probationary); one official member absent, excused."""
    org = Organization(name="CHI BỘ THÔN 3", parent_name="ĐẢNG BỘ XÃ HÒA PHÚ",
                       abbreviation="CB", place_name="Hòa Phú", style=DocumentStyle.PARTY,
                       body_type="party_cell", term_start=dt.date(2025, 9, 20))
    return Meeting(
        title="Sinh hoạt chi bộ thường kỳ tháng 3 năm 2026", date=dt.date(2026, 3, 5),
        organization=org, convened_total=17, chair="a1", secretary="a2",
        attendees=[
            Attendee("a1", "Nguyễn Văn An", "Bí thư Chi bộ", role=Role.CHAIR),
            Attendee("a2", "Trần Thị Bình", "Phó Bí thư Chi bộ", role=Role.SECRETARY),
            Attendee("a3", "Lê Văn Cường", "Đảng viên", presence=Presence.ABSENT_EXCUSED,
                     absence_reason="nghỉ ốm"),
            Attendee("a4", "Các đảng viên chính thức khác trong Chi bộ", group=True, count=12),
            Attendee("a5", "Các đảng viên dự bị", group=True, count=2),
            Attendee("a6", "Đồng chí Bí thư Đảng ủy xã", role=Role.GUEST),
        ],
        votes=[Vote("Thông qua Nghị quyết tháng 3", in_favor=14, against=0, abstain=0,
                    eligible=15)],
        conclusions=[Conclusion("Hoàn thành thu quỹ quốc phòng an ninh trước 31/3."),
                     Conclusion("Vận động hộ dân hiến đất mở rộng đường thôn.")],
    )


def council_meeting(present: int = 494, in_favor: int = 423) -> Meeting:
    """A People's Council of 500 deputies; the deputies typed as one group with a count."""
    org = Organization(name="HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK", abbreviation="HĐND",
                       place_name="Đắk Lắk", body_type="council")
    return Meeting(
        title="Kỳ họp thứ mười", date=dt.date(2026, 7, 10), organization=org,
        convened_total=500,
        attendees=[
            Attendee("a1", "Nguyễn Văn Chủ tịch", "Chủ tịch HĐND tỉnh", role=Role.CHAIR),
            Attendee("a2", "Các đại biểu HĐND tỉnh", group=True, count=present - 1),
            Attendee("a3", "Các đại biểu vắng có lý do", group=True, count=4,
                     presence=Presence.ABSENT_EXCUSED),
        ],
        votes=[Vote("Thông qua Nghị quyết về dự toán ngân sách", in_favor=in_favor, against=50,
                    abstain=21, eligible=present)],
    )


def test_party_cell_headcount_line_and_validity():
    meeting = party_cell_meeting()
    count = headcount(meeting)
    assert (count.convened, count.voting, count.present, count.voting_present) == (17, 15, 16, 14)
    assert headcount_line(meeting) == ("Tổng số đảng viên: 17 (15 chính thức, 02 dự bị); "
                                       "có mặt: 16; vắng: 01 (có lý do: 01)")
    assert quorum_met(meeting)
    assert validity_sentence(meeting) == ("Số có mặt (14/15 đảng viên chính thức) bảo đảm ít "
                                          "nhất hai phần ba theo quy định: cuộc họp hợp lệ.")


def test_party_cell_vote_passes_by_more_than_half_of_official_members():
    meeting = party_cell_meeting()
    assert vote_passed(meeting, meeting.votes[0]) is True
    assert verdict_sentence(meeting, meeting.votes[0]) == (
        "Nội dung được thông qua (quá nửa tổng số đảng viên chính thức tán thành).")
    meeting.votes[0].in_favor = 7  # 7 of 15 official members is not more than half
    assert vote_passed(meeting, meeting.votes[0]) is False
    assert verdict_sentence(meeting, meeting.votes[0]).startswith("Nội dung không được thông qua")


def test_council_of_500_with_494_present():
    meeting = council_meeting()
    assert headcount_line(meeting) == ("Tổng số đại biểu: 500; có mặt: 494; "
                                       "vắng: 06 (có lý do: 04, không có lý do: 02)")
    assert quorum_met(meeting)
    assert "494/500 đại biểu" in validity_sentence(meeting)
    assert vote_passed(meeting, meeting.votes[0]) is True  # 423 > 250


def test_council_vote_needs_more_than_half_of_all_deputies_not_of_those_present():
    meeting = council_meeting(present=400, in_favor=250)  # 250 of 500 is exactly half
    assert quorum_met(meeting)  # 400 >= 334
    assert vote_passed(meeting, meeting.votes[0]) is False  # though 250 of 400 present is more


def test_council_without_quorum_is_not_valid():
    meeting = council_meeting(present=300, in_favor=260)
    assert not quorum_met(meeting)
    assert validity_sentence(meeting) == (
        "Số có mặt (300/500 đại biểu) chưa bảo đảm ít nhất hai phần ba theo quy định "
        "(cần ít nhất 334): cuộc họp không đủ điều kiện tiến hành.")
    assert vote_passed(meeting, meeting.votes[0]) is True  # 260 > 250


def test_minutes_print_the_headcount_and_the_body_base(tmp_path):
    from secretary_app.documents.minutes import presence_summary
    from secretary_app.documents.proceedings import vote_text
    meeting = council_meeting()
    text = presence_summary(meeting)[0].text
    assert text.startswith("Tổng số đại biểu: 500; có mặt: 494;")
    assert "cuộc họp hợp lệ." in text
    sentence = vote_text(meeting.votes[0], meeting)
    assert f"423/500 đại biểu tán thành, chiếm {percent(423, 500)}" in sentence
    assert sentence.endswith("Nội dung được thông qua (quá nửa tổng số đại biểu tán thành).")
    party = party_cell_meeting()
    assert f"14/15 đảng viên tán thành, chiếm {percent(14, 15)}" in vote_text(party.votes[0],
                                                                              party)


@pytest.mark.parametrize(("threshold", "count", "base", "met"), [
    (Threshold.MORE_THAN_HALF, 8, 15, True), (Threshold.MORE_THAN_HALF, 7, 14, False),
    (Threshold.AT_LEAST_HALF, 7, 14, True), (Threshold.TWO_THIRDS, 10, 15, True),
    (Threshold.TWO_THIRDS, 333, 500, False), (Threshold.TWO_THIRDS, 334, 500, True),
    (Threshold.NONE, 0, 0, True), (Threshold.MORE_THAN_HALF, 0, 0, False),
])
def test_thresholds(threshold, count, base, met):
    assert threshold.met(count, base) is met


def test_profile_choices_override_the_body_type_defaults():
    rules = rules_for("association", quorum="more_than_half", pass_rule="two_thirds/members",
                      percent_base="vote")
    assert rules.body_type is BodyType.ASSOCIATION
    assert (rules.quorum, rules.pass_threshold, rules.pass_base, rules.percent_base) == (
        Threshold.MORE_THAN_HALF, Threshold.TWO_THIRDS, Base.MEMBERS, Base.VOTE)
    assert rules_for("agency").quorum is Threshold.NONE


def test_generic_body_prints_no_verdict_and_keeps_the_vote_base():
    meeting = council_meeting()
    meeting.organization.body_type = "generic"
    assert vote_passed(meeting, meeting.votes[0]) is None
    assert validity_sentence(meeting) == ""
