"""The live view: speaker search, Ctrl+Enter, drafts that survive closing, undo, votes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from secretary_app.domain.model import Vote
from secretary_app.domain.vietnamese import vote_sentence
from secretary_app.storage.database import open_store
from secretary_app.storage.drafts import load_draft
from secretary_app.storage.meetings import load_meeting
from secretary_app.ui.pages.speaker_picker import speaker_matches

from .conftest import focus, open_window, press, type_text

SPEECH = "Đề nghị tăng cường phối hợp <giữa> hai Hội & “Sở GDĐT” 😀\nDòng thứ hai."


def stored(window):
    return load_meeting(window.store.db, window.current_meeting_id())


def test_speaker_found_without_accents(proceedings):
    picker = proceedings.composer.picker
    picker.setFocus()
    type_text(picker, "x")  # one letter is not taken on its own: the list is offered
    assert picker.finder.shown_texts() == ["Lê Thị Thanh Xuân — Tỉnh ủy viên, Giám đốc Sở GDĐT"]
    press(picker, Qt.Key.Key_Return)
    assert picker.text() == "Lê Thị Thanh Xuân"
    assert picker.speaker() == ("a1", None)


def test_speaker_matching_folds_accents_and_đ():
    people = load_people()
    assert [a.name for a in speaker_matches(people, "dang khoa")] == ["Phạm Đăng Khoa"]
    assert [a.name for a in speaker_matches(people, "HA NGOC")] == ["Hà Ngọc Đào"]
    assert [a.name for a in speaker_matches(people, "giam doc")] == ["Lê Thị Thanh Xuân"]
    assert speaker_matches(people, "zzz") == []


def load_people():
    from secretary_app.domain.model import Attendee
    return [Attendee("a1", "Lê Thị Thanh Xuân", "Giám đốc Sở GDĐT"),
            Attendee("a2", "Phạm Đăng Khoa", "Chủ tịch Hội Khuyến học tỉnh"),
            Attendee("a3", "Hà Ngọc Đào", "Chủ tịch Hội Cựu giáo chức tỉnh")]


def test_ctrl_enter_records_the_opinion_with_the_time(main_window, proceedings):
    composer = proceedings.composer
    type_text(composer.picker, "kho")  # the first unique prefix is taken without Enter
    before = dt.datetime.now().strftime("%H:%M")
    type_text(composer.box, SPEECH)
    press(composer.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    after = dt.datetime.now().strftime("%H:%M")
    last = stored(main_window).opinions[-1]
    assert (last.text, last.speaker) == (SPEECH, "a2")
    assert last.at in (before, after)
    assert composer.box.toPlainText() == ""
    assert load_draft(main_window.store.db, main_window.current_meeting_id(), "opinion") is None
    assert proceedings.model.rows[-1].text == SPEECH


def test_closing_mid_typing_keeps_the_text(qtbot, app_store, db_path):
    window = open_window(qtbot, app_store)
    page = window.open_meeting(app_store.seed_id, "proceedings")
    page.agenda.view.selectRow(1)
    type_text(page.composer.picker, "dao")
    press(page.composer.picker, Qt.Key.Key_Return)
    type_text(page.composer.box, "Ý kiến đang gõ dở của Hội Cựu giáo chức")
    window.close()  # no wait: closing stores what is in flight
    reopened = open_store(db_path)
    try:
        again = open_window(qtbot, reopened)
        composer = again.editor.pages["proceedings"].composer
        assert again.current_meeting_id() == app_store.seed_id
        assert composer.box.toPlainText() == "Ý kiến đang gõ dở của Hội Cựu giáo chức"
        assert composer.picker.speaker() == ("a3", None)
        assert again.editor.pages["proceedings"].agenda.current_key() == "g2"
        again.close()
    finally:
        reopened.close()


def test_draft_reaches_the_disk_within_a_second_without_closing(qtbot, app_store, db_path):
    window = open_window(qtbot, app_store)
    page = window.open_meeting(app_store.seed_id, "proceedings")
    type_text(page.composer.box, "Gõ liên tục")
    other = open_store(db_path)  # another connection, as a new process after a crash would
    try:
        qtbot.waitUntil(lambda: (load_draft(other.db, app_store.seed_id, "opinion") or
                                 type("D", (), {"text": ""})).text == "Gõ liên tục", timeout=1000)
    finally:
        other.close()


def test_undo_restores_a_deleted_opinion(qtbot, main_window, proceedings):
    before = stored(main_window).opinions
    proceedings.view.selectRow(1)
    focus(qtbot, proceedings.view)
    press(proceedings.view, Qt.Key.Key_Delete)
    assert [o.id for o in stored(main_window).opinions] == [before[0].id] + [
        o.id for o in before[2:]]
    main_window.named_actions["undo"].trigger()
    after = stored(main_window).opinions
    assert [(o.id, o.key, o.text, o.speaker) for o in after] == [
        (o.id, o.key, o.text, o.speaker) for o in before]
    main_window.named_actions["redo"].trigger()
    assert len(stored(main_window).opinions) == len(before) - 1


def test_opinions_edit_in_place_and_reorder_with_undo(qtbot, main_window, proceedings):
    ids = [o.id for o in stored(main_window).opinions]
    proceedings.view.selectRow(0)
    focus(qtbot, proceedings.view)
    press(proceedings.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert [o.id for o in stored(main_window).opinions] == [ids[1], ids[0], *ids[2:]]
    proceedings.model.setData(proceedings.model.index(0, 2), "Sửa lại: ngắn gọn")
    assert stored(main_window).opinions[0].text == "Sửa lại: ngắn gọn"
    main_window.named_actions["undo"].trigger()
    main_window.named_actions["undo"].trigger()
    assert [o.id for o in stored(main_window).opinions] == ids
    assert "Sửa lại" not in stored(main_window).opinions[1].text


def test_opinion_becomes_a_conclusion(main_window, proceedings):
    count = len(stored(main_window).conclusions)
    proceedings.view.selectRow(2)
    proceedings.to_conclusion()
    conclusions = stored(main_window).conclusions
    assert len(conclusions) == count + 1
    assert conclusions[-1].text == stored(main_window).opinions[2].text
    main_window.named_actions["undo"].trigger()
    assert len(stored(main_window).conclusions) == count


def test_vote_sentence_is_shown_live_and_recorded(main_window, proceedings):
    votes = proceedings.votes
    type_text(votes.subject, "Thông qua kế hoạch năm học")
    votes.in_favor.setValue(10)
    votes.against.setValue(1)
    votes.eligible.setValue(11)
    expected = vote_sentence(Vote(subject="", in_favor=10, against=1, eligible=11))
    assert votes.sentence.text() == expected
    assert "90,91%" in expected
    votes.record_button.click()
    vote = stored(main_window).votes[-1]
    assert (vote.subject, vote.in_favor, vote.against, vote.eligible) == (
        "Thông qua kế hoạch năm học", 10, 1, 11)
    assert votes.list.count() == 1


def test_agenda_items_added_and_new_opinions_belong_to_the_selected_one(main_window, proceedings):
    type_text(proceedings.agenda.entry, "Nội dung thứ ba: các vấn đề khác")
    press(proceedings.agenda.entry, Qt.Key.Key_Return)
    agenda = stored(main_window).agenda
    assert agenda[-1].title == "Nội dung thứ ba: các vấn đề khác"
    type_text(proceedings.composer.box, "Không có ý kiến khác.")
    proceedings.composer.record()
    assert stored(main_window).opinions[-1].agenda == agenda[-1].key


def test_ctrl_e_goes_to_the_speaker_picker(qtbot, main_window):
    main_window.activateWindow()
    main_window.named_actions["newOpinion"].trigger()
    page = main_window.editor.pages["proceedings"]
    assert main_window.editor.current_page_name() == "proceedings"
    qtbot.waitUntil(lambda: page.composer.picker.hasFocus(), timeout=1000)


def test_finalised_minutes_are_shown_read_only(qtbot, main_window):
    from secretary_app.storage.finalise import finalise_meeting, reopen_meeting
    meeting_id = main_window.current_meeting_id()
    finalise_meeting(main_window.store, meeting_id)
    live = main_window.show_page("proceedings")
    assert not live.composer.isEnabled() and not live.votes.isEnabled()
    before = stored(main_window).opinions
    live.view.selectRow(0)
    live.delete_selected()
    live.move_row(0, 2)
    assert live.to_conclusion() is None
    assert stored(main_window).opinions == before
    attendees = main_window.editor.pages["attendees"]
    assert not attendees.entry.isEnabled()
    assert attendees.paste_list("Nguyễn Văn Mới") == 0
    info = main_window.editor.pages["info"]
    assert info.title_edit.isReadOnly()
    reopen_meeting(main_window.store, meeting_id, "Sửa lỗi chính tả")
    assert live.composer.isEnabled() and not info.title_edit.isReadOnly()


def test_speaker_of_a_recorded_opinion_can_be_changed(main_window, proceedings):
    model = proceedings.model
    model.setData(model.index(0, 1), ("a2", None))
    assert stored(main_window).opinions[0].speaker == "a2"
    model.setData(model.index(0, 1), (None, "Khách mời: ông Trần Văn Khách"))
    first = stored(main_window).opinions[0]
    assert (first.speaker, first.speaker_label) == (None, "Khách mời: ông Trần Văn Khách")
    assert model.index(0, 1).data() == "Khách mời: ông Trần Văn Khách"
    main_window.named_actions["undo"].trigger()
    assert stored(main_window).opinions[0].speaker == "a2"


def test_speaker_cell_editor_offers_the_attendees(main_window, proceedings):
    view, model = proceedings.view, proceedings.model
    index = model.index(1, 1)
    delegate = view.itemDelegateForColumn(1)
    editor = delegate.createEditor(view.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Hà Ngọc Đào"
    assert "Phạm Đăng Khoa" in [editor.itemText(i) for i in range(editor.count())]
    editor.setCurrentText("Phạm Đăng Khoa")
    delegate.setModelData(editor, model, index)
    assert stored(main_window).opinions[1].speaker == "a2"


def test_vote_records_how_many_took_part(main_window, proceedings):
    votes = proceedings.votes
    type_text(votes.subject, "Biểu quyết thông qua Nghị quyết")
    votes.in_favor.setValue(430)
    votes.against.setValue(1)
    votes.abstain.setValue(1)
    votes.eligible.setValue(494)
    votes.took_part.setValue(432)
    assert "432/494 đại biểu tham gia biểu quyết, chiếm 87,45%" in votes.sentence.text()
    votes.record_button.click()
    assert stored(main_window).votes[-1].took_part == 432
    assert votes.took_part.value() == 0
