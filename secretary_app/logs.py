"""The app's log: a rotating file in the user's log folder (a windowed bundle has no stderr)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from secretary_app.paths import user_log_dir

LOG_NAME = "secretary-app.log"
MAX_BYTES, KEEP_FILES = 1_000_000, 5
log = logging.getLogger("secretary_app")


def log_file() -> Path:
    """The current log file."""
    return user_log_dir() / LOG_NAME


def setup_logging(stderr: bool = False) -> Path | None:
    """Log INFO and above to the rotating file (once per process); None when it cannot be made.

    stderr: a command also prints errors (not their tracebacks) there, as Python does when
    no log is set up; the window has no stderr to speak of.
    """
    if stderr and not any(getattr(h, "secretary_stderr", False) for h in log.handlers):
        console = logging.StreamHandler()
        console.secretary_stderr = True
        console.setLevel(logging.ERROR)
        console.addFilter(lambda record: not record.exc_info)
        log.addHandler(console)
    if any(getattr(h, "secretary_log", False) for h in log.handlers):
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                       backupCount=KEEP_FILES, encoding="utf-8")
        if os.name == "posix":
            os.chmod(path, 0o600)  # the log names meetings' files: the owner's only
    except OSError:
        return None  # no log is better than no app
    handler.secretary_log = True
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
