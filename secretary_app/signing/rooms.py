"""Where the signature images go: the rooms the PDF records, and Decree 30's geometry."""

# The PDF renderer stores each signer's empty room (between the title lines and the name) as a
# named destination /signature-room-N = [page /FitR left bottom right top] in the catalog's
# /Dests. The competent person's image is centred in the room; the body's seal, at its real
# size, covers the left third of that image; the body's name and signing time go under the
# image, right of the seal.

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.documents.blocks import SIGNATURE_ROOM_PREFIX

MM = 72 / 25.4
TEXT_BAND = 20.0  # points under the person's image for the body's name and signing time
PERSON_WIDTH_SHARE = 0.6  # the person's image is at most this share of the column's width
PERSON_DEFAULT_MM = (40.0, 16.0)  # assumed image when the body signs without a person's image
SEAL_DEFAULT_MM = 36.0  # a seal PNG without a resolution is taken as this wide


@dataclass(frozen=True)
class Rect:
    """A rectangle on one page (0-based), in PDF points, origin at the bottom left."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def box(self) -> tuple[int, int, int, int]:
        """Whole points (pyHanko's field box), rounded outwards."""
        return (int(self.x0), int(self.y0), int(self.x1 + 0.999), int(self.y1 + 0.999))

    def union(self, other: Rect) -> Rect:
        return Rect(self.page, min(self.x0, other.x0), min(self.y0, other.y0),
                    max(self.x1, other.x1), max(self.y1, other.y1))


def signature_rooms(reader) -> list[Rect]:
    """The rooms recorded in a PDF (pyHanko reader), in the renderer's order (left to right)."""
    if "/Dests" not in reader.root:
        return []
    dests = reader.root["/Dests"]
    pages = _page_numbers(reader)
    found = []
    for name, dest in dests.items():
        key = str(name).lstrip("/")
        if not key.startswith(SIGNATURE_ROOM_PREFIX) or len(dest) != 6 or dest[1] != "/FitR":
            continue
        number = int(key[len(SIGNATURE_ROOM_PREFIX):] or 0)
        page = pages.get(dest.raw_get(0).idnum, 0)
        x0, y0, x1, y1 = (float(v) for v in list(dest)[2:])
        found.append((number, Rect(page, x0, y0, x1, y1)))
    return [rect for _, rect in sorted(found, key=lambda item: item[0])]


def _page_numbers(reader) -> dict[int, int]:
    count = int(reader.root["/Pages"]["/Count"])
    return {reader.find_page_for_modification(i)[0].idnum: i for i in range(count)}


def person_rect(room: Rect, image_size: tuple[float, float]) -> Rect:
    """The person's image scaled to fit, centred between the title line and the name."""
    width, height = image_size
    scale = min(room.width * PERSON_WIDTH_SHARE / width, (room.height - 2 * TEXT_BAND) / height)
    w, h = width * scale, height * scale
    cx, cy = (room.x0 + room.x1) / 2, (room.y0 + room.y1) / 2
    return Rect(room.page, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def default_person_rect(room: Rect) -> Rect:
    """Where a person's image of the usual size would be (the body signs first or alone)."""
    return person_rect(room, (PERSON_DEFAULT_MM[0] * MM, PERSON_DEFAULT_MM[1] * MM))


def seal_rect(person: Rect, seal_size_pt: tuple[float, float]) -> Rect:
    """The seal at real size, level with the person's image, over its left third."""
    w, h = seal_size_pt
    right = person.x0 + person.width / 3
    cy = (person.y0 + person.y1) / 2
    return Rect(person.page, right - w, cy - h / 2, right, cy + h / 2)


def body_text_rect(room: Rect, seal: Rect) -> Rect:
    """The body's name and signing time: under the person's image, right of the seal."""
    return Rect(room.page, seal.x1 + 2, room.y0, room.x1, room.y0 + TEXT_BAND)
