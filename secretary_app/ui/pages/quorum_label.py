"""The headcount as the minutes print it, with a red warning when the quorum is not met."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from secretary_app.domain.body_rules import Threshold
from secretary_app.domain.headcount import headcount, headcount_line, quorum_met
from secretary_app.domain.model import Meeting

WARNING_STYLE = "color: #b00020; font-weight: bold"


def quorum_text(meeting: Meeting) -> tuple[str, bool]:
    """The line to show and whether it is a warning (quorum not met)."""
    line = headcount_line(meeting)
    rules = meeting.organization.rules
    if rules.quorum is Threshold.NONE:
        return line, False
    count = headcount(meeting)
    if quorum_met(meeting):
        met = QCoreApplication.translate("Quorum", "đủ số có mặt: cuộc họp hợp lệ")
        return f"{line} — {met}", False
    warning = QCoreApplication.translate(
        "Quorum", "Chưa đủ số có mặt để cuộc họp hợp lệ: cần ít nhất {need}/{total}").format(
        need=rules.quorum.needed(count.voting), total=count.voting)
    return f"{line} — {warning}", True


def show_quorum(label: QLabel, meeting: Meeting | None) -> None:
    """Fill a label with the headcount of a meeting (empty without one)."""
    if meeting is None:
        label.clear()
        return
    text, warning = quorum_text(meeting)
    label.setText(text)
    label.setStyleSheet(WARNING_STYLE if warning else "")
    label.setProperty("warning", warning)
