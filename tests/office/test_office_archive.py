"""Publishing finalised meetings to the office archive, searching it, opening a colleague's."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from secretary_app.domain.package import parse_package
from secretary_app.office.archive_server import publish_version, search_archive
from secretary_app.office.client import OfficeClient
from secretary_app.office.copies import open_copy
from secretary_app.office.errors import OfficeError
from secretary_app.office.publish import pending_publications, publish_meeting
from secretary_app.office.session import client_for
from secretary_app.storage.database import open_store
from secretary_app.storage.finalise import finalise_meeting, reopen_meeting
from secretary_app.storage.meetings import create_meeting, load_meeting, update_meeting_info
from tests.office.conftest import PASSWORD, connect_store


@pytest.fixture
def package_with_secretary(seed_package):
    seed_package["attendees"].append({"id": "tk", "name": "Đỗ Thị Đào", "title": "Chuyên viên",
                                      "organization": "Văn phòng Sở", "role": "secretary",
                                      "presence": "present", "group": False})
    seed_package["meeting"]["secretary"] = "tk"
    return seed_package


@pytest.fixture
def laptops(tmp_path, office, package_with_secretary):
    stores = []
    for name, person in (("a", "Đỗ Thị Đào"), ("b", "Lê Văn Bình")):
        store = open_store(tmp_path / f"{name}.db")
        store.seed_id = create_meeting(store, parse_package(package_with_secretary))
        connect_store(store, office.secretary(person))
        stores.append(store)
    yield stores
    for store in stores:
        store.close()


def test_publish_then_search_from_another_laptop(laptops, tmp_path):
    a, b = laptops
    finalise_meeting(a, a.seed_id)
    exported = tmp_path / "bien-ban.docx"
    exported.write_bytes(b"PK fake docx bytes")
    first = publish_meeting(a, client_for(a.db), a.seed_id, [exported])
    assert (first.version, first.created) == (1, True)
    client = client_for(b.db)
    office_id, _ = client.office()
    for query in ("khuyến học", "KHUYEN HOC", "Đào", "dao", "DO THI DAO", "Hội Cựu giáo chức"):
        hits = client.run(lambda c, q=query: search_archive(c, office_id, q))
        assert [h.meeting_uid for h in hits] == [first.meeting_uid], query
    hit = hits[0]
    assert hit.secretary == "Đỗ Thị Đào"
    assert hit.published_by.startswith("Đỗ Thị Đào (tk_")
    assert client.run(lambda c: search_archive(c, office_id, "không-có-từ-này")) == []


def test_colleagues_meeting_opens_read_only(laptops):
    a, b = laptops
    finalise_meeting(a, a.seed_id)
    published = publish_meeting(a, client_for(a.db), a.seed_id, [])
    copy_id, same = open_copy(b, client_for(b.db), published.meeting_uid)
    assert same  # the copy's content hash is the archived one
    assert load_meeting(b.db, copy_id).title == load_meeting(a.db, a.seed_id).title
    with pytest.raises(sqlite3.DatabaseError, match="Biên bản đã chốt"):
        update_meeting_info(b, copy_id, title="Sửa trộm")
    assert open_copy(b, client_for(b.db), published.meeting_uid) == (copy_id, True)


def test_republish_is_idempotent_and_reopen_makes_a_new_version(laptops):
    a, _ = laptops
    client = client_for(a.db)
    with pytest.raises(OfficeError, match="đã chốt"):
        publish_meeting(a, client, a.seed_id, [])
    finalise_meeting(a, a.seed_id)
    v1 = publish_meeting(a, client, a.seed_id, [])
    v1_title = load_meeting(a.db, a.seed_id).title
    again = publish_meeting(a, client, a.seed_id, [])
    assert (again.version, again.created) == (1, False)
    reopen_meeting(a, a.seed_id, "Bổ sung ý kiến")
    update_meeting_info(a, a.seed_id, title="Họp đánh giá (bổ sung)")
    finalise_meeting(a, a.seed_id)
    v2 = publish_meeting(a, client, a.seed_id, [])
    assert (v2.version, v2.meeting_uid) == (2, v1.meeting_uid)
    office_id, _ = client.office()
    versions = client.run(lambda c: c.execute(
        "SELECT version, title, jsonb_array_length(chain) FROM archive_versions "
        "WHERE office_id = %s ORDER BY version", [office_id]).fetchall())
    assert [v[:2] for v in versions] == [(1, v1_title), (2, "Họp đánh giá (bổ sung)")]
    assert versions[1][2] > versions[0][2]  # the hash chain grew: finalise, reopen, finalise
    hits = client.run(lambda c: search_archive(c, office_id, "bổ sung"))
    assert [(h.version, h.title) for h in hits] == [(2, "Họp đánh giá (bổ sung)")]


def test_two_secretaries_publish_the_same_package_twice(office):
    clients = [OfficeClient(office.secretary(n), PASSWORD) for n in ("Thư ký A", "Thư ký B")]
    office_id, _ = clients[0].office()
    uid = "5f0c7d1e-0000-4000-8000-000000000001"
    meta = {"sha256": "ab" * 32, "title": "Họp giao ban", "date": "2026-03-02",
            "organization": "Sở", "secretary": "Đỗ Thị Đào", "search_text": "Họp giao ban"}
    results = []

    def publish(client):
        for _ in range(2):
            results.append(client.run(lambda c: publish_version(
                c, office_id, uid, meta, '{"p": 1}', [], [("bb.pdf", "cd" * 32, 10)])))

    threads = [threading.Thread(target=publish, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(r.created for r in results) == [False, False, False, True]
    assert {r.version for r in results} == {1}
    rows = clients[0].run(lambda c: c.execute(
        "SELECT count(*), (SELECT count(*) FROM archive_files WHERE office_id = %s) "
        "FROM archive_versions WHERE office_id = %s", [office_id, office_id]).fetchone())
    assert rows == (1, 1)
    for client in clients:
        client.close()


def test_publish_resumes_after_the_server_went_away(laptops, office, tmp_path):
    a, _ = laptops
    finalise_meeting(a, a.seed_id)
    client = client_for(a.db)
    client.retry_for = 0.3
    exported = tmp_path / "bien-ban.pdf"
    exported.write_bytes(b"%PDF-1.7 " + b"x" * 100_000)
    client.office()
    office.cluster.stop("fast")
    try:
        with pytest.raises(OfficeError, match="Không kết nối được"):
            publish_meeting(a, client, a.seed_id, [exported])
        assert pending_publications(a) == [a.seed_id]  # kept, to be sent later
    finally:
        office.cluster.start()
    done = publish_meeting(a, client, a.seed_id, [exported])
    assert done.version == 1 and pending_publications(a) == []
    office_id, _ = client.office()
    files = client.run(lambda c: c.execute("SELECT name, size FROM archive_files "
                                           "WHERE office_id = %s", [office_id]).fetchall())
    assert files == [("bien-ban.pdf", 100_009)]


@pytest.mark.parametrize("few", [2000, 1])  # matches sorted by date, or the date index walked
def test_search_shows_latest_versions_newest_first(office, monkeypatch, few):
    from secretary_app.office import archive_server

    monkeypatch.setattr(archive_server, "FEW", few)
    client = OfficeClient(office.secretary(), PASSWORD)
    office_id, _ = client.office()
    for uid, day, versions in (("00000000-0000-4000-8000-00000000000a", "2026-01-05", 1),
                               ("00000000-0000-4000-8000-00000000000b", "2026-03-02", 2),
                               ("00000000-0000-4000-8000-00000000000c", "2025-12-01", 1)):
        for v in range(1, versions + 1):
            meta = {"sha256": f"{uid[-1]}{v}" * 32, "title": f"Giao ban {uid[-1]} v{v}",
                    "date": day, "organization": "Sở", "secretary": "Đỗ Thị Đào",
                    "search_text": "Họp giao ban tuần"}
            client.run(lambda c, m=meta, u=uid: publish_version(c, office_id, u, m, "{}", [], []))
    hits = client.run(lambda c: search_archive(c, office_id, "GIAO BAN", limit=2))
    assert [h.title for h in hits] == ["Giao ban b v2", "Giao ban a v1"]
    hits = client.run(lambda c: search_archive(c, office_id, "giao ban"))
    assert [h.title for h in hits] == ["Giao ban b v2", "Giao ban a v1", "Giao ban c v1"]
    assert client.run(lambda c: search_archive(c, office_id, "  ,; ")) == []
    client.close()


@pytest.mark.slow
def test_office_bench_case_measures_at_a_small_size(pg):
    from bench.cases import office as office_case

    figures = office_case.measure(None, archived=300, issues=40)
    named = {f.name: f for f in figures}
    assert {name for name, _ in office_case.TARGETS} <= set(named)
    assert all(f.summary is not None for f in figures), [f.note for f in figures]
    assert "300 generated meetings" in named["search 100,000 published meetings, p50"].note


def test_a_colleagues_copy_cannot_be_reopened(laptops):
    a, b = laptops
    finalise_meeting(a, a.seed_id)
    published = publish_meeting(a, client_for(a.db), a.seed_id, [])
    copy_id, _ = open_copy(b, client_for(b.db), published.meeting_uid)
    with pytest.raises(sqlite3.DatabaseError, match="bản sao chỉ đọc"):
        reopen_meeting(b, copy_id, "Muốn sửa")
    finalise_meeting(b, b.seed_id)
    reopen_meeting(b, b.seed_id, "Biên bản của mình thì mở lại được")
