"""Exports the large meeting in this process and prints the seconds as JSON (run by bench.run).

    python -m bench.cases.export_worker OUT_DIR RUNS
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.generate import large_meeting
from bench.timing import seconds
from secretary_app.domain.enums import DocumentKind


def main() -> int:
    """First call (imports, fonts) and then RUNS timed calls of each format."""
    from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes

    out_dir, runs = Path(sys.argv[1]), int(sys.argv[2])
    meeting = large_meeting()
    render = {"pdf": to_pdf_bytes, "docx": to_docx_bytes}
    result: dict = {}
    for fmt, to_bytes in render.items():
        def export(to_bytes=to_bytes, fmt=fmt):
            data = to_bytes(build_document(meeting, DocumentKind.MINUTES))
            (out_dir / f"large-minutes.{fmt}").write_bytes(data)
        first = seconds(export)
        result[fmt] = {"first": first, "runs": [seconds(export) for _ in range(runs)],
                       "bytes": (out_dir / f"large-minutes.{fmt}").stat().st_size}
    result["pages"] = _pdf_pages(out_dir / "large-minutes.pdf")
    print(json.dumps(result))
    return 0


def _pdf_pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(path).pages)


if __name__ == "__main__":
    sys.exit(main())
