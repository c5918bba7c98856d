"""What the built folder must contain: resources, Qt plugins, resolvable shared libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "secretary-app"
IS_LINUX = sys.platform.startswith("linux")
# Linux plugins the desktop needs but the offscreen smoke test never loads.
LINUX_PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                 "platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
                 "xcbglintegrations/libqxcb-glx-integration.so",
                 "printsupport/libcupsprintersupport.so", "imageformats/libqsvg.so")


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


def check_qt_parts(bundle: Path) -> None:
    """QtPdf for the preview, and (Linux) the plugins of the real desktop and of printing."""
    pyside = internal_dir(bundle) / "PySide6"
    missing = [m for m in ("QtPdf", "QtPdfWidgets") if not list(pyside.glob(f"{m}.*"))]
    if IS_LINUX:
        plugins = pyside / "Qt" / "plugins"
        missing += [p for p in LINUX_PLUGINS if not (plugins / p).is_file()]
    if missing:
        raise CheckFailed(f"Qt parts missing from the bundle: {missing}")
    ok("QtPdf, QtPdfWidgets" + (" and the xcb, IBus, print plugins" if IS_LINUX else "")
       + " are bundled")


def check_linked_libraries(bundle: Path) -> None:
    """Linux: every shared library in the bundle finds its dependencies (bundle, then system)."""
    if not IS_LINUX:
        return
    internal = internal_dir(bundle)
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}  # as the bootloader does
    libraries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    missing: dict[str, str] = {}
    for library in libraries:
        out = subprocess.run(["ldd", str(library)], env=env, capture_output=True, text=True)
        for line in out.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], str(library.relative_to(internal)))
    if missing:
        raise CheckFailed(f"shared libraries not found (needed by): {missing}")
    ok(f"{len(libraries)} shared libraries: every dependency resolves")


def shipped_font_names(bundle: Path) -> set[str]:
    """PostScript names of the TTF fonts shipped in the bundle's resources/fonts."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    fonts = sorted((internal_dir(bundle) / "resources" / "fonts").glob("*.ttf"))
    if not fonts:
        raise CheckFailed("no .ttf font in the bundle's resources/fonts")
    names = (TTFontFile(str(path)).name for path in fonts)
    return {n.decode() if isinstance(n, bytes) else n for n in names}
