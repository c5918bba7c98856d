"""The register as a spreadsheet (openpyxl): title rows, a header row, one row per number."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from secretary_app.documents.blocks import printable
from secretary_app.documents.register_report import (
    HEADINGS,
    TITLE,
    WIDTHS,
    period_text,
    register_rows,
    totals_text,
)
from secretary_app.domain.model import Organization
from secretary_app.domain.register import RegisterEntry

FIRST_ROW = 5  # the header row; title rows above it
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIXED_TIME = dt.datetime(2000, 1, 1)  # document properties: byte-stable output
WIDTH_SCALE = 1.1  # spreadsheet column width (characters) per unit of WIDTHS
LINE_HEIGHT = 15.0  # points per wrapped line of 11 pt text


def register_to_xlsx_bytes(org: Organization, entries: Sequence[RegisterEntry],
                           year: int | None = None) -> bytes:
    """A one-sheet workbook; dates are real date cells shown dd/mm/yyyy."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ đăng ký"
    _title_rows(sheet, org, entries, year)
    for col, (heading, width) in enumerate(zip(HEADINGS, WIDTHS, strict=True), start=1):
        cell = sheet.cell(FIRST_ROW, col, heading)
        cell.font, cell.border = Font(bold=True), BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(col)].width = width * WIDTH_SCALE
    for row, (entry, texts) in enumerate(zip(entries, register_rows(org, entries), strict=True),
                                         start=FIRST_ROW + 1):
        _data_row(sheet, row, entry, texts)
    sheet.cell(FIRST_ROW + len(entries) + 2, 1, totals_text(entries)).font = Font(italic=True)
    sheet.freeze_panes = sheet.cell(FIRST_ROW + 1, 1)
    sheet.print_title_rows = f"{FIRST_ROW}:{FIRST_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # all columns on one page width
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    book.properties.created = book.properties.modified = FIXED_TIME
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _title_rows(sheet, org: Organization, entries: Sequence[RegisterEntry], year: int | None):
    sheet.cell(1, 1, printable(org.name).upper()).font = Font(bold=True)
    sheet.cell(2, 1, TITLE.upper()).font = Font(bold=True, size=14)
    sheet.cell(3, 1, period_text(entries, year)).font = Font(italic=True)


def _data_row(sheet, row: int, entry: RegisterEntry, texts: tuple[str, ...]) -> None:
    values: list = list(texts)
    values[1] = entry.issued_on  # a real date, formatted below
    for col, value in enumerate(values, start=1):
        cell = sheet.cell(row, col, value)
        cell.border = BOX
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.cell(row, 2).number_format = "DD/MM/YYYY"
    sheet.row_dimensions[row].height = LINE_HEIGHT * _lines(texts)


def _lines(texts: tuple[str, ...]) -> int:
    """Wrapped lines of the tallest cell (spreadsheets do not grow rows written by a program)."""
    return max(sum(max(1, math.ceil(len(part) / (width * WIDTH_SCALE * 1.2)))
                   for part in text.split("\n"))
               for text, width in zip(texts, WIDTHS, strict=True))
