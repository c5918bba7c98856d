"""Document tests compare files byte for byte: every file carries the same build time."""

from __future__ import annotations

import pytest

FIXED_EPOCH = "1729071000"  # 2024-10-16 09:30 UTC


@pytest.fixture(autouse=True)
def fixed_build_time(monkeypatch):
    """SOURCE_DATE_EPOCH, as reproducible builds set it; a test may delete it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)
