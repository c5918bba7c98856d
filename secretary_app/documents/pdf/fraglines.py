"""Lines of a paragraph of several fragments with the arithmetic of reportlab's breakLines,
in one pass over its words."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.documents.pdf.frags import BREAK, FIRST, HEAD, HS, INJECTED, SPLIT, Word
from secretary_app.documents.pdf.metrics import SPACE_SHRINKAGE, piece_width, space_width


@dataclass(slots=True)
class FragLine:
    """One line: unused width, reportlab's word count, whether a <br/> ended it (then it is
    not justified), the [face, text] pieces it draws, the words it took, and whether the break
    breakLines puts after the first piece of a split word ended it."""

    extra: float
    count: int
    line_break: bool
    frags: list[list[str]]
    words: list[Word]
    injected: bool = False


class FragLineBreaker:
    """Greedy lines as breakLines makes them for a paragraph of several fragments."""

    def __init__(self, size: float, first: float, later: float):
        self.size, self.widths = size, (first, later)
        self.lines: list[FragLine] = []
        self.line: list[list[str]] = []
        self.taken: list[Word] = []
        self.count, self.space, self.current = 0, 0.0, 0.0
        self.lineno, self.max_width = 0, first

    def run(self, words: list[Word]) -> list[FragLine]:
        pending: list[Word] = []  # the pieces of a split word, last first
        stream = iter(words)
        while True:
            word = pending.pop() if pending else next(stream, None)
            if word is None:
                break
            more = self.take(word)
            if more:
                pending.extend(reversed(more))
        if self.line:
            self._close(False)
        return self.lines

    def take(self, word: Word) -> list[Word] | None:
        """Put a word on the current line or start the next; the pieces of a word too long
        for a line come back to be taken instead."""
        width, pieces, flags = word
        if not self.line:
            self.count, self.space, self.current = 0, 0.0, 0.0
        new = self.current + self.space + width if width > 0 else self.current
        # the shrinkable spaces only matter past the width (measured then, not for each word)
        over = new > self.max_width and new > self.max_width + self._shrink()
        is_break = flags & BREAK
        if not is_break and over and not flags & SPLIT:
            if width > self.widths[min(self.lineno, 1)]:
                return self._split(word)
        if is_break or (over and self.count > 0):
            self._end(word)
        else:
            self._extend(word, new)
        return None

    def _shrink(self) -> float:
        shrink = self.space
        for face, text in self.line:
            spaces = text.count(" ")
            if spaces:
                shrink += spaces * space_width(face, self.size)
        return shrink * SPACE_SHRINKAGE

    def _split(self, word: Word) -> list[Word]:
        room = self.max_width - self.space - self.current
        parts = split_frag_word(word, room, self.widths, self.lineno, self.size)
        injected = (0.0, ((word[1][0][0], ""),), BREAK | INJECTED)
        return [parts[0], injected, *parts[1:]]

    def _extend(self, word: Word, new: float) -> None:
        """breakLines' 'fits' branch: the first piece joins the last fragment when it has
        the same face (a space between them), the other pieces follow as fragments."""
        _, pieces, flags = word
        self.taken.append(word)
        face, text = pieces[0]
        if text:
            self.count += 1
        line = self.line
        last = line[-1] if line else None
        if last is None:
            line.append([face, text])
        elif last[0] != face:
            if self.space and not last[1].endswith(" "):
                last[1] += " "
            line.append([face, text])
        elif self.space:
            last[1] += text if last[1].endswith(" ") else " " + text
        else:
            last[1] += text
        self.space = space_width(pieces[-1][0], self.size) if flags & HS else 0.0
        line.extend([f, t] for f, t in pieces[1:])
        if not text and any(t for _, t in pieces[1:]):
            self.count += 1
        self.current = new

    def _end(self, word: Word) -> None:
        """breakLines' 'end of line' branch; a line break word ends the line it is on."""
        width, pieces, flags = word
        if flags & BREAK:
            self.line.append([pieces[0][0], ""])
            self.taken.append(word)
        self._close(bool(flags & BREAK) and not flags & INJECTED, bool(flags & INJECTED))
        self.lineno += 1
        self.max_width = self.widths[min(self.lineno, 1)]
        if flags & BREAK:
            return
        self.taken.append(word)
        self.space = space_width(pieces[-1][0], self.size) if flags & HS else 0.0
        self.current, self.count = width, 1
        self.line = [[f, t] for f, t in pieces]

    def _close(self, line_break: bool, injected: bool = False) -> None:
        words = [w for w in self.taken if not w[2] & INJECTED]
        self.lines.append(FragLine(self.max_width - self.current, self.count, line_break,
                                   self.line, words, injected))
        self.line, self.taken = [], []


def split_frag_word(word: Word, room: float, widths: tuple[float, float], lineno: int,
                    size: float) -> list[Word]:
    """reportlab's _splitFragWord: a word cut into pieces that fill the room left on this
    line and then whole lines, character by character."""
    _, pieces, flags = word
    made: list[Word] = []
    done: list[tuple[str, str]] = []
    next_width = widths[min(1, lineno + 1)]
    line_width = word_width = 0.0
    face, text, current = pieces[0][0], "", 0
    for index, (piece_face, chars) in enumerate(pieces):
        for char in chars or ("",):
            char_width = piece_width(piece_face, size, char) if char else 0.0
            new_line = line_width + char_width
            too_long = new_line > room and bool(word_width or char_width <= next_width)
            if index != current or too_long:
                done.append((face, text))
                if too_long:
                    made.append((word_width, tuple(done), SPLIT))
                    lineno += 1
                    room, next_width = next_width, widths[min(1, lineno + 1)]
                    done, new_line, word_width = [], char_width, 0.0
                face, text, current = piece_face, "", index
            word_width += char_width
            text += char
            line_width = new_line
    done.append((face, text))
    made.append((word_width, tuple(done), SPLIT | HEAD | (flags & HS)))
    made[0] = (made[0][0], made[0][1], made[0][2] | FIRST)
    return made
