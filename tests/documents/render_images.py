"""Re-render docs/images/ (the seed minutes and notice as PNG pages, 60 dpi) with pdftoppm:
`.venv/bin/python -m tests.documents.render_images`."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from secretary_app.documents.export import build_document, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from tests.documents.doc_samples import fresh

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "docs" / "images"


def main() -> None:
    """Write minutes-N.png and notice-N.png for the seed meeting."""
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in [*TARGET.glob("minutes-*.png"), *TARGET.glob("notice-*.png")]:
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for kind, name in ((DocumentKind.MINUTES, "minutes"), (DocumentKind.NOTICE, "notice")):
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(to_pdf_bytes(build_document(fresh("seed"), kind)))
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(TARGET / name)],
                           check=True)
    for png in sorted(TARGET.glob("*.png")):
        print(png.relative_to(ROOT))


if __name__ == "__main__":
    main()
