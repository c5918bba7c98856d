"""The document model: page setup and an ordered list of blocks that both renderers lay out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from secretary_app.domain.text import clean_text

BODY_SIZE = 14.0
BODY_LEADING = 18.0  # exact line pitch of body text (pt), the same in DOCX and PDF
SPACE_AFTER = 6.0
FIRST_INDENT_MM = 12.7
# Vertical spacing (pt) of the frame, shared by both renderers so that pages break alike.
NUMBER_ROW_SPACE = 4.0  # above the Số / date row
TITLE_SPACE_BEFORE = 18.0
TITLE_SPACE_AFTER = 20.0
# named destinations "signature-room-1", "-2", … (left to right) hold the signature rooms' rectangles
SIGNATURE_ROOM_PREFIX = "signature-room-"
SIGNATURE_SPACE = 12.0  # above the signatures, and above Nơi nhận under two signers


# the hyphen of a range ("2017 - 2018", "08 giờ - 10 giờ"): a line must not break around it,
# or the next line starts with "- 2018" and reads as a list dash
_RANGE = re.compile(r"(?<=\d|ờ|t|h) ([-–]) (?=\d)")
RANGE_HYPHEN = "\u00a0-\u00a0"  # no-break spaces; the DOCX also makes the hyphen no-break


def keep_ranges(text: str) -> str:
    """Ranges joined with no-break spaces around their hyphen (or en dash)."""
    return _RANGE.sub("\u00a0\\1\u00a0", text) if " -" in text or " –" in text else text


def printable(value: str | None) -> str:
    """User text made safe for DOCX XML and PDF: NFC, no control chars, no U+FFFE/U+FFFF."""
    if not value:
        return ""
    return clean_text(value).replace("\ufffe", "").replace("\uffff", "")


class Align(StrEnum):
    """Horizontal alignment of a paragraph or line."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Run:
    """A piece of text with one style; the text is cleaned on creation."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", keep_ranges(printable(self.text)))


def runs_of(*parts: str | Run) -> tuple[Run, ...]:
    """Plain strings become regular runs; empty pieces are dropped."""
    made = tuple(p if isinstance(p, Run) else Run(p) for p in parts)
    return tuple(r for r in made if r.text)


@dataclass(frozen=True)
class Line:
    """One centred line of a header or signature column (wraps when it must)."""

    runs: tuple[Run, ...]
    size: float
    align: Align = Align.CENTER

    @property
    def text(self) -> str:
        """Plain text of the line."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Rule:
    """A solid horizontal line of a given length, centred, gap_pt below the line above it."""

    width_mm: float
    gap_pt: float = 6.0


@dataclass(frozen=True)
class Gap:
    """Vertical white space (e.g. room for the hand signature: the PDF records where it is)."""

    height_mm: float
    signature_room: bool = False


ColumnItem = Line | Rule | Gap


@dataclass(frozen=True)
class Column:
    """The content of one cell of a borderless two-column layout table."""

    items: tuple[ColumnItem, ...]

    @property
    def text(self) -> str:
        """Plain text of the column, one line per Line."""
        return "\n".join(i.text for i in self.items if isinstance(i, Line))


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins and the font named in the DOCX (A4 and Part 0 margins by default)."""

    width_mm: float = 210.0
    height_mm: float = 297.0
    top_mm: float = 20.0
    bottom_mm: float = 20.0
    left_mm: float = 30.0
    right_mm: float = 15.0
    font_name: str = "Times New Roman"
    body_size: float = BODY_SIZE
    page_number_size: float = BODY_SIZE
    header_distance_mm: float = 10.0

    @property
    def text_width_mm(self) -> float:
        """Width between the left and right margins."""
        return self.width_mm - self.left_mm - self.right_mm


@dataclass(frozen=True)
class Header:
    """Top band of page 1: issuing body (left) and national name / Party heading (right)."""

    left: Column
    right: Column
    left_share: float = 0.42  # fraction of the text width taken by the left column


@dataclass(frozen=True)
class NumberDateRow:
    """'Số: …' under the issuing body and the italic place/date line under the national name."""

    number: Line
    date: Line | None
    left_share: float = 0.42


@dataclass(frozen=True)
class Title:
    """Type name in caps, the summary (trích yếu) under it, then a short line or a mark."""

    kind: Line
    summary: tuple[Line, ...]
    rule: Rule | Line | None = None


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified with a first-line indent unless told otherwise."""

    runs: tuple[Run, ...]
    align: Align = Align.JUSTIFY
    indent: bool = True
    size: float = BODY_SIZE
    space_after: float = SPACE_AFTER
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        """Plain text of the paragraph."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class NumberedItem(Paragraph):
    """A numbered conclusion or section: '1. …'; the label is printed before the runs."""

    label: str = ""
    label_bold: bool = False

    @property
    def text(self) -> str:
        """Plain text with the label."""
        return f"{self.label} {super().text}" if self.label else super().text


@dataclass(frozen=True)
class SubItem(NumberedItem):
    """A sub-item 'a) …' or a dash line '- …' under a numbered item."""


def printed_runs(paragraph: Paragraph) -> tuple[Run, ...]:
    """The runs a renderer prints: the label (if any) and a space, then the text."""
    label = getattr(paragraph, "label", "")
    if not label:
        return paragraph.runs
    return (Run(label + " ", bold=getattr(paragraph, "label_bold", False)),) + paragraph.runs


@dataclass(frozen=True)
class Table:
    """A ruled table (register, follow-up report): headings, rows of cell texts, widths."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative; scaled to the text width
    size: float = 12.0
    align: tuple[Align, ...] = ()  # per column; LEFT when missing

    def __post_init__(self) -> None:
        object.__setattr__(self, "headings", tuple(printable(h) for h in self.headings))
        object.__setattr__(self, "rows", tuple(tuple(printable(c) for c in row)
                                               for row in self.rows))


@dataclass(frozen=True)
class Recipients:
    """'Nơi nhận:' and its '- …;' lines, the last one '- Lưu: VT, ….'."""

    label: Line
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class SignatureTable:
    """Signer columns (one: right of Nơi nhận; two: side by side, Nơi nhận below), kept together."""

    signers: tuple[Column, ...]
    recipients: Recipients | None = None


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page; restart_numbering: as a document of its own (its
    first page unnumbered, the next numbered 2), e.g. the next invitation of a per-invitee set."""

    restart_numbering: bool = True


Block = Header | NumberDateRow | Title | Paragraph | Table | SignatureTable | PageBreak


@dataclass
class Document:
    """A whole official document: page setup plus blocks in reading order."""

    blocks: list[Block] = field(default_factory=list)
    page: PageSetup = field(default_factory=PageSetup)
    title: str = ""  # document properties: title
    author: str = ""  # document properties: author (the issuing body)
    created: dt.datetime | None = None  # creation date in the files; None: when rendered
    language: str = "vi-VN"
    properties: dict[str, str] = field(default_factory=dict)  # hidden file properties (stamp)


CARRY_CHARS = 320  # about three lines of body text


def _keeps_with_next(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.keep_with_next


def carry_last_paragraph(blocks: list[Block]) -> list[Block]:
    """The body paragraph before the closing lines goes with them and the signatures, the way a
    clerk avoids a last page with only the closing and the signatures (when it is short)."""
    end = next((i for i, b in enumerate(blocks) if isinstance(b, SignatureTable)), None)
    if end is None:
        return blocks
    at = end - 1
    while at >= 0 and _keeps_with_next(blocks[at]):
        at -= 1
    last = blocks[at] if at >= 0 else None
    if isinstance(last, Paragraph) and len(last.text) <= CARRY_CHARS:
        blocks = list(blocks)
        blocks[at] = replace(last, keep_with_next=True)
    return blocks
