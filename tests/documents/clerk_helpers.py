"""Exporting a meeting to both formats and reading the text back, for the clerk's checks."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting
from tests.documents.readback import docx_text, norm, pdf_pages

BB, TB = DocumentKind.MINUTES, DocumentKind.NOTICE


@dataclass
class Exported:
    """A document as both files, their bytes and their whitespace-normalised text."""

    docx: bytes
    pdf: bytes

    @property
    def docx_text(self) -> str:
        """DOCX text, whitespace collapsed."""
        return norm(docx_text(self.docx))

    @property
    def pdf_text(self) -> str:
        """PDF text without page numbers, whitespace collapsed."""
        return norm("\n".join(pdf_pages(self.pdf)))

    @property
    def texts(self) -> tuple[str, str]:
        """(DOCX text, PDF text)."""
        return self.docx_text, self.pdf_text

    def assert_in_both(self, *expected: str) -> None:
        """Every expected text is in both files."""
        for text in expected:
            for where, found in zip(("docx", "pdf"), self.texts, strict=True):
                assert norm(text) in found, f"{text!r} missing from the {where}"

    def assert_in_neither(self, *unexpected: str) -> None:
        """No unexpected text is in either file."""
        for text in unexpected:
            for where, found in zip(("docx", "pdf"), self.texts, strict=True):
                assert norm(text) not in found, f"{text!r} found in the {where}"

    def assert_order(self, *parts: str) -> None:
        """The parts appear in this order in both files."""
        for where, found in zip(("docx", "pdf"), self.texts, strict=True):
            places = [found.find(norm(p)) for p in parts]
            assert -1 not in places, (where, dict(zip(parts, places, strict=True)))
            assert places == sorted(places), (where, dict(zip(parts, places, strict=True)))


def export_both(meeting: Meeting, kind: DocumentKind) -> Exported:
    """The meeting's minutes or notice as DOCX and PDF."""
    document = build_document(meeting, kind)
    return Exported(to_docx_bytes(document), to_pdf_bytes(document))
