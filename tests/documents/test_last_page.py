"""No lonely last page: the closing and the signatures never stand on a page by themselves;
the last body paragraph is carried over with them, in the PDF and (keep with next) the DOCX."""

from __future__ import annotations

import pathlib

import pytest

from secretary_app.domain.package import parse_package_bytes
from tests.documents.clerk_helpers import BB, TB, export_both
from tests.documents.doc_samples import SAMPLES, fresh
from tests.documents.readback import docx_paragraphs, pdf_pages

CORPUS = pathlib.Path(__file__).parent / "corpus"
CLOSINGS = ("kết thúc vào", "thông báo để", "Thông báo để")


def _body_lines_on_last_page(pdf: bytes) -> list[str]:
    """Lines of the last page above the closing sentence."""
    last = pdf_pages(pdf)[-1].splitlines()
    end = next((i for i, line in enumerate(last) if any(c in line for c in CLOSINGS)), len(last))
    return [line for line in last[:end] if line.strip()]


def _meetings():
    yield from ((name, fresh(name)) for name in sorted(SAMPLES))
    yield from ((p.stem, parse_package_bytes(p.read_bytes())) for p in sorted(CORPUS.glob("*.json")))


@pytest.mark.parametrize(("name", "meeting"), list(_meetings()), ids=lambda v: str(v)[:20])
@pytest.mark.parametrize("kind", [BB, TB])
def test_the_last_page_holds_body_text_above_the_closing(name, meeting, kind):
    out = export_both(meeting, kind)
    assert _body_lines_on_last_page(out.pdf), f"{name} {kind}: a lonely last page"


def test_seed_minutes_carry_the_last_task_line_with_the_signatures():
    out = export_both(fresh("seed"), BB)
    last = pdf_pages(out.pdf)[-1]
    assert "- Giao Giám đốc Sở GDĐT: Báo cáo Tỉnh ủy" in last and "THƯ KÝ" in last
    paragraphs = [p for p in docx_paragraphs(out.docx) if p.text.strip()]
    carried = next(p for p in paragraphs if p.text.startswith("- Giao Giám đốc Sở GDĐT"))
    closing = next(p for p in paragraphs if "kết thúc vào" in p.text)
    assert carried.paragraph_format.keep_with_next and closing.paragraph_format.keep_with_next
