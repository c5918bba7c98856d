"""The shipped fonts: present with their licences, full Vietnamese coverage, embedded in the PDF."""

from __future__ import annotations

import subprocess
import sys

import pytest

from secretary_app.documents.blocks import Document, Paragraph, Run
from secretary_app.documents.export import to_pdf_bytes
from secretary_app.documents.fonts import (
    fallback_runs,
    font_path,
    missing_glyphs,
    needs_fallback,
)
from secretary_app.paths import resource
from tests.documents.readback import norm, pdf_reader, pdf_text

VIETNAMESE = ("Đắk Lắk, ngày 16 tháng 10 năm 2024 ỷ ữ ặ "
              "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự "
              "yỳỷỹýỵ đ")
FACES = [(False, False), (True, False), (False, True), (True, True)]


@pytest.mark.parametrize(("bold", "italic"), FACES)
def test_every_face_covers_vietnamese_in_both_cases(bold, italic):
    assert font_path(bold, italic).is_file()
    assert missing_glyphs(VIETNAMESE + VIETNAMESE.upper(), bold, italic) == set()


def test_licences_are_shipped_with_the_fonts():
    assert "SIL Open Font License" in resource("fonts", "LICENSE-LiberationSerif.txt").read_text()
    assert "free for any use" in resource("fonts", "LICENSE-Symbola.txt").read_text()


def test_emoji_go_to_the_fallback_font_and_letters_do_not():
    assert needs_fallback("😀") and needs_fallback("👍")
    assert not needs_fallback("ữ") and not needs_fallback("Đ")


def test_fallback_runs_match_exactly_the_characters_that_need_the_fallback():
    runs = fallback_runs()
    for code in [*range(0x3000), *range(0x1F000, 0x1FB00), 0x10FFFF]:
        assert bool(runs.fullmatch(chr(code))) == needs_fallback(chr(code)), hex(code)
    assert runs.findall("a 😀👍 b & ✓") == ["😀👍", "✓"]


def _fonts_of(pdf: bytes) -> dict[str, dict]:
    fonts = {}
    for page in pdf_reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def test_pdf_embeds_the_serif_and_the_text_reads_back():
    runs = (Run(VIETNAMESE), Run(" đậm ", bold=True), Run("nghiêng 😀", italic=True))
    pdf = to_pdf_bytes(Document(blocks=[Paragraph(runs)]))
    fonts = _fonts_of(pdf)
    names = {name.split("+", 1)[-1] for name in fonts}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
            "Symbola"} <= names
    for font in fonts.values():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # embedded TrueType
    assert norm(VIETNAMESE + " đậm nghiêng 😀") in norm(pdf_text(pdf))


def test_app_start_up_does_not_load_python_docx_or_reportlab():
    code = ("import sys\n"
            "import secretary_app.documents.export, secretary_app.cli.documents\n"
            "import secretary_app.documents.minutes, secretary_app.documents.notice\n"
            "from secretary_app.cli import build_parser\n"
            "build_parser()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'reportlab')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
