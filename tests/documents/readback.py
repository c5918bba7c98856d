"""Reading exported files back: DOCX with python-docx, PDF with pypdf (text, fonts, positions)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from docx import Document as load_docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

MM = 72 / 25.4


def norm(text: str) -> str:
    """Whitespace collapsed (line wrapping differs between files)."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def docx_of(data: bytes):
    """The python-docx Document of some bytes."""
    return load_docx(io.BytesIO(data))


def docx_paragraphs(data: bytes) -> list[Paragraph]:
    """Every paragraph of the body in order, table cells included."""
    doc = docx_of(data)
    return [Paragraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]


def docx_text(data: bytes) -> str:
    """All body text, one paragraph per line."""
    return "\n".join(p.text for p in docx_paragraphs(data))


def pdf_reader(data: bytes) -> PdfReader:
    """A pypdf reader over some bytes."""
    return PdfReader(io.BytesIO(data))


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, the page number line (pages 2+) removed."""
    pages = []
    for index, page in enumerate(pdf_reader(data).pages):
        text = page.extract_text()
        if index > 0:
            first, _, rest = text.partition("\n")
            assert first.strip() == str(index + 1), f"page {index + 1} starts with {first!r}"
            text = rest
        pages.append(text)
    return pages


def pdf_text(data: bytes) -> str:
    """All page text without the page numbers."""
    return "\n".join(pdf_pages(data))


@dataclass
class Drawn:
    """A piece of text drawn on a PDF page, with its font and position (points from bottom)."""

    text: str
    font: str
    size: float
    x: float
    y: float


def pdf_drawn(data: bytes, page_index: int) -> list[Drawn]:
    """What one page draws, piece by piece."""
    found: list[Drawn] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            scale = tm[0] * cm[0] if tm[0] else 1
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append(Drawn(text, name, round(size * scale, 2), x, y))

    pdf_reader(data).pages[page_index].extract_text(visitor_text=visit)
    return found


@dataclass
class Stroke:
    """A straight line a PDF page draws, in mm from the page's bottom-left corner."""

    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def length(self) -> float:
        """Length in mm."""
        return ((self.x2 - self.x1) ** 2 + (self.y2 - self.y1) ** 2) ** 0.5

    @property
    def centre_x(self) -> float:
        """Horizontal middle in mm."""
        return (self.x1 + self.x2) / 2


def pdf_strokes(data: bytes, page_index: int) -> list[Stroke]:
    """The 'm … l' lines of one page, through the q/Q/cm transformations (no rotation)."""
    from pypdf.generic import ContentStream

    page = pdf_reader(data).pages[page_index]
    content = ContentStream(page.get_contents(), page.pdf)
    ctm, stack, start, found = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], None, []

    def at(x, y):
        return ((ctm[0] * x + ctm[2] * y + ctm[4]) / MM, (ctm[1] * x + ctm[3] * y + ctm[5]) / MM)

    for operands, op in content.operations:
        if op == b"q":
            stack.append(list(ctm))
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ctm = [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3], c * ctm[0] + d * ctm[2],
                   c * ctm[1] + d * ctm[3], e * ctm[0] + f * ctm[2] + ctm[4],
                   e * ctm[1] + f * ctm[3] + ctm[5]]
        elif op == b"m":
            start = at(float(operands[0]), float(operands[1]))
        elif op == b"l" and start is not None:
            end = at(float(operands[0]), float(operands[1]))
            found.append(Stroke(*start, *end))
            start = end
    return found
