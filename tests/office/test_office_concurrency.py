"""Four laptops issuing 50 numbers each at once from one series: 200 distinct, gap-free numbers,
also when the server restarts in the middle."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import asdict

import pytest

from secretary_app.office.register_server import list_office_register
from tests.office.conftest import ROOT, admin_connection, subprocess_env

WORKERS, EACH = 4, 50


def start_workers(tmp_path, office, keyring_file) -> list[subprocess.Popen]:
    from secretary_app.office.settings import store_password

    start_at = time.time() + 2.0
    procs = []
    for i in range(WORKERS):
        settings = office.secretary(f"Thư ký {i}")
        store_password(settings, "thu-ky-mat-khau")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "tests.office.issue_worker", str(tmp_path / f"w{i}.db"),
             json.dumps(asdict(settings)), str(EACH), str(start_at)],
            cwd=ROOT, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True))
    return procs


def collect(procs) -> list[int]:
    numbers = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        numbers += [int(line) for line in out.split()]
    return numbers


def office_numbers(office) -> list[tuple[int, str]]:
    with admin_connection(office.cluster) as conn:
        office_id = conn.execute("SELECT id FROM offices WHERE code = %s",
                                 [office.code]).fetchone()[0]
        return [(r["number"], r["status"]) for r in list_office_register(conn, office_id)]


def check_gap_free(numbers, office) -> None:
    assert sorted(numbers) == list(range(1, WORKERS * EACH + 1))
    assert office_numbers(office) == [(n, "issued") for n in range(1, WORKERS * EACH + 1)]


@pytest.mark.slow
def test_four_processes_fifty_numbers_each(tmp_path, office, test_keyring):
    check_gap_free(collect(start_workers(tmp_path, office, test_keyring)), office)


@pytest.mark.slow
def test_server_restarted_in_the_middle(tmp_path, office, test_keyring):
    procs = start_workers(tmp_path, office, test_keyring)
    deadline = time.time() + 60
    while len(office_numbers(office)) < 40 and time.time() < deadline:
        time.sleep(0.05)
    office.cluster.stop("fast")  # open transactions are cut off, connections dropped
    time.sleep(1.0)  # clients find no server for a while and keep retrying
    office.cluster.start()
    numbers = collect(procs)
    check_gap_free(numbers, office)
    assert len(numbers) == len(set(numbers))
