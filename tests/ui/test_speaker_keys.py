"""The speaker in a few keys: ranked candidates, Alt+1…9, the first unique prefix (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secretary_app.domain.enums import Role
from secretary_app.domain.model import Attendee, Opinion
from secretary_app.domain.speakers import rank_speakers, unique_prefix_match
from secretary_app.storage.meetings import load_meeting

from .conftest import press, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def opinions(page):
    return load_meeting(page.store.db, page.meeting_id).opinions


def test_ranking_chair_then_this_items_speakers_then_the_rest():
    people = [Attendee("a1", "Trần Văn An"), Attendee("a2", "Lê Bình"),
              Attendee("a3", "Chủ Tọa", role=Role.CHAIR), Attendee("a4", "Ngô Dũng")]
    said = [Opinion("o1", "x", speaker="a4", agenda="g1"), Opinion("o2", "y", speaker="a2",
                                                                   agenda="g2")]
    assert [a.key for a in rank_speakers(people, said, "g2")] == ["a3", "a2", "a1", "a4"]
    assert [a.key for a in rank_speakers(people, said, "g1")] == ["a3", "a4", "a1", "a2"]


def test_unique_prefix_of_a_word_of_the_name():
    people = [Attendee("a1", "Phạm Đăng Khoa"), Attendee("a2", "Thường trực Hội Khuyến học"),
              Attendee("a3", "Hà Ngọc Đào")]
    assert unique_prefix_match(people, "kh") is None
    assert unique_prefix_match(people, "kho").key == "a1"
    assert unique_prefix_match(people, "dao").key == "a3"
    assert unique_prefix_match(people, "da") is None  # Đăng, Đào


def test_first_opinion_needs_no_key_before_the_text(qtbot, main_window):
    page = main_window.show_page("proceedings")
    qtbot.waitUntil(page.composer.box.hasFocus, timeout=1000)
    before = len(opinions(page))
    type_text(QApplication.focusWidget(), "Khai mạc hội nghị.")
    press(page.composer.box, Qt.Key.Key_Return, CTRL)
    assert len(opinions(page)) == before + 1 and opinions(page)[-1].text == "Khai mạc hội nghị."
    assert page.composer.box.hasFocus()


def test_alt_digit_picks_the_shown_speaker_and_keeps_the_cursor_in_the_box(qtbot, proceedings):
    composer = proceedings.composer
    composer.box.setFocus()
    qtbot.waitUntil(composer.box.hasFocus, timeout=1000)
    assert "<b>Alt+1</b>&nbsp;Thanh Xuân" in composer.picks_label.text()
    assert "Alt+1: Lê Thị Thanh Xuân" in composer.picks_label.toolTip()
    type_text(composer.box, "Đồng ý với báo cáo, ")
    press(composer.box, Qt.Key.Key_2, ALT)  # after the chair: who already spoke on this item
    assert composer.box.hasFocus()
    type_text(composer.box, "đề nghị bổ sung số liệu.")
    press(composer.box, Qt.Key.Key_Return, CTRL)
    last = opinions(proceedings)[-1]
    assert (last.speaker, last.text) == ("a6", "Đồng ý với báo cáo, đề nghị bổ sung số liệu.")
    assert last.agenda == "g2"  # the last opinion's item is current
    assert composer.box.hasFocus() and composer.picker.text() == ""


def test_typed_letters_are_taken_at_the_first_unique_prefix(qtbot, proceedings):
    composer = proceedings.composer
    composer.picker.setFocus()
    qtbot.waitUntil(composer.picker.hasFocus, timeout=1000)
    for ch in "kho":
        type_text(QApplication.focusWidget(), ch)
    assert composer.box.hasFocus()
    assert composer.picker.speaker() == ("a2", None)
    type_text(QApplication.focusWidget(), "Hội Khuyến học đồng ý.")
    press(composer.box, Qt.Key.Key_Return, CTRL)
    last = opinions(proceedings)[-1]
    assert (last.speaker, last.text) == ("a2", "Hội Khuyến học đồng ý.")


def test_agenda_item_changed_from_the_box_and_shown_above_it(qtbot, proceedings):
    composer = proceedings.composer
    composer.box.setFocus()
    qtbot.waitUntil(composer.box.hasFocus, timeout=1000)
    assert "Biện pháp tháo gỡ" in composer.agenda_label.text()
    press(composer.box, Qt.Key.Key_PageUp, ALT)
    assert proceedings.agenda.current_key() == "g1"
    assert "Đánh giá thuận lợi" in composer.agenda_label.text()
    assert [a.key for a in composer.ranked[:4]] == ["a1", "a3", "a2", "a4"]
    press(composer.box, Qt.Key.Key_3, ALT)
    type_text(composer.box, "Bổ sung ý kiến.")
    press(composer.box, Qt.Key.Key_Return, CTRL)
    last = opinions(proceedings)[-1]
    assert (last.speaker, last.agenda) == ("a2", "g1")


def test_after_a_crash_the_draft_continues_where_it_stopped(qtbot, app_store, db_path):
    from secretary_app.storage.drafts import Draft, save_draft
    from secretary_app.storage.settings import set_setting
    from secretary_app.ui.main_window import LAST_MEETING_KEY

    from .conftest import open_window

    set_setting(app_store, LAST_MEETING_KEY, str(app_store.seed_id))
    save_draft(app_store, app_store.seed_id, "opinion",
               Draft("Đề nghị bổ sung kinh phí", "a3", None, "g2"))  # what the kill left
    window = open_window(qtbot, app_store)
    page = window.editor.pages["proceedings"]
    assert window.editor.current_page_name() == "proceedings"
    qtbot.waitUntil(page.composer.box.hasFocus, timeout=1000)
    type_text(QApplication.focusWidget(), " cho năm 2025.")
    press(page.composer.box, Qt.Key.Key_Return, CTRL)
    last = opinions(page)[-1]
    assert (last.text, last.speaker, last.agenda) == (
        "Đề nghị bổ sung kinh phí cho năm 2025.", "a3", "g2")
    window.close()


def test_new_opinion_is_selected_in_sight_and_ctrl_k_converts_it(qtbot, main_window):
    import dataclasses

    from secretary_app.storage.lists import OPINIONS

    seed = load_meeting(main_window.store.db, main_window.store.seed_id)
    for i in range(30):  # a long meeting: the list scrolls
        OPINIONS.add(main_window.store, seed.id, dataclasses.replace(seed.opinions[i % 4], id=None,
                                                                    key=""))
    main_window.resize(1366, 768)
    page = main_window.show_page("proceedings")
    view = page.view
    view.scrollToTop()
    page.composer.continue_typing()
    qtbot.waitUntil(page.composer.box.hasFocus, timeout=1000)
    press(page.composer.box, Qt.Key.Key_1, ALT)
    type_text(page.composer.box, "Giao Văn phòng tổng hợp ý kiến.")
    press(page.composer.box, Qt.Key.Key_Return, CTRL)
    row = view.currentIndex().row()
    assert row == len(page.model.rows) - 1
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    press(page.composer.box, Qt.Key.Key_K, CTRL)
    meeting = load_meeting(main_window.store.db, seed.id)
    assert meeting.conclusions[-1].text == "Giao Văn phòng tổng hợp ý kiến."
    assert page.composer.box.hasFocus()


def test_f11_captures_on_the_whole_screen_and_back(qtbot, main_window):
    page = main_window.show_page("proceedings")
    press(main_window, Qt.Key.Key_F11)
    assert main_window.capture.active and main_window.isFullScreen()
    assert not main_window.meeting_list.isVisible() and not page.side.isVisible()
    assert not main_window.editor.page_list.isVisible()
    qtbot.waitUntil(page.composer.box.hasFocus, timeout=1000)
    type_text(page.composer.box, "Ghi khi toàn màn hình.")
    press(page.composer.box, Qt.Key.Key_Return, CTRL)
    assert opinions(page)[-1].text == "Ghi khi toàn màn hình."
    press(page.composer.box, Qt.Key.Key_F11)
    assert not main_window.capture.active and not main_window.isFullScreen()
    assert main_window.meeting_list.isVisible() and page.side.isVisible()


def test_f8_folds_the_agenda_and_vote_column(qtbot, proceedings):
    proceedings.composer.box.setFocus()
    qtbot.waitUntil(proceedings.composer.box.hasFocus, timeout=1000)
    press(proceedings.composer.box, Qt.Key.Key_F8)
    assert not proceedings.side.isVisible()
    press(proceedings.composer.box, Qt.Key.Key_F8)
    assert proceedings.side.isVisible()


def test_opinion_rows_follow_the_text_column_width(qtbot, main_window):
    page = main_window.show_page("proceedings")
    view = page.view
    rows = range(page.model.rowCount())
    for width in (1920, 1000, 1366):
        main_window.resize(width, 768)
        qtbot.wait(30)
        shown = [view.rowHeight(r) for r in rows]
        view.verticalHeader().resizeSections()  # measured afresh at this width
        assert shown == [view.rowHeight(r) for r in rows]
