"""Interface language: Vietnamese (the source language) by default, English from a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from secretary_app.paths import resource
from secretary_app.storage.settings import get_setting, set_setting

LANGUAGE_KEY = "language"
LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def chosen_language(db, requested: str | None = None) -> str:
    """--lang when given, else the language saved in Settings, else Vietnamese."""
    if requested in LANGUAGES:
        return requested
    saved = get_setting(db, LANGUAGE_KEY)
    return saved if saved in LANGUAGES else "vi"


def save_language(store, language: str) -> None:
    """Remember the language chosen in Settings."""
    set_setting(store, LANGUAGE_KEY, language)


def translation_files(language: str) -> list[str]:
    """The .qm files that make up one language (Vietnamese needs only Qt's own strings)."""
    if language == "en":
        return [str(resource("translations", "secretary_app_en.qm"))]
    return [str(resource("translations", "qtbase_vi.qm"))]


def install_language(app: QCoreApplication, language: str) -> bool:
    """Replace the installed translators by those of `language`; False if a file is missing."""
    while _installed:
        app.removeTranslator(_installed.pop())
    ok = True
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    return ok
