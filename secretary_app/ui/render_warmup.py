"""Load the PDF renderer (reportlab, fonts) in the background once the app has settled, so that
the Văn bản page shows its first page at once instead of after the imports."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QTimer

WARM_AFTER_MS = 2500  # well after the first window has painted (and after a smoke test)
_started = threading.Event()


def warm_renderer() -> None:
    """Import the PDF renderer and register its fonts (what a first render pays for)."""
    try:
        import reportlab.platypus  # noqa: F401 - the import is the warm-up

        from secretary_app.documents.export import to_pdf_bytes  # noqa: F401
        from secretary_app.documents.fonts import register_pdf_fonts
        from secretary_app.documents.pdf import renderer  # noqa: F401
        from secretary_app.ui.pages import documents_page  # noqa: F401 - QtPdf, QtPrintSupport

        register_pdf_fonts()
    except Exception:  # noqa: BLE001 - a warm-up only: the real render reports its own errors
        logging.getLogger(__name__).warning("renderer warm-up failed", exc_info=True)


def warm_renderer_later(delay_ms: int = WARM_AFTER_MS) -> None:
    """Start the warm-up in a background thread after delay_ms (once per process)."""
    def start() -> None:
        if not _started.is_set():
            _started.set()
            threading.Thread(target=warm_renderer, name="renderer-warm-up", daemon=True).start()
    QTimer.singleShot(delay_ms, start)
