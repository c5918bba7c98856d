"""The register dialog: issue, reserve, cancel, filter and export through its own widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document as load_docx
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.domain.model import Organization
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.register import register_document
from secretary_app.ui import messages
from secretary_app.ui.dialogs import register_dialog as rd
from secretary_app.ui.dialogs.organization_form import OrganizationForm
from secretary_app.ui.store_signals import StoreSignals


@pytest.fixture
def asked(monkeypatch):
    """Questions the dialog asks, each answered yes."""
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text)
                        or True)
    return questions


@pytest.fixture
def dialog(qtbot, seeded_store, errors, asked):
    signals = StoreSignals(seeded_store)
    dlg = rd.RegisterDialog(seeded_store, signals, seeded_store.seed_id)
    qtbot.addWidget(dlg)
    dlg.date.setDate(QDate(2024, 10, 20))
    yield dlg
    signals.detach()


def shown(dlg, column: int) -> list[str]:
    """The texts of one column of the table."""
    model = dlg.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_row(dlg, row: int) -> None:
    dlg.table.selectRow(row)


def test_issue_buttons_number_the_meeting_documents(dialog, errors, asked):
    dialog.buttons["minutes"].click()
    assert asked == ["Cấp số 01/BB-SGDĐT, ngày 20/10/2024 cho biên bản của cuộc họp này?\n\n"
                     "Số đã cấp không thu hồi được (chỉ có thể hủy số, có ghi lý do)."]
    assert shown(dialog, 0) == ["01/BB-SGDĐT"]
    assert shown(dialog, 1) == ["20/10/2024"]
    assert shown(dialog, 6) == ["Đã cấp"]
    doc = load_meeting(dialog.store.db, dialog.meeting_id).document(DocumentKind.MINUTES)
    assert (doc.number, doc.issued_on) == (1, dt.date(2024, 10, 20))
    dialog.buttons["minutes"].click()
    assert errors and "đã được cấp số 01/BB-SGDĐT" in errors[-1]
    assert shown(dialog, 0) == ["01/BB-SGDĐT"]


def test_reserve_then_use_the_reserved_number(dialog, errors, monkeypatch):
    monkeypatch.setattr(rd, "ask_kind", lambda *a: "TB")
    monkeypatch.setattr(rd, "ask_text", lambda *a, **k: "Thông báo kết luận")
    dialog.buttons["reserve"].click()
    dialog.buttons["minutes"].click()
    assert list(zip(shown(dialog, 0), shown(dialog, 6), strict=True)) == [
        ("01/TB-SGDĐT", "Giữ số"), ("02/BB-SGDĐT", "Đã cấp")]
    dialog.use_reserved.setChecked(True)
    dialog.buttons["notice"].click()
    assert errors == ["Hãy chọn một số đang giữ trong bảng."]
    select_row(dialog, 0)
    dialog.buttons["notice"].click()
    assert shown(dialog, 6) == ["Đã cấp", "Đã cấp"]
    assert load_meeting(dialog.store.db, dialog.meeting_id).document(
        DocumentKind.NOTICE).number == 1


def test_cancel_selected_with_a_reason(dialog, errors, monkeypatch):
    dialog.buttons["minutes"].click()
    dialog.buttons["cancel"].click()
    assert errors == ["Hãy chọn một số trong bảng."]
    monkeypatch.setattr(rd, "ask_text", lambda *a, **k: "Sai ngày ký")
    select_row(dialog, 0)
    dialog.buttons["cancel"].click()
    assert (shown(dialog, 6), shown(dialog, 7)) == (["Đã hủy"], ["Sai ngày ký"])
    assert load_meeting(dialog.store.db, dialog.meeting_id).document(
        DocumentKind.MINUTES).number is None
    assert dialog.buttons["minutes"].isEnabled()


def test_filters_by_year_kind_and_status(dialog, monkeypatch):
    org_id = dialog.organization().id
    register_document(dialog.store, org_id, "BC", "Báo cáo năm 2023", dt.date(2023, 12, 1))
    dialog.buttons["minutes"].click()
    dialog.buttons["notice"].click()
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == [
        "Tất cả", "2024", "2023"]
    dialog.year.setCurrentIndex(dialog.year.findData(2024))
    assert shown(dialog, 0) == ["01/BB-SGDĐT", "02/TB-SGDĐT"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("TB"))
    assert shown(dialog, 0) == ["02/TB-SGDĐT"]
    dialog.kind.setCurrentIndex(0)
    dialog.year.setCurrentIndex(0)
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    assert shown(dialog, 0) == []
    dialog.status.setCurrentIndex(0)
    assert shown(dialog, 0) == ["01/BC-SGDĐT", "01/BB-SGDĐT", "02/TB-SGDĐT"]


def test_export_writes_the_rows_shown(dialog, monkeypatch, tmp_path):
    dialog.buttons["minutes"].click()
    for fmt in ("xlsx", "docx", "pdf"):
        target = tmp_path / f"so.{fmt}"
        monkeypatch.setattr(messages, "ask_save_path", lambda *a, t=target: t)
        dialog.buttons[fmt].click()
        assert target.exists()
    values = [c.value for row in load_workbook(tmp_path / "so.xlsx").active.iter_rows()
              for c in row]
    assert "01/BB-SGDĐT" in values
    docx_cells = [c.text for t in load_docx(tmp_path / "so.docx").tables
                  for row in t.rows for c in row.cells]
    assert "01/BB-SGDĐT" in docx_cells
    assert "01/BB-SGDĐT" in PdfReader(tmp_path / "so.pdf").pages[0].extract_text()


def test_without_a_meeting_issuing_is_disabled(qtbot, seeded_store):
    signals = StoreSignals(seeded_store)
    dlg = rd.RegisterDialog(seeded_store, signals, None)
    qtbot.addWidget(dlg)
    assert not dlg.buttons["minutes"].isEnabled() and not dlg.buttons["notice"].isEnabled()
    assert dlg.organization().abbreviation == "SGDĐT"
    assert dlg.model.rowCount() == 0
    assert dlg.model.headerData(0, Qt.Orientation.Horizontal) == "Số, ký hiệu"
    signals.detach()


def test_tools_menu_opens_the_register_for_the_open_meeting(main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(rd.RegisterDialog, "exec",
                        lambda self: opened.append((self.meeting_id, self.parent())) or 0)
    action = main_window.named_actions["registerBook"]
    assert action in main_window.menus["tools"].actions()
    assert action.text().replace("&", "") == "Sổ đăng ký văn bản đi"
    action.trigger()
    assert opened == [(main_window.current_meeting_id(), main_window)]


def test_profile_form_edits_numbering_and_committee_term(qtbot):
    party = Organization(name="CHI BỘ VĂN PHÒNG", abbreviation="CB", style=DocumentStyle.PARTY,
                         term_start=dt.date(2020, 10, 1), id=3)
    form = OrganizationForm(party)
    qtbot.addWidget(form)
    assert form.term_start.isEnabled() and not form.numbering.isEnabled()
    assert form.organization().term_start == dt.date(2020, 10, 1)
    form.term_start.setDate(QDate(2025, 9, 20))
    assert (form.organization().term_start, form.organization().id) == (dt.date(2025, 9, 20), 3)
    form.style_box.setCurrentIndex(form.style_box.findData(DocumentStyle.STATE))
    form.numbering.setCurrentIndex(form.numbering.findData("per_kind"))
    assert form.numbering.isEnabled() and not form.term_start.isEnabled()
    assert form.organization().numbering == "per_kind"
    fresh = OrganizationForm()
    qtbot.addWidget(fresh)
    fresh.name.setText("SỞ Y TẾ")
    assert (fresh.organization().numbering, fresh.organization().term_start) == ("shared", None)


def test_issue_declined_gives_no_number(dialog, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    dialog.buttons["notice"].click()
    assert shown(dialog, 0) == []
    doc = load_meeting(dialog.store.db, dialog.meeting_id).document(DocumentKind.NOTICE)
    assert doc is None or doc.number is None


def test_resolution_decision_and_invitation_get_numbers_too(dialog, errors, asked):
    for name in ("resolution", "decision", "invitation"):
        dialog.buttons[name].click()
    assert asked[0].startswith("Cấp số 01/NQ-SGDĐT, ngày 20/10/2024 cho nghị quyết")
    assert "cho giấy mời" in asked[2]
    # one shared series (the profile's default): the numbers follow each other
    assert sorted(shown(dialog, 0)) == ["01/NQ-SGDĐT", "02/QĐ-SGDĐT", "03/GM-SGDĐT"]
    meeting = load_meeting(dialog.store.db, dialog.meeting_id)
    for kind in (DocumentKind.RESOLUTION, DocumentKind.DECISION, DocumentKind.INVITATION):
        doc = meeting.document(kind)
        assert doc.number is not None and doc.content is not None  # issued with its text
    assert errors == []


def test_a_long_meeting_title_takes_a_row_not_a_column(qtbot, dialog):
    """Five issue buttons next to the title squeezed it to one word a line, taller than the table."""
    title = "Họp đánh giá tình hình thực hiện Chương trình số 55/CTrPH phối hợp giữa Sở " * 3
    dialog.meeting_label.setText(title)
    dialog.resize(1100, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.meeting_label.width() > dialog.width() * 0.8
    assert dialog.meeting_label.height() < dialog.table.height()
