"""Issue 11.4: one writer per database file, whatever the path that names it."""

from __future__ import annotations

import os

import pytest

from secretary_app.storage.lock import DatabaseBusyError, DatabaseLock
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest


def _paths(db):
    folder = db.parent
    (folder / "x").mkdir(exist_ok=True)
    os.symlink(db, folder / "link.db")
    os.link(db, folder / "hard.db")
    (folder / "other").mkdir()
    os.link(db, folder / "other" / "elsewhere.db")  # a hard link in another folder
    return {"hard link": folder / "hard.db", "symlink": folder / "link.db",
            "./x/../d.db": folder / "x" / ".." / db.name,
            "hard link elsewhere": folder / "other" / "elsewhere.db"}


@pytest.fixture
def office(tmp_path):
    db = tmp_path / "d.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    return db


def test_every_path_to_the_file_meets_the_same_lock(office, lock_holder):
    proc = lock_holder(office)
    for what, path in _paths(office).items():
        with pytest.raises(DatabaseBusyError) as caught:
            DatabaseLock(path).acquire()
        assert f"tiến trình {proc.pid}" in str(caught.value), what


def test_the_lock_taken_through_a_link_holds_off_the_real_path(office):
    paths = _paths(office)
    for what, path in paths.items():
        with DatabaseLock(path):
            with pytest.raises(DatabaseBusyError):
                DatabaseLock(office).acquire()
            for other in paths.values():
                with pytest.raises(DatabaseBusyError):
                    DatabaseLock(other).acquire()
        with DatabaseLock(office) as free:
            assert free.held, what


def test_a_second_writer_through_a_link_is_refused_with_the_clear_message(office, lock_holder):
    paths = _paths(office)
    lock_holder(paths["hard link"])
    before = digest(office)
    for what, path in paths.items():
        result = run_cli("--db", str(path), "import", str(SEED_PATH))
        assert result.returncode == 1, what
        assert "chỉ một nơi được ghi vào tệp này" in result.stderr, what
    result = run_cli("--db", str(office), "import", str(SEED_PATH))
    assert result.returncode == 1 and "chỉ một nơi được ghi" in result.stderr
    assert digest(office) == before


def test_a_new_file_is_covered_once_created(tmp_path):
    db = tmp_path / "new.db"
    lock = DatabaseLock(db).acquire()  # the file does not exist yet
    db.write_bytes(b"")
    lock.cover_file()
    os.link(db, tmp_path / "hard.db")
    with pytest.raises(DatabaseBusyError):
        DatabaseLock(tmp_path / "hard.db").acquire()
    lock.release()
    with DatabaseLock(tmp_path / "hard.db") as free:
        assert free.held
