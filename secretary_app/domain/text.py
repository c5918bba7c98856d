"""Text hygiene for user data: NFC, no control characters, accent folding for matching."""

import unicodedata

_KEPT_CONTROLS = {"\n", "\t"}


def clean_text(value: str) -> str:
    """NFC-normalise and drop control characters (except newline and tab) and lone surrogates."""
    if not value:
        return value
    value = value.replace("\r\n", "\n")
    kept = [
        ch
        for ch in value
        if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cs")
    ]
    return unicodedata.normalize("NFC", "".join(kept))


def clean_optional(value: str | None) -> str | None:
    """clean_text for optional values."""
    return None if value is None else clean_text(value)


def fold(value: str) -> str:
    """Accent- and case-insensitive form: 'Đào Xuân' -> 'dao xuan' (đ folds to d)."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()
