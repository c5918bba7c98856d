"""Numbers from the office register: same rules as the local register, recorded locally too."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.register import EntryStatus, RegisterError
from secretary_app.office.numbers import OfficeRegisterError
from secretary_app.office.register_server import list_office_register
from secretary_app.office.session import client_for
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.register import cancel_number, reserve_number
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_queries import list_register
from tests.office.conftest import connect_store

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def laptops(tmp_path, office, seed_meeting):
    """Two secretaries' local databases, each holding the seed meeting, on one office."""
    stores = []
    for name in ("a", "b"):
        store = open_store(tmp_path / f"{name}.db")
        store.seed_id = create_meeting(store, seed_meeting)
        connect_store(store, office.secretary(f"Thư ký {name.upper()}"))
        stores.append(store)
    yield stores
    for store in stores:
        store.close()


def test_two_laptops_share_one_series(laptops):
    a, b = laptops
    first = issue_meeting_document(a, a.seed_id, DocumentKind.MINUTES, DAY)
    second = issue_meeting_document(b, b.seed_id, DocumentKind.MINUTES, DAY)
    third = issue_meeting_document(a, a.seed_id, DocumentKind.NOTICE, DAY)
    assert [first.number, second.number, third.number] == [1, 2, 3]
    assert first.series == second.series == "2026"
    # recorded locally too, with the office's numbers (gaps are colleagues' numbers)
    assert [e.number for e in list_register(a.db)] == [1, 3]
    assert [e.number for e in list_register(b.db)] == [2]
    doc = a.db.execute("SELECT number FROM documents WHERE meeting_id = ? AND kind = 'BB'",
                       [a.seed_id]).fetchone()
    assert doc[0] == 1


def test_date_order_rule_holds_office_wide(laptops):
    a, b = laptops
    issue_meeting_document(a, a.seed_id, DocumentKind.MINUTES, DAY)
    with pytest.raises(RegisterError, match="thứ tự thời gian"):
        issue_meeting_document(b, b.seed_id, DocumentKind.MINUTES, DAY - dt.timedelta(days=1))
    assert list_register(b.db) == []


def test_reserved_and_cancelled_numbers_are_office_wide(laptops):
    a, b = laptops
    org_a = a.db.execute("SELECT id FROM organizations").fetchone()[0]
    held = reserve_number(a, org_a, "BB", DAY, "cho biên bản họp chi bộ")
    assert held.number == 1 and held.status is EntryStatus.RESERVED
    used = issue_meeting_document(b, b.seed_id, DocumentKind.MINUTES, DAY, reserved=1)
    assert used.number == 1  # the colleague's reserved number, taken on the other laptop
    nxt = issue_meeting_document(a, a.seed_id, DocumentKind.NOTICE, DAY)
    assert nxt.number == 2
    cancel_number(a, nxt.id, "Sai trích yếu")
    client = client_for(a.db)
    rows = client.run(lambda conn: list_office_register(conn, client.office()[0]))
    assert [(r["number"], r["status"]) for r in rows] == [(1, "issued"), (2, "cancelled")]
    assert rows[1]["reason"] == "Sai trích yếu"
    assert issue_meeting_document(b, b.seed_id, DocumentKind.NOTICE, DAY).number == 3


def test_offline_issuing_is_refused_and_local_work_kept(tmp_path, pg, office, seed_meeting):
    store = open_store(tmp_path / "x.db")
    meeting_id = create_meeting(store, seed_meeting)
    settings = office.secretary()
    connect_store(store, settings.__class__(**{**settings.__dict__, "port": 1}))
    client_for(store.db).retry_for = 0.2
    with pytest.raises(OfficeRegisterError, match="không cấp số khi mất kết nối"):
        issue_meeting_document(store, meeting_id, DocumentKind.MINUTES, DAY)
    assert list_register(store.db) == []
    assert store.db.execute("SELECT count(*) FROM documents WHERE number IS NOT NULL"
                            ).fetchone()[0] == 0
    store.close()
