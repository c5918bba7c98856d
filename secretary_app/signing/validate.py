"""Validating every signature of a PDF: integrity, chain against the trust list, signing time,
and whether the document was changed after each signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from secretary_app.signing.appearance import vietnam_time
from secretary_app.signing.credentials import organisation_name, subject_name
from secretary_app.signing.errors import SigningError
from secretary_app.signing.trust import load_trust_roots


@dataclass(frozen=True)
class SignatureReport:
    """What one signature proves."""

    field: str
    signer: str
    organisation: str
    signed_at: datetime | None
    timestamped: bool
    intact: bool
    trusted: bool
    changed_after: bool
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and not self.changed_after and not self.problems

    def summary(self) -> str:
        """One line: who signed, when, and what is wrong if anything."""
        when = vietnam_time(self.signed_at) if self.signed_at else "không rõ lúc nào"
        wrong = ([] if self.intact else ["nội dung đã ký ĐÃ BỊ THAY ĐỔI"]) + (
            [] if not self.changed_after else ["tệp đã bị sửa sau khi ký"]) + list(self.problems)
        if not self.trusted and not self.problems:
            wrong.append("chứng thư số KHÔNG tin cậy")
        verdict = "hợp lệ" if self.ok else "; ".join(wrong)
        return f"chữ ký {self.field} của {self.signer} ({self.organisation}), ký {when}: {verdict}"

    def lines(self) -> list[str]:
        """The report in Vietnamese, one fact a line."""
        when = vietnam_time(self.signed_at) if self.signed_at else "không rõ"
        source = "dấu thời gian" if self.timestamped else "máy người ký khai"
        verdict = "HỢP LỆ" if self.ok else "KHÔNG HỢP LỆ"
        out = [f"Chữ ký {self.field}: {verdict}",
               f"  người ký: {self.signer} ({self.organisation})",
               f"  thời điểm ký: {when} (theo {source})",
               "  nội dung đã ký: " + ("nguyên vẹn" if self.intact else "ĐÃ BỊ THAY ĐỔI"),
               "  chứng thư số: " + ("tin cậy" if self.trusted else "KHÔNG tin cậy"),
               "  sửa sau khi ký: " + ("CÓ, tệp đã bị sửa sau khi ký" if self.changed_after
                                       else "không")]
        out.extend(f"  vấn đề: {p}" for p in self.problems)
        return out


def validate(path: Path, trust_dir: Path | None = None) -> list[SignatureReport]:
    """A report for every signature in the PDF (empty: unsigned); unreadable: SigningError."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        data = Path(path).read_bytes()
        import io

        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # noqa: BLE001 - a damaged file fails in many ways inside the parser
        raise SigningError(f"không đọc được tệp PDF (tệp hỏng hoặc đã bị sửa): {path}") from None
    context = _context(trust_dir)
    return [_report(sig, context) for sig in signatures]


def unsigned_original(path: Path) -> bytes | None:
    """The file as it was before its first signature (signing appends incremental updates, so
    the export is a prefix of the signed file); None when it has no signature."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    data = Path(path).read_bytes()
    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception:  # noqa: BLE001 - damaged: there is no original to speak of
        return None
    if not signatures:
        return None
    first_gap = min(int(sig.byte_range[1]) for sig in signatures)
    end = data.rfind(b"%%EOF", 0, first_gap)
    if end < 0:
        return None
    end += len(b"%%EOF")
    for eol in (b"\r\n", b"\n", b"\r"):
        if data.startswith(eol, end):
            return data[:end + len(eol)]
    return data[:end]


def _context(trust_dir: Path | None):
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=load_trust_roots(trust_dir), allow_fetching=False,
                             revocation_mode="soft-fail")


def _report(sig, context) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature

    field = sig.field_name
    try:
        status = validate_pdf_signature(sig, context)
    except Exception as exc:  # noqa: BLE001 - a broken signature object
        return SignatureReport(field, "?", "?", None, False, False, False, True,
                               (f"không kiểm tra được chữ ký ({type(exc).__name__})",))
    cert = status.signing_cert
    stamp = status.timestamp_validity
    signed_at = stamp.timestamp if stamp is not None else status.signer_reported_dt
    problems = []
    if not status.valid:
        problems.append("giá trị chữ ký không khớp với chứng thư số")
    if status.trust_problem_indic is not None:
        problems.append(_trust_problem(status.trust_problem_indic))
    return SignatureReport(field, subject_name(cert), organisation_name(cert), signed_at,
                           stamp is not None, status.intact and status.valid, status.trusted,
                           _changed_after(status), tuple(problems))


def _changed_after(status) -> bool:
    from pyhanko.sign.diff_analysis import ModificationLevel

    allowed = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
               ModificationLevel.FORM_FILLING)
    return status.modification_level not in allowed or status.docmdp_ok is False


def _trust_problem(indic) -> str:
    name = getattr(indic, "name", str(indic))
    if "REVOKED" in name:
        return "chứng thư số đã bị thu hồi"
    if "EXPIRED" in name or "OUT_OF_BOUNDS" in name:
        return "chứng thư số đã hết hạn"
    if "NOT_YET_VALID" in name:
        return "chứng thư số chưa có hiệu lực"
    if "CHAIN" in name or "NO_CERTIFICATE" in name:
        return ("chứng thư số không thuộc một gốc tin cậy: thêm chứng thư gốc của tổ chức cấp "
                "vào thư mục tin cậy")
    return f"chứng thư số không được tin cậy ({name})"
