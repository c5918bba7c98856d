"""The resolution (nghị quyết, NQ): state style after Mẫu 1.1 of Decree 30, Party style after
HD 36 (the monthly Party cell resolution: results of last month, tasks for this month)."""

from __future__ import annotations

from secretary_app.documents.blocks import Block, Document, Run
from secretary_app.documents.content import DOTTED_LINE, body, heading
from secretary_app.documents.decision_parts import (
    article_blocks,
    articled_body,
    centred,
    framed,
    preamble,
    recipients_of,
    signer_lines,
)
from secretary_app.domain.body_rules import BodyType
from secretary_app.domain.decisions import Article, DraftContent
from secretary_app.domain.drafting import content_of
from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.domain.headcount import headcount_line
from secretary_app.domain.model import Meeting

KIND = DocumentKind.RESOLUTION


def build_resolution(meeting: Meeting) -> Document:
    """The resolution of the meeting in the organisation's style."""
    content = content_of(meeting, KIND)
    if meeting.organization.style is DocumentStyle.PARTY:
        body_blocks = party_body(meeting, content)
    else:
        body_blocks = state_body(content)
    return _framed(meeting, content, body_blocks)


def state_body(content: DraftContent) -> list[Block]:
    """Authority, căn cứ, 'QUYẾT NGHỊ:', Điều 1 … and the execution article."""
    return articled_body(content, "QUYẾT NGHỊ:")


def _previous_month(meeting: Meeting) -> str:
    month, year = meeting.date.month - 1, meeting.date.year
    if month == 0:
        month, year = 12, year - 1
    return f"tháng {month} năm {year}"


def party_body(meeting: Meeting, content: DraftContent) -> list[Block]:
    """Căn cứ, the headcount, then I- results, II- tasks (1., 2. …), III- execution."""
    cell = meeting.organization.rules.body_type is BodyType.PARTY_CELL
    blocks: list[Block] = list(preamble([*content.bases, content.proposal]))
    blocks.append(body(f"{headcount_line(meeting)}."))
    blocks.append(centred("CHI BỘ QUYẾT NGHỊ:" if cell else "QUYẾT NGHỊ:"))
    now = f"tháng {meeting.date.month} năm {meeting.date.year}"
    blocks.append(heading(f"I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ {_previous_month(meeting).upper()}"
                          if cell else "I- ĐÁNH GIÁ TÌNH HÌNH"))
    blocks += [body(p) for p in content.results.split("\n") if p.strip()] or [body(DOTTED_LINE)]
    blocks.append(heading(f"II- NHIỆM VỤ, GIẢI PHÁP {now.upper()}" if cell
                          else "II- NHIỆM VỤ, GIẢI PHÁP"))
    blocks += article_blocks(content.articles or [Article(DOTTED_LINE)], label="{n}.",
                             last_close=False)
    blocks.append(heading("III- TỔ CHỨC THỰC HIỆN"))
    execution = content.execution.strip() or DOTTED_LINE
    blocks.append(body(Run(execution.rstrip(".") + "./.")))
    return blocks


def _framed(meeting: Meeting, content: DraftContent, body_blocks: list[Block]) -> Document:
    doc = meeting.document(KIND)
    party = meeting.organization.style is DocumentStyle.PARTY
    default = (["Cấp ủy cấp trên (để b/c)", "Đảng viên trong Chi bộ"] if party
               else _assignees(content))
    return framed(meeting, KIND, "Nghị quyết", content.summary, body_blocks,
                  signer_lines(meeting, doc, collective=True),
                  recipients_of(meeting, doc, default))


def _assignees(content: DraftContent) -> list[str]:
    """Units named in 'Giao X' task lines of the articles, each once."""
    seen: dict[str, None] = {}
    for article in content.articles:
        for line in article.text.split("\n"):
            if line.startswith("- Giao "):
                who = line[len("- Giao "):].split(":")[0].split(" chủ trì")[0].strip()
                if who:
                    seen.setdefault(who, None)
    return list(seen)
