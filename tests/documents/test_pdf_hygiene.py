"""PDF hygiene for archives: only embedded fonts, real dates, Vietnamese, title and author;
checked with poppler's pdffonts and pdfinfo, and in the DOCX core properties."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from tests.documents.doc_samples import SAMPLES, fresh
from tests.documents.readback import docx_of, pdf_reader

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                reason="poppler-utils (pdffonts, pdfinfo) is not installed")


def _tool(name: str, data: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run([name, str(path)], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("name", sorted(SAMPLES))
@pytest.mark.parametrize("kind", [DocumentKind.MINUTES, DocumentKind.NOTICE])
def test_every_font_the_pdf_names_is_embedded(name, kind, tmp_path):
    pdf = to_pdf_bytes(build_document(fresh(name), kind))
    rows = _tool("pdffonts", pdf, tmp_path).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "Helvetica" not in row, row
        emb = row[row.index("yes") if "yes" in row else 0:]
        assert emb.startswith("yes"), f"font not embedded: {row}"


def test_pdfinfo_shows_real_dates_title_author_and_the_language(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=1)
    pdf = to_pdf_bytes(build_document(fresh("seed"), DocumentKind.NOTICE))
    info = dict(line.split(":", 1) for line in _tool("pdfinfo", pdf, tmp_path).splitlines()
                if ":" in line)
    info = {k.strip(): v.strip() for k, v in info.items()}
    assert info["Title"].startswith("Thông báo Kết luận của")
    assert info["Author"] == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    assert "2000" not in info["CreationDate"] and "2000" not in info["ModDate"]
    meta = pdf_reader(pdf).metadata
    assert meta.creation_date >= before and meta.modification_date >= before
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == "vi-VN"


def test_a_given_creation_date_is_written_into_both_files():
    document = build_document(fresh("party"), DocumentKind.MINUTES)
    document.created = dt.datetime(2024, 10, 16, 9, 30, tzinfo=dt.UTC)
    meta = pdf_reader(to_pdf_bytes(document)).metadata
    assert meta.creation_date == document.created
    props = docx_of(to_docx_bytes(document)).core_properties
    assert {props.created.replace(tzinfo=None), props.modified.replace(tzinfo=None)} == {
        dt.datetime(2024, 10, 16, 9, 30)}
    assert (props.title, props.author, props.language) == (
        document.title, "CHI BỘ VĂN PHÒNG", "vi-VN")
    assert props.comments == ""


def test_source_date_epoch_gives_reproducible_files():
    document = build_document(fresh("seed"), DocumentKind.NOTICE)
    assert to_pdf_bytes(document) == to_pdf_bytes(document)
    assert pdf_reader(to_pdf_bytes(document)).metadata.creation_date == dt.datetime(
        2024, 10, 16, 9, 30, tzinfo=dt.UTC)
