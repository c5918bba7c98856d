"""The directory: latest titles, rename and merge without rewriting old meetings' attendees."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.model import Attendee, Meeting
from secretary_app.storage.directory import (
    DirectoryError,
    get_person,
    list_people,
    list_units,
    merge_people,
    rename_person,
    rename_unit,
)
from secretary_app.storage.finalise import finalise_meeting, tampered_meetings
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.storage.register_helpers import make_org

D = dt.date


def meeting_with(store, org, date, *attendees: Attendee) -> int:
    """A meeting on date attended by these people."""
    return create_meeting(store, Meeting(f"Họp ngày {date:%d/%m/%Y}", date, org,
                                         attendees=list(attendees)))


def person(key, name, title="", unit="", group=False) -> Attendee:
    """An attendee."""
    return Attendee(key=key, name=name, title=title, organization=unit, group=group)


def entry_named(store, name):
    """The directory entry with exactly this name."""
    return next(e for e in list_people(store.db) if e.name == name)


def snapshot(store, meeting_id):
    """(name, title, unit, person_id) of each attendee as stored for that meeting."""
    return [(a.name, a.title, a.organization, a.person_id)
            for a in load_meeting(store.db, meeting_id).attendees]


@pytest.fixture
def org(store):
    return make_org(store)


def test_directory_keeps_the_latest_title_and_old_meetings_keep_theirs(store, org):
    old = meeting_with(store, org, D(2023, 5, 1), person("a1", "Trần Văn Bình", "Phó Giám đốc"))
    new = meeting_with(store, org, D(2024, 5, 1), person("a1", "Trần Văn Bình", "Giám đốc"))
    entry = entry_named(store, "Trần Văn Bình")
    assert (entry.title, entry.last_seen, entry.meetings) == ("Giám đốc", D(2024, 5, 1), 2)
    assert snapshot(store, old)[0][:2] == ("Trần Văn Bình", "Phó Giám đốc")
    assert snapshot(store, new)[0][:2] == ("Trần Văn Bình", "Giám đốc")


def test_rename_changes_the_directory_only_and_remembers_the_old_spelling(store, org):
    old = meeting_with(store, org, D(2023, 5, 1),
                       person("a1", "Tran Van Binh", "Phó Giám đốc", "Sở GDĐT"))
    entry = entry_named(store, "Tran Van Binh")
    rename_person(store, entry.id, "Trần Văn Bình", "Phó Giám đốc Sở", "Sở Giáo dục và Đào tạo")
    assert snapshot(store, old) == [("Tran Van Binh", "Phó Giám đốc", "Sở GDĐT", entry.id)]
    renamed = get_person(store.db, entry.id)
    assert (renamed.name, renamed.title, renamed.organization) == (
        "Trần Văn Bình", "Phó Giám đốc Sở", "Sở Giáo dục và Đào tạo")
    later = meeting_with(store, org, D(2024, 1, 2), person("a1", "Tran Van Binh", "Giám đốc"))
    assert snapshot(store, later)[0][3] == entry.id  # the old spelling finds the renamed entry
    assert len(list_people(store.db)) == 1
    assert get_person(store.db, entry.id).title == "Giám đốc"


def test_rename_refuses_an_existing_name_and_an_empty_one(store, org):
    meeting_with(store, org, D(2024, 1, 1), person("a1", "Lê A"), person("a2", "Lê B"))
    b = entry_named(store, "Lê B")
    with pytest.raises(DirectoryError, match="gộp"):
        rename_person(store, b.id, "Lê A", "", "")
    with pytest.raises(DirectoryError, match="trống"):
        rename_person(store, b.id, "  ", "", "")


def test_merge_repoints_attendees_and_keeps_each_meetings_snapshot(store, org):
    m1 = meeting_with(store, org, D(2023, 3, 1), person("a1", "Nguyen Van An", "Chuyên viên"))
    m2 = meeting_with(store, org, D(2024, 9, 1), person("a1", "Nguyễn Văn An", "Trưởng phòng"))
    m3 = meeting_with(store, org, D(2024, 10, 1), person("a1", "Nguyễn Văn  An", "Phó Giám đốc",
                                                          "Sở GDĐT"))
    keep = entry_named(store, "Nguyễn Văn An")
    drops = [entry_named(store, "Nguyen Van An").id, entry_named(store, "Nguyễn Văn  An").id]
    before = [snapshot(store, m)[0][:3] for m in (m1, m2, m3)]
    merge_people(store, keep.id, drops)
    assert [snapshot(store, m)[0][:3] for m in (m1, m2, m3)] == before  # nothing rewritten
    assert {snapshot(store, m)[0][3] for m in (m1, m2, m3)} == {keep.id}
    [merged] = list_people(store.db)
    assert (merged.id, merged.name, merged.meetings) == (keep.id, "Nguyễn Văn An", 3)
    assert (merged.title, merged.organization) == ("Phó Giám đốc", "Sở GDĐT")  # latest seen
    again = meeting_with(store, org, D(2025, 1, 1), person("a1", "Nguyen Van An", "Giám đốc"))
    assert snapshot(store, again)[0][3] == keep.id
    assert len(list_people(store.db)) == 1


def test_merge_refusals(store, org):
    meeting_with(store, org, D(2024, 1, 1), person("a1", "Lê A"),
                 person("a2", "Đoàn Thanh niên", group=True))
    a, group = entry_named(store, "Lê A"), entry_named(store, "Đoàn Thanh niên")
    with pytest.raises(DirectoryError, match="đơn vị"):
        merge_people(store, a.id, [group.id])
    with pytest.raises(DirectoryError, match="ít nhất hai"):
        merge_people(store, a.id, [a.id])
    with pytest.raises(DirectoryError, match="Không có người mã 999"):
        merge_people(store, a.id, [999])
    assert len(list_people(store.db)) == 2


def test_merge_works_on_finalised_minutes_without_tampering(store, org):
    m1 = meeting_with(store, org, D(2024, 1, 1), person("a1", "Phạm Thị Hoa", "Chuyên viên"))
    meeting_with(store, org, D(2024, 2, 1), person("a1", "Pham Thi Hoa", "Chuyên viên chính"))
    finalise_meeting(store, m1)
    merge_people(store, entry_named(store, "Phạm Thị Hoa").id,
                 [entry_named(store, "Pham Thi Hoa").id])
    assert snapshot(store, m1)[0][:2] == ("Phạm Thị Hoa", "Chuyên viên")
    assert tampered_meetings(store.db) == []


def test_filter_is_accent_insensitive_on_name_title_and_unit(store, org):
    meeting_with(store, org, D(2024, 1, 1), person("a1", "Đào Xuân Hùng", "Chủ tịch", "Hội Khuyến học"),
                 person("a2", "Lê Minh", "Thư ký", "Văn phòng"))
    assert [e.name for e in list_people(store.db, "dao xuan")] == ["Đào Xuân Hùng"]
    assert [e.name for e in list_people(store.db, "KHUYEN HOC")] == ["Đào Xuân Hùng"]
    assert [e.name for e in list_people(store.db, "thu ky")] == ["Lê Minh"]


def test_units_list_and_rename_leave_attendee_rows_alone(store, org):
    mid = meeting_with(store, org, D(2024, 1, 1), person("a1", "Lê A", "CV", "Phòng GDTrH"),
                       person("a2", "Lê B", "CV", "Phòng GDTrH"),
                       person("a3", "Hội Cựu giáo chức tỉnh", group=True))
    assert list_units(store.db) == [("Hội Cựu giáo chức tỉnh", 1), ("Phòng GDTrH", 2)]
    assert rename_unit(store, "Phòng GDTrH", "Phòng Giáo dục Trung học") == 2
    assert {e.organization for e in list_people(store.db) if not e.is_group} == {
        "Phòng Giáo dục Trung học"}
    assert [a[2] for a in snapshot(store, mid)] == ["Phòng GDTrH", "Phòng GDTrH", ""]
