"""Office-server failures, each with a Vietnamese message for the user."""

from __future__ import annotations

OFFLINE_MESSAGE = ("Không kết nối được máy chủ văn phòng ({where}): {why}. Số văn bản do sổ đăng "
                   "ký chung của văn phòng cấp nên không cấp số khi mất kết nối; mọi việc khác "
                   "vẫn làm được. Hãy thử lại khi có mạng.")


class OfficeError(Exception):
    """A request to the office server that did not happen; the message says why and what to do."""


class OfficeOffline(OfficeError):
    """The server cannot be reached (stopped, network cut, timed out): retrying may help."""


class OfficeAuthError(OfficeError):
    """The server refused the user name or password."""


class OfficeSchemaError(OfficeError):
    """The server's schema is older or newer than this app's."""
