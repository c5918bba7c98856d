"""Opens the meeting list offscreen and scrolls to the end; prints the figures as JSON.

    QT_QPA_PLATFORM=offscreen python -m bench.cases.list_worker DB RUNS
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtWidgets import QApplication

from secretary_app.storage.database import open_store
from secretary_app.ui.meeting_list_panel import MeetingListPanel


def open_and_scroll(app: QApplication, store, statements: list[str]) -> dict:
    """One run: the panel is built and shown, then scrolled page by page to the last meeting."""
    statements.clear()
    started = time.perf_counter()
    panel = MeetingListPanel(store)
    panel.resize(420, 720)
    panel.show()
    for _ in range(100):  # the view lays itself out (and fetches) from the event loop
        app.processEvents()
        if panel.model.rowCount():
            break
    opened = time.perf_counter() - started
    rows_at_open = panel.model.rowCount()
    while panel.model.canFetchMore():
        panel.view.scrollToBottom()
        app.processEvents()
    panel.view.scrollToBottom()
    app.processEvents()
    total = time.perf_counter() - started
    last = panel.view.indexAt(panel.view.viewport().rect().bottomLeft()).row()
    result = {"open": opened, "total": total, "rows_at_open": rows_at_open,
              "rows": panel.model.rowCount(), "last_visible_row": last,
              "statements": len(statements)}
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return result


def main() -> int:
    """A warm-up run, then RUNS timed runs."""
    app = QApplication(sys.argv[:1])
    store = open_store(sys.argv[1])
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    runs = [open_and_scroll(app, store, statements) for _ in range(int(sys.argv[2]) + 1)]
    store.close()
    print(json.dumps(runs[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
