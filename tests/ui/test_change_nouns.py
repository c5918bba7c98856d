"""Every refresh set of the UI is made of Change nouns (storage.changes.Noun), not loose strings."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import secretary_app.ui
from secretary_app.storage.changes import Noun
from secretary_app.ui.pages.base import MeetingPage

SETS = ("nouns", "RELOAD_NOUNS", "LIST_NOUNS", "CARRIED_NOUNS")


def ui_modules():
    package = secretary_app.ui
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


def refresh_sets():
    found = {}
    for module in ui_modules():
        for name in SETS:
            if isinstance(getattr(module, name, None), (set, frozenset)):
                found[f"{module.__name__}.{name}"] = getattr(module, name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, MeetingPage) and value.nouns:
                found[f"{value.__module__}.{value.__name__}.nouns"] = value.nouns
    return found


def test_pages_and_dialogs_have_refresh_sets():
    names = set(refresh_sets())
    assert {"secretary_app.ui.pages.proceedings_page.ProceedingsPage.nouns",
            "secretary_app.ui.main_window.LIST_NOUNS",
            "secretary_app.ui.dialogs.tasks_view.RELOAD_NOUNS"} <= names


@pytest.mark.parametrize("where", sorted(refresh_sets()))
def test_every_refresh_set_is_made_of_nouns(where):
    assert all(type(noun) is Noun for noun in refresh_sets()[where]), where
