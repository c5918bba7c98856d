"""Where a paragraph of fragments splits across pages: the lines of each part as reportlab's
Paragraph breaks that part again (it joins the pieces of a split word in each part)."""

from __future__ import annotations

from dataclasses import replace

from secretary_app.documents.pdf.fraglines import FragLine, FragLineBreaker
from secretary_app.documents.pdf.frags import BREAK, FIRST, HEAD, SPLIT, Word


def split_at(lines: list[FragLine], count: int) -> tuple[list, list, bool]:
    """The lines of the two parts of a paragraph split after `count` lines, and whether the
    first justifies its last line, as reportlab breaks each part again: the first part loses
    the break word that ends it (<br/>: then its last line is a last line, or one injected
    after a split word's first piece); a split word is joined again in each part, so the
    second gains a break after the first piece of a word it continues (which is split anew,
    into the same pieces); a word without text that the line above could not take counts as
    a word only in the whole paragraph."""
    first, rest = lines[:count], lines[count:]
    ends_break = first[-1].line_break
    if first[-1].injected or ends_break:  # its break word went to the next part
        first[-1] = replace(first[-1], frags=first[-1].frags[:-1], line_break=False)
    head = rest[0]
    if head.words:
        _, pieces, flags = head.words[0]
        if flags & (SPLIT | HEAD | FIRST) == SPLIT:
            head = replace(head, frags=[*head.frags, [pieces[0][0], ""]], injected=True)
        if not any(text for _, text in pieces) and not flags & BREAK:
            head = replace(head, count=head.count - 1)  # a word of no text counts only there
    rest[0] = head
    return first, rest, not ends_break


def _continues_a_word(line: FragLine) -> bool:
    """True when a line starts with a piece of a split word that is not its first piece."""
    return bool(line.words) and line.words[0][2] & (SPLIT | FIRST) == SPLIT


def joined_tail(first: list[FragLine], rest: list[FragLine], size: float,
                widths: tuple[float, float]) -> list[FragLine]:
    """The first part's lines when the second continues a split word: Paragraph breaks the
    part's end again with the word's pieces joined, which may then fit on one line (the
    pieces before the page end were two, the first of them narrow or empty)."""
    if not _continues_a_word(rest[0]):
        return first
    start = len(first) - 1
    while start >= 0 and first[start].words and first[start].words[-1][2] & FIRST == 0:
        start -= 1
    if start in (-1, len(first) - 1) or not first[start].words:
        return first  # the word started in an earlier part, or only its first piece is here
    if any(len(line.words) != 1 for line in first[start + 1:]):
        return first
    pieces = [first[start].words[-1]] + [line.words[0] for line in first[start + 1:]]
    joined: Word = (sum(p[0] for p in pieces), tuple(x for p in pieces for x in p[1]), 0)
    words = [*first[start].words[:-1], joined]
    again = FragLineBreaker(size, widths[0] if start == 0 else widths[1], widths[1]).run(words)
    if len(again) != len(first) - start:
        return first
    if start and not any(text for _, text in again[0].words[0][1]):
        again[0] = replace(again[0], count=again[0].count + 1)  # not a fresh line here
    return first[:start] + again
