"""Test helper: a version-1 package as the 1.1 exporter writes it."""

from __future__ import annotations

import json


def as_version_1_1(package: dict) -> dict:
    """A version-1 package as version 1.1 writes it: the added fields with their defaults."""
    out = json.loads(json.dumps(package))
    out["version"] = 1.1
    out["organization"].setdefault("term_start", None)
    out["meeting"].setdefault("convened_total", None)
    for a in out["attendees"]:
        a.setdefault("absence_reason", "")
        a.setdefault("arrived_at", None)
        a.setdefault("count", None)
    return out
