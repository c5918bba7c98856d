"""Export: the large meeting's minutes to PDF and DOCX in process, and LibreOffice for scale."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure, Target, not_measured
from bench.machine import soffice_path
from bench.timing import summarise

RUNS = 5
SOFFICE_RUNS = 3


def _worker(out_dir: Path) -> dict:
    command = [sys.executable, "-m", "bench.cases.export_worker", str(out_dir), str(RUNS)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600,
                          cwd=Path(__file__).resolve().parents[2])
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def soffice_seconds(docx: Path, runs: int) -> list[float]:
    """Seconds LibreOffice takes to turn the DOCX into PDF (own profile, warmed up once)."""
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        command = [soffice_path(), f"-env:UserInstallation={Path(profile).as_uri()}",
                   "--headless", "--convert-to", "pdf", "--outdir", out, str(docx)]
        times = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, timeout=600, check=True)
            times.append(time.perf_counter() - started)
            if not (Path(out) / (docx.stem + ".pdf")).exists():
                raise RuntimeError("soffice wrote no PDF")
    return times[1:]


def measure() -> list[Figure]:
    """Figures of the export group."""
    try:
        import secretary_app.documents.export  # noqa: F401
    except ImportError as exc:
        why = f"documents.export is missing ({exc})"
        return [not_measured("export", "large meeting to PDF", why, Target("≤", 0.5)),
                not_measured("export", "large meeting to DOCX", why, Target("≤", 0.5))]
    with tempfile.TemporaryDirectory() as out:
        result = _worker(Path(out))
        figures = _own_figures(result)
        figures += _soffice_figures(Path(out) / "large-minutes.docx", result["pdf"]["runs"])
    return figures


def _own_figures(result: dict) -> list[Figure]:
    pages = result.get("pages")
    figures = []
    for fmt in ("pdf", "docx"):
        data = result[fmt]
        note = (f"build_document + to_{fmt}_bytes, warm; the first call in the process took "
                f"{data['first']:.2f} s (imports, fonts); {data['bytes'] / 1024:.0f} KiB")
        if fmt == "pdf" and pages:
            note += f", {pages} pages"
        figures.append(Figure("export", f"large meeting minutes to {fmt.upper()}", "s",
                              summarise(data["runs"]), Target("≤", 0.5), note))
    return figures


def _soffice_figures(docx: Path, pdf_runs: list[float]) -> list[Figure]:
    if soffice_path() is None:
        why = "soffice is not installed (.ci/system-packages.sh office)"
        return [not_measured("export", "ratio LibreOffice DOCX→PDF / our PDF", why,
                             Target("≥", 5))]
    office = soffice_seconds(docx, SOFFICE_RUNS)
    ours = statistics.median(pdf_runs)
    return [
        Figure("export", "LibreOffice converts our DOCX to PDF", "s", summarise(office),
               note="soffice --headless --convert-to pdf, process start included, warm profile"),
        Figure("export", "ratio LibreOffice DOCX→PDF / our PDF", "×",
               summarise([o / ours for o in office]), Target("≥", 5),
               f"each LibreOffice run against the median of ours; 5× would need our PDF in "
               f"{statistics.median(office) / 5:.2f} s"),
    ]
