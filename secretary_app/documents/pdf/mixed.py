"""The fast flowable for a body paragraph of several fragments (fallback face, bold label,
& < >, line breaks), drawn as reportlab's Paragraph draws them."""

from __future__ import annotations

from reportlab.lib.colors import black

from secretary_app.documents.blocks import Align
from secretary_app.documents.fonts import pdf_font_name
from secretary_app.documents.pdf.encoding import encoder_for
from secretary_app.documents.pdf.fraglines import FragLine, FragLineBreaker
from secretary_app.documents.pdf.frags import Word
from secretary_app.documents.pdf.fragsplit import joined_tail, split_at
from secretary_app.documents.pdf.lined import LinedParagraph, justify_space, move


class FragParagraph(LinedParagraph):
    """Words of several fragments (as reportlab's Paragraph of several fragments lays them
    out: _putFragLine, a face switch where the fragment changes)."""

    colour_outside_text = False  # Paragraph sets it inside BT, at the first fragment

    def __init__(self, words: list[Word] | None, size: float, leading: float, indent: float,
                 align: Align, space_after: float, justify_last: bool = False):
        super().__init__(pdf_font_name(), size, leading, indent, align, space_after,
                         justify_last)
        self.words = words  # None for a part: the words of its lines

    def _break(self, first: float, later: float) -> list[FragLine]:
        if self.words is None:  # a part at another width (not in our frames of one width)
            lines = next(iter(self._lines.values()))
            self.words = [word for line in lines for word in line.words]
        return FragLineBreaker(self.size, first, later).run(self.words)

    def _split_lines(self, lines: list[FragLine], count: int, width: float):
        first, rest, justify = split_at(lines, count)
        first = joined_tail(first, rest, self.size, (width - self.indent, width))
        return first, rest, justify

    def _part(self, lines: list[FragLine], indent: float, justify_last: bool) -> FragParagraph:
        return FragParagraph(None, self.size, self.leading, indent, self.align,
                             self.spaceAfter, justify_last)

    def _draw_lines(self, text, lines: list[FragLine]) -> None:
        """Paragraph.drawPara for several fragments: no face, leading or colour known at the
        start; each line moved by its indent and spaced by Tw when justified."""
        text._fontname = text._fontsize = text._leading = None
        encoders: dict = {}
        last = len(lines) - 1
        for index, line in enumerate(lines):
            offset = self.indent if index == 0 else 0.0
            move(text, offset)
            spaces = line.count + sum(t.count("\u00a0") for _, t in line.frags) - 1
            spacing = justify_space(line.extra, spaces, self.align,
                                    not self.justify_last and index == last, line.line_break)
            if spacing is not None:
                text.setWordSpace(spacing)
            if text._leading != self.leading:
                text.setLeading(self.leading)
            self._put(text, line.frags, encoders, index == 0)
            if spacing is not None:
                text.setWordSpace(0)
            move(text, -offset)

    def _put(self, text, frags: list[list[str]], encoders: dict, first: bool) -> None:
        """_putFragLine: switch face when it changes, colour before the first fragment, each
        fragment's text, T* after the last."""
        code, last = text._code, len(frags) - 1
        for index, (face, shown) in enumerate(frags):
            if text._fontname != face or text._fontsize != self.size:
                text._setFont(face, self.size)
            if first and index == 0:
                text.setFillColor(black)
            encode = encoders.get(face)
            if encode is None:
                encode = encoders[face] = encoder_for(self.canv, face)
            shown = encode(text, shown)
            code.append(f"{shown} T*" if index == last else shown)
