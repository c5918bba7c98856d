"""Generated office archive for the office benchmark: N published meetings, COPY'd in batches."""

from __future__ import annotations

import hashlib
import json
import random
import uuid

from bench.factory import Shape, make_meeting, organization, people_pool
from bench.generate import DEFAULT_SEED, meeting_date
from secretary_app.domain.enums import Role
from secretary_app.domain.package import meeting_to_package
from secretary_app.office.archive_server import search_text

# archived meetings are smaller than the working database's: a few opinions of 30–90 words
ARCHIVE_SHAPE = Shape(attendees=(8, 14), groups=(0, 1), opinions=(4, 8), words=(30, 90),
                      conclusions=(2, 4), agenda=(1, 3))
COLUMNS = ("office_id, meeting_uid, version, content_sha256, package, title, meeting_date, "
           "organization, secretary_name, published_by, search_text")
BATCH = 2000


def archive_rows(office_id: int, total: int, authors: list[str], seed: int = DEFAULT_SEED):
    """One row per generated meeting, as archive_versions columns; meeting i depends on (seed, i)."""
    pool, org = people_pool(seed), organization()
    for index in range(total):
        rng = random.Random(f"{seed}:archive:{index}")
        meeting = make_meeting(rng, meeting_date(index, total), pool, ARCHIVE_SHAPE, org)
        package = meeting_to_package(meeting)
        text = json.dumps(package, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        secretary = meeting.attendee(meeting.secretary) or next(
            (a for a in meeting.attendees if a.role is Role.SECRETARY), meeting.attendees[-1])
        yield (office_id, uuid.UUID(int=rng.getrandbits(128), version=4), 1,
               hashlib.sha256(text.encode()).hexdigest(), text, meeting.title, meeting.date,
               org.name, secretary.name, authors[index % len(authors)], search_text(package))


def fill_archive(conn, office_id: int, total: int, authors: list[str], log=print) -> None:
    """COPY the generated versions in, point each meeting at its version, then ANALYZE."""
    rows = archive_rows(office_id, total, authors)
    done = 0
    while done < total:
        with conn.transaction(), conn.cursor() as cur:
            with cur.copy(f"COPY archive_versions ({COLUMNS}) FROM STDIN") as copy:
                for _ in range(min(BATCH, total - done)):
                    copy.write_row(next(rows))
                    done += 1
        if done % 20_000 == 0:
            log(f"bench: office archive {done:,}/{total:,} meetings")
    conn.execute("INSERT INTO archive_meetings(office_id, meeting_uid, latest_version, latest_id) "
                 "SELECT office_id, meeting_uid, version, id FROM archive_versions "
                 "WHERE office_id = %s ON CONFLICT DO NOTHING", [office_id])
    conn.execute("VACUUM ANALYZE archive_versions")
    conn.execute("ANALYZE archive_meetings")
