"""Acceptance: a whole meeting driven through the window's widgets, then the database file and
the exported minutes are reopened and everything is found in them."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secretary_app.domain.enums import DocumentKind, Role
from secretary_app.domain.model import Vote
from secretary_app.domain.vietnamese import date_words, vote_sentence
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import load_meeting

from .conftest import focus, open_window, press, type_text

TITLE = "Họp giao ban tháng 12 năm 2024"
NAMES = ["Nguyễn Thị Ánh Tuyết", "Trần Đức Thịnh", "Y Điêng Êban", "Lò Văn Mười",
         "Đặng Hữu Nghĩa", "Võ Thị Hồng Nhung"]
OPINIONS = [("tuyet", "Đề nghị các phòng hoàn thành báo cáo quý IV trước ngày 20/12."),
            ("thinh", "Phòng GDTrH gặp khó khăn về biên chế; đề nghị Sở hỗ trợ <gấp> & sớm."),
            ("eban", "Thống nhất với dự thảo kế hoạch, bổ sung chỉ tiêu “Đơn vị học tập” 😀.")]
VOTE = Vote(subject="Thông qua kế hoạch năm 2025", in_favor=5, against=1, abstain=0, eligible=6)
CONCLUSIONS = [
    ("Thống nhất thông qua kế hoạch công tác năm 2025.",
     ("Văn phòng Sở", "Hoàn thiện kế hoạch, trình ký ban hành", "31/12/2024")),
    ("Giao Phòng GDTrH-GDTX rà soát biên chế các trường.",
     ("Phòng GDTrH-GDTX", "Báo cáo nhu cầu biên chế", "Quý I/2025")),
    ("Các phòng tiếp tục xây dựng “Đơn vị học tập”.",
     ("Phòng Tổ chức cán bộ", "Hướng dẫn tiêu chí đánh giá", "Thường xuyên")),
]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def create_meeting_from_menu(qtbot, window) -> int:
    window.named_actions["newMeeting"].trigger()
    info = window.editor.pages["info"]
    qtbot.waitUntil(info.title_edit.hasFocus, timeout=2000)
    info.title_edit.selectAll()
    type_text(info.title_edit, TITLE)
    info.flush()
    return window.current_meeting_id()


def add_attendees(qtbot, window) -> None:
    page = window.show_page("attendees")
    focus(qtbot, page.entry.name_edit)
    for name in NAMES:
        type_text(page.entry.name_edit, name)
        press(page.entry.name_edit, Qt.Key.Key_Return)
    page.view.selectRow(0)
    page.mark_selected(Role.CHAIR)
    page.view.selectRow(5)
    page.mark_selected(Role.SECRETARY)


def record_opinions_and_vote(qtbot, window) -> None:
    page = window.show_page("proceedings")
    composer = page.composer
    for letters, text in OPINIONS:
        focus(qtbot, composer.picker)
        for ch in letters:  # as a person does: until the picker takes the name and moves on
            if composer.picker.hasFocus():
                type_text(composer.picker, ch)
        if composer.picker.hasFocus():
            press(composer.picker, Qt.Key.Key_Return)
        assert composer.box.hasFocus()
        type_text(composer.box, text)
        press(composer.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    votes = page.votes
    type_text(votes.subject, VOTE.subject)
    votes.in_favor.setValue(VOTE.in_favor)
    votes.against.setValue(VOTE.against)
    votes.abstain.setValue(VOTE.abstain)
    votes.eligible.setValue(VOTE.eligible)
    votes.record_button.click()


def add_conclusions(qtbot, window) -> None:
    press(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_page_name() == "conclusions"
    page = window.editor.pages["conclusions"]
    qtbot.waitUntil(page.tree.hasFocus, timeout=1000)  # the keyboard lands in the outline
    for text, (assignee, description, deadline) in CONCLUSIONS:
        press(page.tree, Qt.Key.Key_K, CTRL_SHIFT)
        type_text(page.editor.text, text)
        press(page.editor.text, Qt.Key.Key_T, CTRL_SHIFT)
        form = page.editor.task_form
        type_text(form.assignee, assignee)
        type_text(form.description, description)
        type_text(form.deadline, deadline)
        press(form.deadline, Qt.Key.Key_Escape)  # stores the task, back to the outline
        assert page.tree.hasFocus()


def export_minutes(window, tmp_path, monkeypatch):
    page = window.show_page("documents")
    page.set_kind(DocumentKind.MINUTES)
    type_text(page.form.recipients, "Ban Giám đốc Sở;\nCác phòng thuộc Sở;")
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bien-ban.{fmt}")
    page.export_pdf_action.trigger()
    page.export_docx_action.trigger()
    return tmp_path / "bien-ban.pdf", tmp_path / "bien-ban.docx"


def words(text: str) -> str:
    """Text with every run of white space made one space (PDF lines wrap anywhere)."""
    return " ".join(text.split())


def docx_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return words("\n".join([p.text for p in document.paragraphs] + cells))


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return words("\n".join(page.extract_text() for page in reader.pages))


def test_a_whole_meeting_typed_through_the_window(qtbot, app_store, db_path, tmp_path,
                                                   monkeypatch):
    window = open_window(qtbot, app_store)
    meeting_id = create_meeting_from_menu(qtbot, window)
    add_attendees(qtbot, window)
    record_opinions_and_vote(qtbot, window)
    add_conclusions(qtbot, window)
    pdf, word = export_minutes(window, tmp_path, monkeypatch)
    window.close()

    reopened = open_store(db_path)
    try:
        meeting = load_meeting(reopened.db, meeting_id)
    finally:
        reopened.close()
    assert meeting.title == TITLE and meeting.date == dt.date.today()
    assert [a.name for a in meeting.attendees] == NAMES
    assert meeting.attendee(meeting.chair).name == NAMES[0]
    assert meeting.attendee(meeting.secretary).name == NAMES[5]
    assert [(meeting.attendee(o.speaker).name, o.text) for o in meeting.opinions] == [
        (NAMES[0], OPINIONS[0][1]), (NAMES[1], OPINIONS[1][1]), (NAMES[2], OPINIONS[2][1])]
    (vote,) = meeting.votes
    assert (vote.subject, vote.in_favor, vote.against, vote.abstain, vote.eligible) == (
        VOTE.subject, 5, 1, 0, 6)
    assert [c.text for c in meeting.conclusions] == [c[0] for c in CONCLUSIONS]
    tasks = [(t.assignee, t.description, t.deadline, t.deadline_text)
             for c in meeting.conclusions for t in c.tasks]
    assert tasks == [("Văn phòng Sở", "Hoàn thiện kế hoạch, trình ký ban hành",
                      dt.date(2024, 12, 31), ""),
                     ("Phòng GDTrH-GDTX", "Báo cáo nhu cầu biên chế", None, "Quý I/2025"),
                     ("Phòng Tổ chức cán bộ", "Hướng dẫn tiêu chí đánh giá", None,
                      "Thường xuyên")]
    assert meeting.document(DocumentKind.MINUTES).recipients == ["Ban Giám đốc Sở;",
                                                                 "Các phòng thuộc Sở;"]

    expected = [*NAMES, *(text for _, text in OPINIONS), vote_sentence(VOTE),
                "Biểu quyết thông qua kế hoạch năm 2025", *(c[0] for c in CONCLUSIONS),
                *(c[1][0] for c in CONCLUSIONS), *(c[1][1] for c in CONCLUSIONS),
                "Quý I/2025", "Thường xuyên", date_words(dt.date(2024, 12, 31)),
                "- Ban Giám đốc Sở;", "- Các phòng thuộc Sở;", "BIÊN BẢN"]
    for name, text in (("DOCX", docx_text(word)), ("PDF", pdf_text(pdf))):
        missing = [e for e in expected if words(e) not in text]
        assert not missing, f"{name} lacks {missing}"
