"""Hostile text through both renderers: no crash, the document and the files contain it."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document as load_docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader

from secretary_app.documents.export import (
    build_document,
    document_text,
    export_document,
    to_docx_bytes,
    to_pdf_bytes,
)
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.package import parse_package
from secretary_app.domain.text import clean_text
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.reliability.hostile import SPECIALS, hostile_text, plant, vietnamese_words

KINDS = (DocumentKind.MINUTES, DocumentKind.NOTICE)
RENDER = settings(max_examples=12, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture,
                                         HealthCheck.too_slow])


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _docx_text(data: bytes) -> str:
    doc = load_docx(io.BytesIO(data))  # Paragraph.text reads w:tab and w:br back as \t, \n
    return "\n".join(Paragraph(p, doc).text for p in doc.element.body.iter(qn("w:p")))


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _stored_meeting(store, seed_package, text: str):
    """The seed meeting with text planted everywhere, through import and storage."""
    mid = create_meeting(store, parse_package(plant(seed_package, text)))
    return load_meeting(store.db, mid)


def _lines(text: str) -> list[str]:
    """The non-blank lines of a stored text (renderers may start a paragraph per line)."""
    return [_flat(line) for line in clean_text(text).split("\n") if _flat(line)]


@RENDER
@given(text=hostile_text)
def test_any_text_renders_and_the_document_holds_it(store, seed_package, text):
    meeting = _stored_meeting(store, seed_package, text)
    for kind in KINDS:
        document = build_document(meeting, kind)
        flat = _flat(document_text(document))
        for line in _lines(text):
            assert line in flat
        docx = _flat(_docx_text(to_docx_bytes(document)))
        for line in _lines(text):
            assert line in docx
        assert PdfReader(io.BytesIO(to_pdf_bytes(document))).pages  # a readable PDF


@RENDER
@given(words=vietnamese_words)
def test_vietnamese_and_markup_read_back_from_the_pdf(store, seed_package, words):
    meeting = _stored_meeting(store, seed_package, words)
    pdf = _flat(_pdf_text(to_pdf_bytes(build_document(meeting, DocumentKind.MINUTES))))
    assert _flat(words) in pdf.replace("- ", "-")


def test_every_special_character_at_once(store, seed_package):
    text = " ".join(SPECIALS) * 3
    meeting = _stored_meeting(store, seed_package, text)
    for kind in KINDS:
        document = build_document(meeting, kind)
        docx = _flat(_docx_text(to_docx_bytes(document)))
        assert all(line in docx for line in _lines(text))
        assert PdfReader(io.BytesIO(to_pdf_bytes(document))).pages


MEGABYTE = ("Ủy ban nhân dân tỉnh <b>&amp;</b> 👩🏽‍💻 đề nghị \u202e đảo \u202c. " * 20000)[:1_000_000]


def _export_opinion(store, seed_package, tmp_path, text: str, fmt: str) -> bytes:
    seed_package["opinions"][0]["text"] = text
    meeting = load_meeting(store.db, create_meeting(store, parse_package(seed_package)))
    return export_document(meeting, DocumentKind.MINUTES, fmt, tmp_path / f"big.{fmt}").read_bytes()


@pytest.mark.slow
def test_megabyte_opinion_exports_to_docx(store, seed_package, tmp_path):
    data = _export_opinion(store, seed_package, tmp_path, MEGABYTE, "docx")
    assert _flat(clean_text(MEGABYTE)) in _flat(_docx_text(data))


@pytest.mark.slow
def test_megabyte_opinion_exports_to_pdf(store, seed_package, tmp_path):
    """1 MB with fallback-font characters: laid out in linear time (a few seconds)."""
    data = _export_opinion(store, seed_package, tmp_path, MEGABYTE, "pdf")
    text = _flat(_pdf_text(data))
    assert len(PdfReader(io.BytesIO(data)).pages) > 200
    assert "Ủy ban nhân dân tỉnh <b>&amp;</b>" in text
