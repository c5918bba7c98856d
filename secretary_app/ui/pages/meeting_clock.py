"""A running clock of the meeting: the time now, and how long the meeting has been going."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


def elapsed_text(start: str | None, date: dt.date | None, now: dt.datetime) -> str:
    """'01:25' since the start time when the meeting is today and has begun, else ''."""
    if not start or date != now.date():
        return ""
    hours, minutes = (int(part) for part in start.split(":"))
    began = dt.datetime.combine(date, dt.time(hours, minutes))
    if now < began:
        return ""
    total = int((now - began).total_seconds()) // 60
    return f"{total // 60:02d}:{total % 60:02d}"


class MeetingClock(QLabel):
    """Shows 'HH:MM:SS' and the meeting's running time; ticks every second."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("meetingClock")
        self.start: str | None = None
        self.date: dt.date | None = None
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def set_meeting(self, date: dt.date | None, start: str | None) -> None:
        """The day and start time the running time counts from."""
        self.date, self.start = date, start
        self.tick()

    def tick(self) -> None:
        """Update the text."""
        now = dt.datetime.now()
        text = self.tr("Bây giờ: %1").replace("%1", now.strftime("%H:%M:%S"))
        running = elapsed_text(self.start, self.date, now)
        if running:
            text += "  ·  " + self.tr("Đã họp: %1").replace("%1", running)
        self.setText(text)
