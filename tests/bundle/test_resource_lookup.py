"""One function finds resources/: in the checkout, and in the PyInstaller bundle (_MEIPASS)."""

from __future__ import annotations

import sys

from secretary_app.documents.fonts import font_path
from secretary_app.paths import resource, resources_dir
from tests.bundle.bundle_layout import ROOT


def test_checkout_resources_next_to_the_package(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources_dir() == ROOT / "resources"
    assert resource("samples", "seed-meeting.json").is_file()
    assert font_path().is_file() and font_path(bold=True, italic=True).is_file()


def test_bundle_resources_under_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource("fonts", "LiberationSerif-Regular.ttf") == \
        tmp_path / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
    assert font_path(bold=True).parent == tmp_path / "resources" / "fonts"

