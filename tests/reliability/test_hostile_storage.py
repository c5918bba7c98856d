"""Hostile text through package import, storage, drafts and search: no crash, stored = clean_text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain.model import Opinion
from secretary_app.domain.package import PackageError, parse_package, parse_package_bytes
from secretary_app.domain.text import clean_text
from secretary_app.storage.database import open_store
from secretary_app.storage.drafts import Draft, load_draft, save_draft
from secretary_app.storage.lists import OPINIONS
from secretary_app.storage.meetings import create_meeting, load_meeting, update_meeting_info
from secretary_app.storage.search import search
from tests.reliability.hostile import (
    SPECIALS,
    expected_fields,
    hostile_text,
    plant,
    planted_fields,
    vietnamese_words,
)

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
MEGABYTE_TEXT = ("Ủy ban nhân dân tỉnh <b>&amp;</b> 👩🏽‍💻 \u202e đảo \u202c e\u0301 \x00\x07 "
                 * 20000)[:1_000_000]


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """One store for the whole module (hypothesis runs many examples against it)."""
    store = open_store(tmp_path_factory.mktemp("hostile") / "hostile.db")
    yield store
    store.close()


def _import_round_trip(store, package: dict, text: str) -> None:
    data = json.dumps(plant(package, text), ensure_ascii=True).encode("ascii")
    meeting = parse_package_bytes(data)
    mid = create_meeting(store, meeting)
    # what the JSON says: escaped surrogate pairs such as "\ud800\udfff" decode to one character
    as_json = json.loads(json.dumps(text))
    assert planted_fields(load_meeting(store.db, mid)) == expected_fields(as_json)


@FAST
@given(text=hostile_text)
def test_package_import_stores_exactly_the_clean_text(shared_store, seed_package, text):
    _import_round_trip(shared_store, seed_package, text)


@pytest.mark.parametrize("text", ["".join(SPECIALS) * 50, "\r\n" * 1000],
                         ids=["all-specials", "crlf"])
def test_special_texts_survive_import(store, seed_package, text):
    _import_round_trip(store, seed_package, text)


def test_megabyte_opinion_survives_import(store, seed_package):
    seed_package["opinions"][0]["text"] = MEGABYTE_TEXT
    mid = create_meeting(store, parse_package_bytes(json.dumps(seed_package).encode()))
    assert load_meeting(store.db, mid).opinions[0].text == clean_text(MEGABYTE_TEXT)


@FAST
@given(text=hostile_text)
def test_package_with_raw_lone_surrogates_is_refused_not_crashed(seed_package, text):
    raw = json.dumps(plant(seed_package, text), ensure_ascii=False)
    data = raw.encode("utf-8", "surrogatepass")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in raw):
        with pytest.raises(PackageError, match="UTF-8"):
            parse_package_bytes(data)
    else:
        assert planted_fields(parse_package_bytes(data)) == expected_fields(text)


@FAST
@given(text=hostile_text)
def test_every_write_path_stores_clean_text(shared_store, seed_meeting, text):
    mid = getattr(shared_store, "base_id", None) or create_meeting(shared_store, seed_meeting)
    shared_store.base_id = mid
    oid = OPINIONS.add(shared_store, mid, Opinion(key="", text=text, speaker_label=text))
    assert load_meeting(shared_store.db, mid).opinions[-1].text == clean_text(text)
    OPINIONS.update(shared_store, oid, text=text + text)
    stored = shared_store.db.execute("SELECT text FROM opinions WHERE id = ?", [oid]).fetchone()
    assert stored[0] == clean_text(text + text)
    update_meeting_info(shared_store, mid, location=text)
    assert load_meeting(shared_store.db, mid).location == clean_text(text)
    save_draft(shared_store, mid, "opinion", Draft(text=text, speaker_label=text))
    draft = load_draft(shared_store.db, mid, "opinion")
    assert (draft is None) == (text == "")
    if draft is not None:
        assert (draft.text, draft.speaker_label) == (clean_text(text), clean_text(text))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=hostile_text, words=vietnamese_words,
       word=st.sampled_from(["Ủy ban", "Đắk Lắk", "giáo dục", "Nguyễn Thị Ánh", "khẩn"]))
def test_search_takes_any_query_and_finds_stored_words(shared_store, seed_package, text, words,
                                                       word):
    planted = f"{words} {word} {text}"
    mid = create_meeting(shared_store, parse_package(plant(seed_package, planted)))
    search(shared_store.db, text)  # any input: no exception
    search(shared_store.db, "\"" + text + "\" OR * NEAR(")
    hits = search(shared_store.db, word, limit=10_000).hits
    assert mid in {h.meeting_id for h in hits}


@pytest.mark.slow  # seconds: snippets fold the whole 1 MB text for each hit
def test_search_over_a_megabyte_opinion(store, seed_package):
    mid = create_meeting(store, parse_package(plant(seed_package, MEGABYTE_TEXT)))
    hits = search(store.db, "đảo").hits
    assert mid in {h.meeting_id for h in hits}
