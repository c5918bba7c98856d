"""What the exported minutes must hold: the Vietnamese text intact, the shipped font embedded."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tests.bundle.bundle_layout import CheckFailed, ok

# Text the seed meeting's minutes must contain, in both formats (NFC, diacritics intact).
EXPECTED_TEXT = ("BIÊN BẢN", "Đắk Lắk", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Lê Thị Thanh Xuân")


def normalized(text: str) -> str:
    """NFC with runs of whitespace folded to one space (PDF extraction breaks lines)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def require_text(text: str, what: str) -> None:
    """Every EXPECTED_TEXT phrase occurs in text."""
    missing = [p for p in EXPECTED_TEXT if p not in normalized(text)]
    if missing:
        raise CheckFailed(f"{what}: missing text {missing}; got: {normalized(text)[:400]!r}")


def _base_name(font) -> str:
    return str(font.get("/BaseFont", "?")).lstrip("/").split("+")[-1]


def _embedded(font) -> bool:
    descriptors = [font.get("/FontDescriptor")]
    for descendant in font.get("/DescendantFonts", []):
        descriptors.append(descendant.get_object().get("/FontDescriptor"))
    return any(d is not None and any(k in d.get_object() for k in
               ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors)


def pdf_text_and_fonts(path: Path) -> tuple[str, dict[str, bool]]:
    """The extracted text, and each font that draws visible text -> is it embedded?"""
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}

    def visit(text, _cm, _tm, font, _size):
        if font is not None and text.strip():
            fonts[_base_name(font)] = _embedded(font)

    pages = [p.extract_text(visitor_text=visit) or "" for p in PdfReader(path).pages]
    return "\n".join(pages), fonts


def check_pdf(path: Path, expected_fonts: set[str]) -> None:
    """The text is drawn in the shipped font, embedded (as is every font used); text intact."""
    text, fonts = pdf_text_and_fonts(path)
    shipped = {name for name in fonts if name in expected_fonts}
    if not shipped:
        raise CheckFailed(f"{path.name}: text is not set in any shipped font "
                          f"{sorted(expected_fonts)}; fonts drawing text: {fonts}")
    not_embedded = sorted(name for name, embedded in fonts.items() if not embedded)
    if not_embedded:
        raise CheckFailed(f"{path.name}: fonts drawing text but not embedded: {not_embedded}")
    require_text(text, path.name)
    ok(f"{path.name}: text set in {sorted(fonts)}, embedded; Vietnamese text extracted intact")


def check_docx(path: Path) -> None:
    """The DOCX opens with python-docx and holds the minutes' text."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    require_text("\n".join(parts), path.name)
    ok(f"{path.name}: opens with python-docx; Vietnamese text intact")
