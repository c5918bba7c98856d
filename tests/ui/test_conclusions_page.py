"""The Conclusions page: conclusions, sub-items and tasks stored at once, reordered, undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.enums import TaskStatus
from secretary_app.domain.model import Attendee, Meeting, Organization
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.ui.pages.conclusion_fields import DeadlineError, parse_deadline
from secretary_app.ui.pages.conclusions_page import ConclusionsPage
from tests.ui.conftest import shown_page

ODD_TEXT = "Giao Phòng GDTrH-GDTX <chủ trì> & “phối hợp” 😀\nDòng hai"


@pytest.fixture
def page(qtbot, store):
    meeting = Meeting(title="Họp giao ban", date=dt.date(2024, 10, 16),
                      organization=Organization(name="Sở Giáo dục và Đào tạo"),
                      attendees=[Attendee(key="a1", name="Trần Thị Hoa",
                                          organization="Phòng Kế hoạch - Tài chính")])
    meeting_id = create_meeting(store, meeting)
    yield from shown_page(qtbot, store, ConclusionsPage, meeting_id,
                          today=lambda: dt.date(2025, 1, 15))


def stored(page):
    """The page's meeting as the database holds it now."""
    return load_meeting(page.store.db, page.meeting_id)


def type_text(page, text):
    """Type into the text editor of the selected conclusion or sub-item and store it."""
    page.editor.text.setPlainText(text)
    page.flush()


def add_conclusions(page, *texts):
    for text in texts:
        page.add_conclusion_action.trigger()
        type_text(page, text)


def test_conclusions_are_stored_numbered_and_survive_odd_text(page):
    add_conclusions(page, "Thống nhất kế hoạch", ODD_TEXT, "Giao Văn phòng tổng hợp")
    assert [c.text for c in stored(page).conclusions] == [
        "Thống nhất kế hoạch", ODD_TEXT, "Giao Văn phòng tổng hợp"]
    assert page.tree.labels() == ["1. Thống nhất kế hoạch",
                                  "2. Giao Phòng GDTrH-GDTX <chủ trì> & “phối hợp” 😀",
                                  "3. Giao Văn phòng tổng hợp"]


def test_typing_is_stored_after_a_short_pause_and_on_leaving(page, qtbot):
    page.add_conclusion_action.trigger()
    page.editor.text.setFocus()
    qtbot.keyClicks(page.editor.text, "Ket luan")
    qtbot.waitUntil(lambda: stored(page).conclusions[0].text == "Ket luan", timeout=3000)
    page.editor.text.appendPlainText("them")
    page.tree.setFocus()
    qtbot.waitUntil(lambda: stored(page).conclusions[0].text == "Ket luan\nthem", timeout=3000)


def test_keyboard_adds_sub_items_and_tasks_and_reorders(page, qtbot):
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    type_text(page, "Giao Phòng GDTrH-GDTX tham mưu:")
    for text in ("Triển khai Thông tư 24", "Triển khai Thông tư 25"):
        page.tree.setFocus()
        qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
        type_text(page, text)
    assert page.tree.labels()[1:] == ["a) Triển khai Thông tư 24", "b) Triển khai Thông tư 25"]
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [i.text for i in stored(page).conclusions[0].items] == [
        "Triển khai Thông tư 25", "Triển khai Thông tư 24"]
    assert page.tree.labels()[1:] == ["a) Triển khai Thông tư 25", "b) Triển khai Thông tư 24"]
    page.undo_stack.undo()
    assert [i.text for i in stored(page).conclusions[0].items] == [
        "Triển khai Thông tư 24", "Triển khai Thông tư 25"]


def fill_task(page, assignee, description, coordinating="", deadline="", status=None):
    form = page.editor.task_form
    form.assignee.setText(assignee)
    form.description.setPlainText(description)
    form.coordinating.setText(coordinating)
    form.deadline.setText(deadline)
    if status is not None:
        form.status.setCurrentIndex(form.status.findData(status.value))
    page.flush()


def test_tasks_store_assignee_deadline_wording_and_status(page):
    add_conclusions(page, "Giao nhiệm vụ")
    page.add_task_action.trigger()
    assert page.editor.task_form.assignee.hasFocus()
    fill_task(page, "Phòng Kế hoạch - Tài chính", "Lập dự toán", "Văn phòng, Phòng GDTrH",
              "31/12/2024")
    page.add_task_action.trigger()
    fill_task(page, "Văn phòng", "Theo dõi", deadline="Quý IV/2025", status=TaskStatus.DONE)
    first, second = stored(page).conclusions[0].tasks
    assert (first.assignee, first.description, first.coordinating, first.deadline,
            first.deadline_text, first.status) == (
        "Phòng Kế hoạch - Tài chính", "Lập dự toán", "Văn phòng, Phòng GDTrH",
        dt.date(2024, 12, 31), "", TaskStatus.OPEN)
    assert (second.deadline, second.deadline_text, second.status) == (
        None, "Quý IV/2025", TaskStatus.DONE)
    labels = page.tree.labels()
    assert "quá hạn" in labels[1] and "31/12/2024" in labels[1]  # past its date, still open
    assert "đã hoàn thành" in labels[2] and "Quý IV/2025" in labels[2]


def test_a_deadline_that_is_no_date_is_not_stored(page):
    add_conclusions(page, "Giao nhiệm vụ")
    page.add_task_action.trigger()
    fill_task(page, "Văn phòng", "Báo cáo", deadline="31/02/2025")
    task = stored(page).conclusions[0].tasks[0]
    assert (task.assignee, task.deadline, task.deadline_text) == ("Văn phòng", None, "")
    assert page.editor.task_form.deadline_error.text()
    assert page.editor.task_form.deadline.text() == "31/02/2025"  # kept for the user to fix


def test_assignee_completion_offers_known_units(page):
    add_conclusions(page, "Giao nhiệm vụ")
    page.add_task_action.trigger()
    model = page.editor.task_form.assignee.completer().model()
    assert "Phòng Kế hoạch - Tài chính" in model.stringList()


def test_delete_conclusion_with_everything_under_it_and_undo(page):
    add_conclusions(page, "Một", "Hai")
    page.tree.select_node(page.tree.parent_conclusion(page.tree.current_node()))
    page.add_item_action.trigger()
    type_text(page, "Ý a")
    page.add_task_action.trigger()
    fill_task(page, "Văn phòng", "Việc", deadline="Thường xuyên")
    before = stored(page).conclusions
    page.tree.setCurrentItem(page.tree.topLevelItem(1))
    page.tree.setFocus()
    page.delete_action.trigger()
    assert [c.text for c in stored(page).conclusions] == ["Một"]
    assert page.store.db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0
    assert page.tree.labels() == ["1. Một"]
    page.undo_stack.undo()
    assert stored(page).conclusions == before  # same ids, texts, sub-items and tasks
    page.undo_stack.redo()
    assert [c.text for c in stored(page).conclusions] == ["Một"]


def test_reorder_conclusions_renumbers_and_undo_restores(page, qtbot):
    add_conclusions(page, "Một", "Hai", "Ba")
    page.tree.setFocus()
    page.move_up_action.trigger()
    page.move_up_action.trigger()
    assert [c.text for c in stored(page).conclusions] == ["Ba", "Một", "Hai"]
    assert page.tree.labels() == ["1. Ba", "2. Một", "3. Hai"]
    page.move_down_action.trigger()
    assert [c.text for c in stored(page).conclusions] == ["Một", "Ba", "Hai"]
    for _ in range(3):
        page.undo_stack.undo()
    assert [c.text for c in stored(page).conclusions] == ["Một", "Hai", "Ba"]


def test_typing_undoes_in_one_step_and_delete_undo_keeps_earlier_edits_working(page):
    add_conclusions(page, "Kết")
    type_text(page, "Kết luận")
    type_text(page, "Kết luận cuối")
    page.tree.setFocus()
    page.delete_action.trigger()
    assert stored(page).conclusions == []
    page.undo_stack.undo()  # the conclusion comes back with its id
    page.undo_stack.undo()  # so the typing can still be undone on it
    assert stored(page).conclusions[0].text == ""
    assert page.editor.text.toPlainText() == ""
    page.undo_stack.redo()
    assert page.editor.text.toPlainText() == "Kết luận cuối"


def test_a_refused_write_is_reported_and_not_kept_for_undo(page):
    add_conclusions(page, "Một")
    page.store.db.execute("CREATE TRIGGER locked BEFORE UPDATE ON conclusions "
                          "BEGIN SELECT RAISE(ABORT, 'Biên bản đã chốt'); END")
    steps = page.undo_stack.count()
    type_text(page, "Sửa sau khi chốt")
    assert page.errors == ["Biên bản đã chốt"]
    assert page.undo_stack.count() == steps
    assert stored(page).conclusions[0].text == "Một"
    assert page.editor.text.toPlainText() == "Một"


@pytest.mark.parametrize("typed, expected", [
    ("5/1/2025", (dt.date(2025, 1, 5), "")), ("2025-01-05", (dt.date(2025, 1, 5), "")),
    (" Thường xuyên ", (None, "Thường xuyên")), ("", (None, "")),
])
def test_parse_deadline(typed, expected):
    assert parse_deadline(typed) == expected


def test_parse_deadline_refuses_impossible_dates():
    with pytest.raises(DeadlineError):
        parse_deadline("30/02/2024")


def test_finalised_meeting_keeps_texts_but_follows_up_task_status(page):
    from secretary_app.storage.finalise import finalise_meeting

    add_conclusions(page, "Giao nhiệm vụ")
    page.add_task_action.trigger()
    fill_task(page, "Văn phòng", "Báo cáo", deadline="31/12/2024")
    finalise_meeting(page.store, page.meeting_id)
    assert not page.add_conclusion_action.isEnabled() and not page.delete_action.isEnabled()
    form = page.editor.task_form
    assert form.assignee.isReadOnly() and form.description.isReadOnly()
    form.status.setCurrentIndex(form.status.findData(TaskStatus.DONE.value))
    page.flush()
    assert stored(page).conclusions[0].tasks[0].status is TaskStatus.DONE
    assert page.errors == []
    page.undo_stack.undo()
    assert stored(page).conclusions[0].tasks[0].status is TaskStatus.OPEN


def test_show_row_selects_a_conclusion(page):
    add_conclusions(page, "Một", "Hai")
    first = stored(page).conclusions[0].id
    page.show_row(first)
    assert page.editor.text.toPlainText() == "Một"


def test_coordinating_units_complete_the_unit_after_the_last_comma(page):
    add_conclusions(page, "Giao nhiệm vụ")
    page.add_task_action.trigger()
    line = page.editor.task_form.coordinating
    completer = line.completer()
    line.setText("Văn phòng, kế hoạch")
    assert completer.splitPath(line.text()) == ["kế hoạch"]
    model = completer.model()
    row = model.stringList().index("Phòng Kế hoạch - Tài chính")
    assert completer.pathFromIndex(model.index(row, 0)) == "Văn phòng, Phòng Kế hoạch - Tài chính"
