"""Malformed packages through `secretary-app import`: refused with a message, database untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain.package import PackageError, parse_package, parse_package_bytes
from tests.conftest import SEED_PATH, run_cli
from tests.reliability.conftest import digest

SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")


def _seed(**changes) -> dict:
    package = json.loads(SEED_TEXT)
    for dotted, value in changes.items():
        target, *path, last = [package, *dotted.split("__")]
        for key in path:
            target = target[int(key) if key.isdigit() else key]
        target[int(last) if last.isdigit() else last] = value
    return package


def _json(package) -> bytes:
    return json.dumps(package, ensure_ascii=False).encode("utf-8")


MALFORMED = {
    "truncated": SEED_TEXT.encode("utf-8")[: len(SEED_TEXT) // 2],
    "empty": b"",
    "not-utf8": "Biên bản".encode("utf-16"),
    "not-an-object": b"[1, 2, 3]",
    "wrong-format": _json(_seed(format="other/thing")),
    "future-version": _json(_seed(version=2)),
    "version-as-text": _json(_seed(version="1")),
    "title-as-number": _json(_seed(meeting__title=5)),
    "attendees-as-text": _json(_seed(attendees="a1, a2")),
    "opinion-as-list": _json(_seed(opinions__0=["x"])),
    "negative-count": _json(_seed(votes=[{"subject": "x", "in_favor": -1}])),
    "huge-count": _json(_seed(votes=[{"subject": "x", "in_favor": 10**30}])),
    "huge-integer-literal": b'{"format": "secretary-app/meeting", "version": ' + b"9" * 5000 + b"}",
    "nan-count": _json(_seed(votes=[{"subject": "x", "in_favor": float("nan")}])),
    "impossible-date": _json(_seed(meeting__date="2024-02-30")),
    "bad-time": _json(_seed(meeting__start_time="25:00")),
    "duplicate-attendee-id": _json(_seed(attendees__1__id="a1")),
    "duplicate-opinion-id": _json(_seed(opinions__1__id="o1")),
    "dangling-speaker": _json(_seed(opinions__0__speaker="nobody")),
    "dangling-chair": _json(_seed(meeting__chair="zz")),
    "dangling-agenda": _json(_seed(opinions__0__agenda="g99")),
    "more-votes-than-voters": _json(_seed(votes=[{"in_favor": 5, "eligible": 2}])),
    "deep-nesting": b"[" * 100_000 + b"]" * 100_000,
    "deep-nesting-inside": SEED_TEXT.replace('"purpose":', '"purpose": ' + "[" * 50_000
                                             + "]" * 50_000 + ', "x":', 1).encode("utf-8"),
}


@pytest.fixture(scope="module")
def office_db(tmp_path_factory):
    """A database holding the seed meeting, closed (its WAL folded into the main file)."""
    db = tmp_path_factory.mktemp("malformed") / "office.db"
    assert run_cli("--db", str(db), "import", str(SEED_PATH)).returncode == 0
    return db


def _refused_untouched(db: Path, package: Path) -> str:
    before = digest(db)
    result = run_cli("--db", str(db), "import", str(package))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("secretary-app: lỗi: ")
    assert "Traceback" not in result.stderr and "không mong đợi" not in result.stderr
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists()
    return result.stderr


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_package_is_refused_and_database_unchanged(office_db, tmp_path, name):
    package = tmp_path / f"{name}.json"
    package.write_bytes(MALFORMED[name])
    message = _refused_untouched(office_db, package)
    assert "gói cuộc họp không hợp lệ" in message


def test_fifty_megabyte_file_is_refused(office_db, tmp_path):
    package = tmp_path / "big.json"
    package.write_bytes(SEED_TEXT.replace('"purpose":', '"x": "' + "a" * 50_000_000 + '", '
                                          '"purpose":', 1).encode("utf-8"))
    assert package.stat().st_size > 50_000_000
    assert "tệp quá lớn" in _refused_untouched(office_db, package)


def test_missing_and_folder_inputs_are_refused(office_db, tmp_path):
    assert "không tìm thấy tệp" in _refused_untouched(office_db, tmp_path / "absent.json")
    assert "thư mục" in _refused_untouched(office_db, tmp_path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["meeting", "attendees", "agenda", "opinions", "votes",
                            "conclusions", "documents", "organization"]),
       value=json_values, index=st.integers(0, 3), field=st.text(max_size=12))
def test_any_wrong_value_anywhere_is_a_package_error(key, value, index, field):
    package = json.loads(SEED_TEXT)
    container = package[key]
    if isinstance(container, list) and container:
        item = container[min(index, len(container) - 1)]
        item[field or "id"] = value
    else:
        package[key] = value
    try:
        parse_package(package)
    except PackageError:
        pass


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_arbitrary_bytes_give_a_package_error_only(data):
    with pytest.raises(PackageError):
        parse_package_bytes(data)
