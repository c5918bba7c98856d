"""A fast flowable for the common body paragraph (plain text, one face and size): broken into
lines, split across pages and drawn exactly as reportlab's Paragraph would, to the same PDF
operators, without parsing markup or measuring every word again (imported with reportlab)."""

from __future__ import annotations

import functools

from reportlab.lib.colors import black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.rl_config import _FUZZ, paraFontSizeHeightOffset, spaceShrinkage

from secretary_app.documents.blocks import Align, Run
from secretary_app.documents.fonts import pdf_font_name
from secretary_app.documents.pdf_encoding import encoder_for

ALIGNS = (Align.JUSTIFY, Align.LEFT)
WIDTH_CACHE_LIMIT = 50_000  # words per face and size (a few MB at most); then it starts over


@functools.cache
def plain_characters() -> frozenset[str]:
    """Characters the fast path prints: the serif's, with no whitespace but the plain space
    and no soft hyphen (reportlab's Paragraph treats those specially)."""
    face = pdfmetrics.getFont(pdf_font_name()).face
    chars = {chr(code) for code in face.charToGlyph if not chr(code).isspace()}
    return frozenset(chars - {"\u00a0", "\u00ad"} | {" "})


def plain_text(runs: tuple[Run, ...]) -> tuple[str, str] | None:
    """(text, face name) when runs print as one plain-text fragment, else None: plain runs, or
    a single bold/italic run; only characters of the serif, no runs of spaces."""
    if not runs or any(r.underline for r in runs):
        return None
    styled = any(r.bold or r.italic for r in runs)
    if styled and len(runs) > 1:
        return None  # several tagged runs are several fragments in reportlab
    text = "".join(r.text for r in runs)
    if "  " in text or not text.strip(" ") or not plain_characters().issuperset(text):
        return None
    return text, pdf_font_name(runs[0].bold, runs[0].italic)


@functools.cache
def _widths(font_name: str, size: float) -> dict[str, float]:
    return {}


def word_widths(words: list[str], font_name: str, size: float) -> list[float]:
    """Printed width of each word, the same floats as reportlab's stringWidth (memoised)."""
    cache = _widths(font_name, size)
    missing = set(words).difference(cache)
    if missing:
        if len(cache) > WIDTH_CACHE_LIMIT:
            cache.clear()
            missing = set(words)
        font = pdfmetrics.getFont(font_name)
        cache.update((w, font.stringWidth(w, size)) for w in missing)
    return list(map(cache.__getitem__, words))


def break_lines(words: list[str], widths: list[float], space: float,
                first: float, later: float) -> list[tuple[float, list[str]]]:
    """Greedy lines as (unused width, words), the arithmetic of Paragraph.breakLines."""
    shrink = spaceShrinkage * space
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    limit, current = first, -space
    for word, width in zip(words, widths, strict=True):
        wider = current + space + width
        if wider <= limit + shrink * len(line) or not line:
            line.append(word)
            current = wider
        else:
            lines.append((limit - current, line))
            line, current, limit = [word], width, later
    if line:
        lines.append((limit - current, line))
    return lines


class PlainParagraph(Flowable):
    """Plain words in one face, justified or left-aligned, first-line indent, exact leading.

    `fallback()` makes the equivalent reportlab Paragraph, used when a word is too long for a
    line (reportlab then breaks the word itself)."""

    def __init__(self, words: list[str], font_name: str, size: float, leading: float,
                 indent: float, align: Align, space_after: float, fallback,
                 justify_last: bool = False):
        super().__init__()
        self.words, self.font_name, self.size, self.leading = words, font_name, size, leading
        self.indent, self.align, self.spaceAfter = indent, align, space_after
        self.spaceBefore = 0.0
        self.fallback, self.justify_last = fallback, justify_last
        self._lines: dict[float, list] = {}
        self._delegate = None

    def _part(self, lines: list, width: float, indent: float, justify_last: bool):
        part = PlainParagraph([w for _, words in lines for w in words], self.font_name,
                              self.size, self.leading, indent, self.align, self.spaceAfter,
                              self.fallback, justify_last)
        part._lines[width] = lines
        return part

    def lines(self, width: float) -> list | None:
        """The lines at this frame width; None when a word is wider than a line."""
        if width not in self._lines:
            widths = word_widths(self.words, self.font_name, self.size)
            narrowest = width - max(self.indent, 0.0)
            if max(widths) > narrowest:
                return None
            space = pdfmetrics.getFont(self.font_name).stringWidth(" ", self.size)
            self._lines[width] = break_lines(self.words, widths, space,
                                             width - self.indent, width)
        return self._lines[width]

    def _delegated(self, width: float) -> bool:
        """True once a word proved too long: the Paragraph from fallback() does the work."""
        if self._delegate is None and width >= _FUZZ and self.lines(width) is None:
            self._delegate = self.fallback()
        return self._delegate is not None

    def wrap(self, availWidth, availHeight):
        if self._delegated(availWidth):
            self.width, self.height = self._delegate.wrap(availWidth, availHeight)
            return self.width, self.height
        if availWidth < _FUZZ:
            return 0, 0x7FFFFFFF
        self.width, self.height = availWidth, len(self._lines[availWidth]) * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        """Paragraph.split without widows or orphans: a page keeps at least two lines and
        leaves at least two (a three-line paragraph moves whole)."""
        if self._delegated(availWidth):
            return self._delegate.split(availWidth, availHeight)
        if availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        lines = self._lines[availWidth]
        fits, count = int(availHeight / float(self.leading)), len(lines)
        if fits <= 1:
            return []
        if count <= fits:
            return [self]
        if count == fits + 1:
            if count <= 3:
                return []
            fits -= 1
        return [self._part(lines[:fits], availWidth, self.indent, True),
                self._part(lines[fits:], availWidth, 0.0, self.justify_last)]

    def draw(self) -> None:
        if self._delegate is not None:
            self._delegate._drawOn(self.canv)
            return
        canvas, lines = self.canv, self._lines[self.width]
        canvas.saveState()
        canvas.setFillColor(black)
        top = (self.size if paraFontSizeHeightOffset
               else pdfmetrics.getAscentDescent(self.font_name, self.size)[0])
        text = canvas.beginText(0, self.height - top)
        text.setFont(self.font_name, self.size, self.leading)
        encode = encoder_for(canvas, self.font_name)
        last = len(lines) - 1
        for index, (extra, words) in enumerate(lines):
            _draw_line(text, self.indent if index == 0 else 0.0, extra, words,
                       self.align, not self.justify_last and index == last, encode)
        canvas.drawText(text)
        canvas.restoreState()


def _move(text, dx: float) -> None:
    if dx > 1e-6 or dx < -1e-6:
        text.moveCursor(dx, 0)


def _draw_line(text, offset: float, extra: float, words: list[str], align: Align,
               last: bool, encode) -> None:
    """One line as reportlab's _justifyDrawParaLine / _leftDrawParaLine draw it: word spacing
    (Tw, space is code 32 in the first subset) spreads the unused width."""
    _move(text, offset)
    if align is Align.JUSTIFY:
        simple = -1e-8 < extra <= 1e-8 or (last and extra > -1e-8)
    else:
        simple = extra > -1e-8
    if simple or len(words) <= 1:
        text._code.append(f"{encode(text, ' '.join(words))} T*")
    else:
        text.setWordSpace(extra / float(len(words) - 1))
        text._code.append(f"{encode(text, ' '.join(words))} T*")
        text.setWordSpace(0)
    _move(text, -offset)
