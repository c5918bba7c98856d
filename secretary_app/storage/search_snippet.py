"""Highlighted snippets cut from the original text (accents kept) around folded matches."""

from __future__ import annotations

import html
from dataclasses import dataclass

from secretary_app.storage.search_text import (
    Query,
    fold_aligned,
    fold_with_offsets,
    original_end,
)

WIDTH = 160  # characters of original text in a snippet
LEAD = 50  # characters kept before the first match
ELLIPSIS = "…"
_ONE_LINE = str.maketrans("\n\r\t", "   ")


@dataclass(frozen=True)
class Snippet:
    """One line of original text with the matched spans (start, end) in it."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each match wrapped in markers."""
        return self._join(lambda s: s, before, after)

    def to_html(self, before: str = "<b>", after: str = "</b>") -> str:
        """HTML: the text escaped, each match wrapped in tags."""
        return self._join(html.escape, before, after)

    def _join(self, escape, before: str, after: str) -> str:
        out, at = [], 0
        for start, end in self.spans:
            out += [escape(self.text[at:start]), before, escape(self.text[start:end]), after]
            at = end
        out.append(escape(self.text[at:]))
        return "".join(out)


CHUNK = 20_000  # the per-character fold path works through long texts this much at a time


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Original-text spans of every occurrence of a query phrase (folded, token by token).

    Text that does not fold character for character (NFD, rare symbols) is folded in chunks
    until one holds a match, so a 1 MB opinion costs what its first match needs, not more."""
    folded = fold_aligned(text)
    if folded is not None:  # one folded character per original character
        return _merge(text, sorted(m.span() for m in query.pattern.finditer(folded)))
    overlap = max(1_000, 4 * len(query.pattern.pattern))
    for start in range(0, max(len(text), 1), CHUNK):
        piece = text[start:start + CHUNK + overlap]
        folded, origin = fold_with_offsets(piece)
        spans = [(start + origin[m.start()], start + original_end(piece, origin[m.end() - 1]))
                 for m in query.pattern.finditer(folded)]
        if spans:
            return _merge(text, sorted(spans))
    return []


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans, and spans only a space apart ('[Khuyến học]'), become one."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or text[merged[-1][1]:start] == " "):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _window(text: str, first: int) -> tuple[int, int]:
    start = max(0, min(first - LEAD, len(text) - WIDTH))
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + WIDTH)
    if end < len(text):
        space = text.rfind(" ", start + WIDTH // 2, end)
        end = space if space != -1 else end
    return start, end


def _best(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The match to centre on: the one starting the window with the most matched text (a
    long text holding 'hiệu quả' first and 'hiệu lực' later shows 'hiệu lực'); else the first."""
    best, best_score, score, last = 0, -1, 0, 0
    for first, (start, _end) in enumerate(spans):
        while last < len(spans) and spans[last][0] < start + WIDTH - LEAD:
            score += spans[last][1] - spans[last][0]
            last += 1
        if score > best_score:
            best, best_score = first, score
        score -= spans[first][1] - spans[first][0]
    return spans[best]


def make_snippet(text: str, query: Query) -> Snippet:
    """A one-line snippet of text around its best match, matches marked."""
    spans = match_spans(text, query)
    chosen = _best(spans) if spans else (0, 0)
    start, end = _window(text, chosen[0])
    if spans:
        end = max(end, min(chosen[1], len(text)))
    line = text[start:end].translate(_ONE_LINE)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift)
                   for s, e in spans if s < end and e > start)
    return Snippet(prefix + line + suffix, inside)
