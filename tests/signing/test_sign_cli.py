"""`secretary-app sign` with a .p12 and `verify` on signed minutes: exit codes, messages, files."""

from __future__ import annotations

import os

import pytest

from tests.conftest import SEED_PATH, run_cli
from tests.signing.conftest import PASSWORD, SEAL_PNG, SIGNATURE_PNG, append_text_update


@pytest.fixture(scope="module")
def finalised_export(tmp_path_factory):
    """A database with the seed meeting finalised and its minutes exported as PDF."""
    folder = tmp_path_factory.mktemp("cli")
    db = folder / "x.db"
    for args in (["import", str(SEED_PATH)], ["finalise", "1"],
                 ["export", "1", "--document", "minutes", "--format", "pdf", "-o",
                  str(folder / "minutes.pdf")]):
        done = run_cli("--db", str(db), *args)
        assert done.returncode == 0, done.stderr
    return db, folder / "minutes.pdf"


def _sign(source, p12, out, pin_file, *extra):
    return run_cli("sign", str(source), "--p12", str(p12), "--pin-file", str(pin_file),
                   "--signer-image", str(SIGNATURE_PNG), "--seal-image", str(SEAL_PNG),
                   "-o", str(out), *extra)


def test_sign_then_verify_the_finalised_minutes(finalised_export, pki_dir, tmp_path):
    db, minutes = finalised_export
    pin = tmp_path / "pin"
    pin.write_text(PASSWORD, encoding="utf-8")
    signed = tmp_path / "signed.pdf"
    done = _sign(minutes, pki_dir / "signer.p12", signed, pin)
    assert done.returncode == 0, done.stderr
    verified = run_cli("--db", str(db), "verify", str(signed), "--trust-dir",
                       str(pki_dir / "trust"))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    out = verified.stdout
    assert "Chữ ký số:" in out and out.count(": hợp lệ") == 2
    assert "của Lê Thị Thanh Xuân (Sở Giáo dục và Đào tạo tỉnh Đắk Lắk), ký 20" in out
    assert "+07:00: hợp lệ" in out
    assert "[đạt] tệp là bản xuất đã ghi trong nhật ký, thêm 2 chữ ký số hợp lệ" in out
    assert "Kết luận: tệp được xác thực." in out and "KHÔNG ĐẠT" not in out
    assert verified.stderr == ""


def test_an_update_appended_after_signing_fails_verify(finalised_export, pki_dir, tmp_path):
    db, minutes = finalised_export
    pin = tmp_path / "pin"
    pin.write_text(PASSWORD, encoding="utf-8")
    signed = tmp_path / "signed.pdf"
    assert _sign(minutes, pki_dir / "signer.p12", signed, pin).returncode == 0
    signed.write_bytes(append_text_update(signed.read_bytes()))
    verified = run_cli("--db", str(db), "verify", str(signed), "--trust-dir",
                       str(pki_dir / "trust"))
    assert verified.returncode == 1
    assert "Kết luận: tệp KHÔNG được xác thực." in verified.stdout
    assert "tệp đã bị sửa sau khi ký" in verified.stdout
    assert "[KHÔNG ĐẠT] tệp là bản xuất đã ghi trong nhật ký, thêm 3 lần" in verified.stdout


def test_verify_fails_when_the_signature_is_not_trusted_or_the_file_changed(
        finalised_export, pki_dir, tmp_path):
    db, minutes = finalised_export
    pin = tmp_path / "pin"
    pin.write_text(PASSWORD, encoding="utf-8")
    signed = tmp_path / "signed.pdf"
    assert _sign(minutes, pki_dir / "signer.p12", signed, pin).returncode == 0
    untrusted = run_cli("--db", str(db), "verify", str(signed), "--trust-dir", str(tmp_path))
    assert untrusted.returncode == 1
    assert "[KHÔNG ĐẠT] chữ ký ChuKyNguoiCoThamQuyen2" in untrusted.stdout
    assert "gốc tin cậy" in untrusted.stdout
    data = bytearray(signed.read_bytes())
    data[data.index(b"/Title (") + 8] ^= 0x01
    signed.write_bytes(bytes(data))
    changed = run_cli("--db", str(db), "verify", str(signed), "--trust-dir",
                      str(pki_dir / "trust"))
    assert changed.returncode == 1 and "ĐÃ BỊ THAY ĐỔI" in changed.stdout


@pytest.mark.parametrize("p12, secret, message", [
    ("signer.p12", "sai-mat-khau", "mật khẩu tệp chứng thư số (.p12) không đúng"),
    ("expired.p12", PASSWORD, "chứng thư số đã hết hạn"),
])
def test_bad_credentials_fail_in_vietnamese_without_output(finalised_export, pki_dir, tmp_path,
                                                           p12, secret, message):
    _db, minutes = finalised_export
    out = tmp_path / "out" / "signed.pdf"
    out.parent.mkdir()
    os.environ["SECRETARY_APP_PIN"] = secret
    try:
        done = run_cli("sign", str(minutes), "--p12", str(pki_dir / p12), "-o", str(out))
    finally:
        del os.environ["SECRETARY_APP_PIN"]
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert list(out.parent.iterdir()) == []


def test_a_missing_input_is_bad_usage(tmp_path, pki_dir):
    done = run_cli("sign", str(tmp_path / "none.pdf"), "--p12", str(pki_dir / "signer.p12"),
                   "-o", str(tmp_path / "o.pdf"))
    assert done.returncode == 2 and "không tìm thấy tệp" in done.stderr
