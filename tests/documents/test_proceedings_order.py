"""The proceedings in the order they happened; an agenda item with nothing under it says so."""

from __future__ import annotations

from secretary_app.domain.model import AgendaItem, Opinion, Vote
from tests.documents.clerk_helpers import BB, export_both
from tests.documents.doc_samples import fresh


def _afternoon():
    """Two agenda items discussed 14:10 and 15:00; an opening, an aside and a closing speech
    outside the agenda, typed in the wrong order; a vote that closed the discussion."""
    meeting = fresh("seed")
    meeting.agenda.append(AgendaItem("g3", "Nội dung khác"))
    for opinion, at in zip(meeting.opinions, ("14:10", "14:20", "14:30", "15:00"), strict=True):
        opinion.at = at
    meeting.opinions[:0] = [
        Opinion("c1", "Kết luận và bế mạc cuộc họp.", speaker="a1", at="16:30"),
        Opinion("c0", "Khai mạc, giới thiệu đại biểu.", speaker="a1", at="14:00"),
    ]
    meeting.opinions.append(Opinion("c2", "Ý kiến ngoài chương trình.", speaker="a2",
                                    at="14:45"))
    meeting.votes.append(Vote("Thông qua kế hoạch phối hợp năm 2025", 10, 0, 1, 11))
    return meeting


def test_speeches_outside_the_agenda_print_in_time_order_among_the_sections():
    out = export_both(_afternoon(), BB)
    out.assert_order("Khai mạc, giới thiệu đại biểu.",
                     "Đánh giá thuận lợi, khó khăn",  # section 1, from 14:10
                     "Phát biểu đánh giá tình hình thực hiện",
                     "Ý kiến ngoài chương trình.",  # 14:45, between the two sections
                     "Biện pháp tháo gỡ vướng mắc",  # section 2, from 15:00
                     "Kết luận và bế mạc cuộc họp.",  # 16:30, after every section
                     "Biểu quyết thông qua kế hoạch phối hợp năm 2025",  # the vote closes it
                     "Kết luận của chủ trì:")


def test_an_agenda_item_with_nothing_under_it_says_so():
    out = export_both(_afternoon(), BB)
    out.assert_in_both("Nội dung khác (không có ý kiến)")
    docx, pdf = out.texts
    for text in (docx, pdf):
        after = text[text.find("Nội dung khác"):]
        assert after.startswith("Nội dung khác (không có ý kiến)")


def test_untimed_speeches_keep_the_order_they_were_typed():
    meeting = fresh("seed")
    meeting.opinions.insert(0, Opinion("c0", "Phát biểu khai mạc.", speaker="a1"))
    out = export_both(meeting, BB)
    out.assert_order("Phát biểu khai mạc.", "Đánh giá thuận lợi, khó khăn",
                     "Biện pháp tháo gỡ vướng mắc")
