"""Faults: server stopped mid-transaction, wrong password, server schema older or newer."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from dataclasses import replace

import pytest

from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.register import RegisterEntry
from secretary_app.office.admin import init_server
from secretary_app.office.client import OfficeClient
from secretary_app.office.errors import OfficeError, OfficeSchemaError
from secretary_app.office.numbers import OfficeRegisterError
from secretary_app.office.register_server import place_on_server
from secretary_app.office.session import client_for, forget_clients
from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.register_documents import issue_meeting_document
from secretary_app.storage.register_queries import list_register
from tests.office.conftest import PASSWORD, admin_connection, connect_store, make_office

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def laptop(tmp_path, seed_meeting):
    store = open_store(tmp_path / "laptop.db")
    store.seed_id = create_meeting(store, seed_meeting)
    yield store
    store.close()


def issued_count(store) -> int:
    return store.db.execute("SELECT count(*) FROM documents WHERE number IS NOT NULL").fetchone()[0]


def test_wrong_password_then_the_right_one(laptop, office):
    settings = office.secretary()
    connect_store(laptop, settings, "sai-mat-khau")
    with pytest.raises(OfficeRegisterError, match="từ chối tên đăng nhập hoặc mật khẩu"):
        issue_meeting_document(laptop, laptop.seed_id, DocumentKind.MINUTES, DAY)
    assert list_register(laptop.db) == [] and issued_count(laptop) == 0
    forget_clients()
    connect_store(laptop, settings, PASSWORD)
    assert issue_meeting_document(laptop, laptop.seed_id, DocumentKind.MINUTES, DAY).number == 1


def _new_database(pg, name: str) -> None:
    with admin_connection(pg) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def test_server_schema_newer_than_the_app(laptop, pg):
    name = f"newer_{uuid.uuid4().hex[:6]}"
    _new_database(pg, name)
    with admin_connection(pg, name) as conn:
        init_server(conn)
        conn.execute("INSERT INTO schema_migrations(version, name) VALUES (99, 'future')")
    office = make_office(pg)
    settings = replace(office.secretary(), database=name)
    connect_store(laptop, settings)
    with pytest.raises(OfficeRegisterError, match="mới hơn phiên bản ứng dụng.*cập nhật"):
        issue_meeting_document(laptop, laptop.seed_id, DocumentKind.MINUTES, DAY)
    assert issued_count(laptop) == 0
    with admin_connection(pg, name) as conn, pytest.raises(OfficeSchemaError, match="mới hơn"):
        init_server(conn)  # an older app never "upgrades" a newer server


def test_server_schema_older_then_upgraded(pg):
    name = f"older_{uuid.uuid4().hex[:6]}"
    _new_database(pg, name)
    with admin_connection(pg, name) as conn:
        conn.execute("CREATE SCHEMA secretary_office")
        conn.execute("CREATE TABLE secretary_office.schema_migrations (version integer "
                     "PRIMARY KEY, name text NOT NULL, applied_at timestamptz DEFAULT now())")
        conn.execute("GRANT USAGE ON SCHEMA secretary_office TO office_secretary")
        conn.execute("GRANT SELECT ON secretary_office.schema_migrations TO office_secretary")
    settings = replace(make_office(pg).secretary(), database=name)
    client = OfficeClient(settings, PASSWORD, retry_for=0)
    with pytest.raises(OfficeSchemaError, match="cũ hơn.*office init"):
        client.connect()
    with admin_connection(pg, name) as conn:
        assert init_server(conn) == ["0001_office_register_archive"]
        assert init_server(conn) == []  # applied once
    client.connect()


def test_server_stopped_mid_transaction_then_retry_completes(laptop, office):
    connect_store(laptop, office.secretary())
    blocker = admin_connection(office.cluster)
    result: dict = {}
    office_id = blocker.execute("SELECT id FROM offices WHERE code = %s",
                                [office.code]).fetchone()[0]
    blocker.execute("BEGIN")  # a colleague's transaction holds the series row
    blocker.execute("INSERT INTO register_series(office_id, series) VALUES (%s, '2026')",
                    [office_id])
    worker = threading.Thread(target=lambda: result.update(entry=issue_meeting_document(
        laptop, laptop.seed_id, DocumentKind.MINUTES, DAY)))
    worker.start()
    time.sleep(0.5)  # the laptop now waits on the lock, inside its transaction
    office.cluster.stop("fast")
    blocker.close()
    time.sleep(0.5)
    office.cluster.start()
    worker.join(60)
    assert result["entry"].number == 1
    with admin_connection(office.cluster) as conn:
        rows = conn.execute("SELECT number FROM register_entries WHERE office_id = %s",
                            [office_id]).fetchall()
    assert rows == [(1,)]


def test_server_down_refuses_then_a_retry_completes(laptop, office):
    connect_store(laptop, office.secretary())
    client_for(laptop.db).retry_for = 0.3
    office.cluster.stop("fast")
    try:
        with pytest.raises(OfficeRegisterError, match="Không kết nối được máy chủ văn phòng"):
            issue_meeting_document(laptop, laptop.seed_id, DocumentKind.MINUTES, DAY)
    finally:
        office.cluster.start()
    assert list_register(laptop.db) == [] and issued_count(laptop) == 0
    assert issue_meeting_document(laptop, laptop.seed_id, DocumentKind.MINUTES, DAY).number == 1


def test_a_repeated_request_issues_nothing_twice(office):
    client = OfficeClient(office.secretary(), PASSWORD)
    office_id, _ = client.office()
    request = uuid.uuid4()
    entry = RegisterEntry(1, "", 0, "BB", DAY, summary="Biên bản")
    first = client.run(lambda c: place_on_server(c, office_id, entry, None, request, None))
    again = client.run(lambda c: place_on_server(c, office_id, entry, None, request, None))
    assert first == again
    other = client.run(lambda c: place_on_server(c, office_id, entry, None, uuid.uuid4(), None))
    assert other.number == first.number + 1
    client.close()


def test_a_secretary_cannot_alter_past_entries_or_see_other_offices(office, pg):
    import psycopg

    client = OfficeClient(office.secretary(), PASSWORD)
    office_id, _ = client.office()
    entry = RegisterEntry(1, "", 0, "BB", DAY, summary="Biên bản")
    placed = client.run(lambda c: place_on_server(c, office_id, entry, None, uuid.uuid4(), None))
    conn = client.connect()
    with pytest.raises(psycopg.Error, match="chỉ được ghi thêm|permission denied"):
        conn.execute("UPDATE register_entries SET number = 7 WHERE id = %s", [placed.server_id])
    with pytest.raises(psycopg.Error, match="permission denied"):
        conn.execute("DELETE FROM register_entries WHERE id = %s", [placed.server_id])
    other = OfficeClient(make_office(pg).secretary(), PASSWORD)
    seen = other.run(lambda c: c.execute("SELECT count(*) FROM register_entries").fetchone()[0])
    assert seen == 0  # another office's secretary sees none of this office's register
    with pytest.raises(OfficeError, match="không có quyền"):  # not a member of this office
        other.run(lambda c: c.execute("SELECT archive_search(%s, 'biên bản', 50, 2000)",
                                      [office_id]).fetchone())
    client.close()
    other.close()


def test_connection_cut_between_two_numbers_reconnects(laptop, office):
    connect_store(laptop, office.secretary())
    first = issue_meeting_document(laptop, laptop.seed_id, DocumentKind.MINUTES, DAY)
    client = client_for(laptop.db)
    pid = client.connect().info.backend_pid
    with admin_connection(office.cluster) as conn:  # the socket is closed under the laptop
        assert conn.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone()[0]
    second = issue_meeting_document(laptop, laptop.seed_id, DocumentKind.NOTICE, DAY)
    assert (first.number, second.number) == (1, 2)
    assert client.connect().info.backend_pid != pid
