"""Follow-up actions: carry open tasks into a meeting, export the implementation report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from secretary_app.documents.followup_report import followup_report, report_bytes
from secretary_app.fileio import ExportError, write_file_atomically
from secretary_app.storage.database import Store
from secretary_app.storage.followup import latest_notice_signer, report_organization
from secretary_app.storage.followup_carry import (
    CARRY_TITLE,
    FollowupError,
    carried_tasks,
    carry_open_tasks,
    open_tasks_before,
)
from secretary_app.storage.meetings import load_meeting
from secretary_app.ui import messages

translate = QCoreApplication.translate
REPORT_FILTERS = "Word (*.docx);;PDF (*.pdf)"


def carried_text(store: Store, meeting_id: int) -> str:
    """The carried tasks, one per line, each with its source meeting."""
    return "\n".join(f"- {t.description} ({t.assignee}) — {t.meeting_title}, "
                     f"{t.meeting_date:%d/%m/%Y}" for t in carried_tasks(store.db, meeting_id))


def carry_into(parent: QWidget, store: Store, meeting_id: int | None) -> bool:
    """Ask, then put the open tasks of earlier meetings into this meeting's first agenda item."""
    title = translate("Tasks", "Đưa nhiệm vụ vào cuộc họp")
    if meeting_id is None:
        messages.show_error(parent, title, translate("Tasks", "Hãy mở một cuộc họp trước."))
        return False
    waiting = open_tasks_before(store.db, meeting_id)
    if not waiting:
        messages.show_info(parent, title, translate(
            "Tasks", "Không có nhiệm vụ nào chưa hoàn thành của các cuộc họp trước."))
        return False
    meeting = load_meeting(store.db, meeting_id)
    question = translate("Tasks", "Đưa %1 nhiệm vụ chưa hoàn thành của các cuộc họp trước vào "
                                  "mục đầu tiên “%2” của cuộc họp “%3”?")
    question = question.replace("%1", str(len(waiting))).replace("%2", CARRY_TITLE)
    if not messages.confirm(parent, title, question.replace("%3", meeting.title)):
        return False
    try:
        carry_open_tasks(store, meeting_id, [t.task_id for t in waiting])
    except FollowupError as exc:
        messages.show_error(parent, title, str(exc))
        return False
    messages.show_info(parent, title, carried_text(store, meeting_id))
    return True


def carry_into_current(window) -> bool:
    """Cuộc họp → Đưa nhiệm vụ chưa hoàn thành của các cuộc họp trước vào cuộc họp này."""
    return carry_into(window, window.store, window.current_meeting_id())


def export_report(parent: QWidget, store: Store, lines: Sequence, today: dt.date) -> bool:
    """Ask where, then write the implementation report of these tasks as DOCX or PDF."""
    title = translate("Tasks", "Xuất báo cáo tình hình thực hiện kết luận")
    org = report_organization(store.db)
    if org is None:
        messages.show_error(parent, title, translate(
            "Tasks", "Chưa khai báo cơ quan: vào Cài đặt để khai báo trước."))
        return False
    path = messages.ask_save_path(parent, title, f"bao-cao-thuc-hien-ket-luan-{today:%Y%m%d}"
                                                 ".docx", REPORT_FILTERS)
    if path is None:
        return False
    fmt = "pdf" if path.suffix.lower() == ".pdf" else "docx"
    path = path if path.suffix else path.with_suffix(".docx")
    ours = [t for t in lines if t.organization_id in (None, org.id)]
    document = followup_report(org, ours, today, signer=latest_notice_signer(store.db, org.id))
    try:
        write_file_atomically(path, report_bytes(fmt, document))
    except ExportError as exc:
        messages.show_error(parent, title, str(exc))
        return False
    return True
