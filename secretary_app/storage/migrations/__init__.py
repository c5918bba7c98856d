"""The only place the schema changes: numbered migrations applied in order.

Each module `mNNNN_name.py` registers one function on MIGRATIONS; import it below in order.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("secretary-app")


def pending_migrations(db: Database) -> list[str]:
    """Names of migrations not yet applied to db."""
    return [m.name for m in MIGRATIONS.pending(db)]


# registration order is application order: keep these in number order
from secretary_app.storage.migrations import (  # noqa: E402
    m0001_initial,  # noqa: F401
    m0002_register,  # noqa: F401
    m0003_search,  # noqa: F401
    m0004_followup,  # noqa: F401
    m0005_finalise,  # noqa: F401
    m0007_audit_chain,  # noqa: F401
    m0008_headcount_decisions,  # noqa: F401
    m0009_documents,  # noqa: F401
    m0010_office,  # noqa: F401
    m0011_meeting_series,  # noqa: F401
    m0012_decisions_after_finalise,  # noqa: F401
)
