"""Ranges ("2017 - 2018", "08 giờ - 10 giờ") never break at their hyphen, in either file."""

from __future__ import annotations

import io
import re
import zipfile

from secretary_app.documents.blocks import keep_ranges
from secretary_app.domain.model import Opinion
from tests.documents.clerk_helpers import BB, export_both
from tests.documents.doc_samples import fresh
from tests.documents.readback import pdf_reader

RANGES = ("năm học 2017 - 2018", "nhiệm kỳ 2024 - 2025", "từ 08 giờ - 10 giờ",
          "giai đoạn 2021 - 2026")
BROKEN = re.compile(r"^\s*[-–]\s*\d|\d\s*[-–]\s*$|giờ\s*[-–]\s*$")


def _ranged_meeting():
    """Opinions where the ranges fall at every place of a line (one more word each time)."""
    meeting = fresh("seed")
    words = "Đề nghị các đơn vị rà soát kế hoạch và báo cáo kết quả thực hiện".split()
    meeting.opinions = [
        Opinion(f"r{i}", " ".join(words[: i % len(words)] * (1 + i // len(words)))
                + " " + " ".join(RANGES) + " đúng tiến độ.", speaker="a1")
        for i in range(40)]
    return meeting


def test_keep_ranges_joins_only_ranges():
    assert keep_ranges("năm học 2017 - 2018") == "năm học 2017\u00a0-\u00a02018"
    assert keep_ranges("08 giờ 30 phút - 10 giờ") == "08 giờ 30 phút\u00a0-\u00a010 giờ"
    assert keep_ranges("Độc lập - Tự do - Hạnh phúc") == "Độc lập - Tự do - Hạnh phúc"
    assert keep_ranges("- Lưu: VT.") == "- Lưu: VT."


def test_no_pdf_line_starts_or_ends_at_a_range_hyphen():
    out = export_both(_ranged_meeting(), BB)
    lines = [line for page in pdf_reader(out.pdf).pages
             for line in page.extract_text().splitlines()]
    assert sum("2017" in line for line in lines) >= 40
    bad = [line for line in lines if BROKEN.search(line)]
    assert bad == []
    out.assert_in_both(*RANGES)  # text unchanged apart from the kind of space


def test_docx_ranges_use_no_break_spaces_and_no_break_hyphens():
    out = export_both(_ranged_meeting(), BB)
    xml = zipfile.ZipFile(io.BytesIO(out.docx)).read("word/document.xml").decode()
    joined = ('2017</w:t><w:t xml:space="preserve">\u00a0</w:t><w:noBreakHyphen/>'
              '<w:t xml:space="preserve">\u00a0</w:t><w:t xml:space="preserve">2018')
    assert xml.count(joined) == 40
    assert " - 2018" not in xml and "2017 -" not in xml
