"""Drive the REAL app for the crash test: type opinions steadily, Ctrl+Enter every N characters.

Usage: python crash_driver.py DB LOG RUN_SEED

Runs `secretary_app.ui.application.run_gui` (writer lock, damaged-file check, backup on open,
the main window) and, once the window is up, types into the proceedings page's opinion editor
with key events. Every step is appended to LOG as one JSON line, flushed (not fsynced: the test
kills this process, not the machine, so the OS keeps what was written):

  {"e": "start", "box": text restored into the editor}   once the editor is found
  {"e": "plan", "j": n, "text": full text of opinion n}    before typing it (starts with the
                                                            restored text for the first one)
  {"e": "p", "j": n, "len": characters in the box, "t": monotonic time}   after each key
  {"e": "commit", "j": n, "t": ...}                         after Ctrl+Enter stored it
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from secretary_app.ui.application import run_gui  # noqa: E402

KEY_INTERVAL_MS = 20
WORDS = ("Đề nghị", "Sở", "Hội Khuyến học", "tăng cường", "phối hợp", "kinh phí", "năm 2025",
         "<trường>", "&", "“học tập suốt đời”", "ý kiến", "thống nhất", "báo cáo", "😀", "tỉnh")


class Typist:
    """Types planned opinions into the editor, one key per tick, committing each with Ctrl+Enter."""

    def __init__(self, log_path: Path, seed: int):
        self.log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - lives until killed
        self.rng = random.Random(seed)
        self.seed = seed
        self.box: QPlainTextEdit | None = None
        self.plan, self.typed, self.j = "", 0, 0
        self.timer = QTimer(interval=KEY_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)

    def write(self, **event) -> None:
        self.log.write(json.dumps(event, ensure_ascii=False) + "\n")
        self.log.flush()

    def find_editor(self) -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "mainWindow" and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(50, self.find_editor)
            return
        window.open_meeting(1, "proceedings")
        page = window.findChild(QWidget, "proceedingsPage")
        self.box = page.findChild(QPlainTextEdit, "opinionEditor")
        self.box.setFocus()
        self.box.moveCursor(self.box.textCursor().MoveOperation.End)
        restored = self.box.toPlainText()
        self.write(e="start", box=restored)
        self.next_plan(restored)
        self.timer.start()

    def next_plan(self, restored: str = "") -> None:
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(4, 18))]
        body = f"R{self.seed}-{self.j} " + " ".join(words) + "."
        self.plan = (restored + " " + body) if restored else body
        self.typed = len(restored)
        self.write(e="plan", j=self.j, text=self.plan)

    def tick(self) -> None:
        if self.typed < len(self.plan):
            QTest.sendKeyEvent(QTest.KeyAction.Click, self.box, Qt.Key.Key_unknown,
                               self.plan[self.typed], Qt.KeyboardModifier.NoModifier)
            self.typed += 1
            self.write(e="p", j=self.j, len=self.typed, t=time.monotonic())
            return
        QTest.keyClick(self.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if self.box.toPlainText() == "":
            self.write(e="commit", j=self.j, t=time.monotonic())
            self.j += 1
            self.next_plan()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("log", type=Path)
    parser.add_argument("seed", type=int)
    opts = parser.parse_args()
    QApplication(sys.argv[:1])
    if os.environ.get("CRASH_DRIVER_DRAFT_DELAY_MS"):  # mutation check: a lazier draft timer
        from secretary_app.ui.pages import opinion_composer
        opinion_composer.DRAFT_DELAY_MS = int(os.environ["CRASH_DRIVER_DRAFT_DELAY_MS"])
    typist = Typist(opts.log, opts.seed)
    QTimer.singleShot(0, typist.find_editor)
    return run_gui(argparse.Namespace(db=opts.db, lang="vi", smoke_test=False))


if __name__ == "__main__":
    sys.exit(main())
