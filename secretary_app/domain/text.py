"""Text hygiene for user data: NFC, no control characters, accent folding for matching."""

import re
import unicodedata

# every code point of category Cc (C0, DEL, C1) except tab and newline, Cs (surrogates), the
# noncharacters U+FFFE/U+FFFF, which XML (so DOCX) cannot hold, and the bidi embedding,
# override and isolate controls (U+202A–U+202E, U+2066–U+2069): Word and LibreOffice reverse
# text for them while a PDF prints them as junk, so the two files would say different things
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
                      "\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """NFC-normalise; drop control characters (not newline, tab), lone surrogates, U+FFFE/U+FFFF
    and bidi controls."""
    if not value:
        return value
    value = _DROPPED.sub("", value.replace("\r\n", "\n"))
    if unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


# Characters that show nothing: format characters (U+200B, U+200E, U+FEFF, U+2060, soft hyphen …)
# and the Hangul/combining fillers that render empty.
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Zs", "Zl", "Zp"}
_INVISIBLE = set("\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0")


def is_blank(value: str | None) -> bool:
    """True when the text shows nothing: empty, spaces, or only invisible characters."""
    return not value or all(ch.isspace() or ch in _INVISIBLE
                            or unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in value)


def clean_optional(value: str | None) -> str | None:
    """clean_text for optional values."""
    return None if value is None else clean_text(value)


def fold(value: str) -> str:
    """Accent- and case-insensitive form: 'Đào Xuân' -> 'dao xuan' (đ folds to d)."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()
