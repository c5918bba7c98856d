"""A secretary's laptop issuing numbers from the office register (run as a separate process).

    python -m tests.office.issue_worker DB SETTINGS_JSON COUNT START_AT
Prints one issued number per line.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from secretary_app.domain.model import Organization
from secretary_app.office.settings import OfficeSettings, save_settings
from secretary_app.storage.database import open_store
from secretary_app.storage.organizations import save_organization
from secretary_app.storage.register import register_document


def main(db: str, settings_json: str, count: int, start_at: float) -> int:
    store = open_store(Path(db))
    org_id = save_organization(store, Organization(name="Sở Giáo dục", abbreviation="SGDĐT"))
    save_settings(store, OfficeSettings(**json.loads(settings_json)))
    time.sleep(max(0.0, start_at - time.time()))  # every worker starts at the same moment
    for i in range(count):
        entry = register_document(store, org_id, "CV", f"Công văn số {i}", dt.date(2026, 3, 2))
        print(entry.number, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
