"""Words as typed, dates as the decree writes them, votes with two decimals and turnout."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.enums import MeetingKind
from secretary_app.domain.model import Vote
from tests.documents.clerk_helpers import BB, TB, export_both
from tests.documents.doc_samples import fresh


def test_conference_title_keeps_its_capitals_in_the_notice():
    meeting = fresh("seed")
    meeting.kind = MeetingKind.CONFERENCE
    meeting.title = "Hội nghị tổng kết năm học 2022 - 2023"
    out = export_both(meeting, TB)
    out.assert_in_both("tại Hội nghị tổng kết năm học")
    out.assert_in_neither("tại hội nghị tổng kết")


def test_dates_in_the_body_follow_the_date_line_rule():
    meeting = fresh("seed")
    meeting.date = dt.date(2023, 5, 26)
    out = export_both(meeting, TB)
    out.assert_in_both("Ngày 26/5/2023")
    out.assert_in_neither("26/05/2023")


def test_vote_percentages_have_two_decimals_and_the_turnout_is_printed():
    meeting = fresh("seed")
    meeting.votes = [
        Vote("Biểu quyết thông qua Nghị quyết Hội nghị", 430, 1, 1, 494, took_part=432),
        Vote("Thông qua danh sách", 10, 0, 0, 10)]
    out = export_both(meeting, BB)
    out.assert_in_both(
        "Biểu quyết thông qua Nghị quyết Hội nghị. Kết quả biểu quyết: 432/494 đại biểu tham gia "
        "biểu quyết, chiếm 87,45%; 430/494 đại biểu tán thành, chiếm 87,04%; 1/494 đại biểu "
        "không tán thành, chiếm 0,20%",
        "Biểu quyết thông qua danh sách. Kết quả biểu quyết: 10/10 đại biểu tán thành, "
        "chiếm 100,00%; 0/10 đại biểu không tán thành, chiếm 0,00%")
    out.assert_in_neither("Biểu quyết biểu quyết", "Biểu quyết Biểu quyết", "chiếm 0%")
