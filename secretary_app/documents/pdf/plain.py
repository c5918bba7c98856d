"""The fast flowable for a body paragraph of one fragment (one face, no & < >, no line
breaks), laid out, split and drawn to the same bytes as reportlab's Paragraph."""

from __future__ import annotations

import functools

from secretary_app.documents.blocks import Align
from secretary_app.documents.pdf.encoding import encoder_for
from secretary_app.documents.pdf.lined import LinedParagraph, justify_space, move
from secretary_app.documents.pdf.metrics import (
    SPACE_SHRINKAGE,
    piece_width,
    space_width,
    word_widths,
)

__all__ = ["PlainParagraph", "SplitWord", "break_lines", "word_widths"]


class SplitWord(str):
    """A piece of a word too long for a line (reportlab's _SplitWord), `first` or `end`."""

    first = end = False


def split_word(word: str, line_width: float, widths: tuple[float, float], lineno: int,
               measure) -> list[tuple[SplitWord, float]]:
    """reportlab's _splitWord: pieces that fill the rest of this line, then whole lines."""
    pieces: list[SplitWord] = []
    text = ""
    max_width, next_width = widths[min(1, lineno)], widths[min(1, lineno + 1)]
    for char in word:
        char_width = measure(char)
        wider = line_width + char_width
        if wider > max_width and (text or char_width <= next_width):
            pieces.append(SplitWord(text))
            lineno += 1
            max_width, wider, text = widths[min(1, lineno)], char_width, ""
        text += char
        line_width = wider
    last = SplitWord(text)
    last.end = True
    pieces.append(last)
    pieces[0].first = True
    return [(piece, measure(piece)) for piece in pieces]


def break_lines(words: list[str], widths: list[float], space: float, first: float,
                later: float, measure=None) -> list[tuple[float, list[str]]]:
    """Greedy lines as (unused width, words), the arithmetic of Paragraph.breakLines for one
    fragment; with `measure` (the width of a string) a word longer than a line is split."""
    shrink = SPACE_SHRINKAGE * space
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    limit, current, lineno = first, -space, 0
    pending: list[tuple[str, float]] = []  # the pieces of a split word, last first
    stream = zip(words, widths, strict=True)
    while pending or (word_width := next(stream, None)) is not None:
        word, width = pending.pop() if pending else word_width  # type: ignore[misc]  # not None
        forced = isinstance(word, SplitWord) and not word
        wider = current + space + width
        fits = wider <= limit + shrink * len(line)
        if not fits and not forced and measure and not isinstance(word, SplitWord) \
                and width > (first, later)[min(lineno, 1)]:
            pending.extend(reversed(split_word(word, current + space, (first, later), lineno,
                                               measure)))
            continue
        if fits or not line or forced:
            line.append(word)  # an empty first piece too: it ends the line (and prints nothing)
            if not forced:
                current = wider
                continue
            lines.append((limit - wider, line))
            line, current = [], -space
        else:
            lines.append((limit - current, line))
            line, current = [word], width
        lineno, limit = lineno + 1, later
    if line:
        lines.append((limit - current, line))
    return lines


def _rejoined(words: list[str]) -> list[str]:
    """Words with the pieces of split words joined again."""
    joined: list[str] = []
    piece = ""
    for word in words:
        if isinstance(word, SplitWord):
            piece += word
            if not word.end:
                continue
            word, piece = piece, ""
        joined.append(word)
    return joined + ([piece] if piece else [])


class PlainParagraph(LinedParagraph):
    """Plain words in one face (as reportlab's one-fragment Paragraph lays them out)."""

    def __init__(self, words: list[str] | None, font_name: str, size: float, leading: float,
                 indent: float, align: Align, space_after: float, justify_last: bool = False):
        super().__init__(font_name, size, leading, indent, align, space_after, justify_last)
        self.words = words  # None for a part: the words of its lines

    def _break(self, first: float, later: float) -> list:
        if self.words is None:  # a part at another width (not in our frames of one width)
            lines = next(iter(self._lines.values()))
            self.words = _rejoined([w for _, line in lines for w in line])
        widths = word_widths(self.words, self.font_name, self.size)
        measure = functools.partial(piece_width, self.font_name, self.size)
        return break_lines(self.words, widths, space_width(self.font_name, self.size), first,
                           later, measure)

    def _split_lines(self, lines: list, count: int, width: float) -> tuple[list, list, bool]:
        """Paragraph joins a split word's pieces in each part, so the first part's end is
        broken again with them joined (an empty first piece no longer ends a line; the
        second part's pieces come out the same)."""
        first, rest = lines[:count], lines[count:]
        start = _word_start(first, rest)
        if start is not None:
            joined = first[start][1][-1] + "".join(line[0] for _, line in first[start + 1:])
            words = [*first[start][1][:-1], *([joined] if joined else [])]
            widths = word_widths(words, self.font_name, self.size)
            again = break_lines(words, widths, space_width(self.font_name, self.size),
                                width - self.indent if start == 0 else width, width,
                                functools.partial(piece_width, self.font_name, self.size))
            if len(again) == len(first) - start:
                first = first[:start] + again
        return first, rest, True

    def _part(self, lines: list, indent: float, justify_last: bool) -> PlainParagraph:
        return PlainParagraph(None, self.font_name, self.size, self.leading, indent,
                              self.align, self.spaceAfter, justify_last)

    def _draw_lines(self, text, lines: list) -> None:
        text.setFont(self.font_name, self.size, self.leading)
        encode = encoder_for(self.canv, self.font_name)
        last = len(lines) - 1
        for index, (extra, words) in enumerate(lines):
            _draw_line(text, self.indent if index == 0 else 0.0, extra, words, self.align,
                       not self.justify_last and index == last, encode)


def _draw_line(text, offset: float, extra: float, words: list[str], align: Align,
               last: bool, encode) -> None:
    """One line as reportlab's _justifyDrawParaLine / _leftDrawParaLine draw it: word spacing
    (Tw; space and no-break space are code 32 in the first subset) spreads the unused width."""
    move(text, offset)
    if words and not words[-1]:
        words = words[:-1]  # the empty first piece of a split word
    shown = " ".join(words)
    spacing = justify_space(extra, len(words) + shown.count("\u00a0") - 1, align, last)
    if spacing is None:
        text._code.append(f"{encode(text, shown)} T*")
    else:
        text.setWordSpace(spacing)
        text._code.append(f"{encode(text, shown)} T*")
        text.setWordSpace(0)
    move(text, -offset)


def _word_start(first: list, rest: list) -> int | None:
    """The line of the first part where a word split across the parts starts."""
    head = rest[0][1][0] if rest[0][1] else None
    if not isinstance(head, SplitWord) or head.first:
        return None
    start = len(first) - 1
    while start >= 0 and not (first[start][1] and getattr(first[start][1][-1], "first", False)):
        start -= 1
    if start < 0:
        return None  # the word started in an earlier part
    return start if all(len(line) == 1 for _, line in first[start + 1:]) else None
