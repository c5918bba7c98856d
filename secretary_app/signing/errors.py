"""The one error of the signing package: its message says what went wrong, in Vietnamese."""


class SigningError(Exception):
    """Signing could not be done (wrong PIN, no token, expired certificate, unreadable file)."""
