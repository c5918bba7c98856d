"""Text-showing operators for a line in a subsetted TrueType face, the same bytes reportlab's
text object writes, but escaped through a translation table instead of character by
character (imported with reportlab)."""

from __future__ import annotations

import weakref

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

# font state (one per face and document) -> encoder; the encoder holds no document, so a
# document whose export failed before reportlab dropped its state is still freed
_ENCODERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class SubsetEncoder:
    """Characters of one face in one PDF document: subset number and escaped byte."""

    def __init__(self, font):
        self.font = font
        self.known: dict[str, tuple[int, str]] = {}
        self.first_subset: dict[int, str] = {}  # ord -> escaped byte, for str.translate
        self.in_first: set[str] = set()
        self.selects: dict[tuple, str] = {}  # (subset, size, leading) -> Tf and TL operators

    def learn(self, text: str, doc) -> None:
        """Give the characters of text their codes, in order of first appearance (as
        reportlab's splitString would while drawing text), and remember them."""
        fresh = "".join(c for c in dict.fromkeys(text) if c not in self.known)
        if not fresh:
            return
        self.font.splitString(fresh, doc)
        assigned = self.font.state[doc].assignments
        for char in fresh:
            code = assigned.get(32 if char == "\u00a0" else ord(char), 0)
            escaped = escapePDF(bytes([code & 0xFF]))  # what canvas._escape does
            self.known[char] = (code >> 8, escaped)
            if code >> 8 == 0:
                self.first_subset[ord(char)] = escaped
                self.in_first.add(char)

    def pieces(self, text: str, doc) -> list[tuple[int, str]]:
        """text as (subset, escaped bytes) pieces, like TTFont.splitString + escapePDF."""
        if not self.in_first.issuperset(text):
            self.learn(text, doc)
            if not self.in_first.issuperset(text):
                return self._mixed(text)
        return [(0, text.translate(self.first_subset))]

    def _mixed(self, text: str) -> list[tuple[int, str]]:
        pieces: list[tuple[int, list[str]]] = []
        for char in text:
            subset, escaped = self.known[char]
            if not pieces or pieces[-1][0] != subset:
                pieces.append((subset, []))
            pieces[-1][1].append(escaped)
        return [(subset, "".join(parts)) for subset, parts in pieces]

    def __call__(self, text_object, text: str) -> str:
        """The operators that show text, switching subsets as PDFTextObject._formatText does
        (nothing at all for no text)."""
        if not text:
            return ""
        out, doc = [], text_object._doc
        for subset, escaped in self.pieces(text, doc):
            if subset != text_object._curSubset:
                out.append(self._select(subset, doc, text_object))
                text_object._curSubset = subset
            out.append(f"({escaped}) Tj")
        return " ".join(out)

    def _select(self, subset: int, doc, text_object) -> str:
        """The operators that select a subset at the text object's size and leading."""
        key = (subset, text_object._fontsize, text_object._leading)
        selected = self.selects.get(key)
        if selected is None:
            name = self.font.getSubsetInternalName(subset, doc)
            selected = self.selects[key] = (f"{name} {fp_str(key[1])} Tf "
                                            f"{fp_str(key[2])} TL")
        return selected


def encoder_for(canvas, font_name: str) -> SubsetEncoder:
    """The encoder of a TrueType face in the canvas's document (made once per document)."""
    font = pdfmetrics.getFont(font_name)
    font.splitString("", canvas._doc)  # reportlab makes the per-document state on first use
    state = font.state[canvas._doc]
    encoder = _ENCODERS.get(state)
    if encoder is None:
        encoder = _ENCODERS[state] = SubsetEncoder(font)
    return encoder
