"""Starting the desktop app: QApplication, database, main window (and the smoke test)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from secretary_app.paths import default_database_path
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import list_meetings


class MainWindow(QMainWindow):
    """The main window: the list of meetings (the editor comes with the desktop-app issue)."""

    def __init__(self, store):
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Thư ký cuộc họp"))
        self.meeting_list = QListWidget()
        for row in list_meetings(store.db, limit=500):
            self.meeting_list.addItem(f"{row.date:%d/%m/%Y}  {row.title}")
        self.setCentralWidget(self.meeting_list)
        self.resize(1100, 720)


def run_gui(args) -> int:
    """Open the main window on the chosen database; with --smoke-test, quit after a moment."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(args.db or default_database_path())
    window = MainWindow(store)
    window.show()
    if args.smoke_test:
        QTimer.singleShot(300, app.quit)
    code = app.exec()
    store.close()
    return code
