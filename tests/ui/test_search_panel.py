"""The search panel: results with escaped, highlighted snippets; choosing one opens that place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.model import Meeting, Opinion
from secretary_app.storage.lists import OPINIONS
from secretary_app.storage.meetings import create_meeting
from secretary_app.ui.dialogs.search_panel import HTML_ROLE, SearchPanel, open_search
from tests.ui.conftest import PROFILE, press, type_text


def shown(panel: SearchPanel) -> list[str]:
    return [panel.model.index(r).data() for r in range(panel.model.rowCount())]


def html_of(panel: SearchPanel) -> list[str]:
    return [panel.model.index(r).data(HTML_ROLE) for r in range(panel.model.rowCount())]


@pytest.fixture
def panel(qtbot, main_window):
    panel = open_search(main_window)
    qtbot.waitUntil(panel.query.hasFocus, timeout=2000)
    return panel


def test_typing_without_accents_lists_results_as_you_type(qtbot, panel):
    type_text(panel.query, "pham dang khoa")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)
    assert any("Thành phần: [Phạm Đăng Khoa], Chủ tịch Hội Khuyến học tỉnh" in s
               for s in shown(panel))
    assert panel.status.text().endswith("kết quả.")


def test_html_escapes_user_text_and_marks_matches(qtbot, main_window, panel):
    store = main_window.store
    meeting = Meeting(title="Họp <b>R&D</b> \"mới\"", date=dt.date(2025, 1, 6),
                      organization=PROFILE,
                      opinions=[Opinion(key="o1", text="Chi phí <script>x</script> & Đào tạo")])
    create_meeting(store, meeting)
    panel.query.setText("dao tao script")
    panel.run_search()
    first = html_of(panel)[0]
    assert "Họp &lt;b&gt;R&amp;D&lt;/b&gt; &quot;mới&quot;" in first
    assert "&lt;<span style=\"background-color:#ffe58a; font-weight:bold\">script</span>&gt;" \
        in first
    assert ">Đào tạo</span>" in first and "<script>" not in first


def test_enter_opens_the_opinion_in_the_live_view(qtbot, main_window, panel):
    store = main_window.store
    other = create_meeting(store, Meeting(title="Giao ban", date=dt.date(2025, 2, 3),
                                          organization=PROFILE))
    main_window.open_meeting(other, "info")
    type_text(panel.query, "Hội Cựu giáo chức về kết quả phối hợp")
    press(panel.query, Qt.Key.Key_Return)
    assert main_window.current_meeting_id() == store.seed_id
    assert main_window.editor.current_page_name() == "proceedings"
    page = main_window.editor.pages["proceedings"]
    row = page.view.currentIndex().row()
    assert page.model.rows[row].text.startswith("Phát biểu ý kiến của Hội Cựu giáo chức")


def test_results_follow_edits_and_syntax_like_input(qtbot, main_window, panel):
    store = main_window.store
    for text in ('"', "AND", "NEAR(", "*", "a-", "khuyến học\""):
        panel.query.setText(text)
        panel.run_search()
        assert "Không tìm được" not in panel.status.text()
    panel.query.setText("ea kar")
    panel.run_search()
    assert shown(panel) == [] and panel.status.text() == "Không tìm thấy kết quả nào."
    oid = OPINIONS.ids(store.db, store.seed_id)[0]
    OPINIONS.update(store, oid, text="Biểu dương huyện Ea Kar")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    assert shown(panel)[0].endswith("Biểu dương huyện [Ea Kar]")


def test_tools_menu_and_ctrl_shift_f_open_search(qtbot, main_window):
    action = main_window.named_actions["search"]
    assert action.text().replace("&", "") == "Tìm kiếm…"
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    press(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    panel = main_window.findChild(SearchPanel, "searchPanel")
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(panel.query.hasFocus, timeout=2000)
