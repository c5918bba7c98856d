"""The shipped fonts: Liberation Serif (metric-compatible with Times New Roman) and Symbola for
the symbols and emoji it lacks; PDF registration and text measurement. reportlab is imported
lazily, never at start-up."""

from __future__ import annotations

import functools
import re
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
FALLBACK = "Symbola"
FALLBACK_FILE = "Symbola.ttf"
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
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    _patch_to_unicode(ttfonts)
    for (bold, italic), name in _NAMES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(bold, italic))))
        addMapping(PDF_FAMILY, int(bold), int(italic), name)
    pdfmetrics.registerFont(TTFont(FALLBACK, str(resource("fonts", FALLBACK_FILE))))
    for bold, italic in _NAMES:  # one face serves every style of the fallback
        addMapping(FALLBACK, int(bold), int(italic), FALLBACK)
    return PDF_FAMILY


def _patch_to_unicode(ttfonts) -> None:
    """reportlab writes characters beyond U+FFFF (emoji) into the ToUnicode map as 5-digit hex,
    which PDF readers reject; write them as UTF-16 surrogate pairs so the text copies intact."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "utf16_fixed", False):
        return

    def make(fontname, subset):
        text = original(fontname, [min(v, 0xFFFF) for v in subset])
        for index, value in enumerate(subset):
            if value > 0xFFFF:
                pair = chr(value).encode("utf-16-be").hex().upper()
                wrong, right = f"<{index:02X}> <FFFF>", f"<{index:02X}> <{pair}>"
                text = text.replace(wrong, right, 1)
        return text

    make.utf16_fixed = True  # type: ignore[attr-defined]  # marks the patch as applied
    ttfonts.makeToUnicodeCMap = make


@functools.cache
def _charmaps() -> tuple[frozenset[int], frozenset[int]]:
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    main = frozenset(pdfmetrics.getFont(PDF_FAMILY).face.charToGlyph)
    return main, frozenset(pdfmetrics.getFont(FALLBACK).face.charToGlyph)


@functools.cache
def fallback_runs() -> re.Pattern:
    """Runs of characters the serif lacks but the fallback font has (see needs_fallback)."""
    main, fallback = _charmaps()
    ranges: list[list[int]] = []
    for code in sorted(fallback - main):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    members = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                      for a, b in ranges)
    return re.compile(f"[{members}]+")


@functools.cache
def fallback_chars() -> frozenset[str]:
    """The characters of fallback_runs(), for a quick 'any of them here?' test."""
    main, fallback = _charmaps()
    return frozenset(chr(code) for code in fallback - main)


def needs_fallback(ch: str) -> bool:
    """True for a character the serif lacks but the fallback font has (emoji, symbols)."""
    main, fallback = _charmaps()
    code = ord(ch)
    return code not in main and code in fallback


def text_width_mm(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Printed width of one line of text in millimetres."""
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    return pdfmetrics.stringWidth(text, pdf_font_name(bold, italic), size) / POINTS_PER_MM


def missing_glyphs(text: str, bold: bool = False, italic: bool = False) -> set[str]:
    """Characters of text the serif face has no glyph for (whitespace ignored)."""
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    cmap = pdfmetrics.getFont(pdf_font_name(bold, italic)).face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
