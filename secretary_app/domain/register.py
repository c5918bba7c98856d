"""Rules of the outgoing-document register (sổ đăng ký văn bản đi): series, kinds, entries."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from secretary_app.domain.enums import DocumentStyle
from secretary_app.domain.model import Organization
from secretary_app.domain.text import clean_text, is_blank
from secretary_app.domain.vietnamese import document_number

SHARED, PER_KIND = "shared", "per_kind"
IMPORTED = "imported"  # origin of a register entry made from an imported document's number
_KIND_PATTERN = re.compile(r"^[^\W_]{1,12}$")  # letters/digits only: BB, TB, BC, QĐ, CTr


class RegisterError(ValueError):
    """A register operation that is not allowed; the message is Vietnamese, for the user."""


class EntryStatus(StrEnum):
    """State of a number in the register."""

    ISSUED = "issued"  # given to a document
    CANCELLED = "cancelled"  # withdrawn, with a reason; never given again
    RESERVED = "reserved"  # held back for a document to be issued later


# PL III of Decree 30 (official-format A8): symbol -> type name, in the official spelling.
KIND_NAMES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án",
    "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển",
    "PB": "Phiếu báo", "CV": "Công văn",
}
_CANONICAL = {k.upper(): k for k in KIND_NAMES}

STATUS_WORDS = {
    EntryStatus.ISSUED: "Đã cấp",
    EntryStatus.CANCELLED: "Đã hủy",
    EntryStatus.RESERVED: "Giữ số",
}


@dataclass
class RegisterEntry:
    """One line of the register: a number in a series and what became of it."""

    organization_id: int
    series: str
    number: int
    kind: str
    issued_on: dt.date
    status: EntryStatus = EntryStatus.ISSUED
    summary: str = ""
    signer: str = ""
    recipients: list[str] = field(default_factory=list)
    meeting_id: int | None = None
    document_id: int | None = None
    reason: str = ""
    id: int | None = None
    origin: str = "register"  # "register" (given here) or "imported" (carried by a package)
    source: str = ""  # where an imported number came from (file name)

    @property
    def imported(self) -> bool:
        """True for a number that an imported document carried (not given by this register)."""
        return self.origin == IMPORTED

    @property
    def year(self) -> int:
        """Calendar year of the entry's date."""
        return self.issued_on.year


def status_text(entry: RegisterEntry) -> str:
    """'Đã cấp', 'Đã hủy', 'Giữ số'; an imported number reads 'Đã nhập (từ tệp.json)'."""
    if entry.imported and entry.status is EntryStatus.ISSUED:
        return f"Đã nhập (từ {entry.source})" if entry.source else "Đã nhập"
    return STATUS_WORDS[entry.status]


def normalize_kind(kind: str) -> str:
    """A register kind symbol: letters and digits, PL III spelling (TTr, QyĐ) or upper case."""
    symbol = clean_text(str(kind or "")).strip()
    if not _KIND_PATTERN.match(symbol):
        raise RegisterError(f"Ký hiệu loại văn bản không hợp lệ: “{kind}” "
                            "(chỉ gồm chữ cái và chữ số, ví dụ BB, TB, BC)")
    return _CANONICAL.get(symbol.upper(), symbol.upper())


def kind_name(kind: str) -> str:
    """'Biên bản' for BB …; the symbol itself when it is not in PL III."""
    return KIND_NAMES.get(kind, kind)


def series_key(org: Organization, kind: str, date: dt.date) -> str:
    """The series a number is counted in: year (shared), year/kind, or term start/kind (Party)."""
    if org.style is DocumentStyle.PARTY:
        if org.term_start is None:
            raise RegisterError("Chưa đặt ngày bắt đầu nhiệm kỳ cấp ủy trong hồ sơ tổ chức; "
                                "văn bản của Đảng được đánh số theo nhiệm kỳ")
        if date < org.term_start:
            raise RegisterError(f"Ngày {date:%d/%m/%Y} trước ngày bắt đầu nhiệm kỳ "
                                f"({org.term_start:%d/%m/%Y})")
        return f"{org.term_start.isoformat()}/{kind}"
    if org.numbering == PER_KIND:
        return f"{date.year}/{kind}"
    return str(date.year)


def series_label(series: str) -> str:
    """'Năm 2024', 'Năm 2024 – BB' or 'Nhiệm kỳ từ 01/10/2020 – BB' for display."""
    head, _, kind = series.partition("/")
    if "-" in head:
        text = f"Nhiệm kỳ từ {dt.date.fromisoformat(head):%d/%m/%Y}"
    else:
        text = f"Năm {head}"
    return f"{text} – {kind}" if kind else text


def full_number(org: Organization, entry: RegisterEntry) -> str:
    """'Số: 05/BB-SGDĐT' (state) or 'Số 05-BB/CB' (Party)."""
    return document_number(org.style, entry.kind, org.abbreviation, entry.number)


def short_number(org: Organization, entry: RegisterEntry) -> str:
    """The number and symbol without 'Số': '05/BB-SGDĐT' or '05-BB/CB'."""
    text = full_number(org, entry)
    return text.removeprefix("Số:").removeprefix("Số").strip()


def check_reason(reason: str) -> str:
    """A cancellation reason is required."""
    text = clean_text(reason or "").strip()
    if is_blank(text):
        raise RegisterError("Phải ghi lý do hủy số")
    return text
