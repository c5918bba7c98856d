"""The official frame of any document of an organisation: header, number and date, title,
signature and Nơi nhận, in state (Decree 30) or Party style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from secretary_app.documents.blocks import (
    Align,
    Block,
    Column,
    Document,
    Gap,
    Header,
    Line,
    NumberDateRow,
    PageSetup,
    Recipients,
    Rule,
    Run,
    SignatureTable,
    Title,
    carry_last_paragraph,
    printable,
)
from secretary_app.documents.fonts import text_width_mm
from secretary_app.domain.enums import DocumentStyle
from secretary_app.domain.model import Organization, Signer
from secretary_app.domain.vietnamese import authority_prefix, date_line, document_number

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
LEFT_SHARE = 0.42
SIGNATURE_ROOM_MM = 30.0
PAGE = PageSetup()
CELL_MARGIN_MM = 1.0  # the renderers' layout-cell margin on each side
PLACEHOLDER_NAME = "…………"  # printed where the signer's name is still missing
PLACEHOLDER_LINE = "……………………"
_PARTY_BODIES = ("CHI BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY")
_PARTY_ARCHIVES = {"CHI BỘ": "Chi bộ", "ĐẢNG ỦY": "Đảng ủy", "ĐẢNG UỶ": "Đảng ủy"}


def _party(org: Organization) -> bool:
    return org.style is DocumentStyle.PARTY


def _line(text: str, size: float, bold: bool = False, italic: bool = False,
          underline: bool = False) -> Line:
    return Line((Run(text, bold=bold, italic=italic, underline=underline),), size)


def short_rule(width_mm: float, share: float, floor_mm: float) -> float:
    """A short line `share` of a text's width, lengthened towards floor_mm for a short text
    but never beyond half of it (Decree 30: 1/3 to 1/2 of the line above)."""
    if share >= 0.5:
        return round(width_mm * share, 1)
    return round(min(max(width_mm * share, floor_mm), width_mm / 2), 1)


def widest_line_mm(text: str, size: float, room_mm: float) -> float:
    """Width of the widest line of bold text wrapped word by word into room_mm."""
    widest, line = 0.0, ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and text_width_mm(trial, size, bold=True) > room_mm:
            widest, line = max(widest, text_width_mm(line, size, bold=True)), word
        else:
            line = trial
    return min(max(widest, text_width_mm(line, size, bold=True)), room_mm)


def _rule_under(text: str, size: float, share: float, room_mm: float, minimum: float) -> Rule:
    """A line a share of the width of the text's widest printed line (as wrapped in its room)."""
    return Rule(short_rule(widest_line_mm(text, size, room_mm), share, minimum), gap_pt=10.0)


def header(org: Organization) -> Header:
    """Issuing body on the left, national name and motto (or Party heading) on the right."""
    party = _party(org)
    size = 14.0 if party else 12.0
    left_room = PAGE.text_width_mm * LEFT_SHARE - 2 * CELL_MARGIN_MM
    left: list = [_line(printable(org.parent_name).upper(), size)] if org.parent_name else []
    name = printable(org.name).upper()
    left.append(_line(name, size, bold=True))
    left.append(_line("*", size) if party else _rule_under(name, size, 1 / 3, left_room, 15.0))
    right: tuple[Line | Rule, ...]
    if party:
        right = (_line(PARTY_HEADING, 15.0, bold=True),
                 _rule_under(PARTY_HEADING, 15.0, 1.0, 200.0, 0.0))
    else:
        right = (_line(NATIONAL_NAME, 12.0, bold=True), _line(MOTTO, 13.0, bold=True),
                 _rule_under(MOTTO, 13.0, 1.0, 200.0, 0.0))
    return Header(Column(tuple(left)), Column(right), LEFT_SHARE)


def number_date_row(org: Organization, kind_symbol: str, number: int | None,
                    date: dt.date | None, year: int, show_date: bool = True) -> NumberDateRow:
    """'Số: 05/BB-SGDĐT' and 'Đắk Lắk, ngày 05 tháng 01 năm 2024' (blanks for a draft)."""
    size = 14.0 if _party(org) else 13.0
    number_text = document_number(org.style, kind_symbol, printable(org.abbreviation), number)
    dated = _line(date_line(printable(org.place_name), date, year), size, italic=True)
    return NumberDateRow(_line(number_text, size), dated if show_date else None, LEFT_SHARE)


def title(org: Organization, type_name: str, summary: Sequence[str]) -> Title:
    """'BIÊN BẢN' / 'THÔNG BÁO' … with its summary lines and the short line (or '-----')."""
    party = _party(org)
    lines = tuple(_line(printable(s), 14.0, bold=True) for s in summary if printable(s))
    kind = _line(printable(type_name).upper(), 15.0 if party else 14.0, bold=True)
    if party:
        return Title(kind, lines, _line("-----", 14.0))
    widest = max((text_width_mm(ln.text, 14.0, bold=True) for ln in lines), default=0.0)
    rule = Rule(short_rule(min(widest, PAGE.text_width_mm), 1 / 3, 25.0), gap_pt=12.0)
    return Title(kind, lines, rule)


def signer_column(org: Organization, titles: Sequence[str], name: str) -> Column:
    """Capacity and title lines in bold caps, room for the signature, then the name (a dotted
    placeholder while nobody is named, so a missing signer shows on the page)."""
    lines = [_line(printable(t).upper(), 14.0, bold=True) for t in titles if printable(t)]
    items: list = [*lines, Gap(SIGNATURE_ROOM_MM, signature_room=True)]
    items.append(_line(printable(name).strip() or PLACEHOLDER_NAME, 14.0, bold=True))
    return Column(tuple(items))


def placeholder_titles(org: Organization) -> list[str]:
    """The signer's lines while none is set: 'T/M CHI BỘ' / 'BÍ THƯ' (Party), dotted lines."""
    if not _party(org):
        return [PLACEHOLDER_LINE, PLACEHOLDER_LINE]
    name = printable(org.name).strip().upper()
    body = next((b for b in _PARTY_BODIES if name.startswith(b)), name)
    return [f"T/M {body}", "BÍ THƯ"]


def default_archive(org: Organization) -> str:
    """Where the office copy is kept: 'VT' (state); 'Chi bộ', 'Đảng ủy' … (Party)."""
    if not _party(org):
        return "VT"
    name = printable(org.name).strip().upper()
    body = next((b for b in _PARTY_BODIES if name.startswith(b)), "")
    return _PARTY_ARCHIVES.get(body, "Văn phòng")


def signer_titles(org: Organization, signer: Signer | None, fallback: str = "") -> list[str]:
    """['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'] from a Signer; [fallback] when nothing is set."""
    if signer is None:
        return [fallback] if fallback else []
    prefix = authority_prefix(org.style, signer.authority)
    first = " ".join(p for p in (prefix, printable(signer.authority_title)) if p)
    titles = [t for t in (first, printable(signer.title)) if t]
    return titles or ([fallback] if fallback else [])


def recipient_lines(org: Organization, recipients: Sequence[str], archive: str) -> tuple[str, ...]:
    """'- X;' for each recipient, then '- Lưu: VT, ….' (state) or '- Lưu VT.' (Party)."""
    lines = []
    for raw in recipients:
        text = printable(raw).strip().lstrip("-").strip().rstrip(";.,").strip()
        if text:
            lines.append(f"- {text};")
    kept = printable(archive).strip().rstrip(".").strip()
    if _party(org):
        party = kept if kept and kept.upper() != "VT" else default_archive(org)
        lines.append(f"- Lưu {party}.")  # Party style: no colon, never the state 'VT'
    else:
        lines.append(f"- Lưu: {kept or 'VT'}.")
    return tuple(lines)


def recipients_block(org: Organization, recipients: Sequence[str], archive: str) -> Recipients:
    """The Nơi nhận block: 12 pt bold italic label (underlined in Party style), 11 pt lines."""
    if _party(org):
        label = _line("Nơi nhận:", 12.0, underline=True)
    else:
        label = _line("Nơi nhận:", 12.0, bold=True, italic=True)
    label = Line(label.runs, label.size, Align.LEFT)
    lines = recipient_lines(org, recipients, archive)
    return Recipients(label, tuple(Line((Run(t),), 11.0, Align.LEFT) for t in lines))


def official_document(org: Organization, kind_symbol: str, title_text: str, summary: str,
                      body_blocks: Sequence[Block], date: dt.date | None, number: int | None,
                      signer: Signer | None, recipients: Sequence[str], archive: str = "VT",
                      *, year: int | None = None, show_date: bool = True) -> Document:
    """Any one-signer document of the organisation in the official layout (Mẫu 1.4 frame).

    kind_symbol is the PL III abbreviation ('TB', 'BC' …); date None prints blank day and month
    of `year` (default: this year); number None prints a draft number.
    """
    year = year or (date.year if date else dt.date.today().year)
    blocks: list[Block] = [
        header(org),
        number_date_row(org, kind_symbol, number, date, year, show_date),
        title(org, title_text, [summary]),
        *body_blocks,
        SignatureTable((signer_column(org, signer_titles(org, signer) or placeholder_titles(org),
                                      signer.name if signer else ""),),
                       recipients_block(org, recipients, archive)),
    ]
    return Document(blocks=carry_last_paragraph(blocks), page=PAGE,
                    title=f"{title_text} {summary}".strip(),
                    author=author_of(org))


def author_of(org: Organization) -> str:
    """The author named in the files' properties: the issuing body, as typed."""
    return printable(org.name).strip()
