"""reportlab flowables for each kind of block (called by pdf.renderer; reportlab is loaded by
then)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Spacer
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from secretary_app.documents.blocks import (
    NUMBER_ROW_SPACE,
    SIGNATURE_ROOM_PREFIX,
    SIGNATURE_SPACE,
    TITLE_SPACE_AFTER,
    TITLE_SPACE_BEFORE,
    Align,
    Block,
    Column,
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
)
from secretary_app.documents.fonts import POINTS_PER_MM as MM
from secretary_app.documents.fonts import pdf_font_name
from secretary_app.documents.pdf.renderer import body_paragraph, markup, style

LAYOUT_CELL_MARGIN_MM = 1.0
TABLE_CELL_MARGIN_MM = 1.5
# the ruled table's lines (the DOCX's w:sz="4"); LibreOffice adds a row's top border to its
# height, so a cell's top padding holds it too (else LibreOffice fits one row less per page)
RULE = 0.5
SIGNATURE_LEFT_SHARE = 0.45


class RuleFlowable(Flowable):
    """A solid centred line drawn at the bottom of a small gap under the text above it: as high
    as Word's and LibreOffice's paragraph of that exact height with a bottom border (gap plus the
    border), so the blocks under it start where they do in the DOCX (measured: the rule and the
    page's last lines at the same height in both files: test_decisions_libreoffice.py)."""

    THICKNESS = 0.75

    def __init__(self, width: float, gap: float):
        super().__init__()
        self.rule_width = width
        self.gap = gap
        self.hAlign = "CENTER"

    def wrap(self, aW, aH):
        self.width = min(self.rule_width, aW)
        self.height = self.gap + self.THICKNESS
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(self.THICKNESS)
        self.canv.line(0, self.THICKNESS / 2, self.width, self.THICKNESS / 2)


class SignatureRoom(Spacer):
    """The empty room for a signature image, recorded as a named destination (/FitR with the
    room's rectangle) so that the signer places the images without guessing."""

    def __init__(self, height: float):
        super().__init__(1, height)

    def wrap(self, aW, aH):
        self.width = aW
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.pdfbase.pdfdoc import PDFDictionary

        canvas = self.canv
        catalog = canvas._doc.Catalog
        if getattr(catalog, "Dests", None) is None:
            catalog.Dests = PDFDictionary({})
        number = sum(1 for k in catalog.Dests.dict if k.startswith(SIGNATURE_ROOM_PREFIX)) + 1
        key = f"{SIGNATURE_ROOM_PREFIX}{number}"
        left, bottom = canvas.absolutePosition(0, 0)
        right, top = canvas.absolutePosition(self.width, self.height)
        canvas.bookmarkPage(key, fit="FitR", left=round(left, 2), bottom=round(bottom, 2),
                            right=round(right, 2), top=round(top, 2))
        catalog.Dests.dict[key] = canvas._bookmarkReference(key)


def flowables(block: Block, page: PageSetup) -> list:
    """The flowables that print one block."""
    if isinstance(block, Header):
        return [_layout([[block.left, block.right]], page, [block.left_share,
                                                             1 - block.left_share])]
    if isinstance(block, NumberDateRow):
        right = Column((block.date,)) if block.date else Column(())
        return [Spacer(1, NUMBER_ROW_SPACE), _layout([[Column((block.number,)), right]], page,
                                      [block.left_share, 1 - block.left_share])]
    if isinstance(block, Title):
        return _title(block)
    if isinstance(block, Table):
        return [_ruled(block, page), Spacer(1, 14 * 1.15)]
    if isinstance(block, SignatureTable):
        return _signatures(block, page)
    if isinstance(block, Paragraph):
        return [body_paragraph(block, page)]
    if isinstance(block, PageBreak):  # numbered anew: the unnumbered first-page template
        return [NextPageTemplate("first"), RLPageBreak()] if block.restart_numbering else [
            RLPageBreak()]
    raise TypeError(f"unknown block {type(block).__name__}")


def line_paragraph(line: Line, space_before: float = 0.0) -> RLParagraph:
    """One header/signature line, single-spaced."""
    return RLParagraph(markup(line.runs), style(line.size, line.align, space_before=space_before))


def item_flowable(item, space_before: float = 0.0):
    """A Line, a Rule (solid, centred) or a Gap."""
    if isinstance(item, Line):
        return line_paragraph(item, space_before)
    if isinstance(item, Rule):
        return RuleFlowable(item.width_mm * MM, item.gap_pt)
    if isinstance(item, Gap):
        if item.signature_room:
            return SignatureRoom(item.height_mm * MM)
        return Spacer(1, item.height_mm * MM)
    raise TypeError(f"unknown column item {type(item).__name__}")


def column_flowables(column: Column | Recipients) -> list:
    """The flowables of a layout column (or of a Nơi nhận block)."""
    if isinstance(column, Recipients):
        column = Column((column.label, *column.lines))
    return [item_flowable(item) for item in column.items] or [Spacer(1, 1)]


def _layout(rows: list[list], page: PageSetup, shares: list[float], spans=()) -> RLTable:
    """A borderless table across the text width; cells hold columns (or '')."""
    widths = [page.text_width_mm * s * MM for s in shares]
    data = [[column_flowables(c) if c else "" for c in row] for row in rows]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONTNAME", (0, 0), (-1, -1), pdf_font_name()),  # else cells name Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), LAYOUT_CELL_MARGIN_MM * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), LAYOUT_CELL_MARGIN_MM * MM),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *spans]
    return RLTable(data, colWidths=widths, style=commands, hAlign="LEFT")


def _title(block: Title) -> list:
    """Type name (space above), summary lines, then the rule or the Party mark (space below)."""
    made = [Spacer(1, TITLE_SPACE_BEFORE), line_paragraph(block.kind)]
    made.extend(line_paragraph(line) for line in block.summary)
    if block.rule is not None:
        made.append(item_flowable(block.rule))
    made.append(Spacer(1, TITLE_SPACE_AFTER))
    return [KeepTogether(made)]


def _ruled(block: Table, page: PageSetup) -> RLTable:
    """A ruled table with bold centred headings repeated on each page."""
    columns = len(block.headings)
    total = sum(block.widths[:columns]) or 1.0
    widths = [page.text_width_mm * w / total * MM for w in block.widths[:columns]]

    def cell(text: str, align: Align, bold: bool = False) -> RLParagraph:
        return RLParagraph(markup((Run(text, bold=bold),)), style(block.size, align))

    data = [[cell(h, Align.CENTER, bold=True) for h in block.headings]]
    for row in block.rows:
        data.append([cell(row[c] if c < len(row) else "",
                          block.align[c] if c < len(block.align) else Align.LEFT)
                     for c in range(columns)])
    commands = [("GRID", (0, 0), (-1, -1), RULE, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), pdf_font_name()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), TABLE_CELL_MARGIN_MM * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_CELL_MARGIN_MM * MM),
                ("TOPPADDING", (0, 0), (-1, -1), 2 + RULE), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    return RLTable(data, colWidths=widths, style=commands, repeatRows=1, hAlign="LEFT",
                   splitByRow=1)


def _signatures(block: SignatureTable, page: PageSetup) -> list:
    """One signer right of Nơi nhận, or signers side by side with Nơi nhận below."""
    if len(block.signers) == 1:
        table = _layout([[block.recipients, block.signers[0]]], page,
                        [SIGNATURE_LEFT_SHARE, 1 - SIGNATURE_LEFT_SHARE])
        return [Spacer(1, SIGNATURE_SPACE), table]
    share = 1 / len(block.signers)
    rows: list[list] = [list(block.signers)]
    spans = []
    if block.recipients:
        rows.append([block.recipients] + [None] * (len(block.signers) - 1))
        spans = [("SPAN", (0, 1), (-1, 1)), ("TOPPADDING", (0, 1), (-1, 1), SIGNATURE_SPACE)]
    return [Spacer(1, SIGNATURE_SPACE), _layout(rows, page, [share] * len(block.signers), spans)]
