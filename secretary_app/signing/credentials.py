"""The signer's key and certificate: a .p12/.pfx file or a PKCS#11 token (USB token, SoftHSM)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from secretary_app.signing.errors import SigningError


@dataclass(frozen=True)
class Credentials:
    """Where the key is: a .p12 file, or a PKCS#11 module and slot; the password or PIN."""

    p12: Path | None = None
    module: str | None = None
    slot: int = 0
    secret: str | None = field(default=None, repr=False)
    cert_label: str | None = None


def open_signer(credentials: Credentials) -> AbstractContextManager:
    """`with open_signer(c) as signer:` a pyHanko signer (a token is logged out afterwards)."""
    if credentials.p12 is not None:
        return nullcontext(p12_signer(credentials.p12, credentials.secret))
    if not credentials.module:
        raise SigningError("chưa chọn tệp chứng thư số (.p12) hoặc thư viện PKCS#11 của token")
    return token_signer(credentials.module, credentials.slot, credentials.secret,
                        credentials.cert_label)


def p12_signer(path: Path, password: str | None):
    """A pyHanko signer from a PKCS#12 file; wrong password or damaged file: SigningError."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    try:
        data = Path(path).read_bytes()
    except OSError:
        raise SigningError(f"không đọc được tệp chứng thư số: {path}") from None
    secret = password.encode("utf-8") if password else None
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        raise SigningError("mật khẩu tệp chứng thư số (.p12) không đúng, hoặc tệp bị hỏng") from None
    if key is None or cert is None:
        raise SigningError(f"tệp {path} không chứa khóa bí mật và chứng thư số của người ký")
    signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=secret)
    if signer is None:
        raise SigningError(f"không dùng được tệp chứng thư số: {path}")
    check_validity(signer.signing_cert)
    return signer


def pkcs11_session(module: str, slot: int, pin: str | None):
    """An open session on the token in `slot` of the PKCS#11 module, logged in with the PIN."""
    import pkcs11.exceptions as p11
    from pyhanko.sign.pkcs11 import open_pkcs11_session

    if not Path(module).is_file():
        raise SigningError(f"không tìm thấy thư viện PKCS#11 của token: {module}")
    if not pin:
        raise SigningError("chưa nhập mã PIN của token")
    try:
        return open_pkcs11_session(str(module), slot_no=slot, user_pin=pin)
    except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
        raise SigningError("mã PIN của token không đúng") from None
    except p11.PinLocked:
        raise SigningError("token đã bị khóa do nhập sai PIN quá nhiều lần") from None
    except (p11.TokenNotPresent, p11.SlotIDInvalid, p11.NoSuchToken, p11.TokenNotRecognised):
        raise SigningError(f"không thấy token ở khe {slot}: hãy cắm token và thử lại") from None
    except p11.PKCS11Error as exc:
        if type(exc) is p11.PKCS11Error:  # pyHanko's own: no such slot, no token in it
            raise SigningError(f"không thấy token ở khe {slot}: hãy cắm token và thử lại") \
                from None
        raise SigningError(f"lỗi token PKCS#11: {type(exc).__name__}") from None
    except OSError:
        raise SigningError(f"không nạp được thư viện PKCS#11: {module}") from None


@contextmanager
def token_signer(module: str, slot: int, pin: str | None,
                 cert_label: str | None = None) -> Iterator[object]:
    """A signer on the token for the length of a with-block; the session is closed after it
    (which logs the token out)."""
    session = pkcs11_session(module, slot, pin)
    try:
        yield pkcs11_signer(session, cert_label)
    finally:
        session.close()


def pkcs11_signer(session, cert_label: str | None = None):
    """A pyHanko signer with the token's certificate (by label, else the first one that has a
    private key with the same id)."""
    from pyhanko.sign.pkcs11 import PKCS11Signer

    # other_certs_to_pull=None: every certificate on the token (the CA chain) is embedded
    if cert_label:
        signer = PKCS11Signer(session, cert_label=cert_label, key_label=cert_label,
                              other_certs_to_pull=None)
    else:
        key_id = _key_id(session)
        signer = PKCS11Signer(session, cert_id=key_id, key_id=key_id, other_certs_to_pull=None)
    try:
        cert = signer.signing_cert
    except Exception:  # noqa: BLE001 - pyHanko raises several kinds when nothing matches
        raise SigningError("không tìm thấy chứng thư số trên token") from None
    check_validity(cert)
    return signer


def _key_id(session) -> bytes:
    from pkcs11 import Attribute, ObjectClass

    keys = {k[Attribute.ID] for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
    for cert in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        if cert[Attribute.ID] in keys:
            return cert[Attribute.ID]
    raise SigningError("không tìm thấy chứng thư số kèm khóa bí mật trên token")


def check_validity(cert, now: datetime | None = None) -> None:
    """SigningError when the certificate (asn1crypto) has expired or is not valid yet."""
    now = now or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if now > end:
        raise SigningError(f"chứng thư số đã hết hạn từ {end.astimezone():%d/%m/%Y} "
                           f"({subject_name(cert)}): không ký được")
    if now < start:
        raise SigningError(f"chứng thư số chưa có hiệu lực (từ {start.astimezone():%d/%m/%Y})")


def subject_name(cert) -> str:
    """The certificate holder's common name (else the whole subject)."""
    native = cert.subject.native
    return native.get("common_name") or cert.subject.human_friendly


def organisation_name(cert) -> str:
    """The body's name on its certificate: organisation, else common name."""
    native = cert.subject.native
    return native.get("organization_name") or subject_name(cert)
