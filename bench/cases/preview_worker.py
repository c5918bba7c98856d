"""Times the Văn bản page's preview offscreen; prints the figures as JSON.

    QT_QPA_PLATFORM=offscreen python -m bench.cases.preview_worker RUNS

For the seed meeting and the large generated meeting: milliseconds from showing the page to
page 1 on screen (renderer warmed as the app does after start), and from an edit being stored
to the new page 1 on screen.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench.generate import large_meeting
from secretary_app.domain.package import parse_package_bytes
from secretary_app.paths import resource
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.ui.commands import update_info
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.render_warmup import warm_renderer

NONE_GUARD = [None] * 1_000_000  # PySide6 6.12 drops a reference to None per None it returns


def wait_for(app: QApplication, done, limit: float = 10.0) -> float:
    """Seconds until done() holds, running the event loop."""
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < limit:
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - started


def one_run(app: QApplication, meeting) -> tuple[float, float]:
    """(open ms, edit ms) for one fresh window on a fresh database."""
    meeting = copy.deepcopy(meeting)  # storing sets ids on it
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "preview.db")
        save_organization(store, meeting.organization, make_default=True)
        meeting_id = create_meeting(store, meeting)
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        window.open_meeting(meeting_id, "info")
        app.processEvents()
        started = time.perf_counter()
        page = window.show_page("documents")
        wait_for(app, lambda: page.preview.page_count() > 0)
        opened = time.perf_counter() - started
        wait_for(app, lambda: False, 1.0)  # the whole document follows; let it settle
        before = page.preview.data
        window.undo_stack.push(update_info("bench", store, meeting_id,
                                           {"location": "Phòng họp số 3"},
                                           {"location": meeting.location}))
        edited = wait_for(app, lambda: page.preview.data != before)
        window.close()
        store.close()
    return opened * 1000, edited * 1000


def main() -> int:
    """A warm-up, then RUNS runs per meeting."""
    app = QApplication(sys.argv[:1])
    warm_renderer()
    seed = parse_package_bytes(resource("samples", "seed-meeting.json").read_bytes())
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    result = {}
    for name, meeting in (("seed", seed), ("large", large_meeting())):
        one_run(app, meeting)
        result[name] = [one_run(app, meeting) for _ in range(runs)]
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    os._exit(main())  # no clean-up: see NONE_GUARD
