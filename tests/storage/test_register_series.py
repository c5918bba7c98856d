"""Two hundred documents over two years and three kinds get exactly the numbers the rules say."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict

import pytest

from secretary_app.domain.enums import DocumentKind, DocumentStyle
from secretary_app.domain.register import full_number
from secretary_app.storage.integrity import check_database
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.storage.register import register_document
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_queries import list_register
from tests.storage.register_helpers import make_meeting, make_org

D = dt.date
KINDS = ("BB", "TB", "BC")
NEW_TERM = D(2025, 6, 15)


def document_stream(count: int = 200) -> list[tuple[dt.date, str]]:
    """count (date, kind) pairs in date order over 2024–2025, with both year ends included."""
    rng = random.Random(20240101)
    start = D(2024, 1, 1)
    days = [start + dt.timedelta(days=rng.randrange(731)) for _ in range(count - 4)]
    days += [D(2024, 1, 1), D(2024, 12, 31), D(2025, 1, 1), NEW_TERM]
    return [(day, rng.choice(KINDS)) for day in sorted(days)]


def issue(store, org, day: dt.date, kind: str):
    """BB and TB as meeting documents, BC as a report registered on its own."""
    if kind == "BC":
        return register_document(store, org.id, "BC", f"Báo cáo ngày {day:%d/%m/%Y}", day)
    mid = make_meeting(store, org, day, title=f"Họp ngày {day:%d/%m/%Y}")
    entry = issue_meeting_document(store, mid, DocumentKind(kind), day)
    assert load_meeting(store.db, mid).document(DocumentKind(kind)).number == entry.number
    return entry


def run(store, org, expected_key, switch_term=False):
    """Issue the stream; compare every number with an independent counter keyed by the rule."""
    counters: Counter = Counter()
    issued = []
    for day, kind in document_stream():
        if switch_term and day >= NEW_TERM and org.term_start != NEW_TERM:
            org.term_start = NEW_TERM
            save_organization(store, org)
        key = expected_key(day, kind, org)
        counters[key] += 1
        entry = issue(store, org, day, kind)
        assert entry.number == counters[key], (day, kind, key)
        issued.append((day, kind, entry))
    assert len(list_register(store.db)) == 200
    series = defaultdict(list)
    for entry in list_register(store.db):
        series[entry.series].append(entry.number)
    for numbers in series.values():  # never a gap, never twice
        assert numbers == list(range(1, len(numbers) + 1))
    return issued


def test_state_shared_series_restarts_on_1_january(store):
    org = make_org(store, numbering="shared")
    issued = run(store, org, lambda day, kind, o: day.year)
    last_2024 = max((e for d, _, e in issued if d.year == 2024), key=lambda e: e.number)
    first_2025 = [e for d, _, e in issued if d.year == 2025][0]
    assert last_2024.issued_on == D(2024, 12, 31)
    assert last_2024.number == sum(1 for d, _, _ in issued if d.year == 2024)
    assert (first_2025.issued_on, first_2025.number) == (D(2025, 1, 1), 1)
    assert {e.series for _, _, e in issued} == {"2024", "2025"}
    assert full_number(org, first_2025) == f"Số: 01/{first_2025.kind}-SGDĐT"
    assert check_database(store.db) == []


def test_state_per_kind_series(store):
    org = make_org(store, numbering="per_kind")
    issued = run(store, org, lambda day, kind, o: (day.year, kind))
    for year in (2024, 2025):
        for kind in KINDS:
            numbers = [e.number for d, k, e in issued if d.year == year and k == kind]
            assert numbers == list(range(1, len(numbers) + 1)), (year, kind)
    assert len({e.series for _, _, e in issued}) == 6


@pytest.mark.parametrize("numbering", ["shared", "per_kind"])  # Party ignores the state setting
def test_party_series_per_kind_per_term_and_a_new_term_resets(store, numbering):
    org = make_org(store, style=DocumentStyle.PARTY, numbering=numbering,
                   term_start=D(2023, 10, 1), abbreviation="CB")
    issued = run(store, org, lambda day, kind, o: (o.term_start, kind), switch_term=True)
    for kind in KINDS:
        old = [e.number for d, k, e in issued if k == kind and d < NEW_TERM]
        new = [e.number for d, k, e in issued if k == kind and d >= NEW_TERM]
        assert old == list(range(1, len(old) + 1))  # 1 January does not reset a term series
        assert new == list(range(1, len(new) + 1))
        assert any(d.year == 2025 for d, k, _ in issued if k == kind and d < NEW_TERM)
    assert check_database(store.db) == []  # 01-BB twice in 2025 (two terms) is no duplicate
    first_new = next(e for d, _, e in issued if d >= NEW_TERM)
    assert first_new.number == 1
    assert full_number(org, first_new) == f"Số 01-{first_new.kind}/CB"
