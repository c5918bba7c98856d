"""Settings → “Máy chủ văn phòng”: typed settings are kept, the password only in the keyring."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from secretary_app.office.settings import load_settings
from secretary_app.storage.database import open_store
from secretary_app.ui.dialogs.office_server_page import OfficeServerPage
from secretary_app.ui.dialogs.settings_dialog import SettingsDialog
from tests.office.conftest import PASSWORD, connect_store
from tests.ui.conftest import open_window


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "ui.db")
    yield s
    s.close()


def fill(page: OfficeServerPage, settings, password: str) -> None:
    page.enabled.setChecked(True)
    page.host.setText(settings.host)
    page.port.setValue(settings.port)
    page.database.setText(settings.database)
    page.user.setText(settings.user)
    page.office.setText(settings.office)
    page.password.setText(password)


def test_connection_test_then_kept_on_ok(qtbot, store, office, test_keyring, tmp_path):
    page = OfficeServerPage(store)
    qtbot.addWidget(page)
    settings = office.secretary()
    fill(page, settings, "sai")
    assert not page.test_connection()
    assert "từ chối tên đăng nhập hoặc mật khẩu" in page.status.text()
    page.password.setText(PASSWORD)
    assert page.test_connection()
    assert page.status.text() == "Đã kết nối: Sở Giáo dục và Đào tạo"
    page.apply()
    assert load_settings(store.db) == settings
    assert PASSWORD.encode() not in (tmp_path / "ui.db").read_bytes()
    assert PASSWORD in test_keyring.read_text()
    again = OfficeServerPage(store)  # shown again: the saved settings, no password
    qtbot.addWidget(again)
    assert again.enabled.isChecked() and again.user.text() == settings.user
    assert again.password.text() == "" and again.password.placeholderText()


def test_turning_it_off_forgets_the_connection(qtbot, store, office):
    page = OfficeServerPage(store)
    qtbot.addWidget(page)
    fill(page, office.secretary(), PASSWORD)
    page.apply()
    page.enabled.setChecked(False)
    assert not page.host.isEnabled()
    page.apply()
    assert load_settings(store.db) is None


def test_settings_dialog_has_the_office_page(qtbot, store):
    dialog = SettingsDialog(None, "vi", store=store)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Chung", "Máy chủ văn phòng"]
    assert dialog.office_page is tabs.widget(1)


@pytest.fixture
def main_window(qtbot, store):
    window = open_window(qtbot, store)
    yield window
    window.close()


def test_office_search_dialog_finds_and_opens_a_colleagues_meeting(qtbot, main_window, office,
                                                                   tmp_path, seed_meeting,
                                                                   monkeypatch):
    from secretary_app.office.publish import publish_meeting
    from secretary_app.office.session import client_for
    from secretary_app.storage.finalise import finalise_meeting, is_finalised
    from secretary_app.storage.meetings import create_meeting
    from secretary_app.ui.dialogs.office_search_dialog import open_office_search

    colleague = open_store(tmp_path / "colleague.db")
    connect_store(colleague, office.secretary("Lê Văn Bình"))
    theirs = create_meeting(colleague, seed_meeting)
    finalise_meeting(colleague, theirs)
    publish_meeting(colleague, client_for(colleague.db), theirs, [])
    colleague.close()
    connect_store(main_window.store, office.secretary("Đặng Thu Hà"))
    dialog = open_office_search(main_window)
    qtbot.addWidget(dialog)
    dialog.query.setText("khuyen hoc")
    dialog.search()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text().startswith("Lê Văn Bình (tk_")
    copy_id = dialog.open_selected()
    assert main_window.current_meeting_id() == copy_id
    assert is_finalised(main_window.store.db, copy_id)  # read-only: the lock of a finalised copy
    from secretary_app.ui import messages
    from secretary_app.ui.safety_actions import reopen_current

    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _w, _title, text: shown.append(text))
    assert reopen_current(main_window) is False  # no reason asked: a copy is never reopened
    assert "bản sao chỉ đọc" in shown[0] and is_finalised(main_window.store.db, copy_id)
