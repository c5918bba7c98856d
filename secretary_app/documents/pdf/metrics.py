"""Printed widths of words and pieces of text, memoised per face and size (the floats of
reportlab's stringWidth)."""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics

WIDTH_CACHE_LIMIT = 50_000  # pieces per face and size (a few MB at most); then it starts over
# Spaces never shrink to fit a word on a justified line (reportlab's default lets them shrink
# by 5%; LibreOffice and Word do not, so the PDF broke some lines one word later than the DOCX)
SPACE_SHRINKAGE = 0.0


@functools.cache
def _widths(font_name: str, size: float) -> dict[str, float]:
    return {}


def widths_of(font_name: str, size: float) -> dict[str, float]:
    """The memo of one face and size (emptied when it grows past the limit)."""
    cache = _widths(font_name, size)
    if len(cache) > WIDTH_CACHE_LIMIT:
        cache.clear()
    return cache


def piece_width(font_name: str, size: float, piece: str) -> float:
    """Printed width of a piece of text (memoised)."""
    cache = _widths(font_name, size)
    width = cache.get(piece)
    if width is None:
        if len(cache) > WIDTH_CACHE_LIMIT:
            cache.clear()
        width = cache[piece] = pdfmetrics.getFont(font_name).stringWidth(piece, size)
    return width


def word_widths(words: list[str], font_name: str, size: float) -> list[float]:
    """Printed width of each word, the same floats as reportlab's stringWidth (memoised)."""
    cache = widths_of(font_name, size)
    missing = set(words).difference(cache)
    if missing:
        font = pdfmetrics.getFont(font_name)
        cache.update((w, font.stringWidth(w, size)) for w in missing)
    return list(map(cache.__getitem__, words))


@functools.cache
def space_width(font_name: str, size: float) -> float:
    """Width of the plain space of a face."""
    return pdfmetrics.getFont(font_name).stringWidth(" ", size)
