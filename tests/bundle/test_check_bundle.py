"""The bundle check itself: it accepts the real exports and rejects what a broken bundle makes."""

from __future__ import annotations

import io
import json
import shutil

import docx
import pytest
from reportlab.pdfgen import canvas

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.package import parse_package
from tests.bundle import exported_files
from tests.bundle.bundle_layout import (
    ROOT,
    CheckFailed,
    check_qt_parts,
    check_resources,
    shipped_font_names,
)
from tests.bundle.exported_files import check_docx, check_pdf, pdf_text_and_fonts
from tests.conftest import SEED_PATH


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    """The seed meeting's minutes rendered from the source tree, as (docx, pdf) paths."""
    meeting = parse_package(json.loads(SEED_PATH.read_text(encoding="utf-8")))
    document = build_document(meeting, DocumentKind.MINUTES)
    folder = tmp_path_factory.mktemp("minutes")
    (folder / "minutes.docx").write_bytes(to_docx_bytes(document))
    (folder / "minutes.pdf").write_bytes(to_pdf_bytes(document))
    return folder / "minutes.docx", folder / "minutes.pdf"


def fake_bundle(tmp_path):
    """A folder laid out like dist/secretary-app/_internal with the checkout's resources."""
    internal = tmp_path / "secretary-app" / "_internal"
    shutil.copytree(ROOT / "resources", internal / "resources")
    (internal / "docx" / "templates").mkdir(parents=True)
    (internal / "docx" / "templates" / "default.docx").write_bytes(b"PK")
    return tmp_path / "secretary-app"


def test_shipped_font_names_are_the_postscript_names(tmp_path):
    names = shipped_font_names(fake_bundle(tmp_path))
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= names


def test_real_minutes_pass_both_checks(minutes, tmp_path, capsys):
    docx_path, pdf_path = minutes
    check_docx(docx_path)
    check_pdf(pdf_path, shipped_font_names(fake_bundle(tmp_path)))
    assert "Vietnamese text extracted intact" in capsys.readouterr().out


def test_pdf_fonts_are_those_that_draw_text(minutes):
    text, fonts = pdf_text_and_fonts(minutes[1])
    assert "BIÊN BẢN" in text
    assert fonts and all(fonts.values())
    assert "Helvetica" not in fonts  # reportlab's default resource draws nothing


def helvetica_pdf(path, text):
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 720, text)
    pdf.save()


def test_pdf_in_a_base_font_is_refused(tmp_path):
    helvetica_pdf(tmp_path / "base.pdf", "BIEN BAN Dak Lak")
    with pytest.raises(CheckFailed, match="not set in any shipped font"):
        check_pdf(tmp_path / "base.pdf", {"LiberationSerif"})


def test_pdf_with_the_right_font_but_wrong_text_is_refused(minutes, monkeypatch):
    monkeypatch.setattr(exported_files, "EXPECTED_TEXT", ("Buôn Ma Thuột, không có trong văn bản",))
    with pytest.raises(CheckFailed, match="missing text"):
        check_pdf(minutes[1], {"LiberationSerif"})


def test_docx_without_the_minutes_text_is_refused(tmp_path):
    document = docx.Document()
    document.add_paragraph("BIEN BAN (no diacritics)")
    buffer = io.BytesIO()
    document.save(buffer)
    (tmp_path / "plain.docx").write_bytes(buffer.getvalue())
    with pytest.raises(CheckFailed, match="missing text.*BIÊN BẢN"):
        check_docx(tmp_path / "plain.docx")


def test_missing_resource_is_named(tmp_path):
    bundle = fake_bundle(tmp_path)
    check_resources(bundle)
    font = next((bundle / "_internal" / "resources" / "fonts").glob("*.ttf"))
    font.unlink()
    with pytest.raises(CheckFailed, match=font.name):
        check_resources(bundle)


def test_missing_docx_templates_are_reported(tmp_path):
    bundle = fake_bundle(tmp_path)
    shutil.rmtree(bundle / "_internal" / "docx")
    with pytest.raises(CheckFailed, match="python-docx templates"):
        check_resources(bundle)


def test_missing_qt_pdf_module_is_reported(tmp_path):
    bundle = fake_bundle(tmp_path)
    pyside = bundle / "_internal" / "PySide6"
    pyside.mkdir()
    (pyside / "QtPdfWidgets.abi3.so").write_bytes(b"")
    with pytest.raises(CheckFailed, match="'QtPdf'"):
        check_qt_parts(bundle)
