"""Two processes issuing numbers on the same database file at once never get the same number."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections import Counter

from secretary_app.storage.database import open_store
from secretary_app.storage.meetings import load_meeting
from secretary_app.storage.register_queries import list_register
from tests.storage.register_helpers import make_meeting, make_org

ROUNDS = 40

WORKER = """
import datetime as dt, os, random, sys, time
from secretary_app.domain.enums import DocumentKind
from secretary_app.storage.database import open_store
from secretary_app.storage.organizations import get_organization
from secretary_app.storage.register import register_document
from secretary_app.storage.register_documents import issue_meeting_document

path, go, name, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
first_meeting = int(sys.argv[5])
store = open_store(path)
org = get_organization(store.db, 1)
while not os.path.exists(go):
    time.sleep(0.005)
day = dt.date(2024, 5, 6)
for i in range(rounds):
    if i % 2:
        register_document(store, org.id, "BC", f"{name} báo cáo {i}", day)
    else:
        issue_meeting_document(store, first_meeting + i // 2, DocumentKind.MINUTES, day)
    time.sleep(random.random() * 0.004)  # outside the transaction, so the two interleave
store.close()
print("done", name)
"""


def test_two_processes_never_share_a_number(tmp_path):
    path = tmp_path / "office.db"
    store = open_store(path)
    org = make_org(store)
    first = {name: [make_meeting(store, org, dt.date(2024, 5, 6), f"{name} họp {i}")
                    for i in range(ROUNDS // 2)][0] for name in ("A", "B")}
    store.close()
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(go), name,
                                 str(ROUNDS), str(first[name])], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env) for name in ("A", "B")]
    time.sleep(0.5)  # both have opened the file and wait for the signal
    go.touch()
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert out.startswith("done")
    store = open_store(path)
    entries = list_register(store.db)
    numbers = [e.number for e in entries]
    assert len(numbers) == 2 * ROUNDS
    assert sorted(numbers) == list(range(1, 2 * ROUNDS + 1))  # no duplicate, no gap
    by_worker = Counter(e.summary.split()[0] for e in entries)
    assert by_worker == {"A": ROUNDS, "B": ROUNDS}
    order = "".join(e.summary[0] for e in sorted(entries, key=lambda e: e.number))
    switches = sum(1 for a, b in zip(order, order[1:], strict=False) if a != b)
    assert switches >= 5, f"the two processes did not run at the same time: {order}"
    for entry in entries:
        if entry.kind == "BB":  # the document row carries the register's number
            doc = load_meeting(store.db, entry.meeting_id).documents[0]
            assert (doc.number, doc.issued_on) == (entry.number, dt.date(2024, 5, 6))
    store.close()
