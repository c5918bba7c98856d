"""Highlighted snippets cut from the original text (accents kept) around folded matches."""

from __future__ import annotations

import html
from dataclasses import dataclass

from secretary_app.storage.search_text import TOKEN, Query, fold_with_offsets, original_end

WIDTH = 160  # characters of original text in a snippet
LEAD = 50  # characters kept before the first match
ELLIPSIS = "…"


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


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Original-text spans of every occurrence of a query phrase (folded, token by token)."""
    folded, origin = fold_with_offsets(text)
    found = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(folded)]
    words = [w for _, _, w in found]
    spans = []
    for phrase in query.phrases:
        size = len(phrase)
        for i in range(len(words) - size + 1):
            if tuple(words[i:i + size]) == phrase:
                start, end = found[i][0], found[i + size - 1][1]
                spans.append((origin[start], original_end(text, origin[end - 1])))
    return _merge(text, sorted(spans))


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


def make_snippet(text: str, query: Query) -> Snippet:
    """A one-line snippet of text around its first match, matches marked."""
    spans = match_spans(text, query)
    start, end = _window(text, spans[0][0] if spans else 0)
    if spans:
        end = max(end, min(spans[0][1], len(text)))
    line = "".join(" " if ch in "\n\r\t" else ch for ch in text[start:end])
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift)
                   for s, e in spans if s < end and e > start)
    return Snippet(prefix + line + suffix, inside)
