"""The built wheel works on its own: installed into a fresh venv it finds its fonts, icons,
translations and sample, and exports a PDF with the bundled font."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.bundle.bundle_layout import ROOT
from tests.bundle.exported_files import pdf_text_and_fonts

pytestmark = pytest.mark.slow

PROBE = """
import json
from secretary_app import paths
from secretary_app.documents.fonts import font_path
print(json.dumps({"package": paths.__file__, "resources": str(paths.resources_dir()),
                  "files": [paths.resource(*p).is_file() for p in (
                      ("translations", "secretary_app_en.qm"), ("translations", "qtbase_vi.qm"),
                      ("icons", "app.png"), ("samples", "seed-meeting.json"))],
                  "font": str(font_path())}))
"""


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300,
                          **kwargs)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--disable-pip-version-check",
        "-q", "-w", out)
    (built,) = out.glob("secretary_app-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    """A fresh venv with the wheel installed; the dependencies (PySide6, reportlab …) are taken
    from this interpreter's site-packages through a .pth line instead of being downloaded,
    which does not run that folder's own .pth files (so not the checkout's editable install)."""
    home = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", home)
    python = home / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    target = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
                  .stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (target / "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    run(python, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check", "-q", wheel)
    return home


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}


def test_wheel_carries_the_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("fonts/LiberationSerif-Regular.ttf", "fonts/Symbola.ttf",
                 "fonts/LICENSE-LiberationSerif.txt", "icons/app.png",
                 "translations/secretary_app_en.qm", "translations/qtbase_vi.qm",
                 "samples/seed-meeting.json"):
        assert f"secretary_app/resources/{name}" in names, name
    assert not [n for n in names if n.endswith((".ts", "fill_translations.py"))]


def test_installed_wheel_finds_its_resources(venv, tmp_path):
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    found = json.loads(run(bindir / "python", "-c", PROBE, cwd=tmp_path, env=clean_env()).stdout)
    package = Path(found["package"]).parent
    assert venv in package.parents  # the installed copy, not the checkout
    assert Path(found["resources"]) == package / "resources"
    assert found["files"] == [True] * 4
    assert Path(found["font"]).parent == package / "resources" / "fonts"


def test_installed_wheel_exports_a_pdf_with_the_bundled_font(venv, tmp_path):
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    app = bindir / ("secretary-app.exe" if os.name == "nt" else "secretary-app")
    seed = json.loads(run(bindir / "python", "-c", PROBE, cwd=tmp_path, env=clean_env())
                      .stdout)["resources"]
    db, pdf = tmp_path / "office.db", tmp_path / "bien-ban.pdf"
    env = clean_env()
    run(app, "--db", db, "import", Path(seed) / "samples" / "seed-meeting.json", cwd=tmp_path,
        env=env)
    run(app, "--db", db, "export", "1", "--document", "minutes", "--format", "pdf", "-o", pdf,
        cwd=tmp_path, env=env)
    text, fonts = pdf_text_and_fonts(pdf)  # the fonts that draw text -> embedded?
    assert fonts and all(name.startswith("LiberationSerif") for name in fonts), fonts
    assert all(fonts.values()), fonts
    assert "BIÊN BẢN" in text and "Sở Giáo dục và Đào tạo" in text
