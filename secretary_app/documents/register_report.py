"""The register (sổ đăng ký văn bản đi) printed: official header, title, ruled table, totals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from secretary_app.documents import frame
from secretary_app.documents.blocks import (
    Align,
    Block,
    Document,
    PageSetup,
    Paragraph,
    Run,
    Table,
)
from secretary_app.domain.model import Organization
from secretary_app.domain.register import (
    STATUS_WORDS,
    EntryStatus,
    RegisterEntry,
    kind_name,
    short_number,
    status_text,
)

TITLE = "Sổ đăng ký văn bản đi"
HEADINGS = ("Số, ký hiệu", "Ngày tháng", "Tên loại", "Trích yếu nội dung", "Người ký",
            "Nơi nhận", "Tình trạng", "Ghi chú")
WIDTHS = (17.0, 13.0, 10.0, 38.0, 20.0, 24.0, 10.0, 16.0)
ALIGN = (Align.CENTER, Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT,
         Align.CENTER, Align.LEFT)
LANDSCAPE = PageSetup(width_mm=297.0, height_mm=210.0, top_mm=20.0, bottom_mm=20.0,
                      left_mm=25.0, right_mm=15.0)
FORMATS = ("docx", "pdf", "xlsx")


def register_rows(org: Organization, entries: Sequence[RegisterEntry]) -> list[tuple[str, ...]]:
    """One row of cell texts per entry, in the HEADINGS order."""
    return [(short_number(org, e), f"{e.issued_on:%d/%m/%Y}", kind_name(e.kind), e.summary,
             e.signer, "; ".join(e.recipients), status_text(e), e.reason)
            for e in entries]


def period_text(entries: Sequence[RegisterEntry], year: int | None) -> str:
    """'Năm 2024', or the span of the dates shown."""
    if year is not None:
        return f"Năm {year}"
    if not entries:
        return "Chưa có văn bản"
    first = min(e.issued_on for e in entries)
    last = max(e.issued_on for e in entries)
    if first.year == last.year:
        return f"Năm {first.year}"
    return f"Từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}"


def totals_text(entries: Sequence[RegisterEntry]) -> str:
    """'Tổng số: 12 số (đã cấp 10, đã hủy 1, giữ số 1).'"""
    counts = Counter(e.status for e in entries)
    parts = [f"{STATUS_WORDS[s].lower()} {counts[s]}" for s in EntryStatus if counts[s]]
    detail = f" ({', '.join(parts)})" if parts else ""
    return f"Tổng số: {len(entries)} số{detail}."


def register_document(org: Organization, entries: Sequence[RegisterEntry],
                      year: int | None = None) -> Document:
    """The register as a landscape A4 document in the organisation's official frame."""
    table = Table(HEADINGS, tuple(register_rows(org, entries)), WIDTHS, size=11.0, align=ALIGN)
    totals = Paragraph((Run(totals_text(entries), italic=True),), align=Align.LEFT,
                       indent=False, size=12.0)
    blocks: list[Block] = [frame.header(org), frame.title(org, TITLE, [period_text(entries, year)]),
              table, totals]
    return Document(blocks=blocks, page=LANDSCAPE, title=f"{TITLE} {period_text(entries, year)}")


def export_register(fmt: str, org: Organization, entries: Sequence[RegisterEntry],
                    year: int | None = None) -> bytes:
    """The register file's bytes in docx, pdf or xlsx."""
    if fmt == "xlsx":
        from secretary_app.documents.register_xlsx import register_to_xlsx_bytes
        return register_to_xlsx_bytes(org, entries, year)
    from secretary_app.documents import export
    document = register_document(org, entries, year)
    if fmt == "docx":
        return export.to_docx_bytes(document)
    if fmt == "pdf":
        return export.to_pdf_bytes(document)
    raise ValueError(f"unknown register format: {fmt}")
