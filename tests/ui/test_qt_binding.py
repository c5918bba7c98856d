"""The Qt binding keeps Python's reference counts: a long session must not abort on its own."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLineEdit

CALLS = 20_000  # more than None's whole reference count in a small process


def test_qt_calls_returning_none_keep_none_alive(qtbot):
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per such call; the process
    # then aborted with "deallocating None" after a few thousand keystrokes' worth of calls.
    box = QLineEdit()
    qtbot.addWidget(box)
    model = QStandardItemModel(1, 1)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        box.setText("Biên bản")  # a setter: returns None
        index.data(1234)  # an unset role: returns None
    assert abs(sys.getrefcount(None) - before) < 100
