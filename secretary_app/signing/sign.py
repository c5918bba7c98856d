"""Signing an exported PDF: PAdES B-B (B-T with a timestamp server), one signature per kind."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from secretary_app.signing import appearance, rooms
from secretary_app.signing.credentials import organisation_name
from secretary_app.signing.errors import SigningError

log = logging.getLogger("secretary_app.signing")
PERSON_FIELD = "ChuKyNguoiCoThamQuyen"  # + room number
BODY_FIELD = "ChuKyCoQuan"


@dataclass(frozen=True)
class SignOptions:
    """What to show and where: images (PNG), the room (1-based; default: the last, the
    competent person's), the body's name (default: from the certificate), a timestamp URL."""

    signer_image: Path | None = None
    seal_image: Path | None = None
    room: int | None = None
    body_name: str | None = None
    timestamp_url: str | None = None


def sign_pdf(data: bytes, signer, options: SignOptions = SignOptions()) -> bytes:
    """The signed PDF: the person's signature (if an image is given, or when no image is), then
    the body's (if a seal image is given); each an incremental update."""
    if options.signer_image or not options.seal_image:
        data = _sign_once(data, signer, options, body=False)
    if options.seal_image:
        data = _sign_once(data, signer, options, body=True)
    return data


def sign_file(source: Path, output: Path, signer, options: SignOptions = SignOptions()) -> Path:
    """Sign source into output, written atomically (nothing is left behind on failure)."""
    from secretary_app.fileio import write_file_atomically

    try:
        data = Path(source).read_bytes()
    except OSError:
        raise SigningError(f"không đọc được tệp PDF: {source}") from None
    try:
        written = write_file_atomically(output, sign_pdf(data, signer, options))
    except SigningError as exc:
        log.warning("signing %s refused: %s", source, exc)
        raise
    log.info("signed %s into %s (%s)", source, written,
             signer.signing_cert.subject.human_friendly)
    return written


def _sign_once(data: bytes, signer, options: SignOptions, body: bool) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign import fields, signers

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfReadError, ValueError):
        raise SigningError("tệp không phải PDF hợp lệ") from None
    room, number = _room(writer.prev, options.room)
    field = f"{BODY_FIELD}{number}" if body else f"{PERSON_FIELD}{number}"
    field = _unused(writer.prev, field)
    spec, style = _placement(writer.prev, room, number, signer, options, body, field)
    meta = signers.PdfSignatureMetadata(
        field_name=field, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason="Cơ quan, tổ chức ký số" if body else "Người có thẩm quyền ký số")
    pdf_signer = signers.PdfSigner(meta, signer, timestamper=_timestamper(options),
                                   stamp_style=style, new_field_spec=spec)
    return _run(pdf_signer, writer, options)


def _run(pdf_signer, writer, options: SignOptions) -> bytes:
    """pdf_signer.sign_pdf(writer), its failures said in Vietnamese."""
    from pyhanko.sign.timestamps import TimestampRequestError

    try:
        return pdf_signer.sign_pdf(writer).getvalue()
    except SigningError:
        raise
    except TimestampRequestError:
        raise SigningError(f"không lấy được dấu thời gian từ máy chủ {options.timestamp_url} "
                           "(kiểm tra kết nối mạng hoặc bỏ máy chủ dấu thời gian)") from None
    except Exception as exc:  # noqa: BLE001 - token and network failures come in many types
        raise SigningError(f"không ký được: {_reason(exc)}") from None


def _room(reader, wanted: int | None) -> tuple[rooms.Rect | None, int]:
    found = rooms.signature_rooms(reader)
    if wanted is not None and not 1 <= wanted <= len(found):
        raise SigningError(f"tệp không có ô chữ ký số {wanted} (có {len(found)} ô)")
    if not found:
        return None, 1
    number = wanted or len(found)
    return found[number - 1], number


def _placement(reader, room, number, signer, options: SignOptions, body: bool, field: str):
    """(field spec, stamp style) of a visible signature, or an invisible one without a room."""
    from pyhanko.sign import fields

    image = options.seal_image if body else options.signer_image
    if image is None:
        return fields.SigFieldSpec(field), None
    if room is None:
        raise SigningError("tệp PDF này không có ô chữ ký do ứng dụng ghi lại (không phải bản "
                           "PDF xuất từ ứng dụng?): không đặt được ảnh; hãy ký không kèm ảnh")
    if not body:
        rect = _whole(rooms.person_rect(room, appearance.image_size_pt(image)))
        painter = appearance.person_painter(image, rect)
    else:
        person = _signed_person_rect(reader, room, number) or rooms.default_person_rect(room)
        seal = rooms.seal_rect(person, appearance.seal_size_pt(image))
        text = rooms.body_text_rect(room, seal)
        rect = _whole(seal.union(text))
        name = options.body_name or organisation_name(signer.signing_cert)
        painter = appearance.body_painter(image, seal, text, rect, name)
    spec = fields.SigFieldSpec(field, on_page=rect.page, box=rect.box)
    return spec, appearance.PaintedStampStyle(painter=painter)


def _whole(rect: rooms.Rect) -> rooms.Rect:
    """The rectangle rounded outwards to whole points, as the field's box will be."""
    return rooms.Rect(rect.page, *rect.box)


def _signed_person_rect(reader, room: rooms.Rect, number: int) -> rooms.Rect | None:
    """The person's signature already in that room (its widget), if any."""
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, _value, ref in enumerate_sig_fields(reader, filled_status=None):
        if name.startswith(f"{PERSON_FIELD}{number}"):
            widget = ref.get_object()
            x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
            return rooms.Rect(room.page, x0, y0, x1, y1)
    return None


def _unused(reader, name: str) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    taken = {n for n, _v, _r in enumerate_sig_fields(reader, filled_status=None)}
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


def _timestamper(options: SignOptions):
    if not options.timestamp_url:
        return None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(options.timestamp_url)


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
