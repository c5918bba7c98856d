"""Ký số on the Documents page: the exported PDF is signed with a .p12, the result is shown."""

from __future__ import annotations

import pytest

from secretary_app.signing.credentials import Credentials
from secretary_app.storage.meetings import create_meeting
from secretary_app.ui.dialogs.sign_dialog import SignChoice, SignDialog
from secretary_app.ui.pages.documents_page import DocumentsPage
from tests.signing.conftest import PASSWORD, SEAL_PNG, SIGNATURE_PNG, ca, person, pki_dir  # noqa: F401
from tests.ui.conftest import shown_page
from tests.ui.test_documents_page import sample_meeting


@pytest.fixture
def page(qtbot, store, pki_dir, monkeypatch):  # noqa: F811
    monkeypatch.setattr("secretary_app.signing.trust.default_trust_dir",
                        lambda: pki_dir / "trust")
    meeting_id = create_meeting(store, sample_meeting())
    yield from shown_page(qtbot, store, DocumentsPage, meeting_id)


def _choose(monkeypatch, pki_dir, out, secret=PASSWORD):  # noqa: F811
    choice = SignChoice(Credentials(p12=pki_dir / "signer.p12", secret=secret), SIGNATURE_PNG,
                        SEAL_PNG, out)
    monkeypatch.setattr(SignDialog, "ask", classmethod(lambda cls, parent, source: choice))


def test_sign_the_exported_pdf_and_show_both_valid_signatures(page, pki_dir, tmp_path,  # noqa: F811
                                                              monkeypatch):
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bien-ban.{fmt}")
    exported = page.export("pdf")
    shown = []
    monkeypatch.setattr(page, "show_signature_report", shown.append)
    _choose(monkeypatch, pki_dir, tmp_path / "bien-ban-da-ky.pdf")
    page.sign_action.trigger()
    signed = tmp_path / "bien-ban-da-ky.pdf"
    assert signed.read_bytes().startswith(exported.read_bytes())
    assert len(shown) == 1 and shown[0].count(": HỢP LỆ") == 2
    assert "Lê Thị Thanh Xuân" in shown[0]
    assert page.status.text().startswith("Mọi chữ ký số đều hợp lệ")
    assert not page.errors


def test_a_wrong_password_is_reported_and_nothing_is_written(page, pki_dir, tmp_path,  # noqa: F811
                                                             monkeypatch):
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bien-ban.{fmt}")
    page.export("pdf")
    _choose(monkeypatch, pki_dir, tmp_path / "signed.pdf", secret="sai")
    assert page.sign_pdf() is None
    assert len(page.errors) == 1 and "mật khẩu" in page.errors[0]
    assert not any(p.name.startswith(("signed", ".signed")) for p in tmp_path.iterdir())


def test_checking_an_unsigned_file_says_so(page, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bien-ban.{fmt}")
    exported = page.export("pdf")
    monkeypatch.setattr(page, "ask_pdf", lambda title: exported)
    shown = []
    monkeypatch.setattr(page, "show_signature_report", shown.append)
    assert page.check_signatures() is False
    assert shown and shown[0].startswith("Tệp không có chữ ký số")


def test_a_token_without_its_library_is_reported(page, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / f"bien-ban.{fmt}")
    page.export("pdf")
    choice = SignChoice(Credentials(module="", secret="123456"), None, SEAL_PNG,
                        tmp_path / "signed.pdf")
    monkeypatch.setattr(SignDialog, "ask", classmethod(lambda cls, parent, source: choice))
    assert page.sign_pdf() is None
    assert len(page.errors) == 1 and "thư viện PKCS#11" in page.errors[0]
    assert not (tmp_path / "signed.pdf").exists()
