"""The import contract (tests/layer_rules.py) holds for secretary_app, and it catches each rule
broken on purpose; at run time the core and the CLI load no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import secretary_app
from tests.layer_rules import violations

ROOT = Path(secretary_app.__file__).resolve().parent

# One module per rule, each breaking it once (written into a throw-away package tree).
BROKEN = {
    "domain/model.py": ("import sqlite_utils\n", "domain imports only the standard library"),
    "domain/text.py": ("from secretary_app.storage import rows\n",
                       "domain imports nothing else of the app"),
    "storage/meetings.py": ("def f():\n    from secretary_app.documents import export\n",
                            "storage never imports documents, ui or the CLI"),
    "documents/export.py": ("from ..storage.database import Store\n",
                            "documents never imports storage, ui or the CLI"),
    "office/server.py": ("from secretary_app.ui import messages\n",
                         "the core (domain, storage, documents, office, signing) never imports "
                         "ui or the CLI"),
    "signing/pades.py": ("from PySide6.QtCore import QObject\n",
                         "only ui/ and app.py import PySide6"),
    "cli/__init__.py": ("import shiboken6\n", "only ui/ and app.py import PySide6"),
    "ui/pages/info_page.py": ("import sqlite3\n", "nothing under ui/ imports sqlite3"),
    "ui/commands.py": ('TABLE = "x"\nSQL = f"SELECT id FROM [{TABLE}] WHERE id = ?"\n',
                       "nothing under ui/ holds SQL text"),
    "ui/main_window.py": ("def f(store):\n    store.db.executemany('x', [])\n",
                          "nothing under ui/ holds SQL text"),
    "ui/tasks_view.py": ("from secretary_app.storage.rows import children\n",
                         "ui/ calls storage's public functions, not its row plumbing"),
    "storage/faults.py": ("from secretary_app.storage.migrations.m0005_finalise import X\n",
                          "migrations are frozen history: nothing imports from a migration module"),
}
ALLOWED = {
    "domain/enums.py": "import datetime as dt\nfrom enum import StrEnum\nfrom .text import fold\n",
    "storage/database.py": "import sqlite3\nfrom sqlite_utils import Database\n"
                           "from secretary_app.fileio import write_file_atomically\n",
    "storage/migrations/m0005_finalise.py": "SQL = 'CREATE TABLE x (id INTEGER)'\n",
    "storage/migrations/__init__.py": "from secretary_app.storage.migrations import m0005_finalise\n",
    "documents/fonts.py": "from secretary_app.fileio import ExportError\nimport reportlab\n",
    "ui/application.py": "from PySide6.QtWidgets import QApplication\n"
                         "from secretary_app.storage.faults import StorageError\n"
                         "TEXT = 'Chọn cuộc họp từ danh sách'\n",
    "app.py": "def main():\n    from PySide6.QtWidgets import QApplication\n",
}


def write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_secretary_app_keeps_the_import_contract():
    broken = violations(ROOT)
    assert broken == [], "the import contract is broken:\n" + "\n".join(map(str, broken))


def test_allowed_imports_pass(tmp_path):
    write_tree(tmp_path / "secretary_app", ALLOWED)
    assert violations(tmp_path / "secretary_app") == []


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_rule_is_caught(tmp_path, name):
    text, rule = BROKEN[name]
    write_tree(tmp_path / "secretary_app", {**ALLOWED, name: text})
    found = violations(tmp_path / "secretary_app")
    module = "secretary_app." + name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    assert [(v.rule, v.module) for v in found] == [(rule, module)]


CODE = """
import importlib, pkgutil, sys
import secretary_app
CORE = ("domain", "storage", "documents", "office", "signing", "cli")
for name in ("secretary_app.fileio", "secretary_app.paths"):
    importlib.import_module(name)
for short in CORE:
    try:
        pkg = importlib.import_module("secretary_app." + short)
    except ModuleNotFoundError as exc:
        if exc.name == "secretary_app." + short:
            continue  # a core package another branch has not brought in yet
        raise
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
from secretary_app.cli import build_parser
build_parser()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_core_packages_import_no_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
