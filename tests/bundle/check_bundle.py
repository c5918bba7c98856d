"""Bundle check: run the built program in a clean environment and verify what it produces.

Usage: python tests/bundle/check_bundle.py [dist/secretary-app]   (`make dist-check`)

The bundle is copied to a temporary folder and run from there with an empty environment
(only PATH, HOME and QT_QPA_PLATFORM=offscreen), no PYTHONPATH, cwd outside the source tree.
Any failure prints `dist-check: FAIL: …` and exits 1.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "secretary-app"
TIMEOUT_S = 120
# Text the seed meeting's minutes must contain, in both formats (NFC, diacritics intact).
EXPECTED_TEXT = ("BIÊN BẢN", "Đắk Lắk", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Lê Thị Thanh Xuân")


class CheckFailed(Exception):
    """One check of the bundle did not hold; the message says which and why."""


def ok(message: str) -> None:
    print(f"dist-check: ok: {message}", flush=True)


def internal_dir(bundle: Path) -> Path:
    """Where PyInstaller put the collected files (`_internal/` since PyInstaller 6)."""
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def program(bundle: Path) -> Path:
    """The executable that answers on the console (the -cli twin on Windows)."""
    if sys.platform.startswith("win"):
        return bundle / f"{NAME}-cli.exe"
    return bundle / NAME


def clean_env(home: Path) -> dict[str, str]:
    """Nothing inherited: the bundle must not need PYTHONPATH, a venv or the checkout."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform.startswith("win"):
        keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP")
        env.update({k: os.environ[k] for k in keep if k in os.environ}, APPDATA=str(home))
    return env


def run(bundle: Path, home: Path, *args: str, expect: int = 0) -> subprocess.CompletedProcess:
    """Run the bundled program; CheckFailed unless it exits with `expect`."""
    cmd = [str(program(bundle)), *args]
    try:
        proc = subprocess.run(cmd, cwd=home, env=clean_env(home), capture_output=True,
                              timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{' '.join(args)}: no exit after {TIMEOUT_S} s") from None
    if proc.returncode != expect:
        raise CheckFailed(
            f"`{NAME} {' '.join(args)}` exited {proc.returncode} (expected {expect})\n"
            f"--- stdout:\n{proc.stdout.decode(errors='replace')}"
            f"--- stderr:\n{proc.stderr.decode(errors='replace')}")
    return proc


def normalized(text: str) -> str:
    """NFC with runs of whitespace folded to one space (PDF extraction breaks lines)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def require_text(text: str, what: str) -> None:
    """Every EXPECTED_TEXT phrase occurs in text."""
    missing = [p for p in EXPECTED_TEXT if p not in normalized(text)]
    if missing:
        raise CheckFailed(f"{what}: missing text {missing}; got: {normalized(text)[:400]!r}")


def resource_files() -> list[Path]:
    """The checkout's resources: the files git tracks (work in progress of others aside)."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "resources"], cwd=ROOT, check=True,
                                capture_output=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        listed = []
    files = [ROOT / name for name in listed if name and (ROOT / name).is_file()]
    return files or [p for p in (ROOT / "resources").rglob("*") if p.is_file()]


def check_resources(bundle: Path) -> None:
    """Every file under the checkout's resources/ is in the bundle, byte for byte."""
    shipped = internal_dir(bundle) / "resources"
    files = resource_files()
    for src in files:
        copy = shipped / src.relative_to(ROOT / "resources")
        if not copy.is_file() or copy.read_bytes() != src.read_bytes():
            raise CheckFailed(f"resource not bundled (or different): {copy}")
    templates = list((internal_dir(bundle) / "docx" / "templates").glob("default*"))
    if not templates:
        raise CheckFailed("python-docx templates (docx/templates/default*) not bundled")
    ok(f"{len(files)} resource files and the python-docx templates are bundled")


def shipped_font_names(bundle: Path) -> set[str]:
    """PostScript names of the TTF fonts shipped in the bundle's resources/fonts."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    fonts = sorted((internal_dir(bundle) / "resources" / "fonts").glob("*.ttf"))
    if not fonts:
        raise CheckFailed("no .ttf font in the bundle's resources/fonts")
    names = (TTFontFile(str(path)).name for path in fonts)
    return {n.decode() if isinstance(n, bytes) else n for n in names}


def _base_name(font) -> str:
    return str(font.get("/BaseFont", "?")).lstrip("/").split("+")[-1]


def _embedded(font) -> bool:
    descriptors = [font.get("/FontDescriptor")]
    for descendant in font.get("/DescendantFonts", []):
        descriptors.append(descendant.get_object().get("/FontDescriptor"))
    return any(d is not None and any(k in d.get_object() for k in
               ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors)


def pdf_text_and_fonts(path: Path) -> tuple[str, dict[str, bool]]:
    """The extracted text, and each font that draws visible text -> is it embedded?"""
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}

    def visit(text, _cm, _tm, font, _size):
        if font is not None and text.strip():
            fonts[_base_name(font)] = _embedded(font)

    pages = [p.extract_text(visitor_text=visit) or "" for p in PdfReader(path).pages]
    return "\n".join(pages), fonts


def check_pdf(path: Path, expected_fonts: set[str]) -> None:
    """The text is drawn in the shipped font, embedded (as is every font used); text intact."""
    text, fonts = pdf_text_and_fonts(path)
    shipped = {name for name in fonts if name in expected_fonts}
    if not shipped:
        raise CheckFailed(f"{path.name}: text is not set in any shipped font "
                          f"{sorted(expected_fonts)}; fonts drawing text: {fonts}")
    not_embedded = sorted(name for name, embedded in fonts.items() if not embedded)
    if not_embedded:
        raise CheckFailed(f"{path.name}: fonts drawing text but not embedded: {not_embedded}")
    require_text(text, path.name)
    ok(f"{path.name}: text set in {sorted(fonts)}, embedded; Vietnamese text extracted intact")


def check_docx(path: Path) -> None:
    """The DOCX opens with python-docx and holds the minutes' text."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    require_text("\n".join(parts), path.name)
    ok(f"{path.name}: opens with python-docx; Vietnamese text intact")


def check_program(bundle: Path, home: Path) -> None:
    """Version, smoke test, import of the shipped seed, exports, a Vietnamese error."""
    from secretary_app import __version__

    version = run(bundle, home, "--version").stdout.decode().strip()
    if version != f"{NAME} {__version__}":
        raise CheckFailed(f"--version printed {version!r}, expected '{NAME} {__version__}'")
    ok(f"--version: {version}")
    run(bundle, home, "--smoke-test")
    if not any(home.rglob("secretary.db")):
        raise CheckFailed("--smoke-test did not create the default database under HOME")
    ok("--smoke-test (offscreen) exits 0 and creates the default database under HOME")
    run(bundle, home, "--smoke-test", "--lang", "en")
    ok("--smoke-test --lang en exits 0")
    db = home / "check.db"
    seed = internal_dir(bundle) / "resources" / "samples" / "seed-meeting.json"
    meeting_id = run(bundle, home, "--db", str(db), "import", str(seed)).stdout.decode().strip()
    if not meeting_id.isdigit():
        raise CheckFailed(f"import printed {meeting_id!r}, expected a meeting id")
    ok(f"import of the shipped seed package -> meeting {meeting_id}")
    check_exports(bundle, home, db, meeting_id)
    check_move(bundle, home, db)
    check_error_message(bundle, home, db)


def check_exports(bundle: Path, home: Path, db: Path, meeting_id: str) -> None:
    """Minutes to DOCX and PDF, then look inside both files."""
    for fmt in ("docx", "pdf"):
        out = home / f"minutes.{fmt}"
        run(bundle, home, "--db", str(db), "export", meeting_id, "--document", "minutes",
            "--format", fmt, "-o", str(out))
        if not out.is_file() or out.stat().st_size == 0:
            raise CheckFailed(f"export --format {fmt} wrote no file at {out}")
    check_docx(home / "minutes.docx")
    check_pdf(home / "minutes.pdf", shipped_font_names(bundle))


def check_move(bundle: Path, home: Path, db: Path) -> None:
    """docs/install.md's move to a new computer: backup -o FILE, then restore FILE elsewhere."""
    backup = home / "usb" / "secretary-backup.db"
    backup.parent.mkdir()
    run(bundle, home, "--db", str(db), "backup", "-o", str(backup))
    moved = home / "new-computer" / "secretary.db"
    run(bundle, home, "--db", str(moved), "restore", str(backup))
    listed = run(bundle, home, "--db", str(moved), "list").stdout.decode()
    if "2024-10-16\tHọp đánh giá" not in unicodedata.normalize("NFC", listed):
        raise CheckFailed(f"after backup + restore the meeting list is {listed!r}")
    ok("backup -o FILE, restore FILE into another database: the meeting is there")


def check_error_message(bundle: Path, home: Path, db: Path) -> None:
    """Bad input: exit code 2 and a readable Vietnamese message on stderr, even in a C locale."""
    proc = run(bundle, home, "--db", str(db), "export-package", "999999", "-o",
               str(home / "x.json"), expect=2)
    message = proc.stderr.decode("utf-8", errors="strict")
    if "không có cuộc họp" not in unicodedata.normalize("NFC", message):
        raise CheckFailed(f"unknown meeting: unexpected stderr {message!r}")
    ok("unknown meeting id: exit 2 with a Vietnamese message on stderr")


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / NAME).resolve()
    if not program(bundle).is_file():
        print(f"dist-check: FAIL: no bundle at {bundle} (run `make dist` first)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="secretary-dist-check-") as tmp:
        moved = Path(tmp) / "app" / NAME  # a relocated copy: no path may point at dist/
        shutil.copytree(bundle, moved, symlinks=True)
        home = Path(tmp) / "home"
        home.mkdir()
        try:
            check_resources(moved)
            check_program(moved, home)
        except CheckFailed as exc:
            print(f"dist-check: FAIL: {exc}", file=sys.stderr)
            return 1
    print(f"dist-check: all checks passed for {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
