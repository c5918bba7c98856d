"""Text hygiene (NFC, control characters) and the package round trip through the database."""

from __future__ import annotations

import json
import unicodedata

from secretary_app.domain.package import meeting_to_package, parse_package
from secretary_app.domain.text import clean_text, fold
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.domain.package_helpers import as_version_1_1

NFD_NAME = unicodedata.normalize("NFD", "Lê Thị Thanh Xuân")
KEPT = 'Kết luận <b>đậm</b> & "AT&T" R&D \'ý\' 🎉👍🏽 ‹›\n\tdòng hai'


def test_clean_text_rules():
    assert clean_text(NFD_NAME) == "Lê Thị Thanh Xuân"
    assert clean_text(NFD_NAME) != NFD_NAME
    assert clean_text("a\x00b\x07c\x1bd\x7fe\x85f") == "abcdef"
    assert clean_text("line\r\nnext\ttab") == "line\nnext\ttab"
    assert clean_text("lone \ud800 surrogate") == "lone  surrogate"
    assert clean_text(KEPT) == KEPT


def test_fold_accents_and_d():
    assert fold("Đào") == "dao"
    assert fold("Khuyến HỌC") == "khuyen hoc"
    assert fold(NFD_NAME) == fold("Lê Thị Thanh Xuân") == "le thi thanh xuan"


def test_seed_round_trips_through_database(store, seed_package):
    meeting_id = create_meeting(store, parse_package(seed_package))
    assert meeting_to_package(load_meeting(store.db, meeting_id)) == as_version_1_1(seed_package)


def test_hostile_text_stored_nfc_without_controls(store, seed_package):
    seed_package["attendees"][0]["name"] = NFD_NAME + "\x00"
    seed_package["opinions"][0]["text"] = KEPT + "\x01\x02"
    seed_package["conclusions"][0]["text"] = "x" * 200_000
    meeting_id = create_meeting(store, parse_package(seed_package))
    row = store.db.execute("SELECT name FROM attendees WHERE meeting_id = ? AND key = 'a1'",
                           [meeting_id]).fetchone()
    assert row[0] == "Lê Thị Thanh Xuân"
    text = store.db.execute("SELECT text FROM opinions WHERE meeting_id = ? AND key = 'o1'",
                            [meeting_id]).fetchone()[0]
    assert text == KEPT
    meeting = load_meeting(store.db, meeting_id)
    assert len(meeting.conclusions[0].text) == 200_000


def test_full_package_round_trip_with_every_field(store, seed_package):
    pkg = as_version_1_1(seed_package)
    pkg["organization"]["term_start"] = "2020-08-15"
    pkg["meeting"]["convened_total"] = 42
    pkg["attendees"][5].update(group=True, count=12)
    pkg["meeting"].update(kind="conference", end_date="2024-10-17", start_time="08:00",
                          end_time="11:30", secretary="a2")
    pkg["attendees"][1].update(presence="late", arrived_at="08:20")
    pkg["attendees"][2].update(presence="absent_excused", absence_reason="Đi công tác")
    pkg["attendees"][3].update(role="guest", presence="absent")
    pkg["opinions"][0].update(at="08:05", speaker=None, speaker_label="Khách mời")
    pkg["votes"] = [{"subject": "Thông qua", "in_favor": 10, "against": 1, "abstain": 0,
                     "eligible": 11, "result": "Thông qua", "agenda": "g2"}]
    pkg["conclusions"][1]["tasks"][0].update(deadline="2024-12-31", deadline_text="Quý IV/2024",
                                             coordinating="Hội Khuyến học tỉnh", status="done")
    pkg["documents"][0].update(number=5, year=2024)
    meeting_id = create_meeting(store, parse_package(json.loads(json.dumps(pkg))))
    assert meeting_to_package(load_meeting(store.db, meeting_id)) == pkg
