"""No Alt mnemonic is used twice in one window, in Vietnamese or English (issue 17)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

from secretary_app.ui.translation import install_language

from .conftest import open_window

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ('&Tệp' -> 't'), or None."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_mnemonics(window) -> dict[str, list[str]]:
    """Alt letter -> the texts that use it, over the menu bar and every visible widget."""
    used: dict[str, list[str]] = defaultdict(list)
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and (not isinstance(widget, QLabel) or widget.buddy()):
            texts.append(widget.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisible():
            texts.append(box.title())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            used[letter].append(text)
    return used


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_uses_each_alt_letter_once(qapp, qtbot, app_store, language):
    install_language(qapp, language)
    try:
        window = open_window(qtbot, app_store, language)
        window.open_meeting(app_store.seed_id, "info")
        clashes = {}
        for name in window.editor.pages:
            window.show_page(name)
            qtbot.wait(10)
            twice = {k: v for k, v in visible_mnemonics(window).items() if len(v) > 1}
            if twice:
                clashes[name] = twice
        window.close()
        assert clashes == {}
    finally:
        install_language(qapp, "vi")


def dialog_mnemonics(dialog) -> dict[str, list[str]]:
    """Alt letter -> texts, over a dialog's visible labels with buddies, buttons, boxes, tabs."""
    used: dict[str, list[str]] = defaultdict(list)
    texts = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisible() and (not isinstance(widget, QLabel) or widget.buddy()):
            texts.append(widget.text())
    texts += [b.title() for b in dialog.findChildren(QGroupBox) if b.isVisible()]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())] if tabs.isVisible() else []
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            used[letter].append(text)
    return used


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dialog_uses_each_alt_letter_once(qapp, qtbot, app_store, language):
    from secretary_app.storage.organizations import default_organization
    from secretary_app.ui.dialogs.directory_dialog import DirectoryDialog
    from secretary_app.ui.dialogs.organization_dialog import OrganizationDialog
    from secretary_app.ui.dialogs.register_dialog import RegisterDialog
    from secretary_app.ui.dialogs.settings_dialog import SettingsDialog
    from secretary_app.ui.store_signals import StoreSignals

    install_language(qapp, language)
    signals = StoreSignals(app_store)
    try:
        org = default_organization(app_store.db)
        dialogs = [RegisterDialog(app_store, signals, app_store.seed_id),
                   DirectoryDialog(app_store, signals), OrganizationDialog(org),
                   SettingsDialog(org, language)]
        clashes = {}
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            twice = {k: v for k, v in dialog_mnemonics(dialog).items() if len(v) > 1}
            if twice:
                clashes[type(dialog).__name__] = twice
            dialog.close()
        assert clashes == {}
    finally:
        signals.detach()
        install_language(qapp, "vi")
