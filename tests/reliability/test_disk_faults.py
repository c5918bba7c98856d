"""Disk and file faults: missing, read-only and locked destinations, and a full disk.

Real faults where the machine allows them (tmpfs mounts, `chattr +i`, need root), injected
errors otherwise (a monkeypatched os.replace; SQLite's max_page_count for a full database).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from secretary_app.domain.model import Opinion
from secretary_app.fileio import ExportError, write_file_atomically
from secretary_app.storage.database import open_store
from secretary_app.storage.faults import DISK_FULL, describe_error, is_disk_full
from secretary_app.storage.lists import OPINIONS
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest, fill_disk

PAYLOAD = "Biên bản <b>&</b> 👩🏽‍💻 ".encode() * 20_000  # about 0.5 MB


def _no_debris(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_export_to_a_missing_folder(tmp_path):
    with pytest.raises(ExportError, match="thư mục không tồn tại"):
        write_file_atomically(tmp_path / "absent" / "bb.docx", PAYLOAD)
    assert not (tmp_path / "absent").exists()


def test_cli_export_to_a_missing_folder(tmp_path):
    db = tmp_path / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    result = run_cli("--db", str(db), "export-package", "1", "-o", str(tmp_path / "x" / "a.json"))
    assert result.returncode == 1
    assert "thư mục không tồn tại" in result.stderr and "Traceback" not in result.stderr


def test_export_to_a_read_only_mount(mount_tmpfs):
    folder = mount_tmpfs("ro,size=1m")
    with pytest.raises(ExportError, match="chỉ cho đọc"):
        write_file_atomically(folder / "bb.pdf", PAYLOAD)
    assert list(folder.iterdir()) == []


def test_export_to_an_immutable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)  # enough for an ordinary user; root ignores it
    elif not _chattr("+i", folder):
        pytest.skip("chattr +i is not available on this file system")
    try:
        with pytest.raises(ExportError, match="không có quyền ghi"):
            write_file_atomically(folder / "bb.docx", PAYLOAD)
        assert list(folder.iterdir()) == []
    finally:
        _chattr("-i", folder) if os.geteuid() == 0 else folder.chmod(0o755)


def test_overwriting_an_immutable_file_keeps_it(tmp_path):
    target = tmp_path / "bb.docx"
    target.write_bytes(b"old version")
    if os.geteuid() != 0 or not _chattr("+i", target):
        pytest.skip("needs root and chattr +i")
    try:
        with pytest.raises(ExportError, match="đang bị khóa hoặc chỉ đọc"):
            write_file_atomically(target, PAYLOAD)
    finally:
        _chattr("-i", target)
    assert target.read_bytes() == b"old version"
    _no_debris(tmp_path)


def test_file_held_open_elsewhere_windows_style(tmp_path, monkeypatch):
    """Windows refuses to replace a file Word holds open (PermissionError); injected here."""
    target = tmp_path / "bb.docx"
    target.write_bytes(b"old version")

    def sharing_violation(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", sharing_violation)
    with pytest.raises(ExportError, match="đang bị khóa hoặc chỉ đọc"):
        write_file_atomically(target, PAYLOAD)
    assert target.read_bytes() == b"old version"
    _no_debris(tmp_path)


def test_export_on_a_full_disk_leaves_nothing(mount_tmpfs):
    folder = mount_tmpfs("size=256k")
    (folder / "bb.pdf").write_bytes(b"previous export")
    with pytest.raises(ExportError, match="ổ đĩa đã đầy"):
        write_file_atomically(folder / "bb.pdf", PAYLOAD)
    assert (folder / "bb.pdf").read_bytes() == b"previous export"
    _no_debris(folder)


def _big_opinion(n: int = 1) -> Opinion:
    return Opinion(key="", text=f"Ý kiến lớn {n}: " + "Ủy ban nhân dân tỉnh. " * 40_000)


def _assert_full_then_recovers(store, meeting_id, free_space) -> None:
    saved = load_meeting(store.db, meeting_id)
    with pytest.raises(sqlite3.OperationalError) as caught:
        OPINIONS.add(store, meeting_id, _big_opinion())
    assert is_disk_full(caught.value) and describe_error(caught.value) == DISK_FULL
    assert not store.db.conn.in_transaction
    assert load_meeting(store.db, meeting_id) == saved  # nothing already saved was lost
    free_space()
    OPINIONS.add(store, meeting_id, _big_opinion(2))
    assert len(load_meeting(store.db, meeting_id).opinions) == len(saved.opinions) + 1


def test_full_disk_during_a_save_loses_nothing(mount_tmpfs, seed_meeting):
    folder = mount_tmpfs("size=3m")
    store = open_store(folder / "office.db")
    mid = create_meeting(store, seed_meeting)
    filler = fill_disk(folder)
    _assert_full_then_recovers(store, mid, filler.unlink)
    store.close()
    reopened = open_store(folder / "office.db")
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert load_meeting(reopened.db, mid).opinions[-1].text.startswith("Ý kiến lớn 2")
    reopened.close()


def test_full_database_without_a_mount_loses_nothing(seeded_store):
    """SQLite's own 'database or disk is full' (SQLITE_FULL), forced with max_page_count."""
    pages = seeded_store.db.execute("PRAGMA page_count").fetchone()[0]
    seeded_store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    _assert_full_then_recovers(seeded_store, seeded_store.seed_id, lambda: seeded_store.db.execute(
        "PRAGMA max_page_count = 1000000000"))
    assert seeded_store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_import_on_a_full_disk_says_so(mount_tmpfs):
    folder = mount_tmpfs("size=3m")
    db = folder / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    before = digest(db)
    filler = fill_disk(folder)
    result = run_cli("--db", str(db), "import", str(SEED_PATH))
    assert result.returncode == 1
    assert "đã đầy" in result.stderr and "CHƯA được lưu" in result.stderr
    assert "Traceback" not in result.stderr
    filler.unlink()
    assert digest(db) == before
    assert run_cli("--db", str(db), "list").stdout.count("\n") == 1


def test_database_on_a_read_only_medium(mount_tmpfs, qtbot, monkeypatch):
    """A database on a medium mounted read-only (a CD, a write-protected stick)."""
    from secretary_app.ui import messages
    from secretary_app.ui.startup_checks import open_database

    folder = mount_tmpfs("size=4m")
    db = folder / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    refused = run_cli("--db", str(db), "import", str(SEED_PATH))
    assert refused.returncode == 1 and "chỉ cho đọc" in refused.stderr
    assert "Traceback" not in refused.stderr
    listed = run_cli("--db", str(db), "list")  # reading still works (an immutable connection)
    assert listed.returncode == 0 and listed.stdout.startswith("1\t2024-10-16\t")
    assert run_cli("--db", str(db), "check").returncode == 0
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append(text))
    assert open_database(db) is None
    assert shown and "chỉ cho đọc" in shown[0]
