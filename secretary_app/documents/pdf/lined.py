"""Base of the fast body paragraphs: lines broken once per width and sliced across pages
(Paragraph breaks the rest again on every page, in time the square of the length)."""

from __future__ import annotations

from reportlab.lib.colors import black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.rl_config import _FUZZ, paraFontSizeHeightOffset

from secretary_app.documents.blocks import Align

ALIGNS = (Align.JUSTIFY, Align.LEFT)


class LinedParagraph(Flowable):
    """A paragraph in one size, justified or left-aligned, first-line indent, exact leading.

    Subclasses break their words into lines (`_break`), make a part of some lines (`_part`,
    which finds its words only when it must break them again: `_words`) and draw lines into a
    text object (`_draw_lines`)."""

    colour_outside_text = True  # Paragraph sets the colour before BT for one fragment

    def __init__(self, font_name: str, size: float, leading: float, indent: float,
                 align: Align, space_after: float, justify_last: bool = False):
        super().__init__()
        self.font_name, self.size, self.leading = font_name, size, leading
        self.indent, self.align, self.spaceAfter = indent, align, space_after
        self.spaceBefore = 0.0
        self.justify_last = justify_last
        self._lines: dict[float, list] = {}

    def _break(self, first: float, later: float) -> list:
        raise NotImplementedError

    def _part(self, lines: list, indent: float, justify_last: bool) -> LinedParagraph:
        raise NotImplementedError

    def _draw_lines(self, text, lines: list) -> None:
        raise NotImplementedError

    def lines(self, width: float) -> list:
        """The lines at this frame width (broken once per width)."""
        if width not in self._lines:
            self._lines[width] = self._break(width - self.indent, width)
        return self._lines[width]

    def wrap(self, availWidth, availHeight):
        if availWidth < _FUZZ:
            return 0, 0x7FFFFFFF
        self.width, self.height = availWidth, len(self.lines(availWidth)) * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        """Paragraph.split without widows or orphans: a page keeps at least two lines and
        leaves at least two (a three-line paragraph moves whole)."""
        if availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        lines = self.lines(availWidth)
        fits, count = int(availHeight / float(self.leading)), len(lines)
        if fits <= 1:
            return []
        if count <= fits:
            return [self]
        if count == fits + 1:
            if count <= 3:
                return []
            fits -= 1
        above, below, justify = self._split_lines(lines, fits, availWidth)
        first = self._part(above, self.indent, justify)
        rest = self._part(below, 0.0, self.justify_last)
        first._lines[availWidth], rest._lines[availWidth] = above, below
        return [first, rest]

    def _split_lines(self, lines: list, count: int, width: float) -> tuple[list, list, bool]:
        """The lines of the two parts (reportlab breaks them again to the same lines), and
        whether the first justifies its last line."""
        return lines[:count], lines[count:], True

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.colour_outside_text:
            canvas.setFillColor(black)
        top = (self.size if paraFontSizeHeightOffset
               else pdfmetrics.getAscentDescent(self.font_name, self.size)[0])
        text = canvas.beginText(0, self.height - top)
        self._draw_lines(text, self._lines[self.width])
        canvas.drawText(text)
        canvas.restoreState()


def move(text, dx: float) -> None:
    """reportlab's setXPos: move the line start unless the move is negligible."""
    if dx > 1e-6 or dx < -1e-6:
        text.moveCursor(dx, 0)


def justify_space(extra: float, spaces: int, align: Align, last: bool,
                  line_break: bool = False) -> float | None:
    """The word spacing (Tw) that spreads a line's unused width over its spaces, as
    _justifyDrawParaLine / _leftDrawParaLine decide it; None when the line is drawn as is."""
    if align is Align.JUSTIFY:
        simple = line_break or -1e-8 < extra <= 1e-8 or (last and extra > -1e-8)
    else:
        simple = extra > -1e-8
    if simple or spaces <= 0:
        return None
    return extra / float(spaces)
