"""Where resources and user data live, from the source tree and from the bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
    """Per-OS user data folder: %APPDATA%, ~/Library/Application Support, or XDG_DATA_HOME."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database_path() -> Path:
    """The database file used when --db is not given."""
    return user_data_dir() / "secretary.db"
