"""Office connection settings in the local database; the password only in the OS keyring."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlite_utils import Database

from secretary_app.office.errors import OfficeError
from secretary_app.storage.database import Store
from secretary_app.storage.office_link import OFFICE_SETTING as SETTING_KEY
from secretary_app.storage.settings import get_setting, set_setting

KEYRING_SERVICE = "secretary-app office server"


@dataclass(frozen=True)
class OfficeSettings:
    """Where the office server is and who this secretary is on it."""

    host: str
    database: str
    user: str
    port: int = 5432
    office: str = ""  # the office code on the server (one server may hold several offices)
    sslmode: str = "prefer"  # TLS when the server offers it

    @property
    def where(self) -> str:
        """'user@host:port/database', for messages and as the keyring entry name."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def conninfo(self, password: str | None) -> dict:
        """Keyword arguments for psycopg.connect."""
        args = {"host": self.host, "port": self.port, "dbname": self.database,
                "user": self.user, "sslmode": self.sslmode, "connect_timeout": 5,
                "application_name": "secretary-app"}
        if password:
            args["password"] = password
        return args


def load_settings(db: Database) -> OfficeSettings | None:
    """The configured connection, or None when this laptop works without an office server."""
    text = get_setting(db, SETTING_KEY)
    if not text:
        return None
    try:
        return OfficeSettings(**json.loads(text))
    except (TypeError, ValueError):
        raise OfficeError("Cài đặt máy chủ văn phòng bị hỏng; hãy nhập lại trong Cài đặt → "
                          "Máy chủ văn phòng.") from None


def save_settings(store: Store, settings: OfficeSettings | None,
                  password: str | None = None) -> None:
    """Keep the connection (None forgets it); the password goes to the keyring only."""
    if settings is None:
        set_setting(store, SETTING_KEY, None)
        return
    if password is not None:
        store_password(settings, password)
    set_setting(store, SETTING_KEY, json.dumps(asdict(settings), ensure_ascii=False))


def store_password(settings: OfficeSettings, password: str) -> None:
    """Put the password in the OS keyring."""
    import keyring  # imported when used: the keyring backends are slow to load
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, settings.where, password)
    except KeyringError as exc:
        raise OfficeError(f"Không lưu được mật khẩu vào kho khóa của hệ điều hành: {exc}") from None


def read_password(settings: OfficeSettings) -> str | None:
    """The password from the OS keyring, or None when none is kept there."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.where)
    except KeyringError:
        return None
