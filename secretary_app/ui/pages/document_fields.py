"""What the Documents page edits of a minutes or notice row, and how it reaches a preview."""

from __future__ import annotations

import dataclasses
import re

from secretary_app.domain.enums import Authority, DocumentKind
from secretary_app.domain.limits import LIMITS, MAX_RECIPIENTS
from secretary_app.domain.model import Meeting, OfficialDocument, Signer
from secretary_app.domain.text import clean_text
from secretary_app.domain.vietnamese import document_number

SIGNER_FIELDS = ("signer_authority", "signer_authority_title", "signer_title", "signer_name")
_ARCHIVE_PREFIX = re.compile(r"^\s*-?\s*Lưu\s*:?\s*", re.IGNORECASE)
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def values_of(doc: OfficialDocument | None) -> dict:
    """The editable columns of a document row (defaults when there is no row yet)."""
    signer = (doc.signer if doc else None) or Signer()
    return {"signer_authority": signer.authority.value,
            "signer_authority_title": signer.authority_title, "signer_title": signer.title,
            "signer_name": signer.name, "has_signer": int(bool(doc and doc.signer)),
            "recipients": list(doc.recipients) if doc else [],
            "archive": doc.archive if doc else ""}


def recipient_lines(text: str) -> list[str]:
    """One recipient per non-empty line, without a leading dash; at most the lines (and the
    characters per line) the signature's page can hold (domain/limits.py)."""
    lines = (clean_text(line).strip() for line in text.split("\n"))
    kept = [line.lstrip("-").strip() for line in lines if line.lstrip("-").strip()]
    return [line[:LIMITS["document.recipient"]] for line in kept[:MAX_RECIPIENTS]]


def archive_text(typed: str) -> str:
    """'Lưu: VT, VP.' or 'VT, VP' -> 'VT, VP' (the renderer writes 'Lưu:' itself)."""
    return _ARCHIVE_PREFIX.sub("", clean_text(typed).strip()).rstrip(".").strip()


def document_from(kind: DocumentKind, values: dict,
                  base: OfficialDocument | None) -> OfficialDocument:
    """The document as the form describes it (number, year and date kept from base)."""
    signer = None
    if values["has_signer"]:
        signer = Signer(Authority(values["signer_authority"]), values["signer_authority_title"],
                        values["signer_title"], values["signer_name"])
    kept = ({f: getattr(base, f) for f in ("number", "year", "issued_on", "id", "content")}
            if base else {})
    return OfficialDocument(kind=kind, signer=signer, recipients=list(values["recipients"]),
                            archive=values["archive"], **kept)


def with_document(meeting: Meeting, doc: OfficialDocument) -> Meeting:
    """A copy of meeting whose document of doc's kind is doc (added when missing)."""
    documents = list(meeting.documents)
    index = next((i for i, d in enumerate(documents) if d.kind == doc.kind), None)
    if index is None:
        documents.append(doc)
    else:
        documents[index] = doc
    return dataclasses.replace(meeting, documents=documents)


def number_shown(meeting: Meeting, doc: OfficialDocument | None) -> str:
    """'Số: 05/TB-SGDĐT' for a registered document, '' for a draft."""
    if doc is None or doc.number is None:
        return ""
    org = meeting.organization
    return document_number(org.style, doc.kind, org.abbreviation, doc.number)


TYPE_WORDS = {DocumentKind.MINUTES: "Biên bản", DocumentKind.NOTICE: "Thông báo kết luận",
              DocumentKind.RESOLUTION: "Nghị quyết", DocumentKind.DECISION: "Quyết định",
              DocumentKind.INVITATION: "Giấy mời"}


def suggested_file_name(meeting: Meeting, kind: DocumentKind, fmt: str) -> str:
    """'Biên bản - Họp giao ban 16-10-2024.docx' with characters files cannot hold removed."""
    word = TYPE_WORDS[kind]
    title = _NOT_IN_FILE_NAMES.sub(" ", clean_text(meeting.title)).strip()[:80].strip(" .")
    return f"{word} - {title} {meeting.date:%d-%m-%Y}.{fmt}"
