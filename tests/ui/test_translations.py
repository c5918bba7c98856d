"""Translations: every source text has its English, the .ts is current, the .qm matches it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from secretary_app.paths import resource
from secretary_app.ui.translation import install_language

from .conftest import open_window

ROOT = Path(__file__).resolve().parents[2]
TS = resource("translations", "secretary_app_en.ts")
QM = resource("translations", "secretary_app_en.qm")
BIN = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) of every message in a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            out.append((context.findtext("name") or "", message.findtext("source") or "",
                        message))
    return out


def test_every_text_has_a_finished_english_translation():
    found = messages(TS)
    assert len(found) > 300
    for context, source, message in found:
        translation = message.find("translation")
        assert translation.get("type") is None, (context, source, translation.get("type"))
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            assert len(forms) == 2 and all(forms), (context, source)
        else:
            assert (translation.text or "").strip(), (context, source)
        assert context, f"text outside any context (a misread translate call?): {source!r}"


def test_ts_file_holds_every_text_of_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "secretary_app" / "ui").rglob("*.py"))
    done = subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh),
                           "-source-language", "vi", "-target-language", "en"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    wanted = {(c, s) for c, s, _m in messages(fresh)}
    have = {(c, s) for c, s, _m in messages(TS)}
    assert not wanted - have, f"run `make translations`: {sorted(wanted - have)[:10]}"


def test_qm_file_matches_the_ts_file(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, message in messages(TS):
        if message.get("numerus") != "yes":
            assert translator.translate(context, source) == message.findtext("translation"), \
                (context, source)


@pytest.fixture
def english(qapp):
    """The English translators installed for one test."""
    assert install_language(qapp, "en")
    yield
    install_language(qapp, "vi")


def test_english_interface(qtbot, english, app_store):
    window = open_window(qtbot, app_store, "en")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:6] == ["&File", "&Edit", "&Meeting", "&Tools", "&Settings", "&Help"]
    assert window.meeting_list.count_label.text() == "1 meeting"
    assert [window.editor.page_list.item(i).text() for i in range(5)] == [
        "Information", "Attendees", "Proceedings", "Conclusions", "Documents"]
    page = window.open_meeting(app_store.seed_id, "attendees")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name / delegation"
    assert page.model.index(0, 4).data() == "present"
    window.close()


def test_vietnamese_interface_shows_vietnamese_and_qt_buttons_in_vietnamese(qapp, qtbot, app_store):
    assert install_language(qapp, "vi")
    window = open_window(qtbot, app_store)
    assert window.meeting_list.count_label.text() == "1 cuộc họp"
    assert qapp.translate("QPlatformTheme", "Cancel") == "Hủy"
    window.close()
