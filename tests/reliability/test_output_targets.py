"""Issue 11.1: no output ever lands on the database, its side files or its backups (by file
identity), nor on a device, a FIFO, a folder or a read-only file; CLI and save dialogs alike."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from secretary_app.fileio import ExportError, write_file_atomically
from secretary_app.storage.backup import take_backup
from secretary_app.storage.targets import (
    OutputTargetError,
    check_output_target,
    forget_database,
    protect_database,
)
from secretary_app.ui import messages
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest

OUTPUTS = {  # every command that writes a file chosen by the user
    "export": ["export", "1", "--document", "minutes", "--format", "pdf", "-o"],
    "export-package": ["export-package", "1", "-o"],
    "register": ["register", "--format", "xlsx", "-o"],
    "followup-report": ["followup-report", "--format", "docx", "-o"],
    "backup": ["backup", "-o"],
}


@pytest.fixture
def office(tmp_path):
    """d.db holding the seed meeting, with a backups/ folder and one backup in it."""
    db = tmp_path / "d.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    take_backup(db, db, now=dt.datetime(2025, 1, 1))
    (tmp_path / "x").mkdir()
    os.symlink(db, tmp_path / "link.db")
    os.link(db, tmp_path / "hard.db")
    return db


def _targets(db: Path) -> dict[str, str]:
    folder = db.parent
    return {"the database": str(db), "./x/../d.db": str(folder / "x" / ".." / "d.db"),
            "a symlink to it": str(folder / "link.db"), "a hard link to it": str(folder / "hard.db"),
            "its WAL (absent now)": f"{db}-wal", "its lock file": f"{db}.lock",
            "an existing backup": str(folder / "backups" / "d-20250101-000000.db"),
            "a new file in backups/": str(folder / "backups" / "new.pdf"),
            "the case-folded WAL name": str(folder / "D.DB-WAL")}


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_no_cli_output_overwrites_the_database_or_its_backups(office, command):
    before = {p: digest(p) for p in [office, *office.parent.glob("backups/*")]}
    for what, target in _targets(office).items():
        result = run_cli("--db", str(office), *OUTPUTS[command], target)
        assert result.returncode == 2, (what, result.stderr)
        assert "đó là tệp dữ liệu đang dùng" in result.stderr, what
    assert {p: digest(p) for p in before} == before
    listed = run_cli("--db", str(office), "list")
    assert listed.returncode == 0 and listed.stdout.startswith("1\t")


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_special_files_are_refused_as_targets(office, command):
    fifo = office.parent / "fifo"
    os.mkfifo(fifo)
    for target in ("/dev/null", str(fifo), str(office.parent / "x")):
        result = run_cli("--db", str(office), *OUTPUTS[command], target)
        assert result.returncode == 2, (target, result.stderr)
        assert "không phải tệp thường" in result.stderr or "thư mục" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # never replaced by a regular file
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_read_only_target_is_refused_not_replaced(office):
    target = office.parent / "old.pdf"
    target.write_bytes(b"signed copy")
    target.chmod(0o444)
    result = run_cli("--db", str(office), *OUTPUTS["export"], str(target))
    assert result.returncode == 2 and "chỉ đọc" in result.stderr
    assert target.read_bytes() == b"signed copy"


def test_the_shared_check_compares_identities_not_spellings(office):
    for what, target in _targets(office).items():
        with pytest.raises(OutputTargetError):
            check_output_target(target, office)
        assert what
    elsewhere = office.parent / "x" / "minutes.pdf"
    assert check_output_target(elsewhere, office) == elsewhere


def test_every_write_refuses_an_open_database_of_this_process(office):
    protect_database(office)
    try:
        with pytest.raises(ExportError, match="đó là tệp dữ liệu đang dùng"):
            write_file_atomically(office.parent / "hard.db", b"%PDF")
    finally:
        forget_database(office)
    assert run_cli("--db", str(office), "check").returncode == 0


def test_save_dialogs_refuse_the_database_and_ask_again(qtbot, office, monkeypatch):
    protect_database(office)  # as the app does when it opens the database
    answers = [office.parent / "link.db", Path("/dev/null"),
               office.parent / "backups" / "x.db", office.parent / "minutes.pdf"]
    shown = []
    monkeypatch.setattr(messages, "choose_save_path", lambda *_a: answers.pop(0))
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append(text))
    try:
        chosen = messages.ask_save_path(None, "Xuất", "bb.pdf", "PDF (*.pdf)")
    finally:
        forget_database(office)
    assert chosen == office.parent / "minutes.pdf"
    assert len(shown) == 3 and "đó là tệp dữ liệu đang dùng" in shown[0]
    assert "không phải tệp thường" in shown[1]
