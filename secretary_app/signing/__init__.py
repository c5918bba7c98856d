"""PAdES digital signatures (chữ ký số) on exported PDFs, laid out as Decree 30 asks (no Qt)."""

from secretary_app.signing.errors import SigningError

__all__ = ["SigningError"]
