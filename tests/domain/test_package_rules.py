"""Every rule of the meeting-package spec refuses a bad package, naming the bad value's path,
and a refused import leaves the database file byte-for-byte unchanged."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from secretary_app.domain.package import PackageError, parse_package, parse_package_bytes
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from tests.conftest import run_cli


def _set(pkg: dict, path: list, value) -> dict:
    out = copy.deepcopy(pkg)
    node = out
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


_DELETE = object()

# (rule, path to change, new value, path named in the message)
BAD_VALUES = [
    ("format", ["format"], "something-else", "format"),
    ("format missing", ["format"], _DELETE, "format"),
    ("future version", ["version"], 2, "version"),
    ("version type", ["version"], "1", "version"),
    ("title required", ["meeting", "title"], "  ", "meeting.title"),
    ("meeting required", ["meeting"], _DELETE, "meeting"),
    ("date required", ["meeting", "date"], _DELETE, "meeting.date"),
    ("date real", ["meeting", "date"], "2024-02-30", "meeting.date"),
    ("date format", ["meeting", "date"], "16/10/2024", "meeting.date"),
    ("end before start", ["meeting", "end_date"], "2024-10-15", "meeting.end_date"),
    ("time range", ["meeting", "start_time"], "24:00", "meeting.start_time"),
    ("time minutes", ["meeting", "end_time"], "11:60", "meeting.end_time"),
    ("time format", ["opinions", 0, "at"], "8:5", "opinions[0].at"),
    ("kind enum", ["meeting", "kind"], "party", "meeting.kind"),
    ("style enum", ["organization", "style"], "federal", "organization.style"),
    ("role enum", ["attendees", 2, "role"], "boss", "attendees[2].role"),
    ("presence enum", ["attendees", 3, "presence"], "here", "attendees[3].presence"),
    ("group type", ["attendees", 3, "group"], "yes", "attendees[3].group"),
    ("name required", ["attendees", 1, "name"], _DELETE, "attendees[1].name"),
    ("duplicate attendee id", ["attendees", 1, "id"], "a1", "attendees[1].id"),
    ("duplicate agenda id", ["agenda", 1, "id"], "g1", "agenda[1].id"),
    ("duplicate opinion id", ["opinions", 2, "id"], "o1", "opinions[2].id"),
    ("chair reference", ["meeting", "chair"], "a99", "meeting.chair"),
    ("secretary reference", ["meeting", "secretary"], "zz", "meeting.secretary"),
    ("speaker reference", ["opinions", 1, "speaker"], "a42", "opinions[1].speaker"),
    ("agenda reference", ["opinions", 3, "agenda"], "g9", "opinions[3].agenda"),
    ("task status enum", ["conclusions", 1, "tasks", 0, "status"], "late",
     "conclusions[1].tasks[0].status"),
    ("task deadline date", ["conclusions", 1, "tasks", 1, "deadline"], "2024-13-01",
     "conclusions[1].tasks[1].deadline"),
    ("document kind enum", ["documents", 0, "kind"], "CV", "documents[0].kind"),
    ("authority enum", ["documents", 1, "signer", "authority"], "K/T",
     "documents[1].signer.authority"),
    ("issued_on date", ["documents", 1, "issued_on"], "2024-10-32", "documents[1].issued_on"),
    ("attendees list", ["attendees"], {"a1": {}}, "attendees"),
    ("text type", ["opinions", 0, "text"], 42, "opinions[0].text"),
]

BAD_VOTES = [
    ("count negative", {"against": -1}, "votes[0].against"),
    ("count fraction", {"in_favor": 1.5}, "votes[0].in_favor"),
    ("count boolean", {"abstain": True}, "votes[0].abstain"),
    ("count text", {"in_favor": "10"}, "votes[0].in_favor"),
    ("sum over eligible", {"in_favor": 10, "against": 2, "eligible": 11}, "votes[0].eligible"),
]

VOTE = {"subject": "Thông qua biên bản", "in_favor": 10, "against": 1, "abstain": 0,
        "eligible": 11, "result": "Thông qua"}


@pytest.mark.parametrize("rule,path,value,named", BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_rule_refuses_and_names_path(seed_package, rule, path, value, named):
    with pytest.raises(PackageError) as caught:
        parse_package(_set(seed_package, path, value))
    assert caught.value.path == named
    assert str(caught.value).startswith(named + ":")


@pytest.mark.parametrize("rule,change,named", BAD_VOTES, ids=[b[0] for b in BAD_VOTES])
def test_vote_rules(seed_package, rule, change, named):
    seed_package["votes"] = [{**VOTE, **change}]
    with pytest.raises(PackageError) as caught:
        parse_package(seed_package)
    assert caught.value.path == named


def test_valid_vote_and_null_eligible_accepted(seed_package):
    seed_package["votes"] = [VOTE, {**VOTE, "eligible": None, "against": 50}]
    meeting = parse_package(seed_package)
    assert [v.eligible for v in meeting.votes] == [11, None]


@pytest.mark.parametrize(("data", "said"), [
    (b"{bad", "dòng 1, cột 2: cần tên trường trong ngoặc kép"),
    (b'{"format": "secretary-app/meeting", "version": 1,', "cần tên trường trong ngoặc kép"),
    (b'{"a" 1}', "thiếu dấu hai chấm"), (b"[1 2]", "thiếu dấu phẩy"), (b"", "thiếu giá trị"),
    (b'{"a": 1} x', "còn dữ liệu thừa"), (b'"abc', "chuỗi chưa đóng ngoặc kép"),
])
def test_broken_json_is_said_in_vietnamese(data, said):
    with pytest.raises(PackageError) as refused:
        parse_package_bytes(data)
    assert said in str(refused.value) and "Expecting" not in str(refused.value)


def test_broken_bytes_refused():
    with pytest.raises(PackageError, match="UTF-8"):
        parse_package_bytes(b'{"format": "\xff\xfe"}')
    with pytest.raises(PackageError, match="JSON"):
        parse_package_bytes(b'{"format": "secretary-app/meeting", "version": 1,')
    with pytest.raises(PackageError, match="sâu"):
        parse_package_bytes(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(PackageError, match="đối tượng"):
        parse_package_bytes(b"[1, 2, 3]")


def test_unknown_keys_ignored_and_missing_optional_take_defaults(seed_package):
    seed_package["extra"] = {"anything": 1}
    seed_package["attendees"][0]["nickname"] = "x"
    for key in ("kind", "end_date", "purpose", "location"):
        del seed_package["meeting"][key]
    del seed_package["votes"]
    meeting = parse_package(seed_package)
    assert meeting.kind.value == "meeting" and meeting.location == "" and meeting.votes == []


def _db_bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_refused_import_leaves_database_byte_for_byte_unchanged(tmp_path, seed_package):
    db = tmp_path / "office.db"
    store = open_store(db)
    create_meeting(store, parse_package(seed_package))
    store.close()
    before = _db_bytes(db)
    bad = _set(seed_package, ["attendees", 5, "presence"], "nowhere")
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    result = run_cli("--db", str(db), "import", str(bad_file))
    assert result.returncode == 2
    assert "attendees[5].presence" in result.stderr
    assert result.stdout == ""
    assert _db_bytes(db) == before
