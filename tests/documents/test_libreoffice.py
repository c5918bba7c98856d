"""LibreOffice opens every DOCX these tests produce, and paginates it like our PDF: the same
number of pages, each starting and ending with the same line."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from secretary_app.documents.blocks import PageSetup
from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.package import parse_package_bytes
from tests.documents.doc_samples import SAMPLES, fresh
from tests.documents.readback import norm, pdf_drawn, pdf_reader
from tests.documents.test_frame import _report
from tests.documents.test_last_page import CORPUS
from tests.documents.test_range_hyphens import BROKEN, _ranged_meeting

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.soffice, pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")]


def all_documents():
    """name -> Document, for every document the document tests export (the samples, the corpus
    of meetings built from published documents, the ranges meeting, the reports)."""
    meetings = {name: fresh(name) for name in SAMPLES}
    meetings.update((p.stem, parse_package_bytes(p.read_bytes()))
                    for p in sorted(CORPUS.glob("*.json")))
    meetings["ranges"] = _ranged_meeting()
    documents = {f"{name}-{kind.name.lower()}": build_document(meeting, kind)
                 for name, meeting in meetings.items()
                 for kind in (DocumentKind.MINUTES, DocumentKind.NOTICE)}
    documents["report"] = _report()
    documents["report-landscape"] = _report(PageSetup(width_mm=297, height_mm=210, left_mm=25))
    return documents


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """name -> (our PDF bytes, LibreOffice's PDF bytes)."""
    folder = tmp_path_factory.mktemp("soffice")
    ours = {}
    for name, document in all_documents().items():
        (folder / f"{name}.docx").write_bytes(to_docx_bytes(document))
        ours[name] = to_pdf_bytes(document)
    profile = folder / "profile"
    out = folder / "pdf"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), *sorted(map(str, folder.glob("*.docx")))],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return {name: (pdf, (out / f"{name}.pdf").read_bytes()) for name, pdf in ours.items()}


def test_every_docx_converts_and_paginates_like_our_pdf(converted):
    assert len(converted) == 2 * (len(SAMPLES) + len(list(CORPUS.glob("*.json"))) + 1) + 2
    for name, (ours, theirs) in converted.items():
        mine, office = len(pdf_reader(ours).pages), len(pdf_reader(theirs).pages)
        assert office >= 1, name
        assert mine == office, f"{name}: our PDF {mine} pages, LibreOffice {office}"


def _lines(pdf: bytes, index: int) -> list[str]:
    """The text lines of a page, top to bottom, without blanks (each file cuts a line into
    its own pieces) and without the emoji (LibreOffice draws them from its own fallback font,
    in another order)."""
    rows: list[tuple[float, list]] = []
    for piece in sorted(pdf_drawn(pdf, index), key=lambda d: (-d.y, d.x)):
        if rows and abs(rows[-1][0] - piece.y) <= 3:  # the same baseline, within 3 pt
            rows[-1][1].append(piece)
        else:
            rows.append((piece.y, [piece]))
    texts = ("".join(p.text for p in sorted(row, key=lambda d: d.x)) for _, row in rows)
    return [re.sub(r"[\s\U00010000-\U0010FFFF]", "", text) for text in texts]


def test_every_page_starts_and_ends_with_the_same_line_as_our_pdf(converted):
    """Line fill equal: a word that fits a line here fits it there (spaces never shrink, a
    ruled table's rows are as high), so each page holds the same lines."""
    for name, (ours, theirs) in converted.items():
        for index in range(len(pdf_reader(ours).pages)):
            mine, office = _lines(ours, index), _lines(theirs, index)
            assert mine[:2] == office[:2], f"{name} page {index + 1} starts differently"
            assert mine[-1] == office[-1], f"{name} page {index + 1} ends differently"


def test_libreoffice_never_breaks_a_range_at_its_hyphen(converted):
    for name, (_, theirs) in converted.items():
        lines = [line for page in pdf_reader(theirs).pages
                 for line in page.extract_text().splitlines()]
        assert [line for line in lines if BROKEN.search(line)] == [], name


def test_libreoffice_last_page_is_never_only_the_closing_and_signatures(converted):
    for name, (_, theirs) in converted.items():
        if name.startswith("report"):
            continue
        last = pdf_reader(theirs).pages[-1].extract_text().splitlines()
        first = 1 if len(pdf_reader(theirs).pages) > 1 else 0  # the page number
        assert not any(c in last[first] for c in ("kết thúc vào", "hông báo để")), name


def test_libreoffice_sees_the_official_text_and_page_numbers(converted):
    for name, (_, theirs) in converted.items():
        pages = [page.extract_text() for page in pdf_reader(theirs).pages]
        text = norm("\n".join(pages))
        assert "Nơi nhận:" in text, name
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text or "ĐẢNG CỘNG SẢN VIỆT NAM" in text
        assert not pages[0].lstrip().startswith("1\n"), name
        if len(pages) > 1:
            assert pages[1].lstrip().startswith("2"), (name, pages[1][:40])
