"""Lays a Document's blocks out as a Word file with python-docx (imported lazily)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from secretary_app.documents.blocks import (
    BODY_LEADING,
    FIRST_INDENT_MM,
    NUMBER_ROW_SPACE,
    RANGE_HYPHEN,
    SIGNATURE_SPACE,
    TITLE_SPACE_AFTER,
    TITLE_SPACE_BEFORE,
    Align,
    Column,
    Document,
    Gap,
    Header,
    Line,
    NumberDateRow,
    PageBreak,
    PageSetup,
    Paragraph,
    Recipients,
    Rule,
    Run,
    SignatureTable,
    Table,
    Title,
    printable,
    printed_runs,
)

LAYOUT_CELL_MARGIN_MM = 1.0
TABLE_CELL_MARGIN_MM = 1.5
SIGNATURE_LEFT_SHARE = 0.45


def _alignment(align: Align):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
            Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT, Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}[align]


def to_docx_bytes(document: Document) -> bytes:
    """The .docx file of a document, as bytes."""
    from docx import Document as new_document

    from secretary_app.documents import docx_parts, docx_styles

    docx = new_document()
    docx_parts.set_defaults(docx, document.page.font_name, document.page.body_size)
    _page_setup(docx, document.page)
    _properties(docx, document)
    if document.properties:
        from secretary_app.documents.file_stamp import add_docx_properties

        add_docx_properties(docx, document.properties)
    writer = _Writer(docx, document.page, docx_styles.StyleBook(docx))
    for block in document.blocks:
        writer.block(block)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def _properties(docx, document: Document) -> None:
    """Title, author, language and real dates in the file's core properties."""
    props = docx.core_properties
    props.title = printable(document.title)[:255]  # metadata limit only
    props.author = printable(document.author)[:255]
    props.last_modified_by = props.comments = ""
    props.language = document.language
    when = (document.created or dt.datetime.now()).astimezone(dt.UTC)
    props.created = props.modified = when.replace(tzinfo=None, microsecond=0)
    props.revision = 1


def _page_setup(docx, page: PageSetup) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    from secretary_app.documents import docx_parts

    section = docx.sections[0]
    if page.width_mm > page.height_mm:
        from docx.enum.section import WD_ORIENT

        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    section.top_margin, section.bottom_margin = Mm(page.top_mm), Mm(page.bottom_mm)
    section.left_margin, section.right_margin = Mm(page.left_mm), Mm(page.right_mm)
    section.header_distance = section.footer_distance = Mm(page.header_distance_mm)
    section.different_first_page_header_footer = True  # no number on page 1
    section.first_page_header.is_linked_to_previous = False
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_parts.add_page_field(number, page.page_number_size)


def add_runs(paragraph, runs: tuple[Run, ...], size: float, look=None) -> None:
    """The runs of a block, each with its size and bold/italic/underline (with a style's look:
    only what differs from the style)."""
    from docx.shared import Pt

    from secretary_app.documents import docx_parts
    from secretary_app.documents.docx_styles import run_differences

    for piece in runs:
        run = paragraph.add_run(piece.text)
        if RANGE_HYPHEN in piece.text:
            docx_parts.no_break_hyphens(run, piece.text)
        if look is not None:
            run_differences(run, look, size, piece.bold, piece.italic, piece.underline)
            continue
        run.font.size = Pt(size)
        run.font.bold = piece.bold or None
        run.font.italic = piece.italic or None
        run.font.underline = piece.underline or None


def _line_look(line: Line):
    """The look of a header, title or signature line (its style is made from the first)."""
    from secretary_app.documents.docx_styles import Look

    runs = line.runs or (Run(""),)
    return Look(line.size, all(r.bold for r in runs), all(r.italic for r in runs),
                all(r.underline for r in runs), _alignment(line.align))


def _body_look(size: float, bold: bool = False):
    """Part 0 body text: 14 pt, justified, first-line indent 1.27 cm, 6 pt after, exact pitch."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from secretary_app.documents.docx_styles import Look

    return Look(size, bold=bold, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_mm=FIRST_INDENT_MM,
                after_pt=6.0, exact_pt=BODY_LEADING)


class _Writer:
    """Appends blocks to the document body or to table cells."""

    def __init__(self, docx, page: PageSetup, styles=None):
        self.docx = docx
        self.page = page
        self.styles = styles

    def block(self, block) -> None:
        """Render one block at the end of the document."""
        renderers: tuple[tuple[type, Callable[[Any], None]], ...] = (
            (Header, self.header), (NumberDateRow, self.number_row), (Title, self.title),
            (Table, self.table), (SignatureTable, self.signatures), (Paragraph, self.paragraph),
            (PageBreak, self.page_break))
        for kind, method in renderers:
            if isinstance(block, kind):
                method(block)
                return
        raise TypeError(f"unknown block {type(block).__name__}")

    def page_break(self, block: PageBreak) -> None:
        """A new section on a new page (numbered anew when the block says so)."""
        from secretary_app.documents import docx_parts

        docx_parts.new_section(self.docx, block.restart_numbering)

    def _new(self, container, first: list):
        """A new paragraph in container; a fresh cell's own empty paragraph is used first."""
        if first:
            return first.pop()
        return container.add_paragraph()

    def paragraph(self, block: Paragraph) -> None:
        """A body paragraph: exact line pitch, justified, first-line indent, 6 pt after."""
        from docx.shared import Mm, Pt


        runs = printed_runs(block)
        heading = bool(runs) and all(r.bold for r in runs) and not getattr(block, "label", "")
        role = "heading" if heading else "body"
        look = self.styles.style(role, _body_look(self.page.body_size, bold=heading))
        p = self.docx.add_paragraph()
        self.styles.apply(p, role)
        if _alignment(block.align) != look.align:
            p.alignment = _alignment(block.align)
        fmt = p.paragraph_format
        if not block.indent:
            fmt.first_line_indent = Mm(0)
        if block.space_after != look.after_pt:
            fmt.space_after = Pt(block.space_after)
        fmt.keep_with_next = block.keep_with_next or None
        pitch = BODY_LEADING * block.size / self.page.body_size
        if pitch != look.exact_pt:
            self._line(p, pitch)
        add_runs(p, runs, block.size, look)

    def _line(self, p, exact: float | None) -> None:
        from secretary_app.documents import docx_parts

        docx_parts.set_line(p, exact)

    def column(self, cell, column: Column, width_mm: float, keep: bool = False,
               space_before: float = 0.0, role: str | Callable[[int], str] | None = None) -> None:
        """Lines, rules and gaps of a layout column inside a table cell; role names the style
        of its lines (or gives it per line index)."""
        from docx.shared import Pt

        first = [cell.paragraphs[0]]
        for index, item in enumerate(column.items):
            p = self._new(cell, first)
            p.paragraph_format.keep_with_next = keep or None
            if index == 0 and space_before:
                p.paragraph_format.space_before = Pt(space_before)
            self._column_item(p, item, width_mm, role(index) if callable(role) else role)

    def _styled_line(self, p, line: Line, role: str) -> None:
        """A line in its role's named style, with only its differences set directly."""

        look = self.styles.style(role, _line_look(line))
        self.styles.apply(p, role)
        if _alignment(line.align) != look.align:
            p.alignment = _alignment(line.align)
        add_runs(p, line.runs, line.size, look)

    def _column_item(self, p, item, width_mm: float, role: str | None = None) -> None:
        from docx.shared import Mm, Pt

        from secretary_app.documents import docx_parts

        if isinstance(item, Line) and role is not None and self.styles is not None:
            self._styled_line(p, item, role)
        elif isinstance(item, Line):
            p.alignment = _alignment(item.align)
            self._line(p, None)
            add_runs(p, item.runs, item.size)
        elif isinstance(item, Rule):
            side = max((width_mm - 2 * LAYOUT_CELL_MARGIN_MM - item.width_mm) / 2, 0)
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = Mm(side)
            self._line(p, item.gap_pt)
            p.add_run().font.size = Pt(2)
            docx_parts.paragraph_border(p)
        elif isinstance(item, Gap):
            self._line(p, item.height_mm * 72 / 25.4)
            p.add_run().font.size = Pt(2)

    def layout_table(self, rows: int, shares: list[float]):
        """A borderless table across the text width with the given column shares."""
        from secretary_app.documents import docx_parts

        table = self.docx.add_table(rows=rows, cols=len(shares))
        widths = [self.page.text_width_mm * s for s in shares]
        docx_parts.table_borders(table, "nil")
        docx_parts.table_geometry(table, widths, LAYOUT_CELL_MARGIN_MM)
        return table, widths

    def header(self, block: Header) -> None:
        """Issuing body | national name, motto and their rules."""
        table, widths = self.layout_table(1, [block.left_share, 1 - block.left_share])
        self.column(table.cell(0, 0), block.left, widths[0], role="header-left")
        self.column(table.cell(0, 1), block.right, widths[1], role="header-right")

    def number_row(self, block: NumberDateRow) -> None:
        """'Số: …' | place and date, 6 pt below the header."""
        table, widths = self.layout_table(1, [block.left_share, 1 - block.left_share])
        self.column(table.cell(0, 0), Column((block.number,)), widths[0],
                    space_before=NUMBER_ROW_SPACE, role="number")
        if block.date is not None:
            self.column(table.cell(0, 1), Column((block.date,)), widths[1],
                        space_before=NUMBER_ROW_SPACE, role="date")

    def title(self, block: Title) -> None:
        """Type name, summary lines, then the short rule or the Party '-----'."""
        from docx.shared import Pt

        items = [block.kind, *block.summary] + ([block.rule] if block.rule else [])
        for index, item in enumerate(items):
            p = self.docx.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(TITLE_SPACE_BEFORE if index == 0 else 0)
            self._column_item(p, item, self.page.text_width_mm + 2 * LAYOUT_CELL_MARGIN_MM,
                              "kind" if index == 0 else "summary")
        self.docx.paragraphs[-1].paragraph_format.space_after = Pt(TITLE_SPACE_AFTER)

    def table(self, block: Table) -> None:
        """A ruled table; its heading row repeats on every page."""
        from secretary_app.documents import docx_render_table

        docx_render_table.render(self, block)

    def signatures(self, block: SignatureTable) -> None:
        """One signer right of Nơi nhận, or two signers side by side with Nơi nhận below."""
        if len(block.signers) == 1:
            table, widths = self.layout_table(1, [SIGNATURE_LEFT_SHARE, 1 - SIGNATURE_LEFT_SHARE])
            if block.recipients:
                self.recipients(table.cell(0, 0), block.recipients, space_before=SIGNATURE_SPACE)
            self.column(table.cell(0, 1), block.signers[0], widths[1], space_before=SIGNATURE_SPACE,
                        role="signature")
        else:
            share = 1 / len(block.signers)
            table, widths = self.layout_table(2 if block.recipients else 1,
                                              [share] * len(block.signers))
            for index, column in enumerate(block.signers):
                self.column(table.cell(0, index), column, widths[index], keep=True,
                            space_before=SIGNATURE_SPACE, role="signature")
            if block.recipients:
                merged = table.cell(1, 0).merge(table.cell(1, len(block.signers) - 1))
                self.recipients(merged, block.recipients, space_before=SIGNATURE_SPACE)
        for row in table.rows:
            self._keep_whole(row)

    def _keep_whole(self, row) -> None:
        from secretary_app.documents import docx_parts

        docx_parts.keep_row_whole(row)

    def recipients(self, cell, block: Recipients, space_before: float = 0.0) -> None:
        """'Nơi nhận:' then its lines, flush left, kept together."""
        column = Column((block.label, *block.lines))
        self.column(cell, column, 0.0, keep=True, space_before=space_before,
                    role=lambda index: "recipients-label" if index == 0 else "recipients")
        cell.paragraphs[-1].paragraph_format.keep_with_next = None
