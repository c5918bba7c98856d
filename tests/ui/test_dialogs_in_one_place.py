"""Every dialog of the app lives under ui/dialogs/."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtWidgets import QDialog

import secretary_app.ui


def test_every_dialog_class_is_under_ui_dialogs():
    package = secretary_app.ui
    outside = []
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        outside += [f"{module.__name__}.{name}" for name, cls in vars(module).items()
                    if isinstance(cls, type) and cls.__module__ == module.__name__
                    and issubclass(cls, QDialog)
                    and not module.__name__.startswith("secretary_app.ui.dialogs.")]
    assert outside == []
