"""Every window in English shows English only, in Vietnamese Vietnamese only, and no column
header is cut (issue 17)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from secretary_app.domain.model import Attendee, Meeting
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import default_organization
from secretary_app.ui.translation import install_language

from .conftest import open_window


def vietnamese(text: str) -> bool:
    """True when text has a Vietnamese letter (a tone or vowel mark, or đ)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "đ" in text.lower() or any(unicodedata.combining(c) for c in decomposed)


def shown_texts(root) -> list[str]:
    """The interface texts of the visible widgets under root (not what the user typed)."""
    texts = []
    for w in root.findChildren(QLabel):
        if w.isVisible() and w.objectName() not in USER_TEXT_LABELS:
            texts.append(w.text())
    for w in root.findChildren(QComboBox):
        if w.isVisible() and w.objectName() not in USER_TEXT_COMBOS:
            texts += [w.itemText(i) for i in range(w.count())]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.title() for w in root.findChildren(QGroupBox) if w.isVisible()]
    for w in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        if w.isVisible():
            texts.append(w.placeholderText())
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for header in root.findChildren(QHeaderView):
        if header.isVisible() and header.orientation() == HORIZONTAL and header.model():
            texts += [str(header.model().headerData(c, HORIZONTAL) or "")
                      for c in range(header.count())]
    return [t for t in texts if t and t not in DOCUMENT_EXAMPLES]


def menu_texts(window) -> list[str]:
    out = []
    for action in window.menuBar().actions():
        out.append(action.text())
        out += [a.text() for a in action.menu().actions()]
    return out


def clipped_headers(root) -> list[str]:
    """Visible column headers narrower than their text."""
    out = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != HORIZONTAL:
            continue
        metrics = header.fontMetrics()
        model = header.model()
        for c in range(header.count()):
            text = str(model.headerData(c, HORIZONTAL) or "")
            if text and not header.isSectionHidden(c) and \
                    header.sectionSize(c) < metrics.horizontalAdvance(text) + 4:
                out.append(text)
    return out


# examples of what the secretary types into the Vietnamese document (printed as typed)
DOCUMENT_EXAMPLES = {"Outcome, for example: Thông qua (adopted)", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                     "One recipient per line, for example:\nBan Giám đốc Sở;\nCác phòng thuộc Sở;"}
USER_TEXT_COMBOS = {"chairCombo", "secretaryCombo", "tasksUnit"}  # people and units typed
USER_TEXT_LABELS = {"quorumLine", "currentAgenda", "quickPicks", "voteSentence", "attendeeCounts",
                    "draftState", "editorHint"}
from PySide6.QtCore import Qt  # noqa: E402

HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture
def english_meeting(app_store):
    """A meeting whose own texts are English, so that any Vietnamese shown is the interface's."""
    org = default_organization(app_store.db)
    return create_meeting(app_store, Meeting(
        title="Weekly briefing", date=dt.date(2024, 11, 20), organization=org,
        location="Room 2", attendees=[Attendee("a1", "John Smith", "Director")]))


def test_every_page_in_english_is_english(qapp, qtbot, app_store, english_meeting):
    install_language(qapp, "en")
    try:
        window = open_window(qtbot, app_store, "en")
        window.resize(1366, 768)
        window.open_meeting(english_meeting, "info")
        found, cut = {}, {}
        for name in window.editor.pages:
            window.show_page(name)
            qtbot.wait(20)
            bad = [t for t in shown_texts(window) + menu_texts(window) + tooltips(window)
                   + menu_tooltips(window) if vietnamese(t)]
            if bad:
                found[name] = sorted(set(bad))
            if clipped := clipped_headers(window):
                cut[name] = clipped
        window.close()
        for name, opener in (("search", "search"), ("tasks", "followup")):
            window.named_actions[opener].trigger()
            dialog = QApplication.activeModalWidget() or window.findChild(
                QDialog, {"search": "searchPanel", "tasks": "tasksView"}[name])
            qtbot.wait(20)
            bad = [t for t in shown_texts(dialog) + tooltips(dialog) if vietnamese(t)]
            if bad:
                found[name] = sorted(set(bad))
            if clipped := clipped_headers(dialog):
                cut[name] = clipped
            dialog.close()
        window.close()
        assert found == {}
        assert cut == {}
    finally:
        install_language(qapp, "vi")


def test_no_column_header_is_cut_in_vietnamese(qtbot, app_store):
    window = open_window(qtbot, app_store, "vi")
    window.resize(1366, 768)
    window.open_meeting(app_store.seed_id, "info")
    cut = {}
    for name in window.editor.pages:
        window.show_page(name)
        qtbot.wait(20)
        if clipped := clipped_headers(window):
            cut[name] = clipped
    window.close()
    assert cut == {}


def test_qt_print_dialog_speaks_vietnamese(qapp, qtbot):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    install_language(qapp, "vi")
    printer = QPrinter()  # kept alive as long as the dialog
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [t.replace("&", "") for t in shown_texts(dialog)]
    dialog.close()
    assert {"Máy in", "Tên:", "In", "Tùy chọn >>"} <= set(texts)
    assert not {"Printer", "Name:", "Print", "Options >>"} & set(texts)


# words a Vietnamese interface writes in Latin letters as they are: names of files, programs,
# keys and standards (all-capital abbreviations such as UBND, NQ, PDF are allowed anyway)
PROPER_WORDS = {"Word", "LibreOffice", "Ctrl", "Alt", "Shift", "Enter", "Tab", "Esc", "Del",
                "PgUp", "PgDown", "Up", "Down", "Home", "End", "Space", "Backspace", "Qt",
                "Ins", "PAdES", "SQLite", "Excel", "Windows", "Linux", "macOS",
                "English",  # the language offered by its own name
                "token", "Token"}  # the USB key of a digital signature, as Vietnamese CAs call it
SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                      r"[aeiouy]{1,3}(ch|ng|nh|[cmnptk])?")  # k: Đắk Lắk
LATIN_WORD = re.compile(r"[^\W\d_]+")


def plain(word: str) -> str:
    """A word without its tone and vowel marks, đ as d, in lower case."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def english_words(text: str) -> list[str]:
    """The words of text that cannot be Vietnamese (no Vietnamese syllable has their shape),
    other than abbreviations and the names above."""
    text = re.sub(r"<[^>]+>|&nbsp;", " ", text).replace("&", "")  # markup and mnemonics
    text = re.sub(r"(?<![^\s(/,])\.\w+", " ", text)  # file name extensions: .docx, .p12
    return [w for w in LATIN_WORD.findall(text)
            if len(w) > 1 and w not in PROPER_WORDS and sum(c.isupper() for c in w) < 2
            and not SYLLABLE.fullmatch(plain(w))]


def tooltips(root) -> list[str]:
    """The tooltips of the visible widgets under root."""
    return [w.toolTip() for w in root.findChildren(QWidget) if w.isVisible() and w.toolTip()
            and w.objectName() not in USER_TEXT_LABELS]


def menu_tooltips(window) -> list[str]:
    return [a.toolTip() for m in window.menuBar().actions() for a in m.menu().actions()]


def english_in(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if english_words(t)})


def dialog_texts(qtbot, dialog) -> list[str]:
    """What a window shows, on each of its tabs, with the tooltips and the window title."""
    texts = [dialog.windowTitle()]
    tabs = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()] or [None]
    for widget in tabs:
        for index in range(widget.count() if widget else 1):
            if widget:
                widget.setCurrentIndex(index)
                qtbot.wait(5)
            texts += shown_texts(dialog) + tooltips(dialog)
    return texts


def test_english_word_detector():
    assert english_words("&Tệp") == [] and english_words("Xuất PDF (Ctrl+P)") == []
    assert english_words("Mở bằng Word") == [] and english_words("Nghị quyết NQ/UBND") == []
    assert english_words("Thông tin chung, nguyễn khoa") == []
    assert english_words("Tệp (.p12, .pfx)") == [] and english_words("Đã xong.Tiếp") == []
    assert english_words("&Settings…") == ["Settings"]
    assert english_words("Mở file") == ["file"] and english_words("Time") == ["Time"]


def test_every_page_and_dialog_in_vietnamese_is_vietnamese(qapp, qtbot, app_store):
    from secretary_app.storage.directory import DirectoryEntry
    from secretary_app.storage.organizations import default_organization
    from secretary_app.ui.dialogs.directory_dialog import DirectoryDialog, PersonDialog
    from secretary_app.ui.dialogs.organization_dialog import OrganizationDialog
    from secretary_app.ui.dialogs.register_dialog import RegisterDialog
    from secretary_app.ui.dialogs.safety_dialogs import AuditLogDialog, ReasonDialog
    from secretary_app.ui.dialogs.settings_dialog import SettingsDialog
    from secretary_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from secretary_app.ui.dialogs.sign_dialog import SignDialog
    from secretary_app.ui.store_signals import StoreSignals

    install_language(qapp, "vi")
    window = open_window(qtbot, app_store, "vi")
    window.resize(1366, 768)
    window.open_meeting(app_store.seed_id, "info")
    found = {}
    for name in window.editor.pages:
        window.show_page(name)
        qtbot.wait(20)
        texts = dialog_texts(qtbot, window) + menu_texts(window) + menu_tooltips(window)
        if bad := english_in(texts):
            found[name] = bad
    for name, opener in (("search", "search"), ("tasks", "followup")):
        window.named_actions[opener].trigger()
        dialog = QApplication.activeModalWidget() or window.findChild(
            QDialog, {"search": "searchPanel", "tasks": "tasksView"}[name])
        qtbot.wait(20)
        if bad := english_in(dialog_texts(qtbot, dialog)):
            found[name] = bad
        dialog.close()
    window.close()
    signals = StoreSignals(app_store)
    try:
        org = default_organization(app_store.db)
        person = DirectoryEntry(1, "Lê Thị Bình", "Phó Giám đốc", "Sở", False, None, 1)
        for dialog in (RegisterDialog(app_store, signals, app_store.seed_id),
                       DirectoryDialog(app_store, signals), PersonDialog(person),
                       OrganizationDialog(org), SettingsDialog(org, "vi", store=app_store),
                       ShortcutsDialog(), ReasonDialog("Biên bản"), AuditLogDialog("Nhật ký", []),
                       SignDialog(Path("bien-ban.pdf"))):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(10)
            if bad := english_in(dialog_texts(qtbot, dialog)):
                found[type(dialog).__name__] = bad
            dialog.close()
    finally:
        signals.detach()
    assert {name: {t: english_words(t) for t in texts} for name, texts in found.items()} == {}
