"""Editable tables typed from the keyboard only: type, Tab, type, Enter, arrow, type (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.domain.model import Attendee, Meeting
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.organizations import default_organization
from secretary_app.ui.pages.attendees_model import NAME, TITLE, UNIT
from secretary_app.ui.pages.opinions_model import TEXT

from .conftest import focus, type_text


def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key and let the events it queues (a cell editor committing) run."""
    QTest.keyClick(widget, key, modifiers)
    QTest.qWait(1)


def editor_of(view):
    """The widget the keys go to now (the open cell editor, or the view)."""
    return QApplication.focusWidget() or view


def type_in_table(view, text: str) -> None:
    """Type into the table as a person would: into the cell editor the first key opens."""
    type_text(editor_of(view), text[0])
    type_text(editor_of(view), text[1:])


@pytest.fixture
def attendees(qtbot, main_window):
    """The attendees page of a new meeting with two people typed in."""
    store = main_window.store
    people = [Attendee(key=f"a{i}", name=name)
              for i, name in enumerate(("Trần Đức Thịnh", "Lò Văn Mười"), 1)]
    meeting_id = create_meeting(store, Meeting(title="Giao ban tuần", date=dt.date(2024, 11, 20),
                                               organization=default_organization(store.db),
                                               attendees=people))
    return main_window.open_meeting(meeting_id, "attendees")


def test_title_tab_unit_lands_in_the_unit_cell(qtbot, attendees):
    view = attendees.view
    focus(qtbot, view)
    view.setCurrentIndex(attendees.model.index(0, TITLE))
    type_in_table(view, "Phó Giám đốc")
    press(editor_of(view), Qt.Key.Key_Tab)
    type_in_table(view, "Sở Giáo dục và Đào tạo")
    press(editor_of(view), Qt.Key.Key_Return)
    first = load_meeting(attendees.store.db, attendees.meeting_id).attendees[0]
    assert (first.title, first.organization) == ("Phó Giám đốc", "Sở Giáo dục và Đào tạo")
    assert view.hasFocus()
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, UNIT)


def test_enter_keeps_the_focus_in_the_table_for_arrows_and_typing(qtbot, attendees):
    view = attendees.view
    focus(qtbot, view)
    view.setCurrentIndex(attendees.model.index(0, NAME))
    type_in_table(view, "Trần Đức Thịnh Em")
    press(editor_of(view), Qt.Key.Key_Return)
    assert view.hasFocus()
    press(view, Qt.Key.Key_Down)
    press(view, Qt.Key.Key_Right)
    type_in_table(view, "Trưởng phòng")
    press(editor_of(view), Qt.Key.Key_Return)
    press(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    rows = load_meeting(attendees.store.db, attendees.meeting_id).attendees
    assert [a.name for a in rows] == ["Trần Đức Thịnh Em", "Lò Văn Mười"]
    assert rows[1].title == "Trưởng phòng"
    assert rows[1].presence.value == "late"
    assert view.hasFocus()


def test_opinion_text_edited_in_place_keeps_focus(qtbot, proceedings):
    view = proceedings.view
    focus(qtbot, view)
    view.setCurrentIndex(proceedings.model.index(1, TEXT))
    press(view, Qt.Key.Key_F2)
    editor = editor_of(view)
    press(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, " Đồng ý.")
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.hasFocus()
    press(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 0
    texts = [o.text for o in load_meeting(proceedings.store.db, proceedings.meeting_id).opinions]
    assert texts[1].endswith("vướng mắc. Đồng ý.")


def tab_to(qtbot, name: str, limit: int = 12) -> None:
    """Press Tab until the field with this object name has the keyboard."""
    for _ in range(limit):
        if QApplication.focusWidget().objectName() == name:
            return
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}: stuck on "
                         f"{QApplication.focusWidget().objectName()}")


def test_information_form_typed_with_tab_past_the_empty_end_date(qtbot, main_window):
    page = main_window.show_page("info")
    focus(qtbot, page.title_edit)
    press(page.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(page.title_edit, "Giao ban tuần 48")
    tab_to(qtbot, "endDateEdit")
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() != "endDateEdit"
    tab_to(qtbot, "startTimeEdit")
    type_text(QApplication.focusWidget(), "7:30")
    tab_to(qtbot, "locationEdit")
    type_text(QApplication.focusWidget(), "Phòng họp số 2, tầng 3")
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    page.flush()
    m = load_meeting(page.store.db, page.meeting_id)
    assert (m.title, m.start_time, m.location, m.end_date) == (
        "Giao ban tuần 48", "07:30", "Phòng họp số 2, tầng 3", None)


def test_agenda_item_renamed_from_the_keyboard_keeps_focus(qtbot, proceedings):
    view = proceedings.agenda.view
    focus(qtbot, view)
    view.setCurrentIndex(proceedings.agenda.model.index(0, 0))
    press(view, Qt.Key.Key_F2)
    editor = editor_of(view)
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Đánh giá kết quả quý III")
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.hasFocus()
    press(view, Qt.Key.Key_Down)
    type_in_table(view, "Phương hướng quý IV")
    press(editor_of(view), Qt.Key.Key_Tab)
    titles = [g.title for g in load_meeting(proceedings.store.db, proceedings.meeting_id).agenda]
    assert titles == ["Đánh giá kết quả quý III", "Phương hướng quý IV"]


def test_vote_form_typed_with_tab_and_enter(qtbot, proceedings):
    votes = proceedings.votes
    press(proceedings.composer.box, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(votes.subject.hasFocus, timeout=1000)
    type_text(votes.subject, "Thông qua kế hoạch năm 2025")
    for field, value in (("voteFor", "5"), ("voteAgainst", "1"), ("voteAbstain", "0"),
                         ("voteEligible", "6")):
        tab_to(qtbot, field)
        press(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(QApplication.focusWidget(), value)
    tab_to(qtbot, "voteResult")
    type_text(QApplication.focusWidget(), "Thông qua")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    vote = load_meeting(proceedings.store.db, proceedings.meeting_id).votes[-1]
    assert (vote.subject, vote.in_favor, vote.against, vote.abstain, vote.eligible,
            vote.result) == ("Thông qua kế hoạch năm 2025", 5, 1, 0, 6, "Thông qua")


def test_tab_leaves_the_unset_term_start_of_the_organisation_form(qtbot):
    from secretary_app.domain.enums import DocumentStyle
    from secretary_app.ui.dialogs.organization_form import OrganizationForm

    form = OrganizationForm()
    qtbot.addWidget(form)
    form.show()
    form.style_box.setCurrentIndex(form.style_box.findData(DocumentStyle.PARTY))
    form.term_start.setFocus()
    qtbot.waitUntil(form.term_start.hasFocus, timeout=1000)
    press(form.term_start, Qt.Key.Key_Tab)
    assert not form.term_start.hasFocus()
