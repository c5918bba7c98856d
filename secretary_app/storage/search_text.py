"""Folding for the search index: per-character fold with offsets, tokens, safe FTS5 queries.

The index and the query fold text one character at a time with `domain.text.fold`, so
'Đào', 'ĐÀO' and the decomposed (NFD) 'Đào' all become 'dao', and every folded character
can be traced back to the original character it came from (for highlighted snippets).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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
