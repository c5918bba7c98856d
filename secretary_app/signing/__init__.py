"""PAdES digital signatures (chữ ký số) on exported PDFs, laid out as Decree 30 asks (no Qt)."""

import logging

from secretary_app.signing.errors import SigningError

# pyHanko logs failed path building with tracebacks: to the app's log if it has one, never to a
# bare stderr (Python's last-resort handler), where the user reads our Vietnamese report instead
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

__all__ = ["SigningError"]
