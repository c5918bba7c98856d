"""The only place the schema changes: numbered migrations applied in order.

Each module `mNNNN_name.py` registers one function on MIGRATIONS; import it below in order.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("secretary-app")


def pending_migrations(db: Database) -> list[str]:
    """Names of migrations not yet applied to db."""
    return [m.name for m in MIGRATIONS.pending(db)]


from secretary_app.storage.migrations import m0001_initial  # noqa: E402,F401
from secretary_app.storage.migrations import m0002_register  # noqa: E402,F401
from secretary_app.storage.migrations import m0003_search  # noqa: E402,F401
from secretary_app.storage.migrations import m0004_followup  # noqa: E402,F401
from secretary_app.storage.migrations import m0005_finalise  # noqa: E402,F401
