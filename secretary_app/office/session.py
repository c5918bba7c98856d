"""The office client of this process, per connection settings (one connection kept open)."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.office.client import OfficeClient
from secretary_app.office.errors import OfficeError
from secretary_app.office.settings import OfficeSettings, load_settings

_CLIENTS: dict[OfficeSettings, OfficeClient] = {}


def client_for(db: Database) -> OfficeClient | None:
    """The client for the connection configured in this database, or None when there is none."""
    settings = load_settings(db)
    if settings is None:
        return None
    return client_for_settings(settings)


def connected_client(db: Database) -> OfficeClient:
    """The client for this database's connection; OfficeError when none is configured."""
    client = client_for(db)
    if client is None:
        raise OfficeError("Máy này chưa kết nối máy chủ văn phòng (Cài đặt → Máy chủ văn phòng).")
    return client


def client_for_settings(settings: OfficeSettings) -> OfficeClient:
    """The cached client for these settings (the password is read from the keyring once)."""
    client = _CLIENTS.get(settings)
    if client is None:
        client = _CLIENTS[settings] = OfficeClient(settings)
    return client


def use_client(client: OfficeClient) -> None:
    """Use this client for its settings (a password given some other way than the keyring)."""
    _CLIENTS[client.settings] = client


def forget_clients() -> None:
    """Close every cached connection (settings or password changed, tests)."""
    for client in _CLIENTS.values():
        client.close()
    _CLIENTS.clear()
