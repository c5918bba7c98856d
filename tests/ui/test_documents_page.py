"""The Documents page: signer, recipients and Lưu line stored, live preview, export, print."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import docx
import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from secretary_app.domain.enums import DocumentKind, Role, TaskStatus
from secretary_app.domain.model import Attendee, Conclusion, Meeting, Organization, Task
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.ui.pages import document_output as module
from secretary_app.ui.pages.documents_page import DocumentsPage
from tests.ui.conftest import shown_page


def sample_meeting() -> Meeting:
    return Meeting(
        title="Họp giao ban tháng 10", date=dt.date(2024, 10, 16), chair="a1", secretary="a2",
        organization=Organization(name="Sở Giáo dục và Đào tạo", parent_name="UBND tỉnh Lào Cai",
                                  abbreviation="SGDĐT", place_name="Lào Cai"),
        attendees=[Attendee("a1", "Lê Thị Thanh Xuân", "Giám đốc", role=Role.CHAIR),
                   Attendee("a2", "Phạm Minh Đức", "Chuyên viên", role=Role.SECRETARY)],
        conclusions=[Conclusion("Giao nhiệm vụ năm học mới", tasks=[
            Task("Phòng GDTrH-GDTX", "Tham mưu kế hoạch", status=TaskStatus.OPEN),
            Task("Văn phòng Sở", "Tổng hợp"), Task("Phòng GDTrH-GDTX", "Báo cáo")])])


@pytest.fixture
def page(qtbot, store):
    meeting_id = create_meeting(store, sample_meeting())
    yield from shown_page(qtbot, store, DocumentsPage, meeting_id)


def documents(page):
    return load_meeting(page.store.db, page.meeting_id).documents


def pdf_text(data: bytes) -> str:
    if not data:
        return ""
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def fill_signer(page, authority, authority_title, title, name):
    form = page.form
    form.authority.setCurrentIndex(form.authority.findData(authority))
    form.authority_title.setText(authority_title)
    form.title.setText(title)
    form.name.setText(name)


def test_notice_offers_the_assignees_and_stores_signer_recipients_and_archive(page):
    page.set_kind(DocumentKind.NOTICE)
    assert page.form.recipients.toPlainText() == "Phòng GDTrH-GDTX\nVăn phòng Sở"
    assert documents(page) == []  # nothing stored just by looking
    fill_signer(page, "TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình")
    page.form.recipients.setPlainText("- Ban Giám đốc Sở;\nPhòng GDTrH-GDTX\n\n<Đơn vị> & “khác”")
    page.form.archive.setText("Lưu: VT, VP.")
    page._typed()
    page.flush()
    (notice,) = documents(page)
    assert notice.kind is DocumentKind.NOTICE and notice.number is None
    assert (notice.signer.authority.value, notice.signer.authority_title, notice.signer.title,
            notice.signer.name) == ("TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình")
    assert notice.recipients == ["Ban Giám đốc Sở;", "Phòng GDTrH-GDTX", "<Đơn vị> & “khác”"]
    assert notice.archive == "VT, VP"
    page.undo_stack.undo()
    assert documents(page) == []
    page.undo_stack.redo()
    assert documents(page)[0].signer.name == "Nguyễn Văn Bình"


def test_minutes_edits_update_the_row_and_undo_in_one_step(page):
    page.set_kind(DocumentKind.MINUTES)
    page.form.recipients.setPlainText("Ban Giám đốc Sở")
    page._typed()
    page.flush()
    row_id = documents(page)[0].id
    for typed in ("Các phòng", "Các phòng thuộc Sở"):
        page.form.archive.setText(typed)
        page._typed()
        page.flush()
    (minutes,) = documents(page)
    assert (minutes.id, minutes.kind, minutes.signer, minutes.archive) == (
        row_id, DocumentKind.MINUTES, None, "Các phòng thuộc Sở")
    page.undo_stack.undo()
    assert documents(page)[0].archive == ""
    assert page.form.archive.text() == ""


def test_preview_shows_the_pdf_with_what_is_typed(page, qtbot):
    page.set_kind(DocumentKind.NOTICE)
    fill_signer(page, "KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Lan")
    page._typed()
    qtbot.waitUntil(lambda: "Hoàng Thị Lan" in pdf_text(page.preview.data), timeout=5000)
    assert page.preview.page_count() > 0
    text = pdf_text(page.preview.data)
    assert "KT. GIÁM ĐỐC" in text and "Văn phòng Sở;" in text


def test_a_registered_document_shows_its_number_and_keeps_its_signer(page):
    page.set_kind(DocumentKind.NOTICE)
    fill_signer(page, "", "", "GIÁM ĐỐC", "Lê Thị Thanh Xuân")
    page._typed()
    page.flush()
    issue_meeting_document(page.store, page.meeting_id, DocumentKind.NOTICE, dt.date(2024, 10, 18))
    page.reload()
    assert page.form.number.text().startswith("Số: ")
    assert "/TB-SGDĐT" in page.form.number.text()
    assert not page.form.signer_box.isEnabled()
    page.form.recipients.setPlainText("Các phòng thuộc Sở")  # still editable after issue
    page._typed()
    page.flush()
    assert documents(page)[0].recipients == ["Các phòng thuộc Sở"] and not page.errors


def test_export_writes_word_and_pdf(page, tmp_path, monkeypatch):
    page.set_kind(DocumentKind.NOTICE)
    fill_signer(page, "TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình")
    page._typed()
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"thong-bao.{fmt}")
    word = page.export("docx")
    pdf = page.export("pdf")
    assert word == tmp_path / "thong-bao.docx" and pdf == tmp_path / "thong-bao.pdf"
    paragraphs = docx.Document(str(word)).paragraphs
    tables = docx.Document(str(word)).tables
    cells = [c.text for t in tables for row in t.rows for c in row.cells]
    everything = "\n".join([p.text for p in paragraphs] + cells)
    assert "Nguyễn Văn Bình" in everything and "- Phòng GDTrH-GDTX;" in everything
    assert "Giao nhiệm vụ năm học mới" in everything
    assert "Nguyễn Văn Bình" in pdf_text(pdf.read_bytes())
    assert documents(page)[0].recipients == ["Phòng GDTrH-GDTX", "Văn phòng Sở"]  # stored
    opened = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl", opened.append)
    page.open_folder_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_export_error_is_reported_and_nothing_written(page, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "bien-ban.pdf"
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: target)
    assert page.export("pdf") is None
    assert len(page.errors) == 1 and "không tồn tại" in page.errors[0]
    assert not target.parent.exists()
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: None)  # dialog cancelled
    assert page.export("docx") is None and len(page.errors) == 1


def test_print_sends_every_page_to_the_printer(page, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(page, "ask_printer", pdf_printer)
    pages = page.print_document()
    assert pages == page.preview.page_count() > 0
    assert len(pypdf.PdfReader(str(out)).pages) == pages


def test_finalised_meeting_locks_the_form_and_logs_exports(page, tmp_path, monkeypatch):
    from secretary_app.storage.finalise import audit_log, finalise_meeting

    finalise_meeting(page.store, page.meeting_id)
    assert not page.form.isEnabled()
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bb.{fmt}")
    assert page.export("pdf") == tmp_path / "bb.pdf"
    page.set_kind(DocumentKind.NOTICE)  # its offered recipients cannot be stored now
    assert page.export("docx") == tmp_path / "bb.docx"
    assert page.errors == [] and documents(page) == []
    assert "- Văn phòng Sở;" in "\n".join(c.text for t in docx.Document(str(tmp_path / "bb.docx"))
                                           .tables for r in t.rows for c in r.cells)
    actions = [e.action for e in audit_log(page.store.db, page.meeting_id)]
    assert actions == ["finalise", "export", "export"]


def test_save_dialog_suggests_a_name_and_adds_the_extension(page, tmp_path, monkeypatch):
    asked = []

    def dialog(parent, title, suggested, filters):
        asked.append((suggested, filters))
        return tmp_path / "ban-in"

    monkeypatch.setattr(module.messages, "ask_save_path", dialog)
    page.export_folder = tmp_path
    assert page.ask_export_path("docx") == tmp_path / "ban-in.docx"
    assert asked == [(str(tmp_path / "Biên bản - Họp giao ban tháng 10 16-10-2024.docx"),
                      "Tài liệu Word (*.docx)")]


def test_export_without_a_signer_warns_and_prints_the_placeholder(page, tmp_path, monkeypatch):
    page.set_kind(DocumentKind.NOTICE)
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"tb.{fmt}")
    path = page.export("pdf")
    assert path is not None and "chưa có người ký" in page.status.text()
    assert "…………" in pdf_text(path.read_bytes())
    fill_signer(page, "TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình")
    page._typed()
    page.export("pdf")
    assert "chưa có người ký" not in page.status.text()


def test_finalised_minutes_print_the_frozen_profile_and_carry_a_stamp(page, tmp_path,
                                                                     monkeypatch):
    import dataclasses

    from secretary_app.documents.file_stamp import read_stamp
    from secretary_app.storage.finalise import audit_log, finalise_meeting, finalised_hash
    from secretary_app.storage.organizations import get_organization, save_organization

    finalise_meeting(page.store, page.meeting_id)
    org = get_organization(page.store.db, load_meeting(page.store.db, page.meeting_id)
                           .organization.id)
    save_organization(page.store, dataclasses.replace(org, place_name="Sa Pa"))
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bb.{fmt}")
    out = page.export("pdf")
    text = pdf_text(out.read_bytes())
    assert "Lào Cai, ngày" in text and "Sa Pa" not in text
    stamp = read_stamp(out)
    assert stamp["content_sha256"] == finalised_hash(page.store.db, page.meeting_id)
    [line] = [e for e in audit_log(page.store.db, page.meeting_id) if e.action == "export"]
    assert line.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


def test_export_of_finalised_minutes_changed_behind_the_app_is_refused(page, tmp_path,
                                                                       monkeypatch):
    from secretary_app.storage.finalise import finalise_meeting

    finalise_meeting(page.store, page.meeting_id)
    db = page.store.db
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'lock_tasks_%'") \
            .fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.execute("UPDATE tasks SET description = 'Việc khác'")
    asked = []
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: asked.append(fmt))
    assert page.export("docx") is None
    assert asked == [] and len(page.errors) == 1
    assert page.errors[0].startswith("Không xuất được tệp: Biên bản đã chốt của cuộc họp")


def test_every_document_tab_is_seen_whole_in_a_1366_window(qtbot, main_window):
    """On a 1366×768 laptop, the five kinds' tabs are all readable (no scroll arrows, no 'Nghị q')."""
    main_window.resize(1366, 768)
    page = main_window.show_page("documents")
    qtbot.waitUntil(lambda: page.tabs.width() > 0, timeout=1000)
    tabs = page.tabs
    assert tabs.count() == 5
    assert all(tabs.rect().contains(tabs.tabRect(i)) for i in range(tabs.count()))


def test_page_one_comes_first_then_the_whole_document(qtbot, main_window):
    from secretary_app.ui.render_warmup import warm_renderer

    warm_renderer()
    page = main_window.show_page("documents")
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=2000)
    first = page.preview.page_count()
    qtbot.waitUntil(lambda: page.preview.page_count() > first, timeout=3000)
    assert first == 1 and page.preview.page_count() >= 2
