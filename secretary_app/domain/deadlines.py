"""When a deadline falls: a date, or the last day of a worded period ("Quý IV/2024")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from secretary_app.domain.text import fold

QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\s*(?:/|nam)\s*(\d{4})\b")
_MONTH = re.compile(r"\bthang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})\b")
_HALF = re.compile(r"\b6\s+thang\s+(dau|cuoi)\s+nam\s+(\d{4})\b")
_YEAR = re.compile(r"^(?:trong\s+)?nam\s+(\d{4})$")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_end(text: str) -> dt.date | None:
    """The last day of the period a worded deadline names: 'Quý IV/2024' → 31/12/2024,
    'Tháng 12/2024' → 31/12/2024, '6 tháng đầu năm 2025' → 30/06/2025, 'Năm 2025' → 31/12/2025;
    None for words without a period ('Thường xuyên')."""
    words = " ".join(fold(text).replace("-", " ").split())
    if found := _QUARTER.search(words):
        quarter, year = QUARTERS[found.group(1)], int(found.group(2))
        return _month_end(year, quarter * 3)
    if (found := _MONTH.search(words)) and 1 <= int(found.group(1)) <= 12:
        return _month_end(int(found.group(2)), int(found.group(1)))
    if found := _HALF.search(words):
        return _month_end(int(found.group(2)), 6 if found.group(1) == "dau" else 12)
    if found := _YEAR.search(words):
        return dt.date(int(found.group(1)), 12, 31)
    return None


def due_date(deadline: dt.date | None, deadline_text: str) -> dt.date | None:
    """The day a task is due: its date, else the end of the period its words name."""
    return deadline if deadline is not None else period_end(deadline_text or "")


def past_due(deadline: dt.date | None, deadline_text: str, today: dt.date) -> bool:
    """True when the deadline (a date or a worded period) is over on that day."""
    due = due_date(deadline, deadline_text)
    return due is not None and due < today


STATUS_YEARS_AHEAD = 3  # a status dated further ahead is a typing slip (year 5281)


def status_date_range(meeting_date: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a task's status change may be dated: from its meeting to a few years ahead."""
    return meeting_date, dt.date(today.year + STATUS_YEARS_AHEAD, 12, 31)


def status_date_problem(on: dt.date, meeting_date: dt.date, today: dt.date) -> str | None:
    """Why a status date is refused (in Vietnamese), or None when it is sane."""
    first, last = status_date_range(meeting_date, today)
    if on < first:
        return (f"ngày {on:%d/%m/%Y} trước ngày họp giao nhiệm vụ ({first:%d/%m/%Y})")
    if on > last:
        return f"ngày {on:%d/%m/%Y} quá xa (muộn nhất {last:%d/%m/%Y})"
    return None
