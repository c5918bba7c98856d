"""Every field the secretary typed reaches the page: purpose, both days, reporting units,
the notifying body; and the fields travel through a package and the database."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.model import Vote
from secretary_app.domain.package import meeting_to_package, parse_package
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.documents.clerk_helpers import BB, TB, export_both
from tests.documents.doc_samples import fresh

PURPOSE = "Đánh giá những thuận lợi, khó khăn, kết quả bước đầu thực hiện Chương trình 55"


def _conference():
    meeting = fresh("seed")
    meeting.date, meeting.end_date = dt.date(2023, 5, 25), dt.date(2023, 5, 26)
    meeting.reporting_units = "nghe báo cáo của Sở Tài chính, Sở Nội vụ"
    meeting.notifying_body = "Văn phòng Sở"
    return meeting


def test_purpose_is_printed_in_the_minutes_and_the_notice():
    export_both(fresh("seed"), BB).assert_in_both(f"6. Nội dung: {PURPOSE}")
    export_both(fresh("seed"), TB).assert_in_both(f"Nội dung cuộc họp: {PURPOSE}")


def test_two_day_meeting_prints_both_days_in_the_notice():
    out = export_both(_conference(), TB)
    out.assert_in_both("Trong hai ngày 25 và 26/5/2023, tại Hội trường")
    meeting = _conference()
    meeting.date, meeting.end_date = dt.date(2023, 5, 31), dt.date(2023, 6, 1)
    export_both(meeting, TB).assert_in_both("Trong hai ngày 31/5/2023 và 01/6/2023")
    meeting.end_date = dt.date(2023, 6, 2)
    export_both(meeting, TB).assert_in_both("Từ ngày 31/5/2023 đến ngày 02/6/2023")


def test_reporting_units_and_the_notifying_body_are_printed_in_the_notice():
    out = export_both(_conference(), TB)
    out.assert_in_both("Sau khi nghe báo cáo của Sở Tài chính, Sở Nội vụ và ý kiến phát biểu "
                       "của các đại biểu dự họp,",
                       "Văn phòng Sở thông báo để các cơ quan, đơn vị liên quan biết, thực "
                       "hiện./.")
    out.assert_in_neither("nghe nghe", "báo cáo của nghe")
    export_both(fresh("seed"), TB).assert_in_both(
        "Thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.")


def test_the_new_fields_survive_package_and_database(store):
    meeting = _conference()
    meeting.votes = [Vote("Thông qua", 430, 1, 1, 494, took_part=432)]
    again = parse_package(meeting_to_package(meeting))
    assert (again.reporting_units, again.notifying_body, again.votes[0].took_part) == (
        meeting.reporting_units, "Văn phòng Sở", 432)
    loaded = load_meeting(store.db, create_meeting(store, again))
    assert (loaded.reporting_units, loaded.notifying_body, loaded.votes[0].took_part) == (
        meeting.reporting_units, "Văn phòng Sở", 432)


def test_packages_without_the_fields_stay_as_they_were():
    package = meeting_to_package(fresh("seed"))
    assert "reporting_units" not in package["meeting"]
    assert "notifying_body" not in package["meeting"]
    assert all("took_part" not in v for v in package["votes"])
