"""A throw-away certificate authority and signers' certificates, made with `cryptography`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.UTC)


@dataclass
class Issued:
    """A key and its certificate."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _name(common: str, organisation: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(parts)


def make_ca(common: str = "CA thử nghiệm secretary-app") -> Issued:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name(common)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(NOW - dt.timedelta(days=30))
            .not_valid_after(NOW + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return Issued(key, cert)


def issue(ca: Issued, common: str, organisation: str | None = None, days: int = 365,
          expired: bool = False, timestamping: bool = False) -> Issued:
    """A signer's (or a timestamping authority's) certificate from the CA (expired: its
    validity ended yesterday)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = NOW - dt.timedelta(days=400 if expired else 1)
    end = NOW - dt.timedelta(days=1) if expired else NOW + dt.timedelta(days=days)
    cert = (x509.CertificateBuilder().subject_name(_name(common, organisation))
            .issuer_name(ca.cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_cert_sign=False, crl_sign=False,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]
                                                 if timestamping else
                                                 [ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=timestamping)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca.key.public_key()), critical=False)
            .sign(ca.key, hashes.SHA256()))
    return Issued(key, cert)


def write_p12(path: Path, who: Issued, ca: Issued, password: str) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        b"signer", who.key, who.cert, [ca.cert],
        serialization.BestAvailableEncryption(password.encode()))
    path.write_bytes(data)
    return path


def write_key_der(path: Path, who: Issued) -> Path:
    path.write_bytes(who.key.private_bytes(serialization.Encoding.DER,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return path


def write_cert_der(path: Path, who: Issued) -> Path:
    path.write_bytes(who.cert.public_bytes(serialization.Encoding.DER))
    return path
