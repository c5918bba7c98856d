"""Which flowable prints a body paragraph: a fast one for any body text, reportlab's Paragraph
for centred, right-aligned or underlined text and short text with soft hyphens."""

from __future__ import annotations

from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

from secretary_app.documents.blocks import Align
from secretary_app.documents.pdf.frags import frag_words, fragments
from secretary_app.documents.pdf.lined import ALIGNS, LinedParagraph
from secretary_app.documents.pdf.mixed import FragParagraph
from secretary_app.documents.pdf.plain import PlainParagraph

SOFT_HYPHEN = "\u00ad"
# Paragraph breaks a line at a soft hyphen (and prints "-"); ours do not, so text with soft
# hyphens goes to Paragraph while it is short enough for Paragraph's cost (the square of the
# length); longer text is laid out here without them (they print nothing elsewhere either)
SOFT_HYPHEN_LIMIT = 20_000


def fast_paragraph(markup: str, size: float, leading: float, indent: float, align: Align,
                   space_after: float) -> LinedParagraph | None:
    """Our flowable for markup() of a body paragraph, None where Paragraph must do it."""
    if align not in ALIGNS or "<u>" in markup:
        return None
    if SOFT_HYPHEN in markup:
        if len(markup) <= SOFT_HYPHEN_LIMIT:
            return None
        markup = markup.replace(SOFT_HYPHEN, "")
    frags = fragments(markup)
    if not frags or (len(frags) == 1 and frags[0][1] is None):
        return None  # nothing to print: Paragraph's empty layout
    if len(frags) == 1:
        face, text = frags[0]
        text = rl_strip(text)  # Paragraph's one fragment loses blanks at its ends (U+200B)
        if not text:
            return None
        return PlainParagraph(rl_split(text), face, size, leading, indent, align, space_after)
    return FragParagraph(frag_words(frags, size), size, leading, indent, align, space_after)
