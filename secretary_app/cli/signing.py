"""The `sign` subcommand and the signatures part of `verify` (no Qt; registered by safety).

The p12 password or token PIN never goes on the command line: it comes from --pin-file (first
line), else the SECRETARY_APP_PIN environment variable, else a prompt on the terminal.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from secretary_app.cli import EXIT_FAILURE, EXIT_OK, CliError
from secretary_app.domain.verify_report import Check, Section

SIGNATURES_TITLE = "Chữ ký số"

PIN_ENV = "SECRETARY_APP_PIN"


def register(sub) -> None:
    """Add `sign` to the parser."""
    p = sub.add_parser("sign", help="ký số tệp PDF (PAdES) bằng tệp .p12 hoặc token PKCS#11")
    p.add_argument("file", type=Path, help="tệp PDF cần ký (bản đã xuất)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--p12", type=Path, help="tệp chứng thư số .p12/.pfx")
    source.add_argument("--pkcs11", metavar="THƯ-VIỆN", help="thư viện PKCS#11 của token (.so/.dll)")
    p.add_argument("--slot", type=int, default=0, help="khe của token (mặc định 0)")
    p.add_argument("--cert-label", help="nhãn chứng thư trên token (mặc định: chứng thư đầu tiên)")
    p.add_argument("--pin-file", type=Path, help="tệp chứa mật khẩu .p12 hoặc PIN (dòng đầu)")
    p.add_argument("--signer-image", type=Path, help="ảnh chữ ký tay (PNG xanh, nền trong suốt)")
    p.add_argument("--seal-image", type=Path, help="ảnh con dấu (PNG đỏ, kích thước thật)")
    p.add_argument("--room", type=int, help="ô chữ ký số (1, 2…; mặc định: ô cuối, người ký)")
    p.add_argument("--body-name", help="tên cơ quan in cạnh dấu (mặc định: theo chứng thư số)")
    p.add_argument("--tsa", metavar="ĐỊA-CHỈ", help="máy chủ dấu thời gian (PAdES B-T)")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp PDF đã ký sẽ ghi")
    p.set_defaults(func=cmd_sign, access="raw")


def cmd_sign(args, store=None) -> int:
    """secretary-app sign FILE.pdf --p12 CERT.p12 | --pkcs11 MODULE --slot N -o OUT.pdf"""
    from secretary_app.signing import SigningError
    from secretary_app.signing.sign import SignOptions, sign_file

    for path in (args.file, args.p12, args.signer_image, args.seal_image):
        if path is not None and not path.is_file():
            raise CliError(f"không tìm thấy tệp: {path}")
    options = SignOptions(signer_image=args.signer_image, seal_image=args.seal_image,
                          room=args.room, body_name=args.body_name, timestamp_url=args.tsa)
    try:
        with _signer(args) as signer:
            sign_file(args.file, args.output, signer, options)
    except SigningError as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None
    print(f"đã ký: {args.output}")
    return EXIT_OK


def _signer(args):
    """A context manager giving the signer (the token's session is closed after signing)."""
    from secretary_app.signing.credentials import Credentials, open_signer

    secret = read_secret(args.pin_file, "Mật khẩu tệp .p12: " if args.p12 else "Mã PIN token: ")
    return open_signer(Credentials(p12=args.p12, module=args.pkcs11, slot=args.slot,
                                   secret=secret, cert_label=args.cert_label))


def read_secret(pin_file: Path | None, prompt: str) -> str | None:
    """The password or PIN: --pin-file, else $SECRETARY_APP_PIN, else asked on the terminal."""
    if pin_file is not None:
        try:
            return pin_file.read_text(encoding="utf-8").splitlines()[0] if pin_file.stat().st_size \
                else ""
        except OSError:
            raise CliError(f"không đọc được tệp mã PIN: {pin_file}") from None
    if PIN_ENV in os.environ:
        return os.environ[PIN_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def signatures_section(db, path: Path, trust_dir: Path | None, proof: Section) -> Section | None:
    """verify's "Chữ ký số" section for a signed PDF (None: not a PDF, or unsigned). When every
    update appended to the recorded export is a valid signature, the proof's "appended" check
    is settled as passed."""
    from secretary_app.signing import SigningError
    from secretary_app.signing.validate import validate

    if path.read_bytes()[:5] != b"%PDF-":
        return None
    section = Section(SIGNATURES_TITLE)
    try:
        reports = validate(path, trust_dir)
    except SigningError as exc:
        section.add(False, str(exc))
        return section
    if not reports:
        return None
    for report in reports:
        section.add(report.ok, report.summary())
    if all(r.ok for r in reports):
        _settle_appended(db, path, proof, len(reports))
    return section


def _settle_appended(db, path: Path, proof: Section, signatures: int) -> None:
    """The export + exactly its signatures (one update each, the first right after the export):
    the appended updates are vouched for by the signatures."""
    import hashlib

    from secretary_app.documents.file_stamp import read_stamp
    from secretary_app.signing.validate import unsigned_original
    from secretary_app.storage.exports import export_line

    at = next((i for i, c in enumerate(proof.checks) if c.key == "appended"), None)
    stamp = read_stamp(path)
    line = export_line(db, stamp["export_id"]) if at is not None and stamp.get("export_id") \
        else None
    original = unsigned_original(path)
    if line is None or original is None or hashlib.sha256(original).hexdigest() != line["sha256"]:
        return
    proof.checks[at] = Check(True, f"tệp là bản xuất đã ghi trong nhật ký, thêm {signatures} "
                                   "chữ ký số hợp lệ (không đổi nội dung)", key="appended")
