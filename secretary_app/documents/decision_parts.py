"""Pieces shared by the resolution, the decision and the invitation: the authority line, the
căn cứ lines, articles 'Điều n.', the signer and Nơi nhận defaults."""

from __future__ import annotations

from collections.abc import Sequence

from secretary_app.documents import frame
from secretary_app.documents.blocks import (
    Align,
    Block,
    Document,
    NumberedItem,
    Paragraph,
    Run,
    SignatureTable,
    printable,
)
from secretary_app.documents.content import DOTTED_LINE, body, chair_of, function_title
from secretary_app.domain.body_rules import BodyType
from secretary_app.domain.decisions import Article, DraftContent
from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.domain.model import Meeting, OfficialDocument
from secretary_app.domain.text import fold

CLOSE = "./."


def centred(text: str, bold: bool = True, size: float = 14.0) -> Paragraph:
    """A centred line of the body: the authority, 'QUYẾT NGHỊ:', 'QUYẾT ĐỊNH:'."""
    return Paragraph((Run(text, bold=bold),), align=Align.CENTER, indent=False, size=size,
                     keep_with_next=True)


def authority_blocks(authority: str) -> list[Paragraph]:
    """The issuing authority in centred bold caps, one paragraph per typed line
    ('HỘI ĐỒNG NHÂN DÂN TỈNH …' / 'KHÓA X, KỲ HỌP THỨ …')."""
    return [centred(line.strip().upper()) for line in printable(authority).split("\n")
            if line.strip()]


def _ended(text: str, mark: str) -> str:
    text = printable(text).strip()
    if text.endswith("..."):  # a dotted line to be filled in by hand stays whole
        return text + mark
    return text.rstrip(";.,:") + mark


def preamble(lines: Sequence[str]) -> list[Paragraph]:
    """Căn cứ … / Theo đề nghị của … in italics: ';' after each, '.' after the last."""
    kept = [line for line in lines if printable(line).strip()]
    return [body(Run(_ended(line, "." if n == len(kept) - 1 else ";"), italic=True))
            for n, line in enumerate(kept)]


def article_blocks(articles: Sequence[Article], label: str = "Điều {n}.",
                   last_close: bool = True) -> list[Paragraph]:
    """'Điều 1. …' (bold label) with the article's further lines as paragraphs under it; the
    last line of the last article ends with './.'."""
    blocks: list[Paragraph] = []
    for n, article in enumerate(articles, start=1):
        first, *rest = [p for p in printable(article.text).split("\n") if p.strip()] or [
            DOTTED_LINE]
        blocks.append(NumberedItem((Run(first),), label=label.format(n=n), label_bold=True))
        blocks.extend(body(line) for line in rest)
    if last_close and blocks:
        last = blocks[-1]
        text = last.runs[-1].text.rstrip().rstrip(".") + CLOSE
        blocks[-1] = type(last)(**{**vars(last), "runs": (*last.runs[:-1], Run(text))})
    return blocks


def articled_body(content: DraftContent, verb: str) -> list[Block]:
    """Authority, căn cứ and proposal, the verb line ('QUYẾT NGHỊ:' / 'QUYẾT ĐỊNH:'), the
    articles (a dotted one when none) and the execution article, as Mẫu 1.1 and 1.2 set them."""
    blocks: list[Block] = []
    blocks += authority_blocks(content.authority)
    blocks += preamble([*content.bases, content.proposal])
    blocks.append(centred(verb))
    articles = list(content.articles) or [Article(DOTTED_LINE)]
    if content.execution.strip():
        articles.append(Article(content.execution))
    return blocks + article_blocks(articles)


def _collective(org_name: str) -> str:
    """'CHI BỘ THÔN 3' -> 'CHI BỘ' (Party practice: T/M CHI BỘ); other names as they are."""
    name = printable(org_name).strip().upper()
    for word in ("CHI BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "BAN CHẤP HÀNH", "HỘI ĐỒNG NHÂN DÂN",
                 "HỘI ĐỒNG TRƯỜNG"):
        if name.startswith(word):
            return word
    return name


def signer_lines(meeting: Meeting, doc: OfficialDocument | None,
                 collective: bool) -> tuple[list[str], str]:
    """Signature titles and name: the document's signer, else (a collective body) 'TM. X' /
    'CHỦ TỊCH' or 'T/M CHI BỘ' / 'BÍ THƯ', else the chair's office; name of the chair."""
    org, chair = meeting.organization, chair_of(meeting)
    name = (doc.signer.name if doc and doc.signer and doc.signer.name else "") or (
        chair.name if chair else "")
    if doc is not None and doc.signer is not None:
        return frame.signer_titles(org, doc.signer), name
    if collective and org.style is DocumentStyle.PARTY:
        office = function_title(chair).upper() if chair else ""
        head = "PHÓ BÍ THƯ" if "PHO BI THU" in fold(office).upper() else "BÍ THƯ"
        return [f"T/M {_collective(org.name)}", head], name
    if collective:
        council = org.rules.body_type in (BodyType.COUNCIL, BodyType.SCHOOL_COUNCIL,
                                          BodyType.ASSOCIATION)
        head = "CHỦ TỊCH" if council or chair is None else function_title(chair).upper()
        return [f"TM. {_collective(org.name)}", head], name
    return [function_title(chair).upper() if chair else ""], name


def recipients_of(meeting: Meeting, doc: OfficialDocument | None,
                  default: list[str]) -> tuple[list[str], str]:
    """Nơi nhận lines and the Lưu line: the document's own, else the defaults."""
    party = meeting.organization.style is DocumentStyle.PARTY
    archive = (doc.archive if doc else "") or ("Chi bộ" if party else "VT")
    recipients = list(doc.recipients) if doc and doc.recipients else default
    return recipients, archive


def framed(meeting: Meeting, kind: DocumentKind, type_name: str, summary: str,
           body_blocks: list, signer: tuple[list[str], str],
           recipients: tuple[list[str], str]) -> Document:
    """Header, number and date, title and trích yếu, the body (its last block kept with the
    signature), one signer right of Nơi nhận."""
    org, doc = meeting.organization, meeting.document(kind)
    date = doc.issued_on if doc else None
    year = (doc.year if doc and doc.year else None) or (date or meeting.date).year
    if body_blocks:
        last = body_blocks[-1]
        body_blocks[-1] = type(last)(**{**vars(last), "keep_with_next": True})
    blocks: list[Block] = [
        frame.header(org),
        frame.number_date_row(org, kind, doc.number if doc else None, date, year),
        frame.title(org, type_name, [summary]),
        *body_blocks,
        SignatureTable((frame.signer_column(org, *signer),),
                       frame.recipients_block(org, *recipients)),
    ]
    return Document(blocks=blocks, page=frame.PAGE, title=f"{type_name} {summary}".strip())
