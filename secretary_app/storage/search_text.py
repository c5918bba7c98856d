"""Folding for the search index: per-character fold with offsets, tokens, safe FTS5 queries.

The index and the query fold text one character at a time with `domain.text.fold`, so
'Đào', 'ĐÀO' and the decomposed (NFD) 'Đào' all become 'dao', and every folded character
can be traced back to the original character it came from (for highlighted snippets).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from secretary_app.domain.text import fold

# unicode61 keeps letters and numbers as token characters; everything else separates tokens
TOKEN = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"?|([^"\s]+)')
# words joined by these characters form one phrase: 'GDTrH-GDTX', '24/2023/TT-BGDĐT', 'R&D'
_CONNECTED = re.compile(r"[^\W_]+(?:[-/.,'’&_+][^\W_]+)*")


class _CharFolds(dict):
    """fold() of one character, computed once; a mapping str.translate can use."""

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        self[code] = folded
        return folded


_FOLDS = _CharFolds()


def fold_text(text: str) -> str:
    """The folded form stored in the index (and used for queries): fold() per character."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDS)


class _AlignedFolds(dict):
    """Like _CharFolds, but a character whose fold is not exactly one character gives NUL."""

    def __missing__(self, code: int) -> str:
        folded = _FOLDS[code]
        self[code] = folded if len(folded) == 1 else "\0"
        return self[code]


_ALIGNED = _AlignedFolds({0: "\0"})


def fold_aligned(text: str) -> str | None:
    """fold_text(text) when it folds character for character (offsets unchanged), else None.

    True of NFC Vietnamese; decomposed (NFD) input or 'ß' need fold_with_offsets."""
    if text.isascii():
        return None if "\0" in text else text.lower()
    folded = text.translate(_ALIGNED)
    return None if "\0" in folded else folded


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold_text(text) and, for each folded character, the index of its original character."""
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _FOLDS[ord(ch)]
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def original_end(text: str, index: int) -> int:
    """End of the original character at index, including combining marks that follow it."""
    end = index + 1
    while end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end += 1
    return end


def tokens(folded: str) -> list[str]:
    """The index tokens of folded text."""
    return TOKEN.findall(folded)


@dataclass(frozen=True)
class Query:
    """A parsed user query: phrases (each a list of folded tokens), all of which must match."""

    phrases: tuple[tuple[str, ...], ...]

    @property
    def is_empty(self) -> bool:
        """True when the input held no searchable word."""
        return not self.phrases

    @cached_property
    def pattern(self) -> re.Pattern:
        """A regular expression finding any phrase in folded text, on token boundaries."""
        phrases = (r"[\W_]+".join(re.escape(w) for w in p) for p in self.phrases)
        return re.compile(r"(?<![^\W_])(?:" + "|".join(phrases) + r")(?![^\W_])")

    def to_fts(self) -> str:
        """An FTS5 MATCH expression in which every token is a quoted string (no operators)."""
        return " ".join('"' + " ".join(p) + '"' for p in self.phrases)


def parse_query(text: str) -> Query:
    """Phrases of a user query: a quoted part, or words joined by '-', '/', '.' … ('GDTrH-GDTX').

    Nothing the user types is an operator: quotes only group words, an unbalanced quote runs
    to the end, '*', ':', '(' and other punctuation separate words, a bare upper-case AND (the
    implicit meaning anyway) is dropped, and every other word is searched literally.
    """
    groups: list[str] = []
    for match in _QUOTED.finditer(unicodedata.normalize("NFC", text or "")):
        quoted, bare = match.groups()
        if quoted is not None:
            groups.append(quoted)
        elif bare != "AND":
            groups.extend(_CONNECTED.findall(bare))
    phrases: list[tuple[str, ...]] = []
    for group in groups:
        words = tuple(tokens(fold_text(group)))
        if words and words not in phrases:
            phrases.append(words)
    return Query(tuple(phrases))
