"""Formatting as Word applies it: a run's own value, else its paragraph style's (and that
style's bases) — the DOCX carries Part 0 in named styles, differences on runs."""

from __future__ import annotations


def _styles(paragraph):
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def size(paragraph, run) -> float:
    """The point size a run prints at (14 when nothing sets it: the document default)."""
    if run.font.size is not None:
        return run.font.size.pt
    for style in _styles(paragraph):
        if style.font.size is not None:
            return style.font.size.pt
    return 14.0


def flag(paragraph, run, name: str) -> bool:
    """bold / italic / underline as printed."""
    own = getattr(run.font, name)
    if own is not None:
        return bool(own)
    for style in _styles(paragraph):
        value = getattr(style.font, name)
        if value is not None:
            return bool(value)
    return False


def paragraph_format(paragraph, name: str):
    """alignment, first_line_indent, space_after, line_spacing … as printed (None: unset)."""
    if name == "alignment" and paragraph.alignment is not None:
        return paragraph.alignment
    own = getattr(paragraph.paragraph_format, name)
    if own is not None:
        return own
    for style in _styles(paragraph):
        value = getattr(style.paragraph_format, name)
        if value is not None:
            return value
    return None
