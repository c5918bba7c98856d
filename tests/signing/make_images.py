"""Draws the test images: a blue hand signature and a red round seal (transparent PNGs).

Run `python tests/signing/make_images.py` to rebuild tests/signing/fixtures/*.png.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent / "fixtures"
DPI = 150
BLUE = (20, 40, 200, 255)
RED = (220, 20, 30, 255)


def px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def signature() -> Image.Image:
    """A 40 × 16 mm scribble in blue ink."""
    image = Image.new("RGBA", (px(40), px(16)), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = image.size
    points = [(w * t / 200, h * (0.5 + 0.32 * math.sin(t / 9) * math.cos(t / 31)))
              for t in range(8, 190)]
    draw.line(points, fill=BLUE, width=4, joint="curve")
    draw.line([(w * 0.1, h * 0.8), (w * 0.9, h * 0.7)], fill=BLUE, width=3)
    return image


def seal() -> Image.Image:
    """A 36 mm round seal in red: two rings, a star, a band of marks."""
    size = px(36)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = size / 2
    for radius, width in ((c - 2, 5), (c * 0.62, 3)):
        draw.ellipse([c - radius, c - radius, c + radius, c + radius], outline=RED, width=width)
    star = [(c + c * 0.3 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
             c - c * 0.3 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    draw.polygon(star, fill=RED)
    for k in range(36):  # the ring of lettering, as short strokes
        a = k * 2 * math.pi / 36
        r0, r1 = c * 0.70, c * 0.86
        draw.line([(c + r0 * math.cos(a), c + r0 * math.sin(a)),
                   (c + r1 * math.cos(a), c + r1 * math.sin(a))], fill=RED, width=3)
    return image


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    signature().save(HERE / "signature-blue.png", dpi=(DPI, DPI), optimize=True)
    seal().save(HERE / "seal-red.png", dpi=(DPI, DPI), optimize=True)
