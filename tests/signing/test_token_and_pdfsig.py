"""A real PKCS#11 token (SoftHSM2) signs; poppler's pdfsig, with the test CA in an NSS database,
agrees that the signatures are valid and trusted."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from secretary_app.signing import SigningError
from secretary_app.signing.sign import SignOptions, sign_file
from secretary_app.signing.validate import validate
from tests.signing import pki, softhsm
from tests.signing.conftest import SEAL_PNG, SIGNATURE_PNG

needs_softhsm = pytest.mark.skipif(
    softhsm.module_path() is None,
    reason="softhsm2/opensc not installed (bash .ci/system-packages.sh signing installs them)")
needs_pdfsig = pytest.mark.skipif(
    not (shutil.which("pdfsig") and shutil.which("certutil")),
    reason="pdfsig/certutil not installed (bash .ci/system-packages.sh signing installs them)")


@pytest.fixture(scope="module")
def token(tmp_path_factory, ca):
    """A SoftHSM2 token holding the body's key ("Văn thư", Sở GD&ĐT) in slot 0."""
    if softhsm.module_path() is None:
        pytest.skip("softhsm2 not installed")
    body = pki.issue(ca, "Văn thư Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk")
    env = softhsm.make_token(tmp_path_factory.mktemp("token"), body, ca)
    before = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = env["SOFTHSM2_CONF"]  # read when the module is initialised
    yield env
    if before is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = before


def _token_signer():
    from secretary_app.signing.credentials import token_signer

    return token_signer(softhsm.module_path(), 0, softhsm.USER_PIN)


@needs_softhsm
def test_the_person_with_a_p12_then_the_body_with_a_token(token, minutes_pdf, p12_signer,
                                                          pki_dir, tmp_path):
    person = sign_file(minutes_pdf, tmp_path / "person.pdf", p12_signer,
                       SignOptions(signer_image=SIGNATURE_PNG))
    with _token_signer() as signer:
        both = sign_file(person, tmp_path / "both.pdf", signer, SignOptions(seal_image=SEAL_PNG))
    reports = validate(both, pki_dir / "trust")
    assert [(r.signer, r.ok) for r in reports] == [
        ("Lê Thị Thanh Xuân", True), ("Văn thư Sở Giáo dục và Đào tạo", True)]


@needs_softhsm
def test_wrong_pin_and_missing_token_are_clear(token, tmp_path):
    from secretary_app.signing.credentials import pkcs11_session

    with pytest.raises(SigningError, match="mã PIN của token không đúng"):
        pkcs11_session(softhsm.module_path(), 0, "000000")
    with pytest.raises(SigningError, match="không thấy token ở khe 7"):
        pkcs11_session(softhsm.module_path(), 7, softhsm.USER_PIN)
    with pytest.raises(SigningError, match="không tìm thấy thư viện PKCS#11"):
        pkcs11_session(str(tmp_path / "missing.so"), 0, softhsm.USER_PIN)


@needs_softhsm
def test_cli_signs_with_the_token_and_fails_cleanly_on_a_wrong_pin(token, minutes_pdf, tmp_path):
    from tests.conftest import run_cli

    pin = tmp_path / "pin.txt"
    pin.write_text(softhsm.USER_PIN + "\n", encoding="utf-8")
    out = tmp_path / "signed.pdf"
    args = ["sign", str(minutes_pdf), "--pkcs11", softhsm.module_path(), "--slot", "0",
            "--seal-image", str(SEAL_PNG), "-o", str(out)]
    with _environ(SOFTHSM2_CONF=token["SOFTHSM2_CONF"]):
        done = run_cli(*args, "--pin-file", str(pin))
        assert done.returncode == 0, done.stderr
        assert out.is_file()
        out.unlink()
        with _environ(SECRETARY_APP_PIN="999999"):
            wrong = run_cli(*args)
    assert wrong.returncode == 1
    assert "mã PIN của token không đúng" in wrong.stderr and "Traceback" not in wrong.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pin.txt"]  # no partial file


@needs_pdfsig
def test_pdfsig_finds_valid_signatures_from_the_test_ca(minutes_pdf, p12_signer, ca, tmp_path):
    body_p12 = pki.write_p12(tmp_path / "body.p12", pki.issue(ca, "Văn thư", "Sở GD&ĐT"), ca,
                             "pw")
    from secretary_app.signing.credentials import p12_signer as load

    person = sign_file(minutes_pdf, tmp_path / "p.pdf", p12_signer,
                       SignOptions(signer_image=SIGNATURE_PNG))
    signed = sign_file(person, tmp_path / "signed.pdf", load(body_p12, "pw"),
                       SignOptions(seal_image=SEAL_PNG))
    nss = _nss_db(tmp_path / "nss", ca)
    done = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(signed)], capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.count("Signature Validation: Signature is Valid.") == 2, done.stdout
    assert done.stdout.count("Certificate Validation: Certificate is Trusted.") == 2
    assert "Signer Certificate Common Name: Lê Thị Thanh Xuân" in done.stdout
    assert "ETSI.CAdES.detached" in done.stdout


def _nss_db(folder, ca):
    folder.mkdir()
    (folder / "ca.pem").write_bytes(ca.pem())
    subprocess.run(["certutil", "-N", "-d", f"sql:{folder}", "--empty-password"], check=True,
                   capture_output=True, timeout=60)
    subprocess.run(["certutil", "-A", "-d", f"sql:{folder}", "-n", "test-ca", "-t", "CT,C,C",
                    "-i", str(folder / "ca.pem")], check=True, capture_output=True, timeout=60)
    return folder


class _environ:
    """Set environment variables for a block (run_cli copies os.environ)."""

    def __init__(self, **values: str):
        self.values = values
        self.before: dict[str, str | None] = {}

    def __enter__(self):
        for key, value in self.values.items():
            self.before[key] = os.environ.get(key)
            os.environ[key] = value

    def __exit__(self, *exc):
        for key, value in self.before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
