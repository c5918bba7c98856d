"""No UI class hides a Qt method under an attribute of its own (self.style hid QWidget.style())."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

import secretary_app.ui

ASSIGNED = re.compile(r"self\.(\w+)(?:\s*:\s*[^=\n]+)?\s*=(?!=)|self\.\w+, self\.(\w+)\s*=(?!=)")
KNOWN: set[tuple[str, str]] = set()  # (class, attribute) allowed to hide a Qt name: none


def qt_classes():
    package = secretary_app.ui
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if (isinstance(cls, type) and cls.__module__ == module.__name__
                    and issubclass(cls, (QObject, QUndoCommand))):
                yield cls


def shadowed(cls) -> list[str]:
    qt = [base for base in cls.__mro__ if base.__module__.startswith(("PySide6", "Shiboken"))]
    names = {a or b for a, b in ASSIGNED.findall(inspect.getsource(cls))}
    return sorted(name for name in names if any(
        name in vars(base) and callable(getattr(base, name)) for base in qt)
        and (f"{cls.__module__}.{cls.__qualname__}", name) not in KNOWN)


def test_no_attribute_hides_a_qt_method():
    found = {f"{cls.__module__}.{cls.__qualname__}": names for cls in qt_classes()
             if (names := shadowed(cls))}
    assert found == {}


def test_the_check_sees_a_hidden_method():
    from PySide6.QtWidgets import QWidget

    class Form(QWidget):
        def __init__(self):
            super().__init__()
            self.style = None  # hides QWidget.style()

    assert shadowed(Form) == ["style"]
