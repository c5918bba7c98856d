"""People the app remembers: table edits reach the directory, fragments are not people, junk
entries can be deleted (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.domain.model import Meeting
from secretary_app.storage.directory import list_people
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import default_organization
from secretary_app.storage.people import suggest_people
from secretary_app.ui import messages
from secretary_app.ui.pages.attendees_model import TITLE

from .conftest import focus, type_text


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QTest.qWait(1)


class Questions(list):
    """Questions asked; each answered by the next of `answers` (no when none is left)."""

    def __init__(self):
        super().__init__()
        self.answers: list[bool] = []

    def ask(self, _parent, _title, text) -> bool:
        self.append(text)
        return self.answers.pop(0) if self.answers else False


@pytest.fixture
def asked(monkeypatch):
    questions = Questions()
    monkeypatch.setattr(messages, "confirm", questions.ask)
    return questions


@pytest.fixture
def attendees(qtbot, main_window):
    store = main_window.store
    meeting_id = create_meeting(store, Meeting(title="Giao ban tháng 11", date=dt.date(2024, 11, 20),
                                               organization=default_organization(store.db)))
    page = main_window.open_meeting(meeting_id, "attendees")
    focus(qtbot, page.entry.name_edit)
    return page


def names(page) -> list[str]:
    return [a.name for a in load_meeting(page.store.db, page.meeting_id).attendees]


def test_a_fragment_is_not_made_a_person_without_asking(attendees, asked):
    edit = attendees.entry.name_edit
    type_text(edit, "kho")
    press(edit, Qt.Key.Key_Return)
    assert asked and "«kho»" in asked[0]
    assert names(attendees) == [] and edit.text() == "kho"
    asked.answers.append(True)
    press(edit, Qt.Key.Key_Return)
    assert names(attendees) == ["kho"]


def test_a_suggestion_chosen_from_the_keyboard_is_added_and_the_box_cleared(qtbot, attendees,
                                                                              asked):
    edit = attendees.entry.name_edit
    type_text(edit, "kho")
    popup = attendees.entry.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.text() == "", timeout=1000)
    added = load_meeting(attendees.store.db, attendees.meeting_id).attendees
    assert [(a.name, a.title) for a in added] == [("Phạm Đăng Khoa", "Chủ tịch Hội Khuyến học tỉnh")]
    assert asked == []


def test_a_title_corrected_in_the_table_is_what_the_directory_suggests(qtbot, attendees):
    edit = attendees.entry.name_edit
    type_text(edit, "ha ngoc dao")
    press(edit, Qt.Key.Key_Return)
    window = attendees.window()  # the suggestion popup took the activation (offscreen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    view = attendees.view
    focus(qtbot, view)
    view.setCurrentIndex(attendees.model.index(0, TITLE))
    type_text(view, "P")
    type_text(QApplication.focusWidget(), "hó Chủ tịch Hội Cựu giáo chức tỉnh")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    found = suggest_people(attendees.store.db, "ha ngoc dao")
    assert [(p["name"], p["title"]) for p in found] == [
        ("Hà Ngọc Đào", "Phó Chủ tịch Hội Cựu giáo chức tỉnh")]
    assert view.hasFocus()


def test_junk_directory_entries_deleted_with_del(qtbot, main_window, asked):
    from secretary_app.ui.dialogs.directory_dialog import DirectoryDialog

    store = main_window.store
    create_meeting(store, Meeting(title="Họp", date=dt.date(2024, 12, 1),
                                  organization=default_organization(store.db),
                                  attendees=[]))
    from secretary_app.domain.model import Attendee
    from secretary_app.storage.lists import ATTENDEES

    meeting_id = create_meeting(store, Meeting(title="Họp 2", date=dt.date(2024, 12, 2),
                                               organization=default_organization(store.db)))
    ATTENDEES.add(store, meeting_id, Attendee(key="", name="kho"))
    dialog = DirectoryDialog(store, main_window.signals, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.filter, "kho")
    row = [e.name for e in dialog.people.rows].index("kho")
    dialog.people_view.selectRow(row)
    focus(qtbot, dialog.people_view)
    asked.answers.append(True)
    press(dialog.people_view, Qt.Key.Key_Delete)
    assert "«kho»" in asked[0]
    assert "kho" not in [e.name for e in list_people(store.db)]
    assert [a.name for a in load_meeting(store.db, meeting_id).attendees] == ["kho"]
