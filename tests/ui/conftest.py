"""UI fixtures: a database file holding the seed meeting, a main window on it, typing helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from secretary_app.domain.model import Organization
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.ui.main_window import MainWindow

PROFILE = Organization(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent_name="UBND TỈNH ĐẮK LẮK",
                       abbreviation="SGDĐT", place_name="Đắk Lắk")


def type_text(widget, text: str) -> None:
    """Type text into a widget one key event per character (works for Vietnamese letters)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release one key on a widget."""
    QTest.keyClick(widget, key, modifiers)


@pytest.fixture
def db_path(tmp_path):
    """Where the test database file lives (reopen it to simulate a restart)."""
    return tmp_path / "secretary.db"


@pytest.fixture
def app_store(db_path, seed_meeting):
    """A store on db_path with the default profile and the seed meeting (id: store.seed_id)."""
    store = open_store(db_path)
    save_organization(store, Organization(**vars(PROFILE)), make_default=True)
    store.seed_id = create_meeting(store, seed_meeting)
    yield store
    store.close()


def open_window(qtbot, store, language: str = "vi") -> MainWindow:
    """A shown main window on store (closed by qtbot at the end of the test)."""
    window = MainWindow(store, language)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def focus(qtbot, widget) -> None:
    """Give widget the keyboard focus (shortcuts of its context then work)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


@pytest.fixture
def main_window(qtbot, app_store):
    """A main window on the seeded store, showing the seed meeting."""
    window = open_window(qtbot, app_store)
    window.open_meeting(app_store.seed_id, "info")
    yield window
    window.close()


@pytest.fixture
def proceedings(main_window):
    """The live view of the seed meeting."""
    return main_window.show_page("proceedings")
