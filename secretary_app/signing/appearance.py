"""What a signature shows on the page: the images and text drawn (reportlab) as the widget's
appearance, through a pyHanko stamp style that knows the signing time."""

from __future__ import annotations

import binascii
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pyhanko.pdf_utils import content
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle, TextStampStyle
from pyhanko.stamp.static import StaticContentStamp

from secretary_app.signing.errors import SigningError
from secretary_app.signing.rooms import MM, SEAL_DEFAULT_MM, Rect

VIETNAM = timezone(timedelta(hours=7), "+07:00")
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"  # what pyHanko hands us; shown as ISO 8601 at +07:00
TEXT_SIZE = 8.0
MIN_TEXT_SIZE = 5.0


def vietnam_time(moment: datetime) -> str:
    """ISO 8601 in Vietnam's time zone, to the second: 2026-12-04T21:08:12+07:00."""
    return moment.astimezone(VIETNAM).isoformat(timespec="seconds")


def image_size_pt(path: Path, default_width_mm: float | None = None) -> tuple[float, float]:
    """An image's size in points: from its resolution (pHYs), else default_width_mm wide (or
    one pixel a point)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            width, height = image.size
            dpi = image.info.get("dpi")
            fmt = image.format
    except (OSError, UnidentifiedImageError):
        raise SigningError(f"không đọc được ảnh: {path}") from None
    if fmt != "PNG":
        raise SigningError(f"ảnh phải là tệp PNG nền trong suốt: {path}")
    if dpi and float(dpi[0]) > 1:
        return width * 72 / float(dpi[0]), height * 72 / float(dpi[1] or dpi[0])
    if default_width_mm:
        scale = default_width_mm * MM / width
        return width * scale, height * scale
    return float(width), float(height)


def seal_size_pt(path: Path) -> tuple[float, float]:
    """The seal's real size: the PNG's resolution says it; else the usual 36 mm."""
    return image_size_pt(path, SEAL_DEFAULT_MM)


def person_painter(image: Path, widget: Rect) -> Callable[[datetime], bytes]:
    """The competent person's signature: their image filling the widget."""
    def paint(_when: datetime) -> bytes:
        canvas, out = _canvas(widget)
        canvas.drawImage(str(image), 0, 0, widget.width, widget.height, mask="auto")
        canvas.save()
        return out.getvalue()
    return paint


def body_painter(image: Path, seal: Rect, text: Rect, widget: Rect,
                 body_name: str) -> Callable[[datetime], bytes]:
    """The body's signature: the seal at real size, its name and the signing time as text."""
    def paint(when: datetime) -> bytes:
        canvas, out = _canvas(widget)
        canvas.drawImage(str(image), seal.x0 - widget.x0, seal.y0 - widget.y0, seal.width,
                         seal.height, mask="auto")
        lines = [body_name, vietnam_time(when)]
        x, top = text.x0 - widget.x0, text.y1 - widget.y0
        for number, line in enumerate(lines, start=1):
            size = _fitting_size(line, text.width)
            canvas.setFont(_font(), size)
            canvas.drawString(x, top - number * (TEXT_SIZE + 1.5), line)
        canvas.save()
        return out.getvalue()
    return paint


def _font() -> str:
    from secretary_app.documents.fonts import pdf_font_name, register_pdf_fonts

    register_pdf_fonts()
    return pdf_font_name()


def _fitting_size(line: str, width: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = stringWidth(line, _font(), TEXT_SIZE)
    return max(MIN_TEXT_SIZE, TEXT_SIZE * min(1.0, width / natural)) if natural else TEXT_SIZE


def _canvas(widget: Rect):
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(widget.width, widget.height), invariant=1,
                    initialFontName=_font())
    return canvas, out


class _PdfPageFromBytes(content.ImportedPdfPage):
    """pyHanko's imported page, read from memory instead of a file."""

    def __init__(self, data: bytes):
        super().__init__(file_name="", page_ix=0)
        self.data = data

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
        name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"


@dataclass(frozen=True)
class PaintedStampStyle(TextStampStyle):
    """A stamp drawn by `painter(signing time)`, without pyHanko's own text and border."""

    painter: Callable[[datetime], bytes] | None = None
    timestamp_format: str = TIME_FORMAT
    border_width: int = 0

    def create_stamp(self, writer, box, text_params):
        when = datetime.strptime(text_params["ts"], TIME_FORMAT)
        style = StaticStampStyle(background=_PdfPageFromBytes(self.painter(when)),
                                 border_width=0, background_opacity=1.0)
        return StaticContentStamp(writer=writer, style=style, box=box)
