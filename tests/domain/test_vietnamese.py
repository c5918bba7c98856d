"""Vietnamese formatting rules: dates, numbers, percentages, votes, times, signing prefixes."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.enums import Authority, DocumentKind, DocumentStyle, MeetingKind
from secretary_app.domain.model import Vote
from secretary_app.domain.vietnamese import (
    authority_prefix,
    chair_word,
    date_line,
    date_words,
    document_number,
    meeting_phrase,
    percent,
    short_date,
    sub_item_label,
    time_words,
    vote_sentence,
    vote_subject,
)


@pytest.mark.parametrize(("date", "words"), [
    (dt.date(2024, 1, 5), "ngày 05 tháng 01 năm 2024"),
    (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
    (dt.date(2024, 3, 1), "ngày 01 tháng 3 năm 2024"),
    (dt.date(2024, 6, 9), "ngày 09 tháng 6 năm 2024"),
    (dt.date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
])
def test_date_words_zero_rule(date, words):
    assert date_words(date) == words


def test_date_line_with_and_without_a_date():
    assert date_line("Đắk Lắk", dt.date(2024, 10, 16), 2024) == "Đắk Lắk, ngày 16 tháng 10 năm 2024"
    assert date_line("Đắk Lắk", None, 2024) == "Đắk Lắk, ngày      tháng      năm 2024"
    assert date_line("", None, 2025) == "ngày      tháng      năm 2025"


def test_document_numbers_state_party_draft_and_any_kind():
    state, party = DocumentStyle.STATE, DocumentStyle.PARTY
    assert document_number(state, DocumentKind.MINUTES, "SGDĐT", 5) == "Số: 05/BB-SGDĐT"
    assert document_number(state, DocumentKind.NOTICE, "SGDĐT", 12) == "Số: 12/TB-SGDĐT"
    assert document_number(state, DocumentKind.MINUTES, "SGDĐT", None) == "Số:      /BB-SGDĐT"
    assert document_number(party, DocumentKind.MINUTES, "CB", 5) == "Số 05-BB/CB"
    assert document_number(state, "BC", "STC", 3) == "Số: 03/BC-STC"


def test_percent_and_vote_sentence():
    assert percent(10, 11) == "90,91%"
    assert percent(1, 2) == "50,00%"
    assert percent(1, 3) == "33,33%"
    assert percent(1, 494) == "0,20%" and percent(5, 5) == "100,00%"
    sentence = vote_sentence(Vote(subject="X", in_favor=10, against=1, abstain=0, eligible=11))
    assert sentence.startswith("Kết quả biểu quyết: 10/11 đại biểu tán thành, chiếm 90,91%; ")
    assert "1/11 đại biểu không tán thành, chiếm 9,09%" in sentence
    assert "0/11 đại biểu không biểu quyết, chiếm 0,00%" in sentence


def test_vote_sentence_with_the_number_who_took_part():
    vote = Vote(subject="X", in_favor=430, against=1, abstain=1, eligible=494, took_part=432)
    assert vote_sentence(vote).startswith(
        "Kết quả biểu quyết: 432/494 đại biểu tham gia biểu quyết, chiếm 87,45%; "
        "430/494 đại biểu tán thành, chiếm 87,04%; 1/494 đại biểu không tán thành, chiếm 0,20%")


def test_vote_subject_never_doubles_the_word_and_keeps_capitals():
    assert vote_subject("Biểu quyết thông qua Nghị quyết.") == "Biểu quyết thông qua Nghị quyết"
    assert vote_subject("biểu quyết thông qua") == "biểu quyết thông qua"
    assert vote_subject("Thông qua kế hoạch") == "Biểu quyết thông qua kế hoạch"
    assert vote_subject("Hội nghị thông qua danh sách") == \
        "Biểu quyết Hội nghị thông qua danh sách"


def test_time_words():
    assert time_words("08:05") == "08 giờ 05 phút"
    assert time_words("14:30") == "14 giờ 30 phút"
    assert time_words(None) == "..... giờ ..... phút"
    assert time_words("sáng") == "..... giờ ..... phút"


def test_short_date():
    assert short_date(dt.date(2024, 6, 9)) == "09/6/2024"
    assert short_date(dt.date(2023, 5, 26)) == "26/5/2023"
    assert short_date(dt.date(2024, 1, 5)) == "05/01/2024"


def test_authority_prefixes_by_style():
    assert authority_prefix(DocumentStyle.STATE, Authority.TL) == "TL."
    assert authority_prefix(DocumentStyle.PARTY, Authority.TM) == "T/M"
    assert authority_prefix(DocumentStyle.PARTY, Authority.KT) == "K/T"
    assert authority_prefix(DocumentStyle.PARTY, Authority.TL) == "T/L"
    assert authority_prefix(DocumentStyle.STATE, Authority.NONE) == ""


def test_meeting_phrase_inside_a_sentence():
    assert meeting_phrase("Họp giao ban tháng 3", MeetingKind.MEETING) == "cuộc họp giao ban tháng 3"
    assert meeting_phrase("Hội nghị tổng kết", MeetingKind.CONFERENCE) == "Hội nghị tổng kết"
    assert meeting_phrase("Giao ban quý I", MeetingKind.MEETING) == "cuộc họp Giao ban quý I"


def test_chair_word_and_sub_item_labels():
    assert chair_word(MeetingKind.CONFERENCE) == "CHỦ TỌA"
    assert chair_word(MeetingKind.MEETING) == "CHỦ TRÌ"
    assert [sub_item_label(i) for i in range(6)] == ["a)", "b)", "c)", "d)", "đ)", "e)"]
