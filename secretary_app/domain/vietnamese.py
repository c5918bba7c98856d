"""Vietnamese formatting rules of official documents: dates, numbers, percentages, votes."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.enums import Authority, DocumentKind, DocumentStyle, MeetingKind
from secretary_app.domain.model import Vote
from secretary_app.domain.text import fold

BLANK_DAY = "      "  # what the template leaves for the records clerk to fill in
BLANK_NUMBER = "     "  # with the space after "Số:" the draft reads "Số:      /BB-SGDĐT"


def day_part(day: int) -> str:
    """Days 1–9 take a leading zero (ND30 PL I II.4.b)."""
    return f"{day:02d}"


def month_part(month: int) -> str:
    """Only January and February take a leading zero: 01, 02, 3 … 12."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(date: dt.date) -> str:
    """'ngày 05 tháng 01 năm 2024'."""
    return f"ngày {day_part(date.day)} tháng {month_part(date.month)} năm {date.year}"


def date_line(place: str, date: dt.date | None, year: int) -> str:
    """The place/date line; blanks for day and month while the document has no date."""
    prefix = f"{place}, " if place else ""
    if date is None:
        return f"{prefix}ngày{BLANK_DAY}tháng{BLANK_DAY}năm {year}"
    return prefix + date_words(date)


def short_date(date: dt.date) -> str:
    """'16/10/2024', '26/5/2023', '05/01/2024' inside sentences: the date line's zero rule."""
    return f"{day_part(date.day)}/{month_part(date.month)}/{date.year}"


DOTS = "....."  # what the templates print for a value still to be filled in by hand


def time_words(hhmm: str | None) -> str:
    """'08 giờ 30 phút' from '08:30'; dotted blanks when the time is unknown."""
    hours, _, minutes = (hhmm or "").partition(":")
    if not (hours.isdigit() and minutes.isdigit()):
        return f"{DOTS} giờ {DOTS} phút"
    return f"{int(hours):02d} giờ {int(minutes):02d} phút"


def number_part(number: int) -> str:
    """Document numbers below 10 take a leading zero."""
    return f"{number:02d}"


def document_number(
    style: DocumentStyle, kind: DocumentKind | str, abbreviation: str, number: int | None
) -> str:
    """'Số: 05/BB-SGDĐT' (state) or 'Số 05-BB/CB' (Party); blank number for a draft.

    kind is a DocumentKind or any register symbol ('BC', 'KH' …).
    """
    shown = BLANK_NUMBER if number is None else number_part(number)
    symbol = str(kind)  # a StrEnum's str() is its value
    if style is DocumentStyle.PARTY:
        return f"Số {shown}-{symbol}/{abbreviation}"
    return f"Số: {shown}/{symbol}-{abbreviation}"


def percent(part: int, whole: int) -> str:
    """Percentage with always two decimals and a decimal comma: '90,91%', '0,20%', '100,00%'."""
    return f"{part * 100 / whole:.2f}".replace(".", ",") + "%"


def vote_sentence(vote: Vote, base: int | None = None, who: str = "đại biểu") -> str:
    """'Kết quả biểu quyết: 432/494 đại biểu tham gia biểu quyết, chiếm 87,45%; 430/494 đại biểu
    tán thành, chiếm 87,04%; …' (the took-part count only when recorded).

    base: what the counts are measured against (the body's rule); default the vote's own.
    """
    total = vote.eligible if vote.eligible else vote.in_favor + vote.against + vote.abstain
    total = base if base else total
    counts = [(vote.in_favor, "tán thành"), (vote.against, "không tán thành"),
              (vote.abstain, "không biểu quyết")]
    if vote.took_part is not None:
        counts.insert(0, (vote.took_part, "tham gia biểu quyết"))
    parts = [f"{count}/{total} {who} {word}, chiếm {percent(count, total)}" if total
             else f"{count} {who} {word}" for count, word in counts]
    sentence = "Kết quả biểu quyết: " + "; ".join(parts)
    if vote.result:
        sentence += f". {vote.result}"
    return sentence.rstrip(".") + "."


_VOTE_VERBS = ("thong qua", "tan thanh", "nhat tri", "dong y", "phe duyet", "bau ", "chap thuan",
               "mien nhiem", "bai nhiem", "cho y kien", "quyet dinh", "lay y kien", "ket nap",
               "gioi thieu", "de nghi", "cong nhan", "ban hanh", "dieu chinh", "ve ")


def vote_subject(subject: str) -> str:
    """'Biểu quyết thông qua X' from 'Thông qua X'; a subject that already starts with
    'Biểu quyết' is kept as typed; other capitals stay as typed ('Hội nghị …')."""
    subject = subject.strip().rstrip(".:;").strip()
    if not subject:
        return ""
    folded = fold(subject)
    if folded.startswith("bieu quyet"):
        return subject
    if folded.startswith(_VOTE_VERBS):
        subject = subject[:1].lower() + subject[1:]
    return f"Biểu quyết {subject}"


KIND_WORDS = {
    MeetingKind.MEETING: "cuộc họp",
    MeetingKind.CONFERENCE: "hội nghị",
    MeetingKind.WORKSHOP: "hội thảo",
}


def kind_word(kind: MeetingKind) -> str:
    """'cuộc họp', 'hội nghị' or 'hội thảo'."""
    return KIND_WORDS[kind]


def chair_word(kind: MeetingKind) -> str:
    """Signature heading of the chair: CHỦ TỌA for a conference, CHỦ TRÌ otherwise."""
    return "CHỦ TỌA" if kind is MeetingKind.CONFERENCE else "CHỦ TRÌ"


_PARTY_PREFIXES = {Authority.TM: "T/M", Authority.KT: "K/T", Authority.TL: "T/L"}


def authority_prefix(style: DocumentStyle, authority: Authority) -> str:
    """'TM.', 'KT.' … in state style; 'T/M', 'K/T', 'T/L' in Party style; '' for none."""
    if style is DocumentStyle.PARTY:
        return _PARTY_PREFIXES.get(authority, authority.value)
    return authority.value


_MEETING_WORDS = ("cuộc họp", "phiên họp", "hội nghị", "hội thảo", "buổi làm việc")


def meeting_phrase(title: str, kind: MeetingKind) -> str:
    """The meeting named inside a sentence: 'Họp đánh giá …' -> 'cuộc họp đánh giá …'."""
    title = title.strip()
    lowered = title[:1].lower() + title[1:]
    if lowered.startswith("họp "):
        return "cuộc " + lowered
    if lowered.startswith(_MEETING_WORDS):
        return title  # as typed: "Hội nghị tổng kết" names this conference
    return f"{kind_word(kind)} {title}".rstrip()


def sub_item_label(index: int) -> str:
    """a), b), c) … using the Vietnamese alphabet (đ after d), wrapping to aa) after y)."""
    letters = "abcdđeghiklmnopqrstuvxy"
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, len(letters))
        label = letters[rest] + label
    return label + ")"
