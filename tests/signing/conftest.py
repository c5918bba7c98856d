"""Fixtures of the signing tests: a throw-away CA, signers' .p12 files, the seed minutes as PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary_app.documents.export import build_document, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from tests.conftest import SEED_PATH
from tests.signing import pki

FIXTURES = Path(__file__).parent / "fixtures"
SIGNATURE_PNG = FIXTURES / "signature-blue.png"
SEAL_PNG = FIXTURES / "seal-red.png"
PASSWORD = "mật-khẩu-thử"


@pytest.fixture(scope="session")
def ca():
    return pki.make_ca()


@pytest.fixture(scope="session")
def person(ca):
    return pki.issue(ca, "Lê Thị Thanh Xuân", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk")


@pytest.fixture(scope="session")
def pki_dir(tmp_path_factory, ca, person):
    """trust/ca.pem, signer.p12 (PASSWORD), expired.p12 (PASSWORD)."""
    folder = tmp_path_factory.mktemp("pki")
    (folder / "trust").mkdir()
    (folder / "trust" / "ca.pem").write_bytes(ca.pem())
    pki.write_p12(folder / "signer.p12", person, ca, PASSWORD)
    pki.write_p12(folder / "expired.p12", pki.issue(ca, "Người Hết Hạn", expired=True), ca,
                  PASSWORD)
    return folder


@pytest.fixture(scope="session")
def minutes_pdf(tmp_path_factory) -> Path:
    """The seed meeting's minutes, exported as PDF."""
    import json

    from secretary_app.domain.package import parse_package

    meeting = parse_package(json.loads(SEED_PATH.read_text(encoding="utf-8")))
    path = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    path.write_bytes(to_pdf_bytes(build_document(meeting, DocumentKind.MINUTES)))
    return path


@pytest.fixture(scope="session")
def p12_signer(pki_dir):
    from secretary_app.signing.credentials import p12_signer

    return p12_signer(pki_dir / "signer.p12", PASSWORD)


def append_text_update(data: bytes) -> bytes:
    """The PDF with an incremental update that adds text to page 1 (what a forger would do)."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    raw = page.raw_get("/Contents")
    contents = list(raw.get_object()) if isinstance(raw.get_object(), generic.ArrayObject) \
        else [raw]
    extra = generic.StreamObject(stream_data=b"BT /F1 14 Tf 100 100 Td (KHONG DONG Y) Tj ET")
    page["/Contents"] = generic.ArrayObject([*contents, writer.add_object(extra)])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
