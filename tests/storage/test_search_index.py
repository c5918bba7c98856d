"""The search index stays in step with every write: funnel, raw SQL, other connections."""

from __future__ import annotations

import datetime as dt
import sqlite3

from secretary_app.domain.model import Meeting, Opinion, Organization
from secretary_app.storage.database import connect
from secretary_app.storage.lists import ATTENDEES, CONCLUSIONS, OPINIONS
from secretary_app.storage.meetings import create_meeting, delete_meeting, update_meeting_info
from secretary_app.storage.search import rebuild_search_index, refresh_search_index, search


def wheres(store, query: str) -> list[str]:
    return [h.where for h in search(store.db, query).hits]


def fts_rows(db, meeting_id: int) -> int:
    sql = "SELECT count(*) FROM search_fts WHERE meeting_id = ?"
    return db.execute(sql, [meeting_id]).fetchone()[0]


def opinion_id(store, text_start: str) -> int:
    sql = "SELECT id FROM opinions WHERE text LIKE ?"
    return store.db.execute(sql, [text_start + "%"]).fetchone()[0]


def test_updated_opinion_is_found_by_its_new_text_only(seeded_store):
    oid = opinion_id(seeded_store, "Phát biểu ý kiến của Hội Khuyến học")
    assert "Ý kiến – Phạm Đăng Khoa" in wheres(seeded_store, "khuyen hoc")
    OPINIONS.update(seeded_store, oid, text="Đề nghị bổ sung kinh phí cho quỹ khuyến tài.")
    assert "Ý kiến – Phạm Đăng Khoa" not in wheres(seeded_store, "khuyen hoc")
    hit, = search(seeded_store.db, "quy khuyen tai").hits
    assert hit.row_id == oid and hit.snippet.marked().endswith("cho [quỹ khuyến tài].")


def test_deleted_opinion_is_no_longer_found(seeded_store):
    oid = opinion_id(seeded_store, "Phát biểu ý kiến của Hội Cựu giáo chức")
    assert "Ý kiến – Hà Ngọc Đào" in wheres(seeded_store, "cuu giao chuc")
    OPINIONS.delete(seeded_store, oid)
    assert "Ý kiến – Hà Ngọc Đào" not in wheres(seeded_store, "cuu giao chuc")


def test_deleted_meeting_leaves_nothing_in_the_index(seeded_store, seed_meeting):
    other = create_meeting(seeded_store, seed_meeting)
    assert {h.meeting_id for h in search(seeded_store.db, "dao").hits} == {seeded_store.seed_id,
                                                                          other}
    delete_meeting(seeded_store, seeded_store.seed_id)
    assert {h.meeting_id for h in search(seeded_store.db, "dao").hits} == {other}
    assert fts_rows(seeded_store.db, seeded_store.seed_id) == 0
    assert fts_rows(seeded_store.db, other) > 20


def test_renamed_speaker_and_renumbered_conclusion_relabel_hits(seeded_store):
    mid = seeded_store.seed_id
    khoa = seeded_store.db.execute("SELECT id FROM attendees WHERE name = 'Phạm Đăng Khoa'")
    ATTENDEES.update(seeded_store, khoa.fetchone()[0], name="Phạm Đăng Khoa Học")
    assert "Ý kiến – Phạm Đăng Khoa Học" in wheres(seeded_store, "khuyen hoc")
    third = CONCLUSIONS.ids(seeded_store.db, mid)[2]
    CONCLUSIONS.move(seeded_store, third, 0)
    assert "Kết luận 1" in wheres(seeded_store, "Giám đốc Sở GDĐT với cương vị")


def test_changed_title_and_date(seeded_store):
    create_meeting(seeded_store, Meeting(title="Họp giao ban", date=dt.date(2025, 1, 6),
                                         organization=Organization("SỞ")))
    update_meeting_info(seeded_store, seeded_store.seed_id, title="Giao ban quý IV",
                        date=dt.date(2025, 3, 3))
    hits = search(seeded_store.db, "giao ban").hits
    assert [(h.meeting_id, h.where) for h in hits][0] == (seeded_store.seed_id, "Tiêu đề")
    assert hits[0].meeting_date == dt.date(2025, 3, 3)


def test_write_from_a_plain_connection_without_app_functions(seeded_store):
    plain = sqlite3.connect(seeded_store.path)
    with plain:
        plain.execute("UPDATE conclusion_items SET text = 'Xây dựng mô hình Gia đình học tập' "
                      "WHERE text LIKE 'Sớm triển khai thực hiện Thông tư số 25%'")
    plain.close()
    assert wheres(seeded_store, '"gia đình học tập"') == ["Kết luận 2 b)"]
    assert wheres(seeded_store, "Thông tư số 25/2023/TT-BGDĐT quy định") == []


def test_read_only_connection_matches_stale_meetings_live(seeded_store):
    refresh_search_index(seeded_store.db)
    oid = opinion_id(seeded_store, "Phát biểu đánh giá")
    OPINIONS.update(seeded_store, oid, text="Biểu dương Hội Khuyến học huyện Ea Kar.")
    reader = connect(seeded_store.path, read_only=True)
    try:
        hits = search(reader, "ea kar").hits
        assert [(h.where, h.snippet.marked()) for h in hits] == [
            ("Ý kiến – Lê Thị Thanh Xuân", "Biểu dương Hội Khuyến học huyện [Ea Kar].")]
        assert "Ý kiến – Lê Thị Thanh Xuân" not in [h.where for h in search(reader, "danh gia").hits
                                                      if h.kind == "opinion"]
        assert reader.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 1
    finally:
        reader.close()
    assert wheres(seeded_store, "ea kar") == ["Ý kiến – Lê Thị Thanh Xuân"]
    assert seeded_store.db.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0


def test_rebuild_gives_the_same_results(seeded_store, seed_meeting):
    create_meeting(seeded_store, seed_meeting)
    before = [(h.meeting_id, h.where, h.snippet) for h in search(seeded_store.db, "hoc tap").hits]
    seeded_store.db.execute("DELETE FROM search_fts")  # damage it
    assert rebuild_search_index(seeded_store.db) == 2
    after = [(h.meeting_id, h.where, h.snippet) for h in search(seeded_store.db, "hoc tap").hits]
    assert after == before and len(after) > 5


def test_search_inside_an_open_write_joins_the_transaction(seeded_store):
    with seeded_store.write():
        OPINIONS.add(seeded_store, seeded_store.seed_id, Opinion(key="", text="Ý kiến mới về Y tế"))
        assert wheres(seeded_store, "y te") == ["Ý kiến"]
    assert wheres(seeded_store, "y te") == ["Ý kiến"]


def test_busy_writer_elsewhere_still_gives_current_results(seeded_store):
    refresh_search_index(seeded_store.db)
    oid = opinion_id(seeded_store, "Phát biểu đánh giá")
    OPINIONS.update(seeded_store, oid, text="Biểu dương huyện Krông Pắc.")
    other = sqlite3.connect(seeded_store.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        seeded_store.db.execute("PRAGMA busy_timeout = 50")
        assert wheres(seeded_store, "krong pac") == ["Ý kiến – Lê Thị Thanh Xuân"]
    finally:
        other.rollback()
        other.close()
        seeded_store.db.execute("PRAGMA busy_timeout = 10000")
    assert refresh_search_index(seeded_store.db) == 1
