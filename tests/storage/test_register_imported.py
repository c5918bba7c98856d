"""Numbers carried by imported documents enter the register; duplicates are refused or found."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.model import Meeting, OfficialDocument
from secretary_app.domain.package_rules import PackageError
from secretary_app.storage.integrity import check_database
from secretary_app.storage.meetings import create_meeting, load_meeting
from secretary_app.storage.register import cancel_number
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_imported import register_existing_numbers
from secretary_app.storage.register_queries import list_register
from tests.storage.register_helpers import make_meeting, make_org


def _imported_meeting(org, number=3, year=2025, kind=DocumentKind.MINUTES, title="Kỳ họp HĐND"):
    return Meeting(title=title, date=dt.date(year, 5, 26), organization=org, documents=[
        OfficialDocument(kind, number=number, year=year, issued_on=dt.date(year, 5, 26),
                         recipients=["Thường trực HĐND tỉnh;"])])


def test_an_imported_number_enters_the_register_marked_imported(store):
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    mid = create_meeting(store, _imported_meeting(org), source="ky-hop.json")
    [entry] = list_register(store.db, org.id)
    assert (entry.number, entry.kind, entry.year, entry.imported) == (3, "BB", 2025, True)
    assert entry.source == "ky-hop.json" and entry.meeting_id == mid
    assert entry.issued_on == dt.date(2025, 5, 26)
    assert entry.document_id == load_meeting(store.db, mid).documents[0].id


def test_the_register_never_issues_a_number_an_import_holds(store):
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    create_meeting(store, _imported_meeting(org), source="a.json")
    for day in (1, 2, 3):
        other = make_meeting(store, org, dt.date(2025, 6, day), title=f"Họp {day}")
        issue_meeting_document(store, other, DocumentKind.MINUTES, date=dt.date(2025, 6, day))
    numbers = [(e.number, e.imported) for e in list_register(store.db, org.id, kind="BB")]
    assert numbers == [(3, True), (4, False), (5, False), (6, False)]


def test_importing_the_same_numbered_document_twice_is_refused(store):
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    create_meeting(store, _imported_meeting(org), source="a.json")
    with pytest.raises(PackageError, match=r"03/BB-HĐND.*trùng.*Kỳ họp HĐND"):
        create_meeting(store, _imported_meeting(org), source="a.json")
    assert store.db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1  # rolled back


def test_an_import_may_not_take_a_number_the_register_issued(store):
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    for day in (1, 2, 3):
        mid = make_meeting(store, org, dt.date(2025, 3, day), title=f"Họp {day}")
        issue_meeting_document(store, mid, DocumentKind.MINUTES, date=dt.date(2025, 3, day))
    with pytest.raises(PackageError, match="đã cấp ngày 03/03/2025"):
        create_meeting(store, _imported_meeting(org))


def test_check_finds_a_number_held_both_by_a_document_and_the_register(store):
    """A database from before the imported entries: the doubled 03/BB is reported."""
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    mid = create_meeting(store, _imported_meeting(org))
    store.db.execute("DELETE FROM register_entries")  # as a database of round 1 left it
    other = make_meeting(store, org, dt.date(2025, 6, 1), title="Họp khác")
    for attempt in range(3):  # 01 and 02 cancelled, 03 issued to another meeting
        entry = issue_meeting_document(store, other, DocumentKind.MINUTES,
                                       date=dt.date(2025, 6, 1))
        if attempt < 2:
            cancel_number(store, entry.id, "ký sai")
    assert entry.number == 3
    problems = check_database(store.db)
    assert any("03/BB năm 2025 của “Kỳ họp HĐND” trùng với số 03/BB" in p for p in problems), \
        problems
    assert register_existing_numbers(store.db) == 0  # the taken number stays out of the register
    assert load_meeting(store.db, mid).documents[0].number == 3


def test_migration_helper_registers_earlier_imports(store):
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    create_meeting(store, _imported_meeting(org))
    store.db.execute("DELETE FROM register_entries")
    assert register_existing_numbers(store.db) == 1
    [entry] = list_register(store.db, org.id)
    assert entry.imported and entry.number == 3
    assert check_database(store.db) == []


def test_shared_series_refuses_a_kind_clash_with_a_clear_message(store):
    org = make_org(store, abbreviation="SGDĐT")
    create_meeting(store, _imported_meeting(org, kind=DocumentKind.NOTICE))
    with pytest.raises(PackageError, match="03/BB-SGDĐT"):
        create_meeting(store, _imported_meeting(org, title="Họp khác"))


def test_unique_register_still_guards_sql(store):
    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    create_meeting(store, _imported_meeting(org))
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO register_entries(organization_id, series, number, kind, "
                         f"issued_on, status) VALUES ({org.id}, '2025/BB', 3, 'BB', "
                         "'2025-01-01', 'issued')")


def test_the_register_report_marks_the_number_imported_with_its_source(store):
    from secretary_app.documents.register_report import register_rows

    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    create_meeting(store, _imported_meeting(org), source="ky-hop.json")
    [row] = register_rows(org, list_register(store.db, org.id))
    assert "Đã nhập (từ ky-hop.json)" in row


def test_cli_import_of_the_same_numbered_package_twice_is_refused(tmp_path):
    import json

    from tests.conftest import SEED_PATH, run_cli

    package = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    package["documents"][0].update(number=3, year=2025, issued_on="2025-05-26")
    path = tmp_path / "ky-hop.json"
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert run_cli("--db", db, "import", str(path)).returncode == 0
    again = run_cli("--db", db, "import", str(path))
    assert again.returncode == 2 and "trùng" in again.stderr and "03/BB-SGDĐT" in again.stderr
    listing = run_cli("--db", db, "register")
    assert "Đã nhập (từ ky-hop.json)" in listing.stdout
    assert run_cli("--db", db, "check").returncode == 0


def test_an_imported_resolution_keeps_its_own_trich_yeu_in_the_register(store):
    """Exported then imported elsewhere, a NQ's register line says what the NQ says, as where
    it was issued, not the meeting's title."""
    from secretary_app.domain.decisions import DraftContent

    org = make_org(store, numbering="per_kind", abbreviation="HĐND")
    meeting = _imported_meeting(org, kind=DocumentKind.RESOLUTION)
    meeting.documents[0].content = DraftContent(summary="Về kế hoạch phát triển năm 2026")
    create_meeting(store, meeting, source="nq.json")
    [entry] = list_register(store.db, org.id)
    assert (entry.kind, entry.summary) == ("NQ", "Về kế hoạch phát triển năm 2026")
