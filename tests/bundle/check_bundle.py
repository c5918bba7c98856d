"""Bundle check: run the built program in a clean environment and verify what it produces.

Usage: python tests/bundle/check_bundle.py [dist/secretary-app]   (`make dist-check`)

The bundle is copied to a temporary folder and run from there with an empty environment
(only PATH, HOME and QT_QPA_PLATFORM=offscreen), no PYTHONPATH, cwd outside the source tree.
Any failure prints `dist-check: FAIL: …` and exits 1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.bundle` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bundle.bundle_layout import (  # noqa: E402
    NAME,
    ROOT,
    CheckFailed,
    check_linked_libraries,
    check_qt_parts,
    check_resources,
    internal_dir,
    ok,
    program,
    shipped_font_names,
)
from tests.bundle.exported_files import check_docx, check_pdf  # noqa: E402

TIMEOUT_S = 120


def clean_env(home: Path) -> dict[str, str]:
    """Nothing inherited: the bundle must not need PYTHONPATH, a venv or the checkout."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform.startswith("win"):
        keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP")
        env.update({k: os.environ[k] for k in keep if k in os.environ}, APPDATA=str(home))
    return env


def run(bundle: Path, home: Path, *args: str, expect: int = 0,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the bundled program; CheckFailed unless it exits with `expect`."""
    cmd = [str(program(bundle)), *args]
    try:
        proc = subprocess.run(cmd, cwd=home, env=env or clean_env(home), capture_output=True,
                              timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{' '.join(args)}: no exit after {TIMEOUT_S} s") from None
    if proc.returncode != expect:
        raise CheckFailed(
            f"`{NAME} {' '.join(args)}` exited {proc.returncode} (expected {expect})\n"
            f"--- stdout:\n{proc.stdout.decode(errors='replace')}"
            f"--- stderr:\n{proc.stderr.decode(errors='replace')}")
    return proc


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
    moved.parent.mkdir()  # a --db in a folder that does not exist is refused (a mistyped path)
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


def check_on_x11(bundle: Path, home: Path) -> None:
    """With Xvfb at hand, the real desktop platform (xcb) starts too, in the same clean env."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or not sys.platform.startswith("linux"):
        print("dist-check: skipped: no Xvfb, the xcb platform was not started", flush=True)
        return
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        display = os.read(read, 32).decode().strip()
        if not display.isdigit():
            raise CheckFailed("Xvfb did not start")
        env = {**clean_env(home), "DISPLAY": f":{display}"}
        del env["QT_QPA_PLATFORM"]
        run(bundle, home, "--smoke-test", env=env)
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=10)
    ok("--smoke-test on an X display (xcb platform) exits 0")


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
            check_qt_parts(moved)
            check_linked_libraries(moved)
            check_program(moved, home)
            check_on_x11(moved, home)
        except CheckFailed as exc:
            print(f"dist-check: FAIL: {exc}", file=sys.stderr)
            return 1
    print(f"dist-check: all checks passed for {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
