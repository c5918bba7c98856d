"""Meeting package 1.1: the added fields, versions accepted, the finalise hash kept."""

from __future__ import annotations

import hashlib
import json

import pytest

from secretary_app.domain.package import (
    PackageError,
    meeting_to_package,
    package_to_json,
    parse_package,
    parse_package_bytes,
)
from secretary_app.storage.finalise import canonical_json, content_package
from secretary_app.storage.meetings import create_meeting, load_meeting

# content hash of the seed meeting computed by the version-1 code (commit 7a1cd4e)
SEED_HASH_V1 = "0d225e24e3a28986c579f3556940a08c33655cc966c14c2d9bd7810f71eb011f"


def party_cell(seed_package: dict) -> dict:
    """The seed as a 1.1 package of a Party cell: a group with a count, reasons, arrivals."""
    pkg = json.loads(json.dumps(seed_package))
    pkg["version"] = 1.1
    pkg["organization"].update(style="party", term_start="2025-10-01")
    pkg["meeting"]["convened_total"] = 17
    pkg["attendees"][5].update(name="Các đảng viên trong Chi bộ", count=14)
    pkg["attendees"][2].update(presence="absent_excused", absence_reason="nghỉ thai sản")
    pkg["attendees"][1].update(presence="late", arrived_at="08:20")
    return pkg


def test_exporter_writes_1_1_with_every_added_field(seed_meeting):
    pkg = meeting_to_package(seed_meeting)
    assert pkg["version"] == 1.1
    assert pkg["organization"]["term_start"] is None
    assert pkg["meeting"]["convened_total"] is None
    for a in pkg["attendees"]:
        assert a["count"] is None and a["arrived_at"] is None and a["absence_reason"] == ""
    assert '"version": 1.1' in package_to_json(pkg)


def test_1_1_fields_round_trip_through_database(store, seed_package):
    pkg = party_cell(seed_package)
    meeting = parse_package(pkg)
    assert meeting.convened_total == 17
    assert meeting.attendees[5].count == 14 and meeting.attendees[5].group
    assert meeting.attendees[2].absence_reason == "nghỉ thai sản"
    assert meeting.attendees[1].arrived_at == "08:20"
    assert meeting.organization.term_start.isoformat() == "2025-10-01"
    back = meeting_to_package(load_meeting(store.db, create_meeting(store, meeting)))
    assert back["meeting"]["convened_total"] == 17
    assert back["attendees"] == [
        {**a, **{k: a.get(k, d) for k, d in
                 (("absence_reason", ""), ("arrived_at", None), ("count", None))}}
        for a in pkg["attendees"]]
    assert back["organization"]["term_start"] == "2025-10-01"


def test_version_1_still_imports(seed_package):
    assert seed_package["version"] == 1
    assert parse_package(seed_package).convened_total is None


@pytest.mark.parametrize("version", [2, 1.2, 3.0])
def test_newer_version_refused_with_a_clear_message(seed_package, version):
    seed_package["version"] = version
    with pytest.raises(PackageError, match="mới hơn") as err:
        parse_package(seed_package)
    assert err.value.path == "version"


@pytest.mark.parametrize("version", [0, 1.05, "1.1", True, None])
def test_invalid_version_refused(seed_package, version):
    seed_package["version"] = version
    with pytest.raises(PackageError) as err:
        parse_package(seed_package)
    assert err.value.path == "version"


def test_version_1_1_read_from_bytes(seed_package):
    data = json.dumps(party_cell(seed_package), ensure_ascii=False).encode()
    assert parse_package_bytes(data).convened_total == 17


@pytest.mark.parametrize(("change", "path"), [
    (lambda p: p["attendees"][0].update(count=3), "attendees[0].count"),
    (lambda p: p["attendees"][5].update(count=0), "attendees[5].count"),
    (lambda p: p["attendees"][5].update(count=-1), "attendees[5].count"),
    (lambda p: p["attendees"][5].update(count=1.5), "attendees[5].count"),
    (lambda p: p["attendees"][1].update(arrived_at="8h20"), "attendees[1].arrived_at"),
    (lambda p: p["attendees"][1].update(absence_reason=7), "attendees[1].absence_reason"),
    (lambda p: p["meeting"].update(convened_total="17"), "meeting.convened_total"),
    (lambda p: p["organization"].update(term_start="2025-13-01"), "organization.term_start"),
])
def test_bad_1_1_values_refused_naming_the_path(seed_package, change, path):
    pkg = party_cell(seed_package)
    change(pkg)
    with pytest.raises(PackageError) as err:
        parse_package(pkg)
    assert err.value.path == path


def test_finalise_hash_of_a_version_1_meeting_is_unchanged(seed_meeting):
    seed_meeting.documents[1].signer.name = ""  # the seed as it was when the hash was taken
    package = content_package(meeting_to_package(seed_meeting))
    assert hashlib.sha256(canonical_json(package).encode()).hexdigest() == SEED_HASH_V1


def test_finalise_hash_covers_the_added_fields(seed_package):
    def digest(pkg):
        canonical = canonical_json(content_package(meeting_to_package(parse_package(pkg))))
        return hashlib.sha256(canonical.encode()).hexdigest()
    pkg = party_cell(seed_package)
    before = digest(pkg)
    pkg["meeting"]["convened_total"] = 18
    assert digest(pkg) != before


@pytest.mark.parametrize(("content", "path"), [
    ("texte", "documents[0].content"),
    ({"articles": "x"}, "documents[0].content.articles"),
    ({"articles": [{"text": 5}]}, "documents[0].content.articles[0].text"),
    ({"articles": [{"text": "a", "conclusion": -1}]},
     "documents[0].content.articles[0].conclusion"),
    ({"per_invitee": "yes"}, "documents[0].content.per_invitee"),
])
def test_bad_drafted_text_refused_naming_the_path(seed_package, content, path):
    seed_package["documents"][0].update(kind="NQ", content=content)
    with pytest.raises(PackageError) as err:
        parse_package(seed_package)
    assert err.value.path == path


def test_new_document_kinds_import(seed_package):
    seed_package["documents"] = [{"kind": k} for k in ("NQ", "QĐ", "GM")]
    kinds = [d.kind.value for d in parse_package(seed_package).documents]
    assert kinds == ["NQ", "QĐ", "GM"]


def test_one_invitation_per_invitee_round_trips(seed_package):
    seed_package["documents"] = [{"kind": "GM", "content": {"invitees": ["Đồng chí A", "Ông B"],
                                                            "per_invitee": True}}]
    meeting = parse_package(seed_package)
    assert meeting.documents[0].content.per_invitee
    again = parse_package(json.loads(json.dumps(meeting_to_package(meeting))))
    assert again.documents[0].content.per_invitee
    assert again.documents[0].content.invitees == ["Đồng chí A", "Ông B"]
