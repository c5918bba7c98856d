"""The minutes print the tasks carried from earlier meetings under their agenda item, the same
in DOCX and PDF; a meeting without carried tasks prints nothing more."""

from __future__ import annotations

import datetime as dt
import functools

from secretary_app.documents.carried import carried_text
from secretary_app.documents.export import (
    build_document,
    document_text,
    to_docx_bytes,
    to_pdf_bytes,
)
from secretary_app.domain.enums import DocumentKind, TaskStatus
from secretary_app.domain.model import AgendaItem, CarriedTask, Meeting
from secretary_app.storage.followup_carry import CARRY_TITLE, carry_open_tasks
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.documents.doc_samples import fresh
from tests.documents.readback import docx_paragraphs, docx_text, norm, pdf_text

BB, TB = DocumentKind.MINUTES, DocumentKind.NOTICE
JAN = dt.date(2024, 9, 6)
LINES = [
    "- Phòng GDTrH-GDTX: Rà soát đội ngũ <giáo viên> & “nhân viên” 😀; thời hạn: 30/9/2024; "
    "tình trạng: quá hạn (Kết luận tại cuộc họp ngày 06/9/2024: Giao ban <tháng 9> & R&D).",
    "- Văn phòng Sở: Tổng hợp báo cáo quý IV; thời hạn: 31/12/2024; tình trạng: đã hoàn thành "
    "(Kết luận tại cuộc họp ngày 06/9/2024: Giao ban <tháng 9> & R&D).",
    "- Phòng KHTC: Kiểm tra trường chuẩn; thời hạn: Quý II/2025; tình trạng: đang thực hiện "
    "(Kết luận tại cuộc họp ngày 02/10/2024: Giao ban tháng 10).",
    "- Hội Khuyến học; tình trạng: hủy (Kết luận tại cuộc họp ngày 02/10/2024: Giao ban tháng 10).",
]


def carrying() -> Meeting:
    """The seed meeting with the carry item first and four tasks of two earlier meetings."""
    m = fresh("seed")
    m.agenda.insert(0, AgendaItem("g0", CARRY_TITLE))
    sept, octo = "Giao ban <tháng 9> & R&D", "Giao ban tháng 10"
    m.carried = [
        CarriedTask("Phòng GDTrH-GDTX", "Rà soát đội ngũ <giáo viên> & “nhân viên” 😀.",
                    dt.date(2024, 9, 30), "", TaskStatus.OPEN, JAN, sept, "g0"),
        CarriedTask("Văn phòng Sở", "Tổng hợp báo cáo quý IV", dt.date(2024, 12, 31), "",
                    TaskStatus.DONE, JAN, sept, "g0"),
        CarriedTask("Phòng KHTC", "Kiểm tra trường chuẩn", None, "Quý II/2025",
                    TaskStatus.OPEN, dt.date(2024, 10, 2), octo, "g0"),
        CarriedTask("Hội Khuyến học", "", None, "", TaskStatus.CANCELLED,
                    dt.date(2024, 10, 2), octo, "g0"),
    ]
    return m


@functools.cache
def texts(which: str, kind: DocumentKind = BB) -> tuple[str, str, str]:
    """(model, DOCX, PDF) text of a meeting's document, whitespace-normalised."""
    meeting = carrying() if which == "carrying" else fresh(which)
    document = build_document(meeting, kind)
    return (norm(document_text(document)), norm(docx_text(to_docx_bytes(document))),
            norm(pdf_text(to_pdf_bytes(document))))


def test_each_carried_task_is_one_line_with_its_source_meeting():
    meeting = carrying()
    assert [carried_text(t, meeting.date) for t in meeting.carried] == [
        line[2:] for line in LINES]


def test_minutes_docx_and_pdf_print_the_lines_under_the_carry_item():
    for where, text in zip(("model", "docx", "pdf"), texts("carrying"), strict=True):
        heading = text.index(CARRY_TITLE)
        places = [text.find(norm(line)) for line in LINES]
        assert all(p > heading for p in places), (where, places)
        assert places == sorted(places), where
        assert text.index(fresh("seed").agenda[0].title) > places[-1], where


def test_docx_lines_are_dash_paragraphs_of_their_own():
    paragraphs = [p.text for p in docx_paragraphs(to_docx_bytes(build_document(carrying(), BB)))]
    start = paragraphs.index(CARRY_TITLE)
    assert paragraphs[start + 1:start + 5] == LINES


def test_nothing_else_changes_and_the_notice_does_not_carry_them():
    with_tasks, without = texts("carrying")[0], texts("seed")[0]
    for line in LINES:
        with_tasks = with_tasks.replace(norm(line) + " ", "")
    first_item = fresh("seed").agenda[0].title  # the carry item is printed before it
    assert with_tasks == without.replace(f" {first_item} ", f" {CARRY_TITLE} {first_item} ", 1)
    assert "Kết luận tại cuộc họp" not in texts("carrying", TB)[0]


def test_meeting_without_carried_tasks_prints_nothing_extra():
    for text in texts("seed"):
        assert "tình trạng:" not in text and "Kết luận tại cuộc họp" not in text


def test_stored_meeting_prints_what_was_carried_into_it(store):
    seed = fresh("seed")
    create_meeting(store, Meeting("Giao ban tháng 9", JAN, seed.organization, conclusions=[
        *fresh("voting").conclusions[:1]]))
    mid = create_meeting(store, seed)
    carry_open_tasks(store, mid)
    loaded = load_meeting(store.db, mid)
    plain = load_meeting(store.db, create_meeting(store, fresh("seed")))
    assert len(loaded.carried) == 1
    text = norm(document_text(build_document(loaded, BB)))
    assert norm("- Phòng KHTC: Lập dự toán; thời hạn: 05/01/2025; tình trạng: đang thực hiện "
                "(Kết luận tại cuộc họp ngày 06/9/2024: Giao ban tháng 9).") in text
    assert document_text(build_document(plain, BB)) == document_text(build_document(seed, BB))
