"""Fixtures for the office server: a real PostgreSQL cluster for the session, an office per test,
secretaries with passwords in a test keyring."""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import keyring
import psycopg
import pytest

from secretary_app.domain.model import Organization
from secretary_app.office.admin import add_secretary, init_server
from secretary_app.office.schema import SCHEMA
from secretary_app.office.session import forget_clients
from secretary_app.office.settings import OfficeSettings, save_settings
from tests.office import pg_cluster
from tests.office.fake_keyring import FileKeyring

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "thu-ky-mat-khau"


@pytest.fixture(scope="session")
def pg():
    """A throw-away PostgreSQL cluster with the office schema, stopped at the end."""
    reason = pg_cluster.missing_reason()
    if reason:
        pytest.skip(reason)
    cluster = pg_cluster.start_cluster()
    try:
        with admin_connection(cluster) as conn:
            init_server(conn)
        yield cluster
    finally:
        forget_clients()
        cluster.stop("immediate")
        shutil.rmtree(cluster.root, ignore_errors=True)


def admin_connection(cluster, database: str = pg_cluster.DATABASE) -> psycopg.Connection:
    """An autocommit connection as the cluster's admin (owner of the office database)."""
    return psycopg.connect(cluster.conninfo(database=database), autocommit=True,
                           options=f"-c search_path={SCHEMA},public")


@pytest.fixture(autouse=True)
def test_keyring(tmp_path, monkeypatch):
    """Passwords go to a file of this test, never to the machine's keyring."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("SECRETARY_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.office.fake_keyring.FileKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)
    forget_clients()


@dataclass
class Office:
    """One office on the test server and a way to make its secretaries."""

    cluster: pg_cluster.Cluster
    code: str

    def secretary(self, name: str = "Nguyễn Thị Thư") -> OfficeSettings:
        """A new secretary login in this office; its settings (password: PASSWORD)."""
        role = f"tk_{uuid.uuid4().hex[:10]}"
        with admin_connection(self.cluster) as conn:
            add_secretary(conn, self.code, role, name, PASSWORD)
        return OfficeSettings(host=self.cluster.host, port=self.cluster.port,
                              database=pg_cluster.DATABASE, user=role, office=self.code)


def make_office(cluster, org: Organization | None = None) -> Office:
    """A fresh office (own register and archive) on the shared test server."""
    code = f"vp-{uuid.uuid4().hex[:8]}"
    org = org or Organization(name="Sở Giáo dục và Đào tạo", abbreviation="SGDĐT")
    with admin_connection(cluster) as conn:
        init_server(conn, code, org)
    return Office(cluster, code)


@pytest.fixture
def office(pg) -> Office:
    """A fresh office on the session's server."""
    return make_office(pg)


def connect_store(store, settings: OfficeSettings, password: str = PASSWORD) -> None:
    """Configure the office connection in a local store (password to the test keyring)."""
    save_settings(store, settings, password)


def subprocess_env() -> dict:
    """Environment for a CLI subprocess: the same test keyring, the repo importable."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8"}
