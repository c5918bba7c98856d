"""Exporting a meeting's minutes or notice: build the blocks, render DOCX or PDF, write atomically."""

from __future__ import annotations

import importlib
from pathlib import Path

from secretary_app.documents.blocks import (
    Column,
    Document,
    Header,
    Line,
    NumberDateRow,
    PageBreak,
    Paragraph,
    Recipients,
    SignatureTable,
    Table,
    Title,
)
from secretary_app.documents.file_stamp import stamp_properties
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting
from secretary_app.fileio import ExportError, write_file_atomically

FORMATS = ("docx", "pdf")

__all__ = ["ExportError", "FORMATS", "build_document", "document_text", "export_document",
           "to_docx_bytes", "to_pdf_bytes"]


BUILDERS = {
    DocumentKind.MINUTES: ("secretary_app.documents.minutes", "build_minutes"),
    DocumentKind.NOTICE: ("secretary_app.documents.notice", "build_notice"),
    DocumentKind.RESOLUTION: ("secretary_app.documents.resolution", "build_resolution"),
    DocumentKind.DECISION: ("secretary_app.documents.decision", "build_decision"),
    DocumentKind.INVITATION: ("secretary_app.documents.invitation", "build_invitation"),
}


def build_document(meeting: Meeting, kind: DocumentKind) -> Document:
    """The block model of one of the meeting's documents (BB, TB, NQ, QĐ, GM)."""
    module, name = BUILDERS[kind]
    return getattr(importlib.import_module(module), name)(meeting)


def to_docx_bytes(document: Document) -> bytes:
    """The Word file of a document."""
    from secretary_app.documents.docx_renderer import to_docx_bytes as render

    return render(document)


def to_pdf_bytes(document: Document) -> bytes:
    """The PDF file of a document."""
    from secretary_app.documents.pdf.renderer import to_pdf_bytes as render

    return render(document)


def _column_text(column: Column | Recipients | None) -> list[str]:
    if column is None:
        return []
    if isinstance(column, Recipients):
        return [column.label.text, *(line.text for line in column.lines)]
    return [item.text for item in column.items if isinstance(item, Line)]


def _block_text(block) -> list[str]:
    if isinstance(block, Header):
        return _column_text(block.left) + _column_text(block.right)
    if isinstance(block, NumberDateRow):
        return [block.number.text] + ([block.date.text] if block.date else [])
    if isinstance(block, Title):
        lines = [block.kind.text, *(s.text for s in block.summary)]
        return lines + ([block.rule.text] if isinstance(block.rule, Line) else [])
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, PageBreak):
        return []
    if isinstance(block, Table):
        return ["\t".join(block.headings), *("\t".join(row) for row in block.rows)]
    if isinstance(block, SignatureTable):
        lines = [text for column in block.signers for text in _column_text(column)]
        return lines + _column_text(block.recipients)
    raise TypeError(f"unknown block {type(block).__name__}")


def document_text(document: Document) -> str:
    """Plain text of every block in reading order, one line per printed line or paragraph."""
    return "\n".join(line for block in document.blocks for line in _block_text(block))


def export_document(meeting: Meeting, kind: DocumentKind, fmt: str, target: Path,
                    stamp: dict | None = None) -> Path:
    """Write the meeting's minutes or notice as DOCX or PDF to target, atomically.

    stamp: export id and content hash of finalised minutes, embedded as hidden file
    properties (see file_stamp). Raises ExportError (Vietnamese message) when the file cannot
    be written; no partial file is ever left behind.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    document = build_document(meeting, kind)
    document.properties = stamp_properties(stamp)
    data = to_docx_bytes(document) if fmt == "docx" else to_pdf_bytes(document)
    return write_file_atomically(Path(target), data)
