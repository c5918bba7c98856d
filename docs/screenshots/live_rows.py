"""Screenshot of the live view with 20 opinions at a window size; prints the opinion rows seen.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/live_rows.py OUT.png 1366 768

Made for issue 17 (docs/images/live-view-1366x768-before.png and -after.png): the sample
meeting's four opinions and sixteen copies of them, so that the list is longer than the view.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.domain.package import parse_package_bytes
from secretary_app.paths import resource
from secretary_app.storage.database import open_store
from secretary_app.storage.lists import OPINIONS
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.translation import install_language


def visible_rows(view) -> tuple[int, int]:
    """(rows wholly visible, rows partly visible) in a table view."""
    height = view.viewport().rect().height()
    full = part = 0
    for row in range(view.model().rowCount()):
        top, size = view.rowViewportPosition(row), view.rowHeight(row)
        if top >= 0 and top + size <= height:
            full += 1
        elif top < height and top + size > 0:
            part += 1
    return full, part


def main(out: str, width: int, height: int) -> int:
    """Open the window at width × height on the sample meeting plus 16 opinions, save a shot."""
    app = QApplication(sys.argv[:1])
    install_language(app, "vi")
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "rows.db")
        seed = parse_package_bytes(resource("samples", "seed-meeting.json").read_bytes())
        save_organization(store, seed.organization, make_default=True)
        meeting_id = create_meeting(store, seed)
        base = load_meeting(store.db, meeting_id).opinions
        for i in range(16):
            OPINIONS.add(store, meeting_id, dataclasses.replace(
                base[i % len(base)], id=None, key="", at=f"09:{10 + i:02d}"))
        window = MainWindow(store)
        window.setGeometry(0, 0, width, height)
        window.show()
        live = window.open_meeting(meeting_id, "proceedings")
        QTest.qWait(600)
        full, part = visible_rows(live.view)
        print(f"opinions={live.model.rowCount()} fully_visible={full} partly={part}")
        print("vote subject width", live.votes.subject.width())
        app.primaryScreen().grabWindow(0).save(out)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
