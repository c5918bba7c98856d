"""Start-up loads what the first screen needs: no hidden editor page, dialog or document code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from secretary_app.storage.settings import set_setting

PROBE = """
import json, sys
from secretary_app.app import main
code = main(["--db", sys.argv[1], "--smoke-test"])
print(json.dumps([code, sorted(sys.modules)]))
"""
NEVER_AT_START = ("docx", "reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
                  "PySide6.QtPrintSupport", "secretary_app.documents", "secretary_app.ui.dialogs",
                  "secretary_app.ui.meeting_actions", "secretary_app.ui.dialogs.search_panel",
                  "secretary_app.ui.dialogs.tasks_view", "secretary_app.ui.dialogs.register_dialog",
                  "secretary_app.ui.dialogs.directory_dialog", "secretary_app.cli.followup")
LATER_PAGES = ("attendees_page", "proceedings_page", "conclusions_page", "documents_page")


def started_modules(db_path) -> list[str]:
    """The modules loaded by a real smoke-test start on db_path (in a fresh process)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0
    return modules


def loaded(modules: list[str], prefix: str) -> bool:
    return any(m == prefix or m.startswith(prefix + ".") for m in modules)


def test_the_last_meeting_reopens_with_its_information_page_only(app_store, db_path):
    set_setting(app_store, "last_meeting_id", str(app_store.seed_id))
    app_store.close()
    modules = started_modules(db_path)
    assert "secretary_app.ui.pages.info_page" in modules
    for page in LATER_PAGES:
        assert not loaded(modules, f"secretary_app.ui.pages.{page}"), page
    for name in NEVER_AT_START:
        assert not loaded(modules, name), name


def test_no_meeting_shown_builds_no_page(tmp_path):
    modules = started_modules(tmp_path / "empty.db")
    assert not any(m.startswith("secretary_app.ui.pages.") and m.endswith("_page")
                   for m in modules)
    for name in NEVER_AT_START:
        assert not loaded(modules, name), name
