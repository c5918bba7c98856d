"""Named paragraph styles of the DOCX: each role (body, heading, header, title, signature,
Nơi nhận …) gets a Word style carrying the Part 0 formatting, so a clerk who changes the body
style in Word changes the whole document; paragraphs and runs carry only what differs."""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Mm, Pt

# role -> the Word style name (Vietnamese, as a clerk sees it in Word's style list)
NAMES = {
    "body": "VB Nội dung",
    "heading": "VB Đề mục",
    "header-left": "VB Cơ quan ban hành",
    "header-right": "VB Quốc hiệu",
    "number": "VB Số, ký hiệu",
    "date": "VB Địa danh, ngày",
    "kind": "VB Tên loại",
    "summary": "VB Trích yếu",
    "signature": "VB Chữ ký",
    "recipients-label": "VB Nơi nhận",
    "recipients": "VB Danh sách nơi nhận",
}


@dataclass(frozen=True)
class Look:
    """What a style sets: font size and faces, alignment, and for body text the paragraph."""

    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: object = None  # a WD_ALIGN_PARAGRAPH value
    indent_mm: float | None = None  # first-line indent
    after_pt: float = 0.0
    exact_pt: float | None = None  # exact line pitch; None: single spacing


class StyleBook:
    """Makes each role's style on first use (from that paragraph's look) and says, for later
    paragraphs, what differs from it."""

    def __init__(self, docx):
        self.docx = docx
        self.looks: dict[str, Look] = {}
        self.ids: dict[str, str] = {}  # role -> style id: python-docx finds a name by a scan

    def style(self, role: str, look: Look) -> Look:
        """The look of the role's style (made now from `look` when the role is new)."""
        if role not in self.looks:
            self.ids[role] = self._make(NAMES[role], look)
            self.looks[role] = look
        return self.looks[role]

    def apply(self, paragraph, role: str) -> None:
        """Give paragraph the role's style (made first by style()) without a lookup by name."""
        paragraph._p.style = self.ids[role]

    def _make(self, name: str, look: Look) -> str:
        style = self.docx.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.docx.styles["Normal"]
        style.quick_style = True
        font = style.font
        font.size = Pt(look.size)
        font.bold, font.italic = look.bold, look.italic
        font.underline = look.underline
        fmt = style.paragraph_format
        fmt.alignment = look.align
        fmt.space_after = Pt(look.after_pt)
        if look.indent_mm is not None:
            fmt.first_line_indent = Mm(look.indent_mm)
        if look.exact_pt is None:
            fmt.line_spacing = 1.0
        else:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(look.exact_pt)
            fmt.widow_control = True
        return style.style_id


def run_differences(run, style: Look, size: float, bold: bool, italic: bool,
                    underline: bool) -> None:
    """Set on a run only what its style does not already give it."""
    if size != style.size:
        run.font.size = Pt(size)
    for name, wanted, given in (("bold", bold, style.bold), ("italic", italic, style.italic),
                                ("underline", underline, style.underline)):
        if wanted != given:
            setattr(run.font, name, wanted)
