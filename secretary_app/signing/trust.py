"""The trust list: a folder of root (and intermediate) certificates the user trusts."""

from __future__ import annotations

from pathlib import Path

from secretary_app.paths import user_data_dir

SUFFIXES = {".pem", ".crt", ".cer", ".der"}


def default_trust_dir() -> Path:
    """<user data folder>/trusted-roots (paths.user_data_dir): copy the root certificates of your CA (e.g. the Ban Cơ yếu
    Chính phủ's root, or a licensed public CA's) here."""
    return user_data_dir() / "trusted-roots"


def load_trust_roots(folder: Path | None) -> list:
    """Every certificate (PEM or DER, one or more per file) in the folder (asn1crypto)."""
    from asn1crypto import pem, x509

    folder = Path(folder) if folder else default_trust_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in SUFFIXES or not path.is_file():
            continue
        data = path.read_bytes()
        blocks = [der for _, _, der in pem.unarmor(data, multiple=True)] if pem.detect(data) \
            else [data]
        for der in blocks:
            try:
                cert = x509.Certificate.load(der)
                cert.native  # noqa: B018 - parse now: a broken file must not break validation
            except ValueError:
                continue
            found.append(cert)
    return found
