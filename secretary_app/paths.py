"""Where resources and user data live, from the source tree and from the bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "secretary-app"


def resources_dir() -> Path:
    """The resources/ folder: in _MEIPASS inside a bundle, inside the package once installed from
    the wheel (secretary_app/resources, see setup.py), next to the package in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under resources/."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-OS user data folder (platformdirs): the local, never the roaming, profile on Windows
    (%LOCALAPPDATA%), ~/Library/Application Support on macOS, $XDG_DATA_HOME on Linux."""
    return Path(_platform_dirs().user_data_dir)


def _platform_dirs() -> platformdirs.PlatformDirsABC:
    """platformdirs' folders for this OS (chosen from sys.platform now, so tests can switch)."""
    if sys.platform.startswith("win"):
        from platformdirs.windows import Windows as Dirs
    elif sys.platform == "darwin":
        from platformdirs.macos import MacOS as Dirs
    else:
        from platformdirs.unix import Unix as Dirs
    return Dirs(APP_NAME, appauthor=False, roaming=False)


def user_log_dir() -> Path:
    """Per-OS log folder: %LOCALAPPDATA%\\secretary-app\\Logs, ~/Library/Logs/secretary-app,
    $XDG_STATE_HOME/secretary-app/log; SECRETARY_APP_LOG_DIR overrides it (tests, portable use)."""
    override = os.environ.get("SECRETARY_APP_LOG_DIR")
    if override:
        return Path(override)
    return Path(_platform_dirs().user_log_dir)


def legacy_database_path() -> Path | None:
    """Where versions before platformdirs kept the database on Windows (the roaming profile)."""
    if not sys.platform.startswith("win"):
        return None
    return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_NAME \
        / "secretary.db"


def default_database_path() -> Path:
    """The database file used when --db is not given (an older roaming one while it is the only
    one: moving a live database is left to the user, see docs/install.md)."""
    current = user_data_dir() / "secretary.db"
    legacy = legacy_database_path()
    if legacy is not None and not current.exists() and legacy.exists():
        return legacy
    return current
