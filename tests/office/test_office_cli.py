"""`secretary-app office …` and `issue` with an office server, as two laptops would run them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.office.conftest import PASSWORD, ROOT, subprocess_env


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secretary_app", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                          env=subprocess_env(), timeout=120)


def ok(*args: str, stdin: str = "") -> str:
    done = cli(*args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def seed_file(tmp_path, seed_package):
    seed_package["attendees"].append({"id": "tk", "name": "Đặng Thu Hà", "role": "secretary",
                                      "presence": "present"})
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed_package, ensure_ascii=False), encoding="utf-8")
    return path


def init(db, settings) -> str:
    return ok("--db", str(db), "office", "init", "--host", settings.host, "--port",
              str(settings.port), "--database", settings.database, "--user", settings.user,
              "--office", settings.office, "--password-stdin", stdin=PASSWORD + "\n")


@pytest.mark.slow
def test_two_laptops_issue_alternately_and_find_each_others_minutes(tmp_path, office,
                                                                    seed_file, test_keyring):
    dbs = [tmp_path / "a.db", tmp_path / "b.db"]
    for db, name in zip(dbs, ("Đặng Thu Hà", "Lê Văn Bình"), strict=True):
        assert "Đã kết nối" in init(db, office.secretary(name))
        ok("--db", str(db), "import", str(seed_file))
    numbers = []
    for db, kind in ((dbs[0], "minutes"), (dbs[1], "minutes"), (dbs[0], "notice"),
                     (dbs[1], "notice")):
        numbers.append(ok("--db", str(db), "issue", "1", "--document", kind,
                          "--date", "2026-03-02").strip())
    assert numbers == ["Số: 01/BB-SGDĐT", "Số: 02/BB-SGDĐT", "Số: 03/TB-SGDĐT",
                       "Số: 04/TB-SGDĐT"]
    for db in dbs:
        finalised = cli("--db", str(db), "finalise", "1")
        assert finalised.returncode == 0 and "Đã gửi lên lưu trữ văn phòng" in finalised.stderr
    hits = ok("--db", str(dbs[1]), "office", "search", "dang thu ha").splitlines()
    assert len(hits) == 2 and all("Thư ký: Đặng Thu Hà" in h for h in hits)
    assert {h.split("\t")[-1].split(" (")[0] for h in hits} == {"Gửi bởi: Đặng Thu Hà",
                                                               "Gửi bởi: Lê Văn Bình"}
    uid_of_a = next(h.split("\t")[0] for h in hits if "Đặng Thu Hà (" in h)
    copy_id = ok("--db", str(dbs[1]), "office", "pull", uid_of_a).strip()
    assert copy_id == "2"
    status = ok("--db", str(dbs[0]), "office", "status")
    assert "Bản chờ gửi lên lưu trữ: 0" in status and "lược đồ máy chủ 1 (ứng dụng 1)" in status


def test_password_is_kept_in_the_keyring_not_the_database(tmp_path, office, test_keyring):
    db = tmp_path / "a.db"
    init(db, office.secretary())
    assert PASSWORD.encode() not in db.read_bytes()
    assert PASSWORD in test_keyring.read_text()


def test_issue_without_the_server_says_so_and_exits_1(tmp_path, office, seed_file):
    db = tmp_path / "a.db"
    init(db, office.secretary())
    ok("--db", str(db), "import", str(seed_file))
    office.cluster.stop("fast")
    try:
        done = cli("--db", str(db), "issue", "1", "--document", "minutes")
    finally:
        office.cluster.start()
    assert done.returncode == 1
    assert "không cấp số khi mất kết nối" in done.stderr
    assert ok("--db", str(db), "register") == ""


def test_wrong_password_at_init(tmp_path, office):
    s = office.secretary()
    done = cli("--db", str(tmp_path / "a.db"), "office", "init", "--host", s.host, "--port",
               str(s.port), "--database", s.database, "--user", s.user, "--office", s.office,
               "--password-stdin", stdin="sai\n")
    assert done.returncode == 1 and "từ chối tên đăng nhập hoặc mật khẩu" in done.stderr


def test_office_commands_need_a_connection(tmp_path):
    done = cli("--db", str(tmp_path / "a.db"), "office", "status")
    assert done.returncode == 2 and "chưa kết nối máy chủ văn phòng" in done.stderr


def test_a_secretary_cannot_add_secretaries(tmp_path, office):
    db = tmp_path / "a.db"
    init(db, office.secretary())
    done = cli("--db", str(db), "office", "add-secretary", "thuky_moi", "--name", "Mới",
               stdin="mat-khau\n")
    assert done.returncode == 1
    assert "máy chủ văn phòng từ chối" in done.stderr and "Traceback" not in done.stderr


def test_finalised_offline_then_pull_sends_it(tmp_path, office, seed_file):
    db = tmp_path / "a.db"
    init(db, office.secretary())
    ok("--db", str(db), "import", str(seed_file))
    office.cluster.stop("fast")
    try:
        done = cli("--db", str(db), "finalise", "1")
    finally:
        office.cluster.start()
    assert done.returncode == 0  # finalised locally all the same
    assert "chưa gửi được lên lưu trữ văn phòng" in done.stderr
    assert "Bản chờ gửi lên lưu trữ: 1" in cli("--db", str(db), "office", "status").stdout
    out = ok("--db", str(db), "office", "pull")
    assert "Đã gửi cuộc họp 1: phiên bản 1" in out and "Còn chờ gửi: 0" in out
    assert ok("--db", str(db), "office", "search", "khuyen hoc").count("\n") == 1
