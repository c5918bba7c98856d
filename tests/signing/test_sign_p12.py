"""Signing the seed minutes with a .p12 file: PAdES B-B, chain embedded, Decree 30 placement."""

from __future__ import annotations

import io

import pytest
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader

from secretary_app.signing import SigningError
from secretary_app.signing.credentials import p12_signer
from secretary_app.signing.rooms import signature_rooms
from secretary_app.signing.sign import SignOptions, sign_file, sign_pdf
from secretary_app.signing.validate import validate
from tests.signing.conftest import PASSWORD, SEAL_PNG, SIGNATURE_PNG, append_text_update


def _widgets(data: bytes) -> dict[str, tuple[float, ...]]:
    reader = PdfFileReader(io.BytesIO(data))
    return {sig.field_name: tuple(float(v) for v in sig.sig_field["/Rect"])
            for sig in reader.embedded_signatures}


def test_the_renderer_records_both_signature_rooms_of_the_minutes(minutes_pdf):
    reader = PdfFileReader(io.BytesIO(minutes_pdf.read_bytes()))
    rooms = signature_rooms(reader)
    assert len(rooms) == 2  # THƯ KÝ left, CHỦ TRÌ right
    left, right = rooms
    assert left.x1 <= right.x0 and left.page == right.page == reader.root["/Pages"]["/Count"] - 1
    assert right.height == pytest.approx(30 * 72 / 25.4, abs=0.5)  # frame.SIGNATURE_ROOM_MM


def test_signed_minutes_validate_and_place_images_as_decree_30_asks(minutes_pdf, p12_signer,
                                                                   pki_dir, tmp_path):
    out = sign_file(minutes_pdf, tmp_path / "signed.pdf", p12_signer,
                    SignOptions(signer_image=SIGNATURE_PNG, seal_image=SEAL_PNG))
    data = out.read_bytes()
    assert data.startswith(minutes_pdf.read_bytes())  # incremental: the export is untouched
    reports = validate(out, pki_dir / "trust")
    assert [r.field for r in reports] == ["ChuKyNguoiCoThamQuyen2", "ChuKyCoQuan2"]
    assert all(r.ok for r in reports), [r.lines() for r in reports]
    assert reports[0].signer == "Lê Thị Thanh Xuân"
    assert reports[0].organisation == "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"
    room = signature_rooms(PdfFileReader(io.BytesIO(data)))[1]
    widgets = _widgets(data)
    px0, py0, px1, py1 = widgets["ChuKyNguoiCoThamQuyen2"]
    # the person's image: centred between the title line and the name (inside the room)
    assert (px0 + px1) / 2 == pytest.approx((room.x0 + room.x1) / 2, abs=1)
    assert (py0 + py1) / 2 == pytest.approx((room.y0 + room.y1) / 2, abs=1)
    assert room.y0 <= py0 and py1 <= room.y1
    # the seal at real size (36 mm at the PNG's 150 dpi) over the left third of the image
    bx0, _by0, _bx1, by1 = widgets["ChuKyCoQuan2"]
    seal_width = 36 * 72 / 25.4
    assert bx0 == pytest.approx(px0 + (px1 - px0) / 3 - seal_width, abs=1.5)
    assert by1 == pytest.approx((py0 + py1) / 2 + seal_width / 2, abs=1.5)


def test_pades_baseline_b_with_the_chain_embedded(minutes_pdf, p12_signer, ca):
    data = sign_pdf(minutes_pdf.read_bytes(), p12_signer, SignOptions(signer_image=SIGNATURE_PNG))
    sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    embedded = {c.chosen.subject.native["common_name"] for c in sig.signed_data["certificates"]}
    assert ca.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value in embedded
    assert "CA thử nghiệm secretary-app" in embedded and "Lê Thị Thanh Xuân" in embedded
    attrs = {a["type"].native for a in sig.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in attrs and "signing_time" not in attrs  # B-B


def test_a_signature_from_an_untrusted_ca_is_reported(minutes_pdf, p12_signer, tmp_path):
    out = sign_file(minutes_pdf, tmp_path / "s.pdf", p12_signer, SignOptions())
    (report,) = validate(out, tmp_path / "empty-trust")
    assert report.intact and not report.trusted and not report.ok
    assert any("gốc tin cậy" in p for p in report.problems)


def test_one_changed_byte_is_reported(minutes_pdf, p12_signer, pki_dir, tmp_path):
    out = sign_file(minutes_pdf, tmp_path / "s.pdf", p12_signer,
                    SignOptions(signer_image=SIGNATURE_PNG))
    data = bytearray(out.read_bytes())
    at = data.index(b"/Title (") + len(b"/Title (")  # inside the signed bytes
    data[at] ^= 0x01
    out.write_bytes(bytes(data))
    (report,) = validate(out, pki_dir / "trust")
    assert not report.intact and not report.ok
    assert "ĐÃ BỊ THAY ĐỔI" in "\n".join(report.lines())


def test_an_incremental_update_that_alters_the_text_is_reported(minutes_pdf, p12_signer,
                                                                pki_dir, tmp_path):
    signed = sign_pdf(minutes_pdf.read_bytes(), p12_signer, SignOptions())
    out = tmp_path / "altered.pdf"
    out.write_bytes(append_text_update(signed))
    (report,) = validate(out, pki_dir / "trust")
    assert report.intact and report.changed_after and not report.ok
    assert "CÓ, tệp đã bị sửa sau khi ký" in "\n".join(report.lines())


def test_wrong_password_and_expired_certificate_leave_no_file(pki_dir, minutes_pdf, tmp_path):
    with pytest.raises(SigningError, match="mật khẩu .* không đúng"):
        p12_signer(pki_dir / "signer.p12", "sai")
    with pytest.raises(SigningError, match="chứng thư số đã hết hạn"):
        p12_signer(pki_dir / "expired.p12", PASSWORD)
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_pdf_is_refused_without_output(p12_signer, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(SigningError, match="không phải PDF"):
        sign_file(bad, tmp_path / "out.pdf", p12_signer, SignOptions())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.pdf"]


def test_the_notice_has_one_room_right_of_the_recipients(seed_meeting, p12_signer, tmp_path):
    from secretary_app.documents.export import build_document, to_pdf_bytes
    from secretary_app.domain.enums import DocumentKind

    data = to_pdf_bytes(build_document(seed_meeting, DocumentKind.NOTICE))
    (room,) = signature_rooms(PdfFileReader(io.BytesIO(data)))
    assert room.x0 > 72 * 2  # in the right column (the left one holds Nơi nhận)
    signed = sign_pdf(data, p12_signer, SignOptions(signer_image=SIGNATURE_PNG))
    assert list(_widgets(signed)) == ["ChuKyNguoiCoThamQuyen1"]


def test_images_on_a_pdf_without_rooms_are_refused_but_it_can_be_signed(p12_signer, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    other = tmp_path / "other.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(100, 700, "not from the app")
    canvas.save()
    with pytest.raises(SigningError, match="không có ô chữ ký"):
        sign_file(other, tmp_path / "out.pdf", p12_signer, SignOptions(seal_image=SEAL_PNG))
    assert not (tmp_path / "out.pdf").exists()
    signed = sign_pdf(other.read_bytes(), p12_signer, SignOptions())
    assert PdfFileReader(io.BytesIO(signed)).embedded_signatures[0].field_name == \
        "ChuKyNguoiCoThamQuyen1"


def test_every_document_kind_records_its_signature_rooms(seed_meeting):
    from secretary_app.documents.export import build_document, to_pdf_bytes
    from secretary_app.domain.enums import DocumentKind

    for kind in DocumentKind:
        data = to_pdf_bytes(build_document(seed_meeting, kind))
        rooms = signature_rooms(PdfFileReader(io.BytesIO(data)))
        assert len(rooms) == (2 if kind is DocumentKind.MINUTES else 1), kind
