"""Storage errors nobody caught (finalised minutes, a full disk …) told to the user once."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from secretary_app.storage.faults import describe_error
from secretary_app.ui import messages

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class ErrorReporter:
    """sys.excepthook that tells the user about storage errors (finalised, disk full …).

    The same message is not repeated within QUIET_SECONDS (a draft timer failing on a full
    disk would otherwise open a dialog every few hundred milliseconds).
    """

    QUIET_SECONDS = 15.0

    def __init__(self):
        self.previous = sys.excepthook
        self._last: tuple[str, float] | None = None
        self._showing = False

    def install(self) -> ErrorReporter:
        """Become sys.excepthook (the previous hook still prints the traceback)."""
        sys.excepthook = self
        return self

    def __call__(self, kind, exc, tb) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        self.previous(kind, exc, tb)
        message = describe_error(exc)
        if message is not None:
            self.report(message)

    def report(self, message: str) -> bool:
        """Show the message unless it was just shown (or a report is open); True if shown."""
        now = time.monotonic()
        if self._showing or (self._last and self._last[0] == message
                             and now - self._last[1] < self.QUIET_SECONDS):
            return False
        self._last, self._showing = (message, now), True
        try:
            messages.show_error(QApplication.activeWindow(),
                                translate("Reliability", "Chưa lưu được thay đổi"), message)
        finally:
            self._showing = False
        return True
