"""A real PKCS#11 software token (SoftHSM2) in a temporary folder, holding a signer's key."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.signing import pki

MODULE_PATHS = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                "/usr/local/lib/softhsm/libsofthsm2.so", "/usr/lib64/pkcs11/libsofthsm2.so")
USER_PIN = "123456"
SO_PIN = "12345678"


def module_path() -> str | None:
    """The SoftHSM2 module, or None when softhsm2 is not installed."""
    found = next((p for p in MODULE_PATHS if Path(p).is_file()), None)
    if found is None or not shutil.which("softhsm2-util") or not shutil.which("pkcs11-tool"):
        return None
    return found


def make_token(folder: Path, who: pki.Issued, ca: pki.Issued) -> dict[str, str]:
    """Initialise a token in folder, import the key, its certificate and the CA's (as USB tokens
    hold them); returns the environment (SOFTHSM2_CONF) under which the token is in slot 0."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n", encoding="utf-8")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    _run(["softhsm2-util", "--init-token", "--free", "--label", "secretary-test",
          "--pin", USER_PIN, "--so-pin", SO_PIN], env)
    module = module_path()
    for kind, path, ident, label in (
            ("privkey", pki.write_key_der(folder / "key.der", who), "01", "signer"),
            ("cert", pki.write_cert_der(folder / "cert.der", who), "01", "signer"),
            ("cert", pki.write_cert_der(folder / "ca.der", ca), "02", "ca")):
        _run(["pkcs11-tool", "--module", module, "--login", "--pin", USER_PIN,
              "--write-object", str(path), "--type", kind, "--id", ident, "--label", label], env)
    return env


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stderr or done.stdout}")
