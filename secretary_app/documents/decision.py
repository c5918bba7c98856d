"""The decision (quyết định, QĐ) after Mẫu 1.2 of Decree 30: 'Về việc …', the authority, căn cứ
(the meeting's minutes offered), 'Theo đề nghị của …', 'QUYẾT ĐỊNH:', Điều 1 … Điều n."""

from __future__ import annotations

from secretary_app.documents.blocks import Block, Document
from secretary_app.documents.decision_parts import (
    articled_body,
    framed,
    recipients_of,
    signer_lines,
)
from secretary_app.domain.decisions import DraftContent
from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting

KIND = DocumentKind.DECISION


def decision_body(content: DraftContent) -> list[Block]:
    """Authority, căn cứ and proposal, 'QUYẾT ĐỊNH:', the articles, the execution article."""
    return articled_body(content, "QUYẾT ĐỊNH:")


def execution_number(content: DraftContent) -> int:
    """The number of the last article (the one 'Nơi nhận: - Như Điều n;' points to)."""
    return max(len(content.articles), 1) + (1 if content.execution.strip() else 0)


def build_decision(meeting: Meeting) -> Document:
    """The decision of the head of the body, drafted from the meeting's conclusions."""
    doc = meeting.document(KIND)
    content = content_of(meeting, KIND)
    recipients = recipients_of(meeting, doc, [f"Như Điều {execution_number(content)}"])
    return framed(meeting, KIND, "Quyết định", content.summary, decision_body(content),
                  signer_lines(meeting, doc, collective=False), recipients)
