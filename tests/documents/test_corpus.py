"""Four meetings built from published documents, typed as packages, imported and exported:
what each source needs is on the page in both files (sources: tests/documents/corpus/README)."""

from __future__ import annotations

import pathlib

import pytest

from secretary_app.domain.package import parse_package_bytes
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.register_queries import list_register
from tests.documents.clerk_helpers import BB, TB, export_both

CORPUS = pathlib.Path(__file__).parent / "corpus"


@pytest.fixture
def imported(store):
    """name -> the meeting as stored after importing its package."""
    def load(name: str):
        path = CORPUS / f"{name}.json"
        mid = create_meeting(store, parse_package_bytes(path.read_bytes()), source=path.name)
        return load_meeting(store.db, mid)
    return load


def test_council_vote(imported, store):
    meeting = imported("council-vote")
    minutes = export_both(meeting, BB)
    minutes.assert_in_both(
        "Số: 03/BB-HĐND",
        "Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 "
        "(điều chỉnh). Kết quả biểu quyết: 45/49 đại biểu tham gia biểu quyết, chiếm 91,84%; "
        "44/49 đại biểu tán thành, chiếm 89,80%; 0/49 đại biểu không tán thành, chiếm 0,00%",
        "Biểu quyết thông qua Nghị quyết quy định mức chi",
        "Đồng chí Nguyễn Ngọc Sâm, Phó Chủ tịch Ủy ban nhân dân tỉnh phát biểu:",
        "Chất vấn và trả lời chất vấn (không có ý kiến)")
    minutes.assert_in_neither("Biểu quyết biểu quyết", "Biểu quyết Biểu quyết")
    minutes.assert_order("Khai mạc phiên họp", "Báo cáo kết quả giải quyết",
                         "Thảo luận tại hội trường", "Tổng hợp ý kiến")
    [entry] = list_register(store.db)
    assert (entry.number, entry.kind, entry.imported, entry.source) == (
        3, "BB", True, "council-vote.json")


def test_party_cell(imported):
    meeting = imported("party-cell")
    minutes = export_both(meeting, BB)
    minutes.assert_in_both("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BB/CB", "T/M CHI BỘ", "BÍ THƯ",
                           "- Lưu Chi bộ.", "Trần Thị Thu, Đảng viên (nghỉ thai sản)",
                           "Đỗ Minh Khang, Đảng viên (đến muộn, lúc 14 giờ 20 phút)",
                           "III- Sinh hoạt chuyên đề (không có ý kiến)")
    notice = export_both(meeting, TB)  # no signer typed yet: the Party placeholder
    notice.assert_in_both("T/M CHI BỘ", "BÍ THƯ", "…………", "- Lưu Chi bộ.")
    for out in (minutes, notice):
        out.assert_in_neither("Lưu: VT", "Lưu VT")


def test_two_day_conference_with_reporting_units(imported):
    notice = export_both(imported("two-day-conference"), TB)
    notice.assert_in_both(
        "Trong hai ngày 22 và 23/6/2022, tại thành phố Nha Trang, tỉnh Khánh Hòa",
        "tại Hội nghị Giám đốc sở giáo dục và đào tạo năm 2022",
        "Nội dung hội nghị: Đánh giá việc thực hiện nhiệm vụ năm học 2021 - 2022",
        "Sau khi nghe báo cáo của Vụ Giáo dục Trung học, Vụ Giáo dục Mầm non, Vụ Kế hoạch - Tài "
        "chính và ý kiến phát biểu của các đại biểu dự hội nghị",
        "Văn phòng Bộ Giáo dục và Đào tạo thông báo để các cơ quan, đơn vị liên quan biết",
        "đồng chí Nguyễn Tấn Tuân, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa")
    minutes = export_both(imported("two-day-conference"), BB)
    minutes.assert_in_both("ngày 22 tháng 6 năm 2022", "ngày 23 tháng 6 năm 2022")
    minutes.assert_order("Phát biểu khai mạc", "Chào mừng các đại biểu",
                         "Báo cáo tổng kết năm học", "Kiến nghị về thiếu giáo viên",
                         "Kết luận Hội nghị và bế mạc")


def test_absentee_and_late_arrivals(imported):
    meeting = imported("absentee-late")
    minutes = export_both(meeting, BB)
    minutes.assert_in_both(
        "- Trần Tuấn Ngọc, Phó Giám đốc Công an tỉnh (đến muộn, lúc 08 giờ 25 phút);",
        "- Hoàng Văn Hùng, Phó Giám đốc Sở Giáo dục và Đào tạo (đến muộn, lúc 08 giờ 40 phút);",
        "Tổng số đại biểu: 08; có mặt: 06 (trong đó 02 đến muộn); vắng: 02",
        "Vắng mặt có lý do: Lê Thị Hạnh, Trưởng phòng Nghiệp vụ Y Sở Y tế (nghỉ thai sản).",
        "Vắng mặt không lý do: Phạm Văn Dũng, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
        "từ ngày 06/02/2020 - 09/02/2020")
    minutes.assert_order("Báo cáo của Ban Chỉ đạo cấp tỉnh", "Công an tỉnh phối hợp",
                         "Đề xuất cho học sinh nghỉ học", "Công tác thông tin, tuyên truyền",
                         "doanh nghiệp FDI", "Kết luận và giao nhiệm vụ")
    export_both(meeting, TB).assert_in_both(
        "Ngày 05/02/2020, tại Phòng họp số 1",
        "đồng chí Trần Tuấn Ngọc, Phó Giám đốc Công an tỉnh")
