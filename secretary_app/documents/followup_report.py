"""The report on implementation of conclusions (per unit, per meeting) in the official frame."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from secretary_app.documents import frame
from secretary_app.documents.blocks import Align, Block, Document, Paragraph, Table
from secretary_app.documents.content import body, heading
from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import Organization, Signer
from secretary_app.domain.text import fold

TYPE_NAME = "Báo cáo"
KIND_SYMBOL = "BC"
SUMMARY = "Tình hình thực hiện kết luận các cuộc họp"
COUNT_HEADINGS = ("Tổng số", "Đã hoàn thành", "Đang thực hiện", "Quá hạn", "Hủy")
COUNT_WIDTHS = (10.0, 13.0, 13.0, 10.0, 8.0)
FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class Counts:
    """How many tasks, by state: done, open within the deadline, overdue, cancelled."""

    done: int = 0
    running: int = 0
    overdue: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        """All tasks."""
        return self.done + self.running + self.overdue + self.cancelled

    def cells(self) -> tuple[str, ...]:
        """The counts as table cells, in COUNT_HEADINGS order."""
        return tuple(str(n) for n in (self.total, self.done, self.running, self.overdue,
                                      self.cancelled))


def count(lines: Sequence, today: dt.date) -> Counts:
    """Counts of a list of follow-up task lines (storage.followup.TaskLine)."""
    overdue = sum(1 for t in lines if t.is_overdue(today))
    status = [t.status for t in lines]
    return Counts(status.count(TaskStatus.DONE), status.count(TaskStatus.OPEN) - overdue,
                  overdue, status.count(TaskStatus.CANCELLED))


def _grouped(lines: Sequence, key) -> list[tuple[str, list]]:
    groups: dict[str, tuple[str, list]] = {}
    for line in lines:
        label = key(line)
        groups.setdefault(fold(label).strip(), (label, []))[1].append(line)
    return list(groups.values())


def _count_table(first: str, groups: list[tuple[str, list]], today: dt.date,
                 lines: Sequence) -> Table:
    rows = [(str(n), label, *count(items, today).cells())
            for n, (label, items) in enumerate(groups, 1)]
    rows.append(("", "Tổng cộng", *count(lines, today).cells()))
    align = (Align.CENTER, Align.LEFT) + (Align.CENTER,) * len(COUNT_HEADINGS)
    return Table(("TT", first, *COUNT_HEADINGS), tuple(rows), (6.0, 44.0, *COUNT_WIDTHS),
                 size=12.0, align=align)


def per_unit(lines: Sequence) -> list[tuple[str, list]]:
    """Tasks grouped by assignee (accent/case variants together), units A–Z."""
    groups = _grouped(lines, lambda t: t.assignee.strip() or "(Chưa giao đơn vị)")
    return sorted(groups, key=lambda g: fold(g[0]))


def per_meeting(lines: Sequence) -> list[tuple[str, list]]:
    """Tasks grouped by source meeting, oldest meeting first."""
    ordered = sorted(lines, key=lambda t: (t.meeting_date, t.meeting_id))
    groups: dict[int, tuple[str, list]] = {}
    for t in ordered:
        label = f"{t.meeting_title} (ngày {t.meeting_date:%d/%m/%Y})"
        groups.setdefault(t.meeting_id, (label, []))[1].append(t)
    return list(groups.values())


def _overdue_table(lines: Sequence, today: dt.date) -> Table:
    late = [t for t in lines if t.is_overdue(today)]
    rows = tuple((str(n), t.description, t.assignee, f"{t.meeting_title} "
                  f"({t.meeting_date:%d/%m/%Y})", t.deadline_label(), t.note)
                 for n, t in enumerate(late, 1))
    return Table(("TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Cuộc họp", "Thời hạn",
                  "Ghi chú"), rows, (7.0, 30.0, 19.0, 24.0, 17.0, 18.0), size=12.0,
                 align=(Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER))


def _period(held_from: dt.date | None, held_to: dt.date | None) -> str:
    if held_from and held_to:
        return f" từ ngày {held_from:%d/%m/%Y} đến ngày {held_to:%d/%m/%Y}"
    if held_from:
        return f" từ ngày {held_from:%d/%m/%Y}"
    return f" đến ngày {held_to:%d/%m/%Y}" if held_to else ""


def _intro(lines: Sequence, today: dt.date, period: str) -> Paragraph:
    c = count(lines, today)
    return body(f"Tính đến ngày {today:%d/%m/%Y}, các cuộc họp{period} đã giao {c.total} "
                f"nhiệm vụ; trong đó đã hoàn thành {c.done}, đang thực hiện trong hạn "
                f"{c.running}, quá hạn {c.overdue}, hủy {c.cancelled}. Cụ thể như sau:")


def report_blocks(lines: Sequence, today: dt.date, held_from: dt.date | None = None,
                  held_to: dt.date | None = None) -> list[Block]:
    """The body: summary sentence, tables per unit and per meeting, then the overdue tasks."""
    blocks: list[Block] = [_intro(lines, today, _period(held_from, held_to)),
                           heading("I. Tình hình thực hiện theo đơn vị"),
                           _count_table("Đơn vị chủ trì", per_unit(lines), today, lines),
                           heading("II. Tình hình thực hiện theo cuộc họp"),
                           _count_table("Cuộc họp", per_meeting(lines), today, lines),
                           heading("III. Các nhiệm vụ quá hạn")]
    if any(t.is_overdue(today) for t in lines):
        blocks.append(_overdue_table(lines, today))
    else:
        blocks.append(body("Không có nhiệm vụ quá hạn."))
    blocks.append(body("Trên đây là báo cáo tình hình thực hiện kết luận các cuộc họp./."))
    return blocks


def followup_report(org: Organization, lines: Sequence, today: dt.date, *,
                    held_from: dt.date | None = None, held_to: dt.date | None = None,
                    signer: Signer | None = None, recipients: Sequence[str] = (),
                    archive: str = "VT") -> Document:
    """The whole report as a draft (number and date are given when it is issued)."""
    return frame.official_document(
        org, KIND_SYMBOL, TYPE_NAME, SUMMARY, report_blocks(lines, today, held_from, held_to),
        None, None, signer, recipients, archive, year=today.year)


def report_bytes(fmt: str, document: Document) -> bytes:
    """The report file's bytes as docx or pdf, from the shared renderers."""
    from secretary_app.documents import export

    if fmt == "docx":
        return export.to_docx_bytes(document)
    if fmt == "pdf":
        return export.to_pdf_bytes(document)
    raise ValueError(f"unknown report format: {fmt}")
