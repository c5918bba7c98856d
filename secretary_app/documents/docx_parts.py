"""Low-level WordprocessingML helpers for the DOCX renderer: fonts, tables, borders, fields.
Only called from docx_renderer, which imports python-docx lazily."""

from __future__ import annotations

from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

TWIPS_PER_MM = 1440 / 25.4


def twips(mm: float) -> str:
    """A length in twentieths of a point, as WordprocessingML wants it."""
    return str(round(mm * TWIPS_PER_MM))


def _child(parent, tag: str):
    """The first child with this tag, created (appended) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_defaults(docx, font_name: str, size: float) -> None:
    """Document defaults: the named font for every script, size, Vietnamese, no spacing."""
    defaults = docx.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = _child(rpr, "w:rFonts")
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), font_name)
    for tag in ("w:sz", "w:szCs"):
        _child(rpr, tag).set(qn("w:val"), str(round(size * 2)))
    _child(rpr, "w:lang").set(qn("w:val"), "vi-VN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = docx.styles["Normal"]
    normal.font.name = font_name
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    normal.element.rPr.rFonts.set(qn("w:cs"), font_name)


def set_line(paragraph, exact_pt: float | None) -> None:
    """Exact line pitch (body text), or single spacing when exact_pt is None."""
    fmt = paragraph.paragraph_format
    if exact_pt is None:
        fmt.line_spacing = 1.0
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(exact_pt)


def paragraph_border(paragraph, side: str = "bottom", size_eighths: int = 6) -> None:
    """A solid border line on one side of a paragraph (used to draw the short rules)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = _child(ppr, "w:pBdr")
    edge = _child(borders, f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", "0"),
                       ("w:color", "000000")):
        edge.set(qn(key), value)


def table_borders(table, style: str) -> None:
    """All borders of a table: 'nil' for layout tables, 'single' for ruled tables."""
    tblpr = table._tbl.tblPr
    borders = _child(tblpr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = _child(borders, f"w:{side}")
        edge.set(qn("w:val"), style)
        if style != "nil":
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")


def table_geometry(table, widths_mm: list[float], cell_margin_mm: float) -> None:
    """Fixed layout; widths on the table, on its grid and on every cell (LibreOffice reads the
    grid, Word the cells); left/right cell margins."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    width = _child(tblpr, "w:tblW")
    width.set(qn("w:w"), twips(sum(widths_mm)))
    width.set(qn("w:type"), "dxa")
    _child(tblpr, "w:tblLayout").set(qn("w:type"), "fixed")
    indent = _child(tblpr, "w:tblInd")
    indent.set(qn("w:w"), "0")
    indent.set(qn("w:type"), "dxa")
    margins = _child(tblpr, "w:tblCellMar")
    for side in ("left", "right"):
        edge = _child(margins, f"w:{side}")
        edge.set(qn("w:w"), twips(cell_margin_mm))
        edge.set(qn("w:type"), "dxa")
    for col, grid in zip(table.columns, table._tbl.tblGrid.findall(qn("w:gridCol")), strict=True):
        grid.set(qn("w:w"), twips(widths_mm[col._index]))
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            cell.width = Mm(widths_mm[index])


def keep_row_whole(row, header: bool = False) -> None:
    """A table row never split across pages (and repeated on each page when a header row)."""
    trpr = row._tr.get_or_add_trPr()
    _child(trpr, "w:cantSplit")
    if header:
        _child(trpr, "w:tblHeader")


def add_page_field(paragraph, size: float) -> None:
    """A PAGE field (shows the page number) as Word's begin/instr/separate/end runs."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(size)
        if kind is not None:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def no_break_hyphens(run, text: str) -> None:
    """The run's text with each range hyphen (between no-break spaces) as Word's no-break
    hyphen, so that neither Word nor LibreOffice breaks the line at it."""
    from secretary_app.documents.blocks import RANGE_HYPHEN

    for child in list(run._r):
        if child.tag in (qn("w:t"), qn("w:tab"), qn("w:br")):
            run._r.remove(child)
    for index, part in enumerate(text.split(RANGE_HYPHEN)):
        if index:
            _text_element(run, "\u00a0")
            run._r.append(OxmlElement("w:noBreakHyphen"))
            _text_element(run, "\u00a0")
        if part:
            _text_element(run, part)


def _text_element(run, text: str) -> None:
    element = OxmlElement("w:t")
    element.text = text
    element.set(qn("xml:space"), "preserve")
    run._r.append(element)


def new_section(docx, restart_numbering: bool) -> None:
    """A new page as a new section (Word's 'Section Break (Next Page)'); restart_numbering:
    numbered from 1 with its first page unnumbered, as a document of its own. The paragraph
    that ends the previous section is made 1 pt high, so it never needs a page of its own."""
    from docx.enum.section import WD_SECTION

    section = docx.add_section(WD_SECTION.NEW_PAGE)
    ending = docx.element.body.findall(qn("w:p"))[-1]
    ppr = ending.get_or_add_pPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "20")
    spacing.set(qn("w:lineRule"), "exact")
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    mark.append(size)
    ppr.insert_element_before(spacing, "w:ind", "w:jc", "w:rPr", "w:sectPr")
    ppr.insert_element_before(mark, "w:sectPr")
    section.different_first_page_header_footer = restart_numbering
    if restart_numbering:
        numbering = OxmlElement("w:pgNumType")
        numbering.set(qn("w:start"), "1")
        section._sectPr.insert_element_before(
            numbering, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
            "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
            "w:sectPrChange")
