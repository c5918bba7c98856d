"""The Documents page drafts, previews and exports a resolution, a decision and an invitation;
editing a resolution's text never changes the minutes."""

from __future__ import annotations

import pytest

from secretary_app.documents.export import build_document, document_text
from secretary_app.domain.enums import DocumentKind
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.ui.pages.documents_page import DocumentsPage
from tests.ui.conftest import shown_page
from tests.ui.test_documents_page import pdf_text, sample_meeting

NQ, QD, GM = DocumentKind.RESOLUTION, DocumentKind.DECISION, DocumentKind.INVITATION


@pytest.fixture
def page(qtbot, store):
    meeting_id = create_meeting(store, sample_meeting())
    yield from shown_page(qtbot, store, DocumentsPage, meeting_id)


def stored(page):
    return load_meeting(page.store.db, page.meeting_id)


@pytest.mark.parametrize(("kind", "title"), [(NQ, "NGHỊ QUYẾT"), (QD, "QUYẾT ĐỊNH"),
                                              (GM, "GIẤY MỜI")])
def test_each_new_kind_has_a_tab_a_draft_and_a_preview(page, qtbot, kind, title):
    page.set_kind(kind)
    assert page.draft.isVisible()
    page.refresh_preview()
    text = pdf_text(page.preview.data)
    assert title in text
    if kind is not GM:
        assert "Giao nhiệm vụ năm học mới" in page.draft.articles.toPlainText()
        assert "Điều 1 ← kết luận 1" in page.draft.links.text()
    else:
        assert page.draft.invitees.isVisible() and not page.draft.articles.isVisible()


def test_editing_the_resolution_stores_it_and_leaves_the_minutes(page, qtbot):
    minutes = document_text(build_document(stored(page), DocumentKind.MINUTES))
    page.set_kind(NQ)
    page.draft.articles.setPlainText("Giao nhiệm vụ năm học mới\nNội dung thêm của điều 1.")
    page.draft.summary.setText("Về nhiệm vụ năm học 2024-2025")
    page.draft.summary.textEdited.emit("x")
    page.flush()
    content = stored(page).document(NQ).content
    assert content.summary == "Về nhiệm vụ năm học 2024-2025"
    assert content.articles[0].conclusion == 1  # the link survives the edit
    assert content.articles[0].text.endswith("Nội dung thêm của điều 1.")
    assert document_text(build_document(stored(page), DocumentKind.MINUTES)) == minutes
    page.refresh_preview()
    assert "Về nhiệm vụ năm học 2024-2025" in pdf_text(page.preview.data)
    page.undo_stack.undo()
    assert stored(page).document(NQ).content.summary.startswith("Về việc thực hiện kết luận")
    page.set_kind(DocumentKind.MINUTES)
    assert not page.draft.isVisible()


def test_export_of_a_decision_writes_word_and_pdf(page, tmp_path, monkeypatch):
    page.set_kind(QD)
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"qd.{fmt}")
    assert page.export("pdf") == tmp_path / "qd.pdf"
    assert "QUYẾT ĐỊNH:" in pdf_text((tmp_path / "qd.pdf").read_bytes())
    assert page.export("docx") == tmp_path / "qd.docx"


def test_invitation_tab_makes_one_invitation_per_invitee(page, qtbot, tmp_path, monkeypatch):
    from tests.documents.readback import pdf_reader

    page.set_kind(GM)
    box = page.draft.per_invitee
    assert box.isVisible() and not box.isChecked()
    invitees = ["Đồng chí Phạm Đăng Khoa, Chủ tịch Hội Khuyến học tỉnh", "Trường THPT Lê Lợi"]
    page.draft.invitees.setPlainText("\n".join(invitees))
    page.flush()
    box.setChecked(True)  # kept with the drafted text at once, one undo step
    assert stored(page).document(GM).content.per_invitee
    page.refresh_preview()
    pages = [p.extract_text() for p in pdf_reader(page.preview.data).pages]
    assert len(pages) == len(invitees)
    for invitee, text in zip(invitees, pages, strict=True):
        assert invitee in " ".join(text.split()) and text.lower().count("kính mời") == 1
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"gm.{fmt}")
    assert page.export("pdf") == tmp_path / "gm.pdf"
    assert len(pdf_reader((tmp_path / "gm.pdf").read_bytes()).pages) == len(invitees)
    page.undo_stack.undo()
    assert not stored(page).document(GM).content.per_invitee
    page.set_kind(NQ)
    assert not page.draft.per_invitee.isVisible()


def test_resolution_tab_stays_editable_on_finalised_minutes(page, qtbot):
    """Finalising locks the minutes and the notice; the resolution is drafted afterwards."""
    from secretary_app.storage.finalise import content_hash, finalise_meeting, finalised_hash

    finalise_meeting(page.store, page.meeting_id)
    page.set_kind(DocumentKind.MINUTES)
    assert not page.form.isEnabled()
    page.set_kind(NQ)
    assert page.draft.isVisible() and page.draft.isEnabled() and page.form.isEnabled()
    page.draft.summary.setText("Về nhiệm vụ sau khi chốt biên bản")
    page.draft.summary.textEdited.emit("x")
    page.flush()
    assert page.errors == []
    assert stored(page).document(NQ).content.summary == "Về nhiệm vụ sau khi chốt biên bản"
    page.refresh_preview()
    assert "Về nhiệm vụ sau khi chốt biên bản" in pdf_text(page.preview.data)
    assert content_hash(page.store.db, page.meeting_id) == finalised_hash(page.store.db,
                                                                          page.meeting_id)
    page.set_kind(DocumentKind.NOTICE)
    assert not page.form.isEnabled()
