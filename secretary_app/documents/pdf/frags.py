"""Fragments and words of our Paragraph markup as reportlab's parser and breakLines see them,
without parsing it (imported with reportlab)."""

from __future__ import annotations

import re
from string import whitespace

from reportlab.platypus.paragraph import cleanBlockQuotedText, lstrip

from secretary_app.documents.fonts import FALLBACK, pdf_font_name
from secretary_app.documents.pdf.metrics import piece_width

# word flags: followed by a space (_HSFrag), a piece of a split long word (_SplitFrag), its
# last piece (_SplitFragH), a line break (<br/>), one injected after a split word's first piece,
# that first piece
HS, SPLIT, HEAD, BREAK, INJECTED, FIRST = 1, 2, 4, 8, 16, 32

# a word: (width, ((face, text), ...), flags); a fragment: (face, text), text None for <br/>
Word = tuple[float, tuple[tuple[str, str], ...], int]
Frag = tuple[str, "str | None"]

# the tags markup() writes (<u> never reaches here), the entities escape() writes, and text
_TOKENS = re.compile(r"<(/?)(b|i|font|br)\b[^>]*>|&(amp|lt|gt);|[^<&]+")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}


def fragments(markup: str) -> list[Frag]:
    """The fragments ParaParser makes of markup(): whitespace cleaned as Paragraph cleans it,
    a fragment per text between tags and per entity, a face per fragment."""
    bold = italic = fallback = False
    made: list[Frag] = []
    for match in _TOKENS.finditer(cleanBlockQuotedText(markup)):
        closing, tag, entity = match.groups()
        if tag in ("b", "i", "font"):
            on = not closing
            if tag == "b":
                bold = on
            elif tag == "i":
                italic = on
            else:
                fallback = on
            continue
        face = FALLBACK if fallback else pdf_font_name(bold, italic)
        made.append((face, None if tag else _ENTITIES[entity] if entity else match.group()))
    return made


class _WordMaker:
    """reportlab's _getFragWords for text and line-break fragments, as plain tuples."""

    def __init__(self, size: float):
        self.size = size
        self.words: list[Word] = []
        self.pieces: list[tuple[str, str]] = []
        self.width = 0.0

    def close(self, flags: int) -> None:
        self.words.append((self.width, tuple(self.pieces), flags))
        self.pieces, self.width = [], 0.0

    def add(self, face: str, piece: str) -> None:
        self.pieces.append((face, piece))
        self.width += piece_width(face, self.size, piece)

    def text(self, face: str, text: str) -> None:
        # reportlab's split: cleaned text has single plain spaces (and no-break ones, which
        # split only at those plain spaces)
        parts = text.split(" ") if "\u00a0" in text else text.split()
        if text[0] in whitespace or not parts:
            if self.pieces:
                self.close(0)
                hanging = False
            else:
                hanging = bool(self.words) and bool(self.words[-1][2] & HS)
            if not hanging:
                parts.insert(0, "")
            elif not parts:
                return
        for part in parts[:-1]:
            self.add(face, part)
            self.close(HS)
        self.add(face, parts[-1])
        if text[-1] in whitespace:
            self.close(HS)


def frag_words(frags: list[Frag], size: float) -> list[Word]:
    """The words of the fragments, each with its width and pieces (one per fragment)."""
    maker = _WordMaker(size)
    strip_next = True  # text after the start or a line break loses its leading whitespace
    for face, text in frags:
        if text is None:
            if maker.pieces:
                maker.close(0)
            maker.words.append((0.0, ((face, ""),), BREAK))
            strip_next = True
            continue
        if strip_next:
            text = lstrip(text)
            if not text:
                continue
            strip_next = False
        maker.text(face, text)
    if maker.pieces:
        maker.close(0)
    return maker.words
