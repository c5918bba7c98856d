"""The ruled TABLE block in Word: bold centred headings repeated on each page, fixed widths."""

from __future__ import annotations

from secretary_app.documents.blocks import Align, Run, Table


def render(writer, block: Table) -> None:
    """Append the table after a 6 pt gap; cells single-spaced at the block's size."""
    from docx.shared import Pt

    from secretary_app.documents import docx_parts
    from secretary_app.documents.docx_renderer import TABLE_CELL_MARGIN_MM

    columns = len(block.headings)
    total = sum(block.widths[:columns]) or 1.0
    widths = [writer.page.text_width_mm * w / total for w in block.widths[:columns]]
    table = writer.docx.add_table(rows=1 + len(block.rows), cols=columns)
    docx_parts.table_borders(table, "single")
    docx_parts.table_geometry(table, widths, TABLE_CELL_MARGIN_MM)
    docx_parts.keep_row_whole(table.rows[0], header=True)
    for col, heading in enumerate(block.headings):
        _fill(table.cell(0, col), heading, block.size, Align.CENTER, bold=True)
    for r, row in enumerate(block.rows, start=1):
        docx_parts.keep_row_whole(table.rows[r])
        for col in range(columns):
            text = row[col] if col < len(row) else ""
            align = block.align[col] if col < len(block.align) else Align.LEFT
            _fill(table.cell(r, col), text, block.size, align)
    spacer = writer.docx.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)


def _fill(cell, text: str, size: float, align: Align, bold: bool = False) -> None:
    from docx.shared import Pt

    from secretary_app.documents import docx_parts
    from secretary_app.documents.docx_renderer import _alignment, add_runs

    lines = text.split("\n") if text else [""]
    for index, line in enumerate(lines):
        p = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        p.alignment = _alignment(align)
        p.paragraph_format.space_before = Pt(2) if index == 0 else None
        p.paragraph_format.space_after = Pt(2) if index == len(lines) - 1 else None
        docx_parts.set_line(p, None)
        add_runs(p, (Run(line, bold=bold),), size)
