"""Office server: issuing a number, office-wide search over 100,000 published meetings, publishing
the large meeting; against a throw-away local PostgreSQL (skipped where there is none)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from bench.cases.search import queries
from bench.factory import organization
from bench.figures import Figure, Target, not_measured
from bench.generate import large_meeting
from bench.office_data import fill_archive
from bench.timing import percentile, seconds, summarise
from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.register import RegisterEntry
from secretary_app.office.admin import add_secretary, init_server
from secretary_app.office.archive_server import search_archive
from secretary_app.office.client import OfficeClient
from secretary_app.office.publish import publish_meeting
from secretary_app.office.register_server import place_on_server
from secretary_app.office.schema import SCHEMA
from secretary_app.office.session import use_client
from secretary_app.office.settings import SETTING_KEY, OfficeSettings
from secretary_app.storage.database import open_store
from secretary_app.storage.finalise import finalise_meeting
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization
from secretary_app.storage.register import register_document
from secretary_app.storage.settings import set_setting
from tests.office import pg_cluster

ARCHIVED = 100_000
ISSUES = 400  # numbers issued through the whole path (local SQLite + server), after 20 warm-up
PUBLISHES = 5
PASSES = 3


def measure(_db: Path | None = None, archived: int = ARCHIVED,
            issues: int = ISSUES) -> list[Figure]:
    """Every office figure; 'not measured' with the reason when PostgreSQL is missing."""

    reason = pg_cluster.missing_reason()
    if reason:
        return [not_measured("office", name, reason, target) for name, target in TARGETS]
    cluster = pg_cluster.start_cluster()
    work = Path(tempfile.mkdtemp(prefix="secretary-office-bench-"))
    try:
        server = _Server(cluster)
        return (_issue_figures(server, work, issues) + _publish_figures(server, work)
                + _search_figures(server, work, archived))
    finally:
        cluster.stop("immediate")
        shutil.rmtree(cluster.root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


TARGETS = [("issue a number (whole path), p50", Target("≤", 10)),
           ("issue a number (whole path), p99", None),
           ("publish the large meeting", Target("≤", 1)),
           ("search 100,000 published meetings, p50", Target("≤", 50)),
           ("search 100,000 published meetings, p95", Target("≤", 200))]


class _Server:
    """The bench's office: schema, one office, secretaries with their own local databases."""

    def __init__(self, cluster):
        self.cluster = cluster
        self.admin = psycopg.connect(cluster.conninfo(), autocommit=True,
                                     options=f"-c search_path={SCHEMA},public")
        init_server(self.admin, "bench", organization())
        self.office_id = self.admin.execute("SELECT id FROM offices").fetchone()[0]

    def secretary(self, role: str, name: str):
        add_secretary(self.admin, "bench", role, name, "bench-password")
        return OfficeSettings(host=self.cluster.host, port=self.cluster.port,
                              database="office", user=role, office="bench")

    def laptop(self, path: Path, role: str, name: str):
        """A local store connected to the office (the password handed to the client)."""
        settings = self.secretary(role, name)
        store = open_store(path)
        client = OfficeClient(settings, "bench-password")  # no keyring in the bench
        use_client(client)
        set_setting(store, SETTING_KEY, json.dumps(dataclasses.asdict(settings)))
        return store, client


def _issue_figures(server: _Server, work: Path, issues: int) -> list[Figure]:
    store, client = server.laptop(work / "issue.db", "bench_issue", "Thư ký đo")
    org_id = save_organization(store, organization())
    day = dt.date(2026, 3, 2)

    def issue():
        register_document(store, org_id, "CV", "Công văn đo thời gian", day)

    samples = [s * 1000 for s in _repeat(issue, issues, 20)]
    office_id, _ = client.office()
    entry = RegisterEntry(org_id, "", 0, "TB", day, summary="Thông báo")
    raw = [s * 1000 for s in _repeat(lambda: client.run(lambda c: place_on_server(
        c, office_id, entry, None, uuid.uuid4(), None)), issues, 20)]
    store.close()
    note = (f"{issues} numbers from one series: `register_document` with the office connected "
            "(server transaction under the series row lock over TCP on 127.0.0.1, then the "
            "local SQLite commit with synchronous=FULL); connection kept open")
    return [Figure("office", TARGETS[0][0], "ms", _per_run(samples, 0.5), TARGETS[0][1], note),
            Figure("office", TARGETS[1][0], "ms", _per_run(samples, 0.99)),
            Figure("office", "issue a number (server transaction only), p50", "ms",
                   _per_run(raw, 0.5)),
            Figure("office", "issue a number (server transaction only), p99", "ms",
                   _per_run(raw, 0.99))]


def _per_run(samples: list[float], share: float, runs: int = 4):
    """The percentile of each quarter of the samples, summarised (median, lowest, highest)."""
    size = len(samples) // runs
    return summarise([percentile(samples[i * size:(i + 1) * size], share) for i in range(runs)])


def _publish_figures(server: _Server, work: Path) -> list[Figure]:
    store, client = server.laptop(work / "publish.db", "bench_publish", "Thư ký gửi")
    meeting = large_meeting()
    files = [work / "bien-ban.pdf", work / "bien-ban.docx"]
    document = build_document(meeting, DocumentKind.MINUTES)
    files[0].write_bytes(to_pdf_bytes(document))
    files[1].write_bytes(to_docx_bytes(document))
    samples = []
    for _ in range(PUBLISHES + 1):  # each run a new meeting: a real first publish every time
        meeting_id = create_meeting(store, meeting)
        finalise_meeting(store, meeting_id)
        samples.append(seconds(lambda m=meeting_id: publish_meeting(store, client, m, files)))
    again = seconds(lambda: publish_meeting(store, client, meeting_id, files))
    store.close()
    size = sum(f.stat().st_size for f in files) // 1024
    return [Figure("office", TARGETS[2][0], "s", summarise(samples[1:]), TARGETS[2][1],
                   f"`publish_meeting`: package, hash chain and the PDF + DOCX ({size} KiB) of "
                   f"the large meeting; publishing it again (nothing new) took {again:.3f} s")]


def _search_figures(server: _Server, work: Path, archived: int) -> list[Figure]:
    authors = []
    for i, name in enumerate(("Đặng Thu Hà", "Lê Văn Bình", "Nguyễn Thị Mai")):
        server.secretary(f"bench_author_{i}", name)
        authors.append(f"bench_author_{i}")
    started = time.perf_counter()
    fill_archive(server.admin, server.office_id, archived, authors)
    built = time.perf_counter() - started
    _, client = server.laptop(work / "search.db", "bench_search", "Tìm")
    office_id, _ = client.office()
    asked = queries()

    def search(q: str):
        return client.run(lambda conn: search_archive(conn, office_id, q))

    found = sum(1 for q in asked if search(q))  # warm-up pass
    passes = [[seconds(lambda q=q: search(q)) * 1000 for q in asked] for _ in range(PASSES)]
    size = server.admin.execute("SELECT pg_database_size('office')").fetchone()[0] >> 20
    note = (f"{len(asked)} queries (those of the local search) × {PASSES} passes, each in its "
            f"own transaction as a secretary (row security on); {found} find something; {archived:,} generated "
            f"meetings COPY'd in {built:.0f} s, database {size:,} MiB")
    return [Figure("office", TARGETS[3][0], "ms",
                   summarise([percentile(p, 0.5) for p in passes]), TARGETS[3][1], note),
            Figure("office", TARGETS[4][0], "ms",
                   summarise([percentile(p, 0.95) for p in passes]), TARGETS[4][1]),
            Figure("office", "search 100,000 published meetings, slowest", "ms",
                   summarise([max(p) for p in passes]))]


def _repeat(call, runs: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        call()
    return [seconds(call) for _ in range(runs)]
