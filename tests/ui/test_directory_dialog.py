"""The directory dialog: filter, rename, merge and rename units through its own widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel

from secretary_app.domain.model import Attendee, Meeting
from secretary_app.storage.directory import list_people
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.ui.dialogs import directory_dialog as dd
from secretary_app.ui.store_signals import StoreSignals


@pytest.fixture
def dialog(qtbot, seeded_store, errors):
    """The directory of the seed meeting plus a later meeting with a misspelt duplicate."""
    org = load_meeting(seeded_store.db, seeded_store.seed_id).organization
    seeded_store.later_id = create_meeting(seeded_store, Meeting(
        "Họp giao ban", dt.date(2025, 3, 3), org, attendees=[
            Attendee("a1", "Le Thi Thanh Xuan", "Giám đốc Sở", "Sở GDĐT")]))
    signals = StoreSignals(seeded_store)
    dlg = dd.DirectoryDialog(seeded_store, signals)
    qtbot.addWidget(dlg)
    yield dlg
    signals.detach()


def names(dlg) -> list[str]:
    model = dlg.people_view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select(dlg, *wanted: str) -> None:
    """Select the rows of these names in the people table."""
    view, model = dlg.people_view, dlg.people_view.model()
    view.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in wanted:
            view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag
                                         .Select | QItemSelectionModel.SelectionFlag.Rows)


def test_filter_is_accent_insensitive(dialog):
    dialog.filter.setText("le thi thanh xuan")
    assert sorted(names(dialog)) == ["Le Thi Thanh Xuan", "Lê Thị Thanh Xuân"]
    dialog.filter.setText("")
    assert len(names(dialog)) == len(list_people(dialog.store.db))


def test_merge_keeps_the_chosen_entry_and_old_meetings_unchanged(dialog, monkeypatch, errors):
    store = dialog.store
    before = [(a.name, a.title) for a in load_meeting(store.db, store.seed_id).attendees]
    select(dialog, "Lê Thị Thanh Xuân")
    assert not dialog.merge_selected()
    assert "ít nhất hai" in errors[-1]
    select(dialog, "Lê Thị Thanh Xuân", "Le Thi Thanh Xuan")
    monkeypatch.setattr(dd, "choose_kept", lambda parent, entries: next(
        e for e in entries if e.name == "Lê Thị Thanh Xuân"))
    dialog.buttons["merge"].click()
    assert "Le Thi Thanh Xuan" not in names(dialog)
    row = names(dialog).index("Lê Thị Thanh Xuân")
    model = dialog.people_view.model()
    assert model.index(row, 1).data() == "Giám đốc Sở"  # the latest title (2025)
    assert model.index(row, 4).data() == "2"
    assert [(a.name, a.title) for a in load_meeting(store.db, store.seed_id).attendees] == before
    later = load_meeting(store.db, store.later_id).attendees[0]
    assert (later.name, later.person_id) == ("Le Thi Thanh Xuan",
                                             load_meeting(store.db, store.seed_id).attendees[0]
                                             .person_id)


def test_edit_renames_the_directory_entry_only(dialog, monkeypatch, errors):
    store = dialog.store
    select(dialog, "Le Thi Thanh Xuan")
    monkeypatch.setattr(dd.PersonDialog, "edit", classmethod(
        lambda cls, parent, entry: ("Lê Thị Thanh Xuân (2)", "Giám đốc", "Sở GD&ĐT <tỉnh>")))
    assert dialog.edit_selected()
    assert "Lê Thị Thanh Xuân (2)" in names(dialog)
    assert load_meeting(store.db, store.later_id).attendees[0].name == "Le Thi Thanh Xuan"
    select(dialog, "Lê Thị Thanh Xuân (2)")
    monkeypatch.setattr(dd.PersonDialog, "edit", classmethod(
        lambda cls, parent, entry: ("Lê Thị Thanh Xuân", "", "")))
    assert not dialog.edit_selected()
    assert "hãy gộp" in errors[-1]


def test_units_tab_renames_a_unit(dialog, monkeypatch):
    units = dialog.units_view.model()
    listed = [units.index(r, 0).data() for r in range(units.rowCount())]
    assert "Sở GDĐT" in listed
    # selectRow() would follow the global keyboard modifiers left by earlier key-event tests
    dialog.units_view.selectionModel().select(
        units.index(listed.index("Sở GDĐT"), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    monkeypatch.setattr(dd, "ask_unit_name", lambda parent, old: "Sở Giáo dục và Đào tạo")
    dialog.buttons["rename_unit"].click()
    listed = [units.index(r, 0).data() for r in range(units.rowCount())]
    assert "Sở GDĐT" not in listed and "Sở Giáo dục và Đào tạo" in listed
    later = load_meeting(dialog.store.db, dialog.store.later_id).attendees[0]
    assert later.organization == "Sở GDĐT"


def test_tools_menu_opens_the_directory(main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(dd.DirectoryDialog, "exec", lambda self: opened.append(self) or 0)
    action = main_window.named_actions["directory"]
    assert action in main_window.menus["tools"].actions()
    action.trigger()
    assert len(opened) == 1 and opened[0].parent() is main_window
