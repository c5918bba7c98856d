"""The shipped serif (Liberation Serif, metric-compatible with Times New Roman): files, PDF
registration and text measurement. reportlab is imported lazily, never at start-up."""

from __future__ import annotations

import functools
from pathlib import Path

from secretary_app.paths import resource

PDF_FAMILY = "LiberationSerif"
_FILES = {
    (False, False): "LiberationSerif-Regular.ttf",
    (True, False): "LiberationSerif-Bold.ttf",
    (False, True): "LiberationSerif-Italic.ttf",
    (True, True): "LiberationSerif-BoldItalic.ttf",
}
_NAMES = {
    (False, False): PDF_FAMILY,
    (True, False): f"{PDF_FAMILY}-Bold",
    (False, True): f"{PDF_FAMILY}-Italic",
    (True, True): f"{PDF_FAMILY}-BoldItalic",
}
POINTS_PER_MM = 72 / 25.4


def font_path(bold: bool = False, italic: bool = False) -> Path:
    """The TTF file of one face under resources/fonts/."""
    return resource("fonts", _FILES[(bold, italic)])


def pdf_font_name(bold: bool = False, italic: bool = False) -> str:
    """The name a face is registered under in reportlab."""
    return _NAMES[(bold, italic)]


@functools.cache
def register_pdf_fonts() -> str:
    """Register the four faces and the family with reportlab once; returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for (bold, italic), name in _NAMES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(bold, italic))))
        addMapping(PDF_FAMILY, int(bold), int(italic), name)
    return PDF_FAMILY


def text_width_mm(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Printed width of one line of text in millimetres."""
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    return pdfmetrics.stringWidth(text, pdf_font_name(bold, italic), size) / POINTS_PER_MM


def missing_glyphs(text: str, bold: bool = False, italic: bool = False) -> set[str]:
    """Characters of text the face has no glyph for (whitespace ignored)."""
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    cmap = pdfmetrics.getFont(pdf_font_name(bold, italic)).face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
