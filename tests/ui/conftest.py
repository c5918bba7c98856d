"""UI fixtures: a database file holding the seed meeting, a main window on it, typing helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from secretary_app.domain.model import Organization
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.ui import messages
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.store_signals import StoreSignals

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
def errors(monkeypatch):
    """Error messages a widget shows, recorded instead of opening message boxes."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    return shown


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


def shown_page(qtbot, store, page_class, meeting_id: int, **attributes):
    """Generator for fixtures: a shown editor page on one meeting, its errors recorded in
    page.errors; attributes (e.g. a fixed `today`) are set before it shows the meeting."""
    signals = StoreSignals(store)
    widget = page_class(store, signals, QUndoStack(), None)
    for name, value in attributes.items():
        setattr(widget, name, value)
    widget.errors = []
    widget.report_error = widget.errors.append
    qtbot.addWidget(widget)
    widget.show()
    widget.set_meeting(meeting_id)
    yield widget
    widget.flush()
    widget.hide()  # no timer may touch the store once the test closes it
    signals.detach()


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
