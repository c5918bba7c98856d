"""Bidi override, embedding and isolate characters are dropped at input like control chars."""

from __future__ import annotations

import json

from secretary_app.domain.package import parse_package
from secretary_app.domain.text import clean_text
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.conftest import SEED_PATH
from tests.documents.clerk_helpers import BB, TB, export_both

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_clean_text_drops_every_bidi_control():
    assert clean_text(f"Phòng{BIDI} họp 2") == "Phòng họp 2"
    assert clean_text("\u202eCông an tỉnh\u202c") == "Công an tỉnh"


def test_package_text_with_bidi_controls_prints_the_same_in_both_files(store):
    package = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    package["meeting"]["location"] = "\u202eHội trường\u202c tầng 2"
    package["opinions"][0]["text"] = "Ý kiến \u2067ẩn\u2069 thứ nhất."
    mid = create_meeting(store, parse_package(package))
    meeting = load_meeting(store.db, mid)
    assert meeting.location == "Hội trường tầng 2"
    for kind in (BB, TB):
        out = export_both(meeting, kind)
        for text in out.texts:
            assert not set(BIDI) & set(text)
    export_both(meeting, BB).assert_in_both("Địa điểm: Hội trường tầng 2.", "Ý kiến ẩn thứ nhất.")
