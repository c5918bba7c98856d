"""The startup yardstick: a bare PySide6 QMainWindow that shows, waits like the smoke test, quits.

    python bench/bare_window.py [DELAY_MS] [--sqlite-utils]

With --sqlite-utils it also imports sqlite-utils: the floor of any window on our storage.
"""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    """Show an empty main window and quit after DELAY_MS (the smoke test's wait)."""
    delay = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    if "--sqlite-utils" in sys.argv:
        import sqlite_utils  # noqa: F401
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    stop = QTimer(app, singleShot=True, interval=delay, timerType=Qt.TimerType.PreciseTimer)
    stop.timeout.connect(app.quit)  # as the smoke test does
    stop.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
