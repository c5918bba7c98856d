"""Issue 18: finalised minutes print what was finalised, including the tasks carried from
earlier meetings and the organisation profile, whatever happens to those sources later."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from sqlite_utils import Database

from secretary_app.domain.model import AgendaItem, Conclusion, Meeting, Organization, Task
from secretary_app.domain.package import meeting_to_package
from secretary_app.storage.audit_chain import seal_lines
from secretary_app.storage.database import open_store
from secretary_app.storage.finalise import finalise_meeting, sealed_digest
from secretary_app.storage.followup import set_task_status
from secretary_app.storage.followup_carry import carry_open_tasks
from secretary_app.storage.lists import TASKS
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.migrations.m0005_finalise import REOPEN_MESSAGE
from secretary_app.storage.migrations.m0007_audit_chain import NO_UPDATE
from secretary_app.storage.organizations import get_organization, save_organization
from tests.conftest import run_cli
from tests.documents.readback import docx_text, norm, pdf_text

JAN, FEB, MAR = dt.date(2025, 1, 6), dt.date(2025, 2, 3), dt.date(2025, 3, 3)
OLD_TASK, NEW_TASK = "Rà soát đội ngũ giáo viên", "Rà soát và bổ sung đội ngũ giáo viên"
OLD_ORG, NEW_ORG = "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ GIÁO DỤC, KHOA HỌC VÀ CÔNG NGHỆ"


@pytest.fixture
def office(tmp_path):
    """Meeting 1 (January) with two tasks carried into meeting 2 (March), which is finalised."""
    path = tmp_path / "office.db"
    store = open_store(path)
    org = Organization(OLD_ORG, parent_name="UBND TỈNH ĐẮK LẮK", abbreviation="SGDĐT",
                       place_name="Đắk Lắk")
    save_organization(store, org, make_default=True)
    first = create_meeting(store, Meeting("Giao ban tháng 1", JAN, org, conclusions=[Conclusion(
        "Giao việc", tasks=[Task("Phòng GDTrH", OLD_TASK, deadline=dt.date(2025, 2, 28)),
                            Task("Văn phòng Sở", "Tổng hợp báo cáo quý I")])]))
    third = create_meeting(store, Meeting("Giao ban tháng 3", MAR, org,
                                          agenda=[AgendaItem("g1", "Triển khai tháng 3")]))
    carry_open_tasks(store, third)
    finalise_meeting(store, third)
    store.task_id = load_meeting(store.db, third).carried[0].task_id
    assert (first, third) == (1, 2)
    store.close()
    return path


def export_both(db, stem) -> dict[str, str]:
    """Export meeting 2's minutes as PDF and DOCX through the CLI; their text."""
    out = {}
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        target = db.parent / f"{stem}.{fmt}"
        result = run_cli("--db", str(db), "export", "2", "--document", "minutes", "--format",
                         fmt, "-o", str(target))
        assert result.returncode == 0, result.stderr
        out[fmt] = norm(read(target.read_bytes()))
    return out


def edit_the_sources(db) -> None:
    """Change the carried task (text, status before the meeting day) and the profile."""
    store = open_store(db)
    task_id = load_meeting(store.db, 2).carried[0].task_id
    TASKS.update(store, task_id, description=NEW_TASK)
    set_task_status(store, task_id, "done", FEB)  # done before the meeting day, said later
    org = get_organization(store.db, 1)
    save_organization(store, dataclasses.replace(org, name=NEW_ORG, place_name="Buôn Ma Thuột"))
    store.close()


def test_finalised_minutes_print_the_frozen_sources(office):
    before = export_both(office, "before")
    assert OLD_TASK in before["pdf"] and OLD_TASK in before["docx"]
    assert "tình trạng: đang thực hiện" in before["pdf"]
    edit_the_sources(office)
    after = export_both(office, "after")
    assert after == before  # identical text, both formats
    assert NEW_TASK not in after["pdf"] and NEW_ORG not in after["docx"]
    check = run_cli("--db", str(office), "check")
    assert check.returncode == 0, check.stdout
    for fmt in ("pdf", "docx"):  # a file exported before the change still proves itself
        verified = run_cli("--db", str(office), "verify", str(office.parent / f"before.{fmt}"))
        assert verified.returncode == 0, verified.stdout
    reopened = run_cli("--db", str(office), "reopen", "2", "--reason", "Cập nhật nguồn mới")
    assert reopened.returncode == 0, reopened.stderr
    assert f"Hồ sơ cơ quan, tên cơ quan: «{OLD_ORG}» → «{NEW_ORG}»" in reopened.stdout
    assert f"nội dung: «{OLD_TASK}» → «{NEW_TASK}»" in reopened.stdout
    assert "tình trạng: «đang thực hiện» → «đã hoàn thành»" in reopened.stdout
    assert run_cli("--db", str(office), "finalise", "2").returncode == 0
    again = export_both(office, "again")
    for fmt in ("pdf", "docx"):
        assert NEW_TASK in again[fmt] and OLD_TASK not in again[fmt]
        assert NEW_ORG in again[fmt] and "tình trạng: đã hoàn thành" in again[fmt]
    assert run_cli("--db", str(office), "check").returncode == 0


def test_a_changed_frozen_source_is_caught_by_check(office):
    with sqlite3.connect(office, isolation_level=None) as conn:
        conn.execute("DROP TRIGGER finalised_meetings_no_update")
        conn.execute("UPDATE finalised_meetings SET sources_json = replace(sources_json, ?, ?)",
                     [OLD_TASK, NEW_TASK])
    check = run_cli("--db", str(office), "check")
    assert check.returncode == 1
    assert "cuộc họp 2 đã bị thay đổi" in check.stdout and "bản chụp lúc chốt" in check.stdout


def test_reopen_without_changes_says_nothing(office):
    reopened = run_cli("--db", str(office), "reopen", "2", "--reason", "Xem lại")
    assert reopened.returncode == 0 and reopened.stdout == ""


def test_minutes_finalised_before_the_sources_were_frozen_stay_consistent(office):
    """A meeting finalised by an older version (no frozen sources, hash of the content alone,
    as migration 0007 finds it) passes check, exports and prints its live sources."""
    conn = sqlite3.connect(office, isolation_level=None)
    db = Database(conn)
    legacy = sealed_digest(meeting_to_package(load_meeting(db, 2)), None)
    for name in ("finalised_meetings_no_update", "meeting_audit_no_update"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE finalised_meetings SET sources_json = NULL, package_sha256 = ?", [legacy])
    conn.execute("UPDATE meeting_audit SET sha256 = ? WHERE action = 'finalise'", [legacy])
    conn.execute("UPDATE meeting_audit SET chain = NULL")
    seal_lines(db, 2, everything=True)  # what the migration does with existing history
    conn.execute(NO_UPDATE)  # the guards back
    conn.execute("CREATE TRIGGER finalised_meetings_no_update BEFORE UPDATE ON "
                 f"finalised_meetings BEGIN SELECT RAISE(ABORT, '{REOPEN_MESSAGE}'); END")
    conn.close()
    check = run_cli("--db", str(office), "check")
    assert check.returncode == 0, check.stdout
    edit_the_sources(office)
    text = export_both(office, "legacy")
    assert NEW_TASK in text["pdf"] and NEW_ORG in text["docx"]  # no frozen sources to print
    assert run_cli("--db", str(office), "check").returncode == 0
