"""Every window in English shows English only, and no column header is cut (issue 17)."""

from __future__ import annotations

import datetime as dt
import unicodedata

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
            bad = [t for t in shown_texts(window) + menu_texts(window) if vietnamese(t)]
            if bad:
                found[name] = sorted(set(bad))
            if clipped := clipped_headers(window):
                cut[name] = clipped
        window.close()
        for name, opener in (("search", "search"), ("tasks", "followup")):
            window.actions[opener].trigger()
            dialog = QApplication.activeModalWidget() or window.findChild(
                QDialog, {"search": "searchPanel", "tasks": "tasksView"}[name])
            qtbot.wait(20)
            bad = [t for t in shown_texts(dialog) if vietnamese(t)]
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
